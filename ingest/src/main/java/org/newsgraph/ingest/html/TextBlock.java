package org.newsgraph.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between block boundaries of a page: a paragraph, heading, list item, table cell
 * or the loose text of a {@code div}.
 *
 * @param owner     the nearest block-level element holding the text
 * @param text      the text, whitespace collapsed (line breaks kept as {@code \n})
 * @param linkChars how many of the text's characters are inside links
 */
record TextBlock(Element owner, String text, int linkChars) {

    int chars() {
        return text.length();
    }

    /** Share of the text inside links, 0 to 1. */
    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
