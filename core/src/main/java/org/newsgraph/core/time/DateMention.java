package org.newsgraph.core.time;

import org.newsgraph.core.model.Span;

import java.time.DayOfWeek;

/**
 * A time expression found in text, not yet resolved. Fields that the expression does not give
 * are null.
 *
 * @param span      where it stands in the text
 * @param kind      its shape
 * @param year      explicit year
 * @param month     explicit month (1-12)
 * @param day       explicit day of month
 * @param weekday   weekday named
 * @param direction -1 for "last"/"ago", +1 for "next", 0 for "this", null when not said
 * @param amount    count for "3 days ago"
 */
public record DateMention(Span span, Kind kind, Integer year, Integer month, Integer day, DayOfWeek weekday,
                          Integer direction, Integer amount) {

    /** Shapes of time expressions. */
    public enum Kind {
        /** year, month and day: "Jan. 7, 2020", "2020-01-07" */
        FULL_DATE,
        /** month and day: "Jan. 7" */
        MONTH_DAY,
        /** month and year: "December 2017" */
        MONTH_YEAR,
        /** month alone: "in December" */
        MONTH,
        /** a year: "in 2014" */
        YEAR,
        /** a weekday: "Tuesday", "last Friday", "next Monday" */
        WEEKDAY,
        /** today, yesterday, tomorrow, tonight */
        DAY_DEIXIS,
        /** last/this/next week|month|year, N days/weeks ago */
        RELATIVE_PERIOD
    }

    /** True when the expression names a day without needing a reference date. */
    public boolean isAbsoluteDay() {
        return kind == Kind.FULL_DATE;
    }
}
