package org.newsgraph.ingest.read;

import org.newsgraph.core.model.Source;

import java.util.List;

/**
 * A decoded document before extraction, with whatever metadata its container gave.
 *
 * @param content   decoded text or HTML
 * @param title     title from the record, or null
 * @param published publication date or date-time string from the record, or null
 * @param authors   authors from the record (may be empty)
 */
public record RawDocument(Source source, ContentType type, String content, String title, String published,
                          List<String> authors) implements InputRecord {

    public RawDocument {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public static RawDocument of(Source source, ContentType type, String content) {
        return new RawDocument(source, type, content, null, null, List.of());
    }
}
