package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

import java.util.function.IntPredicate;

/**
 * A quotation that opens in lower case with the predicate of a subject the writer gives outside the
 * marks: the statement is the subject and the quotation together, whether the attribution follows
 * ({@code The new plan, “is a step backwards,” she said.}) or stands between them ({@code The plan,
 * she said, “is a step backwards.”}). The subject runs from the sentence start and holds no verb of
 * its own, no quotation and no cue. Ranges are inclusive token indices.
 */
final class QuotedPredicate {

    private final AnnotatedText text;
    private final QuotationTokens marks;
    private final IntPredicate isCue;

    QuotedPredicate(AnnotatedText text, QuotationTokens marks, IntPredicate isCue) {
        this.text = text;
        this.marks = marks;
        this.isCue = isCue;
    }

    /**
     * The subject before quotation {@code q} when its attribution at {@code cue} follows it: from
     * the sentence start to the opening mark, or null.
     */
    int[] subjectBefore(int q, int cue) {
        int open = marks.open[q];
        if (cue < open || !opensLowerCase(q)) {
            return null;
        }
        return subject(sentenceOf(open).firstToken(), open - 1);
    }

    /**
     * The subject before the attribution at {@code cue} that stands between it and quotation
     * {@code q} ({@code The plan, she said, “is …”}): from the sentence start to the comma before the
     * speaker, or null.
     */
    int[] subjectBeforeAttribution(int q, int cue) {
        int open = marks.open[q];
        Sentence s = sentenceOf(open);
        if (cue > open || !opensLowerCase(q) || cue <= s.firstToken() || !",".equals(text.text(text.token(open - 1)))
                || open - 1 - cue > 3) {
            return null; // the attribution is an aside: "she said," or "he told reporters,"
        }
        for (int t = cue + 1; t < open - 1; t++) {
            if (text.text(text.token(t)).equals(",")) {
                return null;
            }
        }
        for (int t = cue - 1; t > s.firstToken(); t--) {
            if (text.text(text.token(t)).equals(",")) {
                return subject(s.firstToken(), t - 1);
            }
            if (text.token(t).isVerb() || marks.quotationOf[t] >= 0) {
                return null; // the speaker's phrase is a noun phrase
            }
        }
        return null;
    }

    private int[] subject(int lo, int hi) {
        while (hi >= lo && text.text(text.token(hi)).equals(",")) {
            hi--;
        }
        if (hi < lo) {
            return null;
        }
        for (int t = lo; t <= hi; t++) {
            if (marks.quotationOf[t] >= 0 || isCue.test(t) || SubjectFinder.isFinite(text.token(t))) {
                return null;
            }
        }
        return new int[]{lo, hi};
    }

    private boolean opensLowerCase(int q) {
        String w = text.text(text.token(marks.first[q]));
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    private Sentence sentenceOf(int token) {
        return text.sentenceOf(token);
    }
}
