package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * A quotation whose sentence the writer completes outside the marks before the closing attribution
 * ({@code “This will be a hard winter” for the harbor, said Ines Alvarez}, {@code “The pier is
 * unsafe,” and repairs will start in May, he said}): the statement runs from the opening mark to the
 * attribution's comma. The words after the closing mark must go on with the sentence (a preposition,
 * a conjunction, a verb), not name the speaker. Ranges are inclusive token indices.
 */
final class StatementAfterQuotation {

    /** Tags of a word that carries the quoted sentence on rather than opening the speaker's name. */
    private static final Set<String> CONTINUING = Set.of("IN", "TO", "CC", "MD", "VB", "VBD", "VBZ", "VBP", "VBN",
            "VBG", "WRB", "WDT");
    /** How long the speaker between the comma and the cue may be ({@code , Republican candidate Ann Lee said}). */
    private static final int MAX_SPEAKER = 6;

    private final AnnotatedText text;
    private final QuotationTokens marks;

    StatementAfterQuotation(AnnotatedText text, QuotationTokens marks) {
        this.text = text;
        this.marks = marks;
    }

    /**
     * The last token of the statement that quotation {@code q} opens when its attribution's cue is
     * {@code cue}, after the closing mark; -1 when the words after the mark are the attribution itself.
     */
    int end(int q, int cue) {
        int close = marks.close[q];
        int next = close + 1;
        if (cue <= next || text.token(cue).sentence() != text.token(close).sentence() || marks.quotationOf[next] >= 0
                || !CONTINUING.contains(text.token(next).tag()) || !Character.isLowerCase(text.text(text.token(next)).charAt(0))) {
            return -1; // "“…” Will Ortiz said": a capital opens the speaker's name, whatever its tag
        }
        int comma = -1;
        for (int t = next + 1; t < cue; t++) {
            if (marks.quotationOf[t] >= 0) {
                return -1;
            }
            if (text.text(text.token(t)).equals(",")) {
                comma = t;
            }
        }
        if (comma < 0 || cue - comma > MAX_SPEAKER) {
            return -1;
        }
        for (int t = comma + 1; t < cue; t++) {
            Token k = text.token(t);
            if (k.isVerb()) {
                return -1; // a clause between the comma and the cue: not the attribution's speaker
            }
        }
        return comma - 1;
    }
}
