package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

import java.util.function.IntPredicate;

/**
 * Finds the cue of a direct quote's closing attribution when a long description of the speaker
 * stands between the quotation and the cue, beyond the usual window:
 * {@code “…,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said}. One instance per article.
 */
final class DescribedAttribution {

    private final AnnotatedText text;
    private final int[] quotationOf;
    private final IntPredicate isName;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     * @param isName      whether a token is part of a named entity's proper name
     */
    DescribedAttribution(AnnotatedText text, int[] quotationOf, IntPredicate isName) {
        this.text = text;
        this.quotationOf = quotationOf;
        this.isName = isName;
    }

    /**
     * The cue of a closing attribution whose speaker carries a long description:
     * {@code “…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said}.
     * After the closing mark at {@code close} come a name, then appositions (commas, dashes or a
     * parenthesis) and the cue right after their last mark; returns the cue token, or -1.
     */
    int cue(int close, Sentence s, IntPredicate isCue) {
        int t = close + 1;
        if (t < s.endToken() && text.text(text.token(t)).equals(",")) {
            t++;
        }
        int name = t;
        boolean named = false;
        while (t < s.endToken() && text.token(t).isProperNoun() && quotationOf[t] < 0) {
            named |= isName.test(t); // "Rep. Carl Weston": a title may open the run
            t++;
        }
        if (!named || t >= s.endToken()) {
            return -1;
        }
        String mark = text.text(text.token(t));
        if (!SubjectFinder.isAppositionMark(mark) && !mark.equals("(")) {
            return -1;
        }
        for (int k = t + 1; k < s.endToken() && k <= t + 45; k++) {
            if (quotationOf[k] >= 0) {
                return -1;
            }
            String w = text.text(text.token(k));
            if (isCue.test(k)) {
                int b = k - 1;
                while (b > t && text.token(b).tag().equals("RB")) {
                    b--;
                }
                String before = text.text(text.token(b));
                return SubjectFinder.isAppositionMark(before) || before.equals(")") ? k : -1;
            }
            if (w.equals(".") || w.equals(";") || w.equals(":")) {
                return -1;
            }
        }
        return -1;
    }
}
