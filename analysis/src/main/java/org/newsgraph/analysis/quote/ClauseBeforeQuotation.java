package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;

import java.util.function.IntPredicate;

/**
 * A reported clause between a cue and the quotation that finishes it ({@code She said the slump was
 * not the banks' fault, “not by a long shot.”}): one mixed statement, the writer's clause and the
 * speaker's words, not a direct quote whose cue happens to stand earlier. A cue followed only by
 * when, where or to whom it was said ({@code said on Monday, “…”}, {@code told reporters, “…”})
 * leaves the quotation direct.
 */
final class ClauseBeforeQuotation {

    private final AnnotatedText text;
    private final ContentFinder contents;
    private final TokenRanges ranges;
    private final IntPredicate isCue;

    ClauseBeforeQuotation(AnnotatedText text, ContentFinder contents, TokenRanges ranges, IntPredicate isCue) {
        this.text = text;
        this.contents = contents;
        this.ranges = ranges;
        this.isCue = isCue;
    }

    /**
     * The first token of the reported clause that the cue at {@code cue} opens and the quotation
     * opening at token {@code open} completes, or -1 when the cue has no clause of its own before
     * the quotation.
     */
    int start(int cue, int open) {
        String sep = text.text(text.token(open - 1));
        if (cue >= open - 2 || !(",".equals(sep) || ":".equals(sep))) {
            return -1;
        }
        int[] clause = contents.afterCue(cue);
        if (clause == null || clause[0] >= open - 1 || clause[1] < open - 2) {
            return -1;
        }
        int[] r = ranges.trim(clause[0], open - 1);
        if (r == null || r[1] - r[0] < 2 || !ranges.isClause(r[0], r[1])) {
            return -1;
        }
        for (int t = r[0]; t <= r[1] && ":".equals(sep); t++) {
            if (isCue.test(t) || text.text(text.token(t)).equals(",")) {
                return -1; // "…, to which O'Malley interjected: “…”": the quotation is the later speaker's
            }
        }
        return r[0];
    }
}
