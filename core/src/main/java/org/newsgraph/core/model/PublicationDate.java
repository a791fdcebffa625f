package org.newsgraph.core.model;

import java.time.LocalDate;

/**
 * An article's publication date.
 *
 * @param value     the date, or null when unknown
 * @param precision {@code day}, {@code month} or {@code year}
 * @param how       how it was found
 */
public record PublicationDate(LocalDate value, String precision, DateHow how) {

    public static final PublicationDate UNKNOWN = new PublicationDate(null, null, DateHow.UNKNOWN);

    public static PublicationDate ofDay(LocalDate value, DateHow how) {
        return new PublicationDate(value, "day", how);
    }

    public boolean isKnown() {
        return value != null;
    }
}
