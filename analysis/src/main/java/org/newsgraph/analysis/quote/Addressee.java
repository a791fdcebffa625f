package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * The object of "tell" or "ask" when it names only the person addressed ("she told reporters.", "he
 * asked the senator on Monday."): what was told or asked is not in it, so it reports nothing. An
 * object that goes on to the message ("told friends about …", "asked him how …", "told a story") is
 * more than an addressee. Ranges are inclusive token indices.
 */
final class Addressee {

    /** Verbs whose first object is the person spoken to. */
    private static final Set<String> ADDRESSING = Set.of("tell", "ask");

    /** Words after the addressee that open what was told or asked. */
    private static final Set<String> MESSAGE_OPENERS = Set.of("about", "of", "for", "that", "to");

    private final AnnotatedText text;

    Addressee(AnnotatedText text) {
        this.text = text;
    }

    /** True when the object {@code [first, last]} of the cue at {@code cue} is its addressee alone. */
    boolean only(int cue, int first, int last) {
        if (!ADDRESSING.contains(text.token(cue).lemma())) {
            return false;
        }
        for (int k = cue + 1; k < first; k++) {
            if (!text.token(k).tag().startsWith("RB")) {
                return false; // "asked about the governor": a topic after a preposition
            }
        }
        int t = first;
        while (t <= last && inNounPhrase(text.token(t))) {
            t++;
        }
        if (t == first || !isPerson(text.token(t - 1))) {
            return false;
        }
        for (int k = t; k <= last; k++) {
            Token x = text.token(k);
            if (x.isVerb() || x.tag().startsWith("W") || MESSAGE_OPENERS.contains(text.lowerWord(k))) {
                return false;
            }
        }
        return true; // what is left is an adjunct ("in Boston", "last week")
    }

    private static boolean inNounPhrase(Token k) {
        String tag = k.tag();
        return tag.equals("DT") || tag.equals("PRP$") || tag.equals("POS") || tag.startsWith("JJ")
                || tag.startsWith("NN") || tag.equals("CD") || tag.equals("PRP");
    }

    private static boolean isPerson(Token head) {
        return head.isProperNoun() || head.tag().equals("PRP") || PersonNouns.is(head.lemma());
    }
}
