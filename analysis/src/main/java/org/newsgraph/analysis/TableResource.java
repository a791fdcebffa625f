package org.newsgraph.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shipped tab-separated tables (name tables, cue and event lexicons): UTF-8, one row a
 * line, {@code #} comment lines and blank lines skipped.
 */
public final class TableResource {

    private TableResource() {
    }

    /**
     * The rows of resource {@code name}, relative to {@code anchor}'s package.
     *
     * @throws IllegalStateException when the resource is missing (a packaging error)
     */
    public static List<String[]> rows(Class<?> anchor, String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
