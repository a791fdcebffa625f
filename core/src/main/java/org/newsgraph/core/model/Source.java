package org.newsgraph.core.model;

/**
 * Where an article came from.
 *
 * @param uri    {@code file:/…} or the page URL
 * @param format one of {@code text, html, rss, atom, warc, jsonl}
 * @param id     the input record's id (JSON Lines input), else null
 */
public record Source(String uri, String format, String id) {
}
