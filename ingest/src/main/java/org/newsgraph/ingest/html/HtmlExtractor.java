package org.newsgraph.ingest.html;

/** Reads the article out of an HTML page. */
public interface HtmlExtractor {

    /**
     * Extracts the article from {@code html}.
     *
     * @param baseUri the page's URL, for resolving relative links (may be empty)
     */
    HtmlPage extract(String html, String baseUri);
}
