package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * A verb of regarding with its object and "as" phrase, {@code Ruiz sees the tax as a way to pay
 * for the pier}, {@code many view him as a spoiler}: the stance is the attribution, "OBJECT as PHRASE" its
 * content. Without "as" ("sees the doctor", "viewed the site") there is none. Ranges are inclusive
 * token indices.
 */
final class RegardAs {

    /** How far the "as" may stand from the verb, in tokens. */
    private static final int AS_WINDOW = 10;

    private final AnnotatedText text;
    private final int[] quotationOf;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     */
    RegardAs(AnnotatedText text, int[] quotationOf) {
        this.text = text;
        this.quotationOf = quotationOf;
    }

    /** "OBJECT as PHRASE" after the verb at {@code cue}, or null. */
    int[] content(int cue) {
        Sentence s = text.sentenceOf(cue);
        int lo = cue + 1;
        if (lo >= s.endToken() || text.text(text.token(lo)).equalsIgnoreCase("as")) {
            return null; // "as seen", "sees as …" without an object
        }
        int as = -1;
        for (int t = lo; t < s.endToken() && t <= cue + AS_WINDOW; t++) {
            Token k = text.token(t);
            if (text.text(k).equalsIgnoreCase("as") && t > lo) {
                as = t;
                break;
            }
            if (SubjectFinder.isFinite(k) || isBreak(t)) {
                return null;
            }
        }
        if (as < 0 || as + 1 >= s.endToken() || isBreak(as + 1)) {
            return null;
        }
        int hi = as + 1;
        while (hi + 1 < s.endToken() && !isBreak(hi + 1) && !SubjectFinder.isFinite(text.token(hi + 1))) {
            hi++;
        }
        return new int[]{lo, hi};
    }

    /** Verbs of regarding whose passive reports a view ("is seen as"; "was cast as" is a role). */
    private static final Set<String> PASSIVE_VIEWS = Set.of("see", "view", "regard");

    /**
     * After a passive verb of regarding, "(by AGENT) as PHRASE": {phrase first, phrase last, agent
     * first, agent last}, the agent -1 when none is named; or null.
     */
    int[] passiveAs(int cue) {
        Sentence s = text.sentenceOf(cue);
        Token c = text.token(cue);
        if (c.lemma() == null || !PASSIVE_VIEWS.contains(c.lemma())) {
            return null;
        }
        int as = cue + 1;
        int agentFirst = -1;
        if (as < s.endToken() && text.lowerWord(as).equals("by")) {
            agentFirst = as + 1;
            while (as < s.endToken() && as <= cue + AS_WINDOW && !text.lowerWord(as).equals("as")) {
                if (SubjectFinder.isFinite(text.token(as)) || isBreak(as) || quotationOf[as] >= 0) {
                    return null;
                }
                as++;
            }
        }
        if (as + 1 >= s.endToken() || !text.lowerWord(as).equals("as") || isBreak(as + 1)
                || agentFirst >= 0 && as - 1 < agentFirst) {
            return null;
        }
        int hi = as + 1;
        while (hi + 1 < s.endToken() && !isBreak(hi + 1) && !SubjectFinder.isFinite(text.token(hi + 1))) {
            hi++;
        }
        return new int[]{as + 1, hi, agentFirst, agentFirst < 0 ? -1 : as - 1};
    }

    private boolean isBreak(int t) {
        String w = text.text(text.token(t));
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--")
                || w.equals("?") || w.equals("!");
    }
}
