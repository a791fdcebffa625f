package org.newsgraph.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Resolves time expressions against a reference date, normally the publication date, the way a
 * news reader does: a bare weekday ("Sunday") is the most recent one on or before the reference,
 * "last Friday" the most recent strictly before it, "next Monday" the first after it; a month
 * without a year is the latest such month not after the reference.
 *
 * <pre>{@code
 * DateResolver r = new DateResolver(LocalDate.of(2020, 1, 8));
 * r.resolve(mention) // "last Friday" -> 2020-01-03
 * }</pre>
 */
public final class DateResolver {

    private final LocalDate reference;

    public DateResolver(LocalDate reference) {
        this.reference = reference;
    }

    public LocalDate reference() {
        return reference;
    }

    /** The date the expression refers to, or empty when it cannot be resolved. */
    public Optional<ResolvedDate> resolve(DateMention m) {
        try {
            return Optional.ofNullable(resolveOrNull(m));
        } catch (DateTimeException e) {
            return Optional.empty(); // "Feb. 31" and the like
        }
    }

    private ResolvedDate resolveOrNull(DateMention m) {
        switch (m.kind()) {
            case FULL_DATE:
                return new ResolvedDate(LocalDate.of(m.year(), m.month(), m.day()), "day");
            case MONTH_YEAR:
                return new ResolvedDate(LocalDate.of(m.year(), m.month(), 1), "month");
            case YEAR:
                return new ResolvedDate(LocalDate.of(m.year(), 1, 1), "year");
            default:
                break;
        }
        if (reference == null) {
            return null;
        }
        switch (m.kind()) {
            case MONTH_DAY: {
                LocalDate d = LocalDate.of(reference.getYear(), m.month(), m.day());
                // news reports look back: a date more than two months ahead is last year's
                if (d.isAfter(reference.plusMonths(2))) {
                    d = d.minusYears(1);
                }
                return new ResolvedDate(d, "day");
            }
            case MONTH: {
                int dir = m.direction() == null ? -1 : m.direction();
                LocalDate d = LocalDate.of(reference.getYear(), m.month(), 1);
                if (dir < 0 && !d.isBefore(reference.withDayOfMonth(1))) {
                    d = d.minusYears(1);
                } else if (dir > 0 && !d.isAfter(reference)) {
                    d = d.plusYears(1);
                }
                return new ResolvedDate(d, "month");
            }
            case WEEKDAY:
                return new ResolvedDate(weekday(m.weekday(), m.direction()), "day");
            case DAY_DEIXIS:
                return new ResolvedDate(reference.plusDays(m.direction()), "day");
            case RELATIVE_PERIOD:
                return period(m);
            default:
                return null;
        }
    }

    /** The weekday relative to the reference: -1 strictly before, +1 strictly after, 0/null on or before. */
    public LocalDate weekday(DayOfWeek day, Integer direction) {
        if (direction != null && direction > 0) {
            return reference.with(TemporalAdjusters.next(day));
        }
        if (direction != null && direction < 0) {
            return reference.with(TemporalAdjusters.previous(day));
        }
        return reference.with(TemporalAdjusters.previousOrSame(day));
    }

    private ResolvedDate period(DateMention m) {
        int days = m.amount();
        int dir = m.direction();
        if (days == 0) { // weekend
            LocalDate saturday = dir < 0 ? reference.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))
                    : reference.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            return new ResolvedDate(saturday, "week");
        }
        if (days < 7) {
            return new ResolvedDate(reference.plusDays((long) dir * days), "day");
        }
        if (days == 7 || days % 7 == 0 && days < 30) {
            LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(dir * (long) days);
            return new ResolvedDate(monday, "week");
        }
        if (days < 365) {
            int months = Math.max(1, days / 30);
            return new ResolvedDate(reference.withDayOfMonth(1).plusMonths((long) dir * months), "month");
        }
        return new ResolvedDate(reference.withDayOfYear(1).plusYears((long) dir * (days / 365)), "year");
    }
}
