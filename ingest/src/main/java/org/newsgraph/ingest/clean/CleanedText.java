package org.newsgraph.ingest.clean;

import org.newsgraph.core.model.Removed;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of cleaning scraped text.
 *
 * @param title    the headline found in the text, or null
 * @param body     article paragraphs joined by blank lines
 * @param removed  what was cut, with reasons, in input order
 * @param authors  names from a byline line, if any
 * @param dateline a publication date stated on a line of its own, or null
 */
public record CleanedText(String title, String body, List<Removed> removed, List<String> authors, LocalDate dateline) {
}
