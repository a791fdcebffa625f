package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A passive cue with its agent, {@code the calls were rejected by the council}, {@code his views
 * were echoed by several experts}: the agent after "by" is the source and the passive subject the
 * content. Ranges are inclusive token indices.
 */
final class PassiveAgent {

    /** How far "by" may stand after the participle ("were rejected in 2015 by the council"). */
    private static final int BY_WINDOW = 5;

    /** The content and agent of a passive cue. */
    record Found(int[] content, int agentFirst, int agentHead) {
    }

    private final AnnotatedText text;
    private final int[] quotationOf;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     */
    PassiveAgent(AnnotatedText text, int[] quotationOf) {
        this.text = text;
        this.quotationOf = quotationOf;
    }

    /** The passive attribution at participle {@code cue}, or null. */
    Found at(int cue) {
        Token c = text.token(cue);
        Sentence s = text.sentences().get(c.sentence());
        if (!c.tag().equals("VBN")) {
            return null;
        }
        int be = cue - 1;
        while (be >= s.firstToken() && text.token(be).tag().equals("RB")) {
            be--;
        }
        if (be <= s.firstToken() || !text.token(be).isVerb() || !text.token(be).lemma().equals("be")) {
            return null;
        }
        int by = -1;
        for (int t = cue + 1; t < s.endToken() && t <= cue + BY_WINDOW; t++) {
            String w = text.text(text.token(t));
            if (w.equalsIgnoreCase("by")) {
                by = t;
                break;
            }
            if (w.equals(",") || SubjectFinder.isFinite(text.token(t)) || quotationOf[t] >= 0) {
                return null;
            }
        }
        if (by < 0 || by + 1 >= s.endToken()) {
            return null;
        }
        int head = -1;
        int t = by + 1;
        while (t < s.endToken() && isNounPhraseWord(t)) {
            if (text.token(t).isNoun() || text.token(t).tag().equals("PRP")) {
                head = t;
            }
            t++;
        }
        if (head < 0) {
            return null;
        }
        // the subject: back from the auxiliaries over a noun phrase (and its modifiers) to the clause start
        int hi = be - 1;
        while (hi >= s.firstToken() && (text.token(hi).tag().equals("MD") || text.token(hi).isVerb()
                && (text.token(hi).lemma().equals("have") || text.token(hi).lemma().equals("be")))) {
            hi--;
        }
        if (hi < s.firstToken() || !(text.token(hi).isNoun() || text.token(hi).tag().equals("PRP")
                || text.token(hi).tag().equals("CD"))) {
            return null;
        }
        int lo = hi;
        while (lo - 1 >= s.firstToken() && !isClauseBreak(lo - 1) && quotationOf[lo - 1] < 0
                && !SubjectFinder.isFinite(text.token(lo - 1))) {
            lo--;
        }
        if (lo == hi && text.text(text.token(hi)).equalsIgnoreCase("it")) {
            return null; // "It was announced by X that …": the expletive is no content; the clause is
        }
        return new Found(new int[]{lo, hi}, by + 1, head);
    }

    private boolean isNounPhraseWord(int t) {
        Token k = text.token(t);
        String tag = k.tag();
        return quotationOf[t] < 0 && (k.isNoun() || tag.equals("DT") || tag.startsWith("JJ") || tag.equals("PRP")
                || tag.equals("PRP$") || tag.equals("POS") || tag.equals("CD") || tag.equals("HYPH"));
    }

    private boolean isClauseBreak(int t) {
        String w = text.text(text.token(t));
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--")
                || text.token(t).tag().equals("IN") && !w.equalsIgnoreCase("of") && !w.equalsIgnoreCase("about")
                || text.token(t).tag().equals("WDT") || text.token(t).tag().equals("WP")
                || w.equalsIgnoreCase("that");
    }
}
