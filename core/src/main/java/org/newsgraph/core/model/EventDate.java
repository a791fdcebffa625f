package org.newsgraph.core.model;

import java.time.LocalDate;

/**
 * When an event happened.
 *
 * @param value the date, or null
 * @param text  the expression it was read from ("last Friday"), or null
 * @param how   {@code resolved}, {@code explicit}, {@code publication} or {@code unknown}
 */
public record EventDate(LocalDate value, String text, String how) {
}
