package org.newsgraph.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (an ingest) holds the index's write lock. */
public final class IndexLockedException extends IOException {

    public IndexLockedException(Path dir, Throwable cause) {
        super("the index at " + dir + " is being written by another ingest (its write lock is held); "
                + "wait for that ingest to finish, then run this one again", cause);
    }
}
