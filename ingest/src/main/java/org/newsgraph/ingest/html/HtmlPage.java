package org.newsgraph.ingest.html;

import org.newsgraph.core.model.Removed;

import java.util.List;
import java.util.Map;

/**
 * What an HTML extractor reads off a page.
 *
 * @param title        headline (site-name suffix removed), or null
 * @param text         article text, paragraphs separated by blank lines
 * @param authors      author names from metadata or the byline
 * @param published    publication date ({@code yyyy-MM-dd}, maybe with a time) from metadata, or null
 * @param language     declared language code, or null
 * @param canonicalUrl the page's canonical URL, or null
 * @param siteName     the publication's name, or null
 * @param sources      where each field found came from, e.g. {@code title → og:title},
 *                     {@code published → json-ld datePublished}; {@code published → dateline}
 *                     when the date was read from a line of the page text
 * @param removed      text left out of the article that is worth keeping, with reasons (photo captions)
 */
public record HtmlPage(String title, String text, List<String> authors, String published, String language,
                       String canonicalUrl, String siteName, Map<String, String> sources, List<Removed> removed) {

    /** The source of a publication date read from a dateline in the page text rather than from metadata. */
    public static final String DATELINE = "dateline";

    public HtmlPage {
        authors = authors == null ? List.of() : List.copyOf(authors);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }

    /** A page with body and basic metadata only. */
    public HtmlPage(String title, String text, List<String> authors, String published, String language) {
        this(title, text, authors, published, language, null, null, Map.of(), List.of());
    }
}
