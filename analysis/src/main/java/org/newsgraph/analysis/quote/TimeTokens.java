package org.newsgraph.analysis.quote;

import org.newsgraph.core.time.DateMention;
import org.newsgraph.nlp.AnnotatedText;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens of a text that lie in a time expression ("in July", "last week", "on Thursday
 * night"), from the time expressions the analysis already found in the body
 * ({@link org.newsgraph.analysis.AnalysisContext#timex()}): the NER model the pipeline runs labels
 * persons, places and organisations only, no dates. Computed on first use.
 */
final class TimeTokens {

    /** Months and weekdays by name ("in July.", which the finder leaves out before a full stop); not "May". */
    private static final Set<String> NAMES = Set.of("january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private final AnnotatedText text;
    private final List<DateMention> timex;
    private boolean[] time;

    /** @param timex the time expressions of the text's body */
    TimeTokens(AnnotatedText text, List<DateMention> timex) {
        this.text = text;
        this.timex = timex;
    }

    /** Whether token {@code t} lies in a time expression. */
    boolean at(int t) {
        if (time == null) {
            time = new boolean[text.tokens().size()];
            for (int k = 0; k < time.length; k++) {
                time[k] = NAMES.contains(text.token(k).lemma().toLowerCase(Locale.ROOT)) && text.token(k).isProperNoun();
            }
            for (DateMention m : timex) {
                for (int k = text.tokenAt(m.span().start()); k < time.length && text.token(k).start() < m.span().end(); k++) {
                    time[k] = true;
                }
            }
        }
        return time[t];
    }
}
