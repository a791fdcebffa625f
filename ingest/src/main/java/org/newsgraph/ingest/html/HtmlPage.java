package org.newsgraph.ingest.html;

import java.util.List;

/**
 * What an HTML extractor reads off a page.
 *
 * @param title     headline (site-name suffix removed), or null
 * @param text      article text, paragraphs separated by blank lines
 * @param authors   author names from metadata
 * @param published publication date or date-time string from metadata, or null
 * @param language  declared language code, or null
 */
public record HtmlPage(String title, String text, List<String> authors, String published, String language) {
}
