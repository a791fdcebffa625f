package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * What a cue reports when it is neither a plain clause nor a direct object, found from tokens:
 * <ul>
 * <li>a "that" clause after a framing verb and its particle, {@code pointed out that the bridge had
 * been closed twice}: a statement, as after a verb of saying;</li>
 * <li>the topic a verb takes with "to", {@code pointed to the rising cost of the stadium},
 * {@code referred to the rules as a disaster}, where "to" marks what is cited, not an addressee.</li>
 * </ul>
 * Ranges are inclusive token indices, untrimmed.
 */
final class FramingComplement {

    /** Verbs whose "to" phrase is what they cite or answer. */
    private static final Set<String> TO_TOPIC = Set.of("point", "refer", "allude");

    private final AnnotatedText text;
    private final int[] quotationOf;
    private final TokenRanges ranges;
    private final ObjectClause objectClause;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     */
    FramingComplement(AnnotatedText text, int[] quotationOf, TokenRanges ranges) {
        this.text = text;
        this.quotationOf = quotationOf;
        this.ranges = ranges;
        this.objectClause = new ObjectClause(text);
    }

    /** "that" and a clause with its subject after the cue and its particle, to the sentence end; or null. */
    int[] thatClause(int cue) {
        Sentence s = text.sentenceOf(cue);
        int that = afterParticle(cue);
        if (that + 2 >= s.endToken() || !text.lowerWord(that).equals("that") || quotationOf[that] >= 0
                || !ranges.subjectBeforeFinite(that + 1, s.endToken() - 1)) {
            return null;
        }
        return new int[]{that, s.endToken() - 1};
    }

    /** The phrase after "to" of a citing verb, to the next clause boundary or finite verb; or null. */
    int[] toTopic(int cue) {
        Token c = text.token(cue);
        Sentence s = text.sentences().get(c.sentence());
        int to = cue + 1;
        if (c.lemma() == null || !TO_TOPIC.contains(c.lemma().toLowerCase(Locale.ROOT)) || to + 1 >= s.endToken()
                || !text.lowerWord(to).equals("to") || text.token(to + 1).tag().startsWith("VB")) {
            return null; // "pointed to rising costs", not "refers to sell"
        }
        int hi = to + 1;
        boolean clause = false;
        while (hi < s.endToken() && !ranges.isEdgePunct(hi) && quotationOf[hi] < 0) {
            // "pointed to an interview the senator gave …", "… to the way he ran": the clause is the topic's own
            clause |= objectClause.opensAt(hi, to + 1);
            if (!clause && SubjectFinder.isFinite(text.token(hi))) {
                break;
            }
            hi++;
        }
        return hi - 1 > to ? new int[]{to + 1, hi - 1} : null;
    }

    private int afterParticle(int cue) {
        int t = cue + 1;
        return t < text.tokens().size() && text.token(t).tag().equals("RP") ? t + 1 : t;
    }

}
