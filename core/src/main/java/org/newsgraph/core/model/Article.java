package org.newsgraph.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A clean article: the immutable body every later annotation points into, plus its metadata.
 * Paragraphs in {@code body} are separated by a blank line ({@code "\n\n"}).
 */
public record Article(Source source, String title, List<String> authors, PublicationDate published,
                      String language, String body, List<Removed> removed) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        authors = List.copyOf(authors);
        removed = List.copyOf(removed);
        published = published == null ? PublicationDate.UNKNOWN : published;
    }

    /** A copy with another publication date. */
    public Article withPublished(PublicationDate date) {
        return new Article(source, title, authors, date, language, body, removed);
    }
}
