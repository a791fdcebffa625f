package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks statements reported inside another statement: "Aides said Lee told donors that the race
 * is close" reports what the aides claim Lee said, not something the article heard from Lee. A
 * quote whose cue lies in another quote's content is {@link Quote#within within} the smallest such
 * quote. The outer content must be longer, so two quotes never hold each other.
 */
final class ReportedWithin {

    private ReportedWithin() {
    }

    static List<Quote> mark(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Quote outer = q.cue() == null ? null : smallestHolding(q, quotes);
            out.add(outer == null ? q : q.within(outer.id()));
        }
        return out;
    }

    private static Quote smallestHolding(Quote inner, List<Quote> quotes) {
        Span cue = inner.cue();
        Quote best = null;
        for (Quote q : quotes) {
            // the halves of one quotation split by its attribution share their cue: not nested
            if (q == inner || cue.equals(q.cue()) || !q.content().contains(cue)
                    || q.content().length() <= inner.content().length()) {
                continue;
            }
            if (best == null || q.content().length() < best.content().length()) {
                best = q;
            }
        }
        return best;
    }
}
