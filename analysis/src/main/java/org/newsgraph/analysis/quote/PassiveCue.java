package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Recognises passive cues ({@code was accused of}, {@code is expected to}, {@code have been
 * blamed for}, a sentence-opening {@code Asked about …}), whose grammatical subject is the one
 * talked about, and finds their {@code by} agent, the one who talks. One instance per article.
 */
final class PassiveCue {

    private final AnnotatedText text;
    private final int[] quotationOf;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     */
    PassiveCue(AnnotatedText text, int[] quotationOf) {
        this.text = text;
        this.quotationOf = quotationOf;
    }

    /**
     * The cue is passive ("was accused of", "is expected to", "have been blamed for", or a
     * sentence-opening "Asked about …"): its subject is who is talked about, not who talks.
     */
    boolean passive(int cue) {
        Token c = text.token(cue);
        if (!c.tag().equals("VBN")) {
            return false;
        }
        Sentence s = text.sentences().get(c.sentence());
        if (opensSentence(cue, s)) {
            return true;
        }
        int t = cue - 1;
        while (t >= s.firstToken() && text.token(t).tag().equals("RB")) {
            t--;
        }
        return t >= s.firstToken() && text.token(t).isVerb() && text.token(t).lemma().equals("be");
    }

    /** The agent of a passive cue ("was criticized by the mayor"): {head, first, last}, or null. */
    int[] agent(int cue) {
        Sentence s = text.sentenceOf(cue);
        int t = cue + 1;
        if (t >= s.endToken() || !text.text(text.token(t)).equals("by") || quotationOf[t] >= 0) {
            return null;
        }
        int first = t + 1;
        int head = -1;
        for (int k = first; k < s.endToken() && k <= first + 6 && quotationOf[k] < 0; k++) {
            Token x = text.token(k);
            if (x.isNoun()) {
                head = k;
            } else if (!(x.tag().startsWith("JJ") || x.tag().equals("DT") || x.tag().equals("PRP$")
                    || x.tag().equals("POS") || x.tag().equals("CD"))) {
                break;
            }
        }
        return head < 0 ? null : new int[]{head, first, head};
    }

    /** A participle opening its sentence, alone or after a preposition, is passive ("Asked about …"). */
    private boolean opensSentence(int cue, Sentence s) {
        return cue == s.firstToken() || (cue - 1 == s.firstToken() && text.token(cue - 1).tag().equals("IN"));
    }
}
