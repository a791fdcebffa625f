package org.newsgraph.core.time;

import org.newsgraph.core.model.DateHow;
import org.newsgraph.core.model.PublicationDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Infers when an undated article was written from the dates and weekdays it mentions.
 *
 * <p>The latest explicit full date in the text is a lower bound (news reports what has
 * happened). Weekday references ("Tuesday", "last Friday") are assumed to point back into the
 * recent past, so among the seven days from that bound on, the inference picks the day that
 * makes the distinct weekday references, and the bound itself, most recent (smallest total
 * distance back). Without weekday references the bound itself is the answer.
 */
public final class PublicationDateInference {

    private final DateExpressionFinder finder = new DateExpressionFinder();

    /**
     * Infers a publication date from {@code texts} (the body and, for example, removed captions).
     *
     * @return a day-precision date with how = inferred, or {@link PublicationDate#UNKNOWN}
     */
    public PublicationDate infer(List<String> texts) {
        LocalDate latest = null;
        Map<String, DateMention> weekdays = new LinkedHashMap<>();
        for (String text : texts) {
            for (DateMention m : finder.find(text)) {
                if (m.kind() == DateMention.Kind.FULL_DATE) {
                    LocalDate d = new DateResolver(null).resolve(m).map(ResolvedDate::value).orElse(null);
                    if (d != null && (latest == null || d.isAfter(latest))) {
                        latest = d;
                    }
                } else if (m.kind() == DateMention.Kind.WEEKDAY && (m.direction() == null || m.direction() < 0)) {
                    weekdays.putIfAbsent(m.weekday() + "/" + m.direction(), m);
                }
            }
        }
        if (latest == null) {
            return PublicationDate.UNKNOWN;
        }
        if (weekdays.isEmpty()) {
            return PublicationDate.ofDay(latest, DateHow.INFERRED);
        }
        LocalDate best = latest;
        long bestCost = Long.MAX_VALUE;
        for (int offset = 0; offset < 7; offset++) {
            LocalDate candidate = latest.plusDays(offset);
            DateResolver resolver = new DateResolver(candidate);
            long cost = offset; // the explicit date is a recent reference too
            for (DateMention w : weekdays.values()) {
                DayOfWeek day = w.weekday();
                cost += candidate.toEpochDay() - resolver.weekday(day, w.direction()).toEpochDay();
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = candidate;
            }
        }
        return PublicationDate.ofDay(best, DateHow.INFERRED);
    }
}
