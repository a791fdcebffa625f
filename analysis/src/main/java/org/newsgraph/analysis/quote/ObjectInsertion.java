package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * A phrase set off by a pair of commas inside a verb's object (or a stance noun's phrase), after which the object goes on
 * ({@code urged the mayor, who took office in May, to resign}, {@code questioned whether the
 * plan, as drafted, would work}): the second comma closes an aside of the object's own, not the
 * object. The object goes on when its clause still waits for its verb and a finite verb follows
 * the aside, or when a complement of the object's noun follows it ("to …", "that …", "for …",
 * "of …"). The aside holds no finite verb of its own unless it is a relative clause ("who took
 * office"), so a closing attribution ("…, the mayor said, …") never counts as one. Ranges are
 * inclusive token indices.
 */
final class ObjectInsertion {

    /** How many tokens an aside may hold. */
    private static final int REACH = 12;
    /** Words that take the object on after an aside: a complement of its noun or of the verb's object. */
    private static final Set<String> COMPLEMENTS = Set.of("to", "that", "for", "of");

    private final AnnotatedText text;
    private final int[] quotationOf;

    /** @param quotationOf for each token, the index of the quotation holding it, or -1 */
    ObjectInsertion(AnnotatedText text, int[] quotationOf) {
        this.text = text;
        this.quotationOf = quotationOf;
    }

    /**
     * The comma that closes an aside opened by the comma at {@code comma} inside the object from
     * {@code lo}, when the object goes on after it; else -1.
     *
     * @param clauseOpen the object holds a clause opened by "that", "whether" or a wh-word whose
     *                   finite verb has not come yet
     */
    int close(int comma, int lo, boolean clauseOpen) {
        Sentence s = text.sentenceOf(comma);
        if (comma <= lo || !text.lowerWord(comma).equals(",")) {
            return -1;
        }
        boolean relative = comma + 1 < s.endToken() && text.token(comma + 1).tag().startsWith("W");
        for (int t = comma + 1; t < s.endToken() - 1 && t <= comma + REACH; t++) {
            if (quotationOf[t] >= 0 || SubjectFinder.isFinite(text.token(t)) && !relative) {
                return -1;
            }
            if (text.lowerWord(t).equals(",")) {
                return t > comma + 1 && goesOn(t + 1, s, clauseOpen) ? t : -1;
            }
            if (TokenRanges.isEdgePunct(text, t)) {
                return -1;
            }
        }
        return -1;
    }

    /** The object goes on at {@code t}: the open clause's finite verb, or a complement of its noun. */
    private boolean goesOn(int t, Sentence s, boolean clauseOpen) {
        if (quotationOf[t] >= 0) {
            return false;
        }
        Token k = text.token(t);
        String w = text.lowerWord(t);
        if (COMPLEMENTS.contains(w)) {
            return !w.equals("to") || t + 1 < s.endToken() && text.token(t + 1).tag().equals("VB");
        }
        while (clauseOpen && k.tag().equals("RB") && t + 1 < s.endToken()) {
            k = text.token(++t);
        }
        return clauseOpen && SubjectFinder.isFinite(k);
    }
}
