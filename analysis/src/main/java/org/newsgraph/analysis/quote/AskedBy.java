package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * A question put by a named asker, {@code Asked by reporters whether the port would close, …},
 * {@code she was asked by the moderator to name a rival}: the agent after "by" asks and the
 * question follows it. A passive subject ("she") is who is asked, not what is asked. Ranges are
 * inclusive token indices.
 */
final class AskedBy {

    /** Words that open the question after the asker. */
    private static final Set<String> QUESTION_OPENERS = Set.of("whether", "if", "to", "about", "what", "why", "how",
            "when", "who", "which", "where");
    /** How many words the asker's noun phrase may take. */
    private static final int MAX_ASKER = 5;

    /** The question and the asker's head and first token. */
    record Found(int[] question, int askerFirst, int askerHead) {
    }

    private final AnnotatedText text;
    private final int[] quotationOf;

    AskedBy(AnnotatedText text, int[] quotationOf) {
        this.text = text;
        this.quotationOf = quotationOf;
    }

    /** The question asked at participle {@code cue} by the agent after it, or null. */
    Found at(int cue) {
        Token c = text.token(cue);
        Sentence s = text.sentences().get(c.sentence());
        if (!c.lemma().equals("ask") || !c.tag().equals("VBN") || cue + 2 >= s.endToken()
                || !text.lowerWord(cue + 1).equals("by")) {
            return null;
        }
        int head = -1;
        int t = cue + 2;
        while (t < s.endToken() && t < cue + 2 + MAX_ASKER && quotationOf[t] < 0 && isNounPhraseWord(text.token(t))) {
            if (text.token(t).isNoun() || text.token(t).tag().equals("PRP")) {
                head = t;
            }
            t++;
        }
        if (head < 0 || t >= s.endToken() || !QUESTION_OPENERS.contains(text.lowerWord(t))) {
            return null;
        }
        int end = t;
        while (end + 1 < s.endToken() && (quotationOf[end + 1] >= 0 || !isBreak(end + 1))) {
            end++;
        }
        return end - t < 1 ? null : new Found(new int[]{t, end}, cue + 2, head);
    }

    private boolean isBreak(int t) {
        String w = text.text(text.token(t));
        return w.equals(",") || w.equals(";") || w.equals(".") || w.equals("?") || w.equals("—") || w.equals("--");
    }

    private static boolean isNounPhraseWord(Token k) {
        String tag = k.tag();
        return k.isNoun() || tag.equals("DT") || tag.startsWith("JJ") || tag.equals("PRP") || tag.equals("PRP$")
                || tag.equals("POS") || tag.equals("CD");
    }

}
