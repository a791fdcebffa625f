package org.newsgraph.core.time;

import java.time.LocalDate;

/**
 * A calendar date for a time expression.
 *
 * @param value     the date (the first day of the month or year for coarser precision)
 * @param precision {@code day}, {@code week}, {@code month} or {@code year}
 */
public record ResolvedDate(LocalDate value, String precision) {
}
