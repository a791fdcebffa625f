package org.newsgraph.analysis.event;

import org.newsgraph.analysis.AnalysisContext;
import org.newsgraph.core.model.EventDate;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.time.DateMention;
import org.newsgraph.core.time.ResolvedDate;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Dates an event: the time expression attached to its trigger or to a clause the trigger belongs
 * to ("fired … Tuesday", "passed a resolution that asked …" on Sunday), resolved against the
 * publication date; else the publication date itself. An expression attached elsewhere in the
 * sentence ("is seen … Jan. 7, 2020" of a photo caption) does not date the event.
 */
final class EventDater {

    /** Arcs an event inherits its clause's time through. */
    private static final Set<String> UPWARD = Set.of("xcomp", "ccomp", "obj", "acl:relcl", "acl", "advcl", "conj");
    /** Tokens between a trigger and a following date phrase it takes without a parse link ("airstrike in Baghdad last Friday"). */
    private static final int NEAR = 5;
    private static final int MAX_CLIMB = 3;

    private final AnalysisContext context;
    private final AnnotatedText text;

    EventDater(AnalysisContext context) {
        this.context = context;
        this.text = context.text();
    }

    /** The date of an event whose trigger tokens are {@code triggers}. */
    EventDate date(Sentence sentence, DependencyGraph g, Collection<Integer> triggers) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        Span span = sentence.span();
        for (DateMention m : context.timex()) {
            if (!span.contains(m.span())) {
                continue;
            }
            int anchor = attachment(g, m.span());
            if (anchor < 0) {
                continue;
            }
            for (int t : triggers) {
                int d = climb(g, t, anchor);
                if (d >= 0 && d < bestDistance) {
                    bestDistance = d;
                    best = m;
                }
            }
        }
        if (best == null) {
            best = following(sentence, triggers);
        }
        if (best != null) {
            Optional<ResolvedDate> r = context.dates().resolve(best);
            String expr = best.span().text(text.body());
            if (r.isPresent()) {
                String how = best.isAbsoluteDay() ? "explicit" : "resolved";
                return new EventDate(r.get().value(), expr, how);
            }
            return new EventDate(null, expr, "unknown");
        }
        LocalDate published = context.article().published().value();
        return published != null ? new EventDate(published, null, "publication") : new EventDate(null, null, "unknown");
    }

    /**
     * A date phrase right after a trigger, with no verb or comma between: the parser sometimes
     * hangs it on the main clause instead.
     */
    private DateMention following(Sentence sentence, Collection<Integer> triggers) {
        for (int t : triggers) {
            if (!text.token(t).isNoun()) {
                continue;
            }
            for (DateMention m : context.timex()) {
                if (!sentence.span().contains(m.span()) || m.span().start() < text.token(t).end()) {
                    continue;
                }
                int first = text.tokenAt(m.span().start());
                boolean clear = first - t <= NEAR;
                for (int i = t + 1; clear && i < first; i++) {
                    String w = text.text(text.token(i));
                    clear = !text.token(i).isVerb() && !w.equals(",") && !w.equals(";");
                }
                if (clear) {
                    return m;
                }
                break;
            }
        }
        return null;
    }

    /** The token outside the expression that its words hang from. */
    private int attachment(DependencyGraph g, Span expr) {
        int first = text.tokenAt(expr.start());
        int end = text.tokenAt(expr.end() - 1) + 1;
        for (int i = first; i < end; i++) {
            int h = g.head(i);
            if (h >= 0 && (h < first || h >= end)) {
                return h;
            }
        }
        return -1;
    }

    /** Steps from {@code trigger} up to {@code anchor} through event-inheriting arcs, or -1. */
    private static int climb(DependencyGraph g, int trigger, int anchor) {
        int t = trigger;
        for (int steps = 0; steps <= MAX_CLIMB; steps++) {
            if (t == anchor) {
                return steps;
            }
            String rel = g.relation(t);
            if (!UPWARD.contains(rel) || g.head(t) < 0) {
                return -1;
            }
            t = g.head(t);
        }
        return -1;
    }
}
