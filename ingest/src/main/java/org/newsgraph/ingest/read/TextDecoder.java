package org.newsgraph.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text without mojibake: a byte-order mark wins, then strict UTF-8, then
 * Windows-1252 (a superset of Latin-1 for printable text). Binary data is refused.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param name the input's name, used in error messages
     * @throws InputException for empty, binary or undecodable input
     */
    public static String decode(byte[] bytes, String name) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(name + ": empty input");
        }
        if (looksBinary(bytes)) {
            throw new InputException(name + ": binary data, not text (NUL or control bytes)");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, name);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, name);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, name);
        }
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8, name);
        } catch (InputException notUtf8) {
            return strict(bytes, 0, WINDOWS_1252, name);
        }
    }

    /** Decodes with a declared charset, falling back to {@link #decode} when it is unknown or wrong. */
    public static String decode(byte[] bytes, String charsetName, String name) throws InputException {
        if (charsetName != null && Charset.isSupported(charsetName.trim())) {
            try {
                return strict(bytes, 0, Charset.forName(charsetName.trim()), name);
            } catch (InputException wrongDeclaration) {
                // declared charsets are often wrong; fall through to detection
            }
        }
        return decode(bytes, name);
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) throws InputException {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": cannot decode as " + charset.name() + " (" + e.getMessage() + ")", e);
        }
    }

    /** NUL bytes, or many C0 control bytes other than tab/newline/CR/form feed, in the first 8 KB. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false; // UTF-16 text has NULs
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n / 100 + 2;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
