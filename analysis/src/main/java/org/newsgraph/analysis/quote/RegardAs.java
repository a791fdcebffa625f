package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A verb of regarding with its object and "as" phrase, {@code Clinton sees the issue as a way to
 * win}, {@code many view him as a spoiler}: the stance is the attribution, "OBJECT as PHRASE" its
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

    private boolean isBreak(int t) {
        String w = text.text(text.token(t));
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--")
                || w.equals("?") || w.equals("!");
    }
}
