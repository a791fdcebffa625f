package org.newsgraph.ingest.read;

/** An input that cannot be read at all; the message names the input and says why. */
public class InputException extends Exception {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
