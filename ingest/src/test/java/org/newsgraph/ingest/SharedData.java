package org.newsgraph.ingest;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference data ({@code newsgraph.shared}); tests using it are skipped when it is absent. */
public final class SharedData {

    private SharedData() {
    }

    /** {@code relative} inside the shared directory; skips the calling test when it is not there. */
    public static Path require(String relative) {
        String root = System.getProperty("newsgraph.shared");
        Assumptions.assumeTrue(root != null && !root.isBlank(),
                "skipped: system property newsgraph.shared is not set (shared reference data absent)");
        Path path = Path.of(root).resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "skipped: shared reference data not found at " + path);
        return path;
    }
}
