package org.newsgraph.core;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only reference folder {@code shared/}; tests that need it skip without it. */
public final class SharedData {

    private SharedData() {
    }

    /** The path of {@code relative} inside shared/, or a skipped test when it is absent. */
    public static Path require(String relative) {
        String root = System.getProperty("newsgraph.shared", "../shared");
        Path p = Path.of(root).resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "skipped: reference data " + p + " is absent (shared/ is not part of a clone)");
        return p;
    }
}
