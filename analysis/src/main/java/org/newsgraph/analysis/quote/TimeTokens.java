package org.newsgraph.analysis.quote;

import org.newsgraph.core.time.DateExpressionFinder;
import org.newsgraph.core.time.DateMention;
import org.newsgraph.nlp.AnnotatedText;

import java.util.Locale;
import java.util.Set;

/**
 * The tokens of a text that lie in a time expression ("in July", "last week", "on Thursday
 * night"), found with {@link DateExpressionFinder}: the NER model the pipeline runs labels persons,
 * places and organisations only, no dates. Computed on first use.
 */
final class TimeTokens {

    /** Months and weekdays by name ("in July.", which the finder leaves out before a full stop); not "May". */
    private static final Set<String> NAMES = Set.of("january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private final AnnotatedText text;
    private boolean[] time;

    TimeTokens(AnnotatedText text) {
        this.text = text;
    }

    /** Whether token {@code t} lies in a time expression. */
    boolean at(int t) {
        if (time == null) {
            time = new boolean[text.tokens().size()];
            for (int k = 0; k < time.length; k++) {
                time[k] = NAMES.contains(text.token(k).lemma().toLowerCase(Locale.ROOT)) && text.token(k).isProperNoun();
            }
            for (DateMention m : new DateExpressionFinder().find(text.body())) {
                for (int k = text.tokenAt(m.span().start()); k < time.length && text.token(k).start() < m.span().end(); k++) {
                    time[k] = true;
                }
            }
        }
        return time[t];
    }
}
