package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * A question put with an adjunct between "asked" and it: {@code Asked on Monday whether he would
 * run, …}, {@code asked during a debate why taxes rose}. The adjunct says when or where the
 * question was put; the question itself starts at its "whether", "if" or wh-word.
 */
final class AskedAdjunct {

    /** Prepositions that open a when-or-where adjunct after "asked". */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("on", "during", "at", "in", "after", "before",
            "last", "this", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Words that open the question itself. */
    private static final Set<String> OPENERS = Set.of("whether", "if", "why", "how", "what");
    /** How far the adjunct may reach. */
    private static final int MAX_ADJUNCT = 8;

    private final AnnotatedText text;
    private final int[] quotationOf;

    AskedAdjunct(AnnotatedText text, int[] quotationOf) {
        this.text = text;
        this.quotationOf = quotationOf;
    }

    /**
     * Where the question after cue "asked" starts when {@code lo} opens a verbless adjunct before it;
     * otherwise {@code lo} unchanged.
     */
    int after(int cue, int lo) {
        Sentence s = text.sentenceOf(cue);
        if (!text.token(cue).lemma().equals("ask") || lo >= s.endToken() || !ADJUNCT_PREPOSITIONS.contains(text.lowerWord(lo))) {
            return lo;
        }
        for (int t = lo + 1; t < s.endToken() && t <= lo + MAX_ADJUNCT; t++) {
            Token k = text.token(t);
            if (OPENERS.contains(text.lowerWord(t))) {
                return t + 1 < s.endToken() ? t : lo;
            }
            // a verb, a clause break or a quotation ends the adjunct without a question after it
            if (quotationOf[t] >= 0 || k.isVerb() || k.tag().equals("MD") || text.lowerWord(t).equals(",")) {
                return lo;
            }
        }
        return lo;
    }

}
