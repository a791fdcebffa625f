package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * How far the content of a partial quote runs past its quoted phrase: to the end of the phrase the
 * framing verb governs, over further quoted phrases and their links ({@code called Trump a
 * “pathological liar” who is “utterly amoral,” a “serial philanderer” and a “bully”}, {@code
 * condemned the test as “provocative” and a “grave threat” to regional stability}), and no further
 * than a new clause, a participle of the writer, a closing attribution, the medium the words came in
 * ({@code “disgrace” in a radio interview}), a bare time right after the quotation ({@code “disgrace”
 * Thursday}) or strong punctuation.
 */
final class PartialExtent {

    private final AnnotatedText text;
    private final int[] quotationOf;
    private final boolean[] direct;
    private final IntPredicate isCue;
    private final ClauseEnd clauseEnd;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     * @param direct      for each quotation, whether it is a direct quote
     * @param isCue       whether a token is a reporting cue
     * @param clauseEnd   where an adjunct of the medium or time of the words opens
     */
    PartialExtent(AnnotatedText text, int[] quotationOf, boolean[] direct, IntPredicate isCue, ClauseEnd clauseEnd) {
        this.text = text;
        this.quotationOf = quotationOf;
        this.direct = direct;
        this.isCue = isCue;
        this.clauseEnd = clauseEnd;
    }

    /**
     * The last token of the content whose quoted phrase ends at token {@code last} (its closing mark
     * or last word); {@code opensClause}: the phrase opens the clause a verb of saying reports ({@code
     * said “local crews” would fix it}), whose finite verb comes after it and belongs to the content.
     */
    int end(int last, boolean opensClause) {
        Sentence s = text.sentenceOf(last);
        int hi = last;
        if (commaInsideMark(last, s)) {
            return hi;
        }
        boolean relative = opensClause;
        for (int t = last + 1; t < s.endToken(); t++) {
            if (quotationOf[t] >= 0) {
                if (direct[quotationOf[t]]) {
                    break;
                }
                int q = quotationOf[t];
                while (t + 1 < s.endToken() && quotationOf[t + 1] == q) {
                    t++;
                }
                hi = t;
                if (commaInsideMark(t, s)) {
                    break;
                }
                continue;
            }
            Token k = text.token(t);
            String w = text.text(k).toLowerCase(Locale.ROOT);
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("―") || ClauseEnd.asideDash(text, t) || w.equals("?")
                    || w.equals("!") || w.equals("(")) {
                break;
            }
            if (w.equals(",") && t + 1 < s.endToken() && endsAtComma(t + 1, s)) {
                break;
            }
            if (k.tag().equals("CC") && (newClause(t + 1, s) || t + 1 < s.endToken() && text.token(t + 1).isVerb())) {
                break; // "… and Democrats accused …", "calling them “rapists” and vowing to …"
            }
            if (!relative && clauseEnd.mediumAdjunct(t, s.endToken() - 1)) {
                break; // "called the plan a “disgrace” in a radio interview": where it was said, not what
            }
            if (!relative && quotationOf[t - 1] >= 0 && clauseEnd.bareTimeAt(t)) {
                break; // "called the plan a “disgrace” Wednesday": when it was said
            }
            relative |= k.tag().equals("WDT") || k.tag().equals("WP") || w.equals("that");
            if (SubjectFinder.isFinite(k) && !relative) {
                break; // the sentence's own verb: the framed phrase has ended
            }
            if (isCue.test(t) && SubjectFinder.isFinite(k)) {
                break;
            }
            if (!w.equals(",")) {
                hi = t;
            }
        }
        return hi;
    }

    /** {@code “unpatriotic,” and his administration has …}: a closing mark after a comma, and what ends the phrase after it. */
    private boolean commaInsideMark(int close, Sentence s) {
        return close + 1 < s.endToken() && quotationOf[close + 1] < 0 && text.text(text.token(close - 1)).equals(",")
                && quotationOf[close - 1] == quotationOf[close] && endsAtComma(close + 1, s);
    }

    /** After a comma: a participle, a coordinated clause or a closing attribution ends the phrase. */
    private boolean endsAtComma(int next, Sentence s) {
        Token k = text.token(next);
        if (quotationOf[next] >= 0) {
            return direct[quotationOf[next]];
        }
        if (k.tag().equals("VBG") || k.tag().equals("IN") && !text.text(k).equalsIgnoreCase("of")) {
            return true; // ", saying …", ", although …", ", according to …"
        }
        if (k.tag().equals("CC")) {
            return newClause(next + 1, s);
        }
        for (int t = next; t < s.endToken() && t <= next + 5; t++) {
            if (isCue.test(t) && SubjectFinder.isFinite(text.token(t))) {
                return true; // ", Trump said"
            }
        }
        return k.tag().equals("PRP") || k.tag().equals("WRB") || text.text(k).equalsIgnoreCase("which");
    }

    /** A subject and a finite verb within a few tokens: a clause of its own. */
    private boolean newClause(int from, Sentence s) {
        for (int t = from; t < s.endToken() && t <= from + 4; t++) {
            Token k = text.token(t);
            if (SubjectFinder.isFinite(k)) {
                return t > from;
            }
            if (quotationOf[t] >= 0 || !(k.isNoun() || k.tag().equals("PRP") || k.tag().equals("DT")
                    || k.tag().startsWith("JJ") || k.tag().equals("RB") || k.tag().equals("POS")
                    || k.tag().equals("PRP$") || k.tag().equals("CD"))) { // "… and his administration has …"
                return false;
            }
        }
        return false;
    }
}
