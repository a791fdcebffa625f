package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * A sentence framed by the document it reports, {@code In a CNN/ORC poll last month, 38 percent
 * of voters said …}, {@code In the latest polls, he trails}: the opening "in" phrase names the
 * source (a poll, survey, study or report) and the clause after its comma is the content.
 * Ranges are inclusive token indices.
 */
final class DocumentFrame {

    /** Nouns of documents and data that state what the sentence after them says. */
    private static final Set<String> DOCUMENTS = Set.of("poll", "survey", "study", "report", "analysis", "audit",
            "review", "memo", "filing", "census", "tally", "count", "estimate", "projection", "forecast");
    private static final int MAX_PHRASE = 12;

    /** The framing: source phrase tokens {@code [sourceFirst, sourceHead]} and the content. */
    record Frame(int cue, int sourceFirst, int sourceHead, int[] content) {
    }

    private final AnnotatedText text;
    private final int[] quotationOf;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     */
    DocumentFrame(AnnotatedText text, int[] quotationOf) {
        this.text = text;
        this.quotationOf = quotationOf;
    }

    /** The frame opening sentence {@code s}, or null. */
    Frame at(Sentence s) {
        int in = s.firstToken();
        if (s.tokenCount() < 6 || !text.text(text.token(in)).equalsIgnoreCase("in")) {
            return null;
        }
        int head = -1;
        int comma = -1;
        for (int t = in + 1; t < s.endToken() && t <= in + MAX_PHRASE; t++) {
            Token k = text.token(t);
            String w = text.text(k);
            if (w.equals(",")) {
                comma = t;
                break;
            }
            if (SubjectFinder.isFinite(k) || quotationOf[t] >= 0) {
                return null;
            }
            if (k.isNoun() && DOCUMENTS.contains(k.lemma().toLowerCase(Locale.ROOT)) && head < 0) {
                head = t;
            }
        }
        if (head < 0 || comma < 0 || comma + 2 >= s.endToken()) {
            return null;
        }
        int hi = s.endToken() - 1;
        boolean finite = false;
        for (int t = comma + 1; t <= hi; t++) {
            if (quotationOf[t] >= 0) {
                return null; // a quotation: attributed as a quote of its own
            }
            finite |= SubjectFinder.isFinite(text.token(t));
        }
        return finite ? new Frame(in, in + 1, head, new int[]{comma + 1, hi}) : null;
    }
}
