package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * The reported clause that follows an adjunct of its cue, found from tokens: {@code said in a
 * statement on Thursday night it had pulled …}, {@code says at a stop in Toledo, Ohio, that …},
 * {@code said on local radio, where she appears every week, that …}, {@code said, among other
 * things, that …}. News puts where and how something was said between the verb and what was said;
 * the adjunct opens with a preposition of occasion, place, time or channel, or with a comma or dash,
 * and has no verb of its own (but a participle) outside an aside set off by commas or dashes. The clause opens with "that" and a subject before its finite
 * verb, or with a subject pronoun and its finite verb. Ranges are inclusive token indices, untrimmed.
 */
final class CueAdjunctClause {

    /** How far after the cue the clause may start. */
    private static final int MAX_ADJUNCT = 20;
    /** Pronouns that can only be a subject, so that a clause starts at them ("said after the vote he …"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
    /**
     * Prepositions of the occasion, place, time or channel of saying; "about", "of" or "to" bring the
     * cue's topic or addressee instead ("talked about the things she …").
     */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "at", "on", "during", "after", "before",
            "following", "via", "through", "from", "amid", "over");
    /**
     * The prepositions after whose phrase a subject pronoun opens the clause; after "on", "from" or
     * "over" it is more often a relative clause's subject ("insist on a judge they can accept").
     */
    private static final Set<String> PRONOUN_ADJUNCTS = Set.of("in", "at", "during", "after", "before", "following",
            "via", "through", "amid");

    private final AnnotatedText text;
    private final int[] quotationOf;
    private final TokenRanges ranges;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     */
    CueAdjunctClause(AnnotatedText text, int[] quotationOf, TokenRanges ranges) {
        this.text = text;
        this.quotationOf = quotationOf;
        this.ranges = ranges;
    }

    /**
     * The reported clause after the cue's adjunct, to the sentence end, or null.
     *
     * @param first where the adjunct may open: after the cue, or after its time ("said Friday in a
     *              statement that …")
     */
    int[] after(int cue, int first) {
        Sentence s = text.sentenceOf(cue);
        if (first >= s.endToken() || !opensAdjunct(first)) {
            return null;
        }
        // "said, among other things, that": an aside right after the cue has no verb at all
        boolean verbless = isAsideMark(text.lowerWord(first));
        boolean pronounMayOpen = PRONOUN_ADJUNCTS.contains(text.lowerWord(first));
        boolean aside = false;
        boolean verbOutsideAside = false;
        for (int t = first; t < s.endToken() && t <= cue + MAX_ADJUNCT; t++) {
            if (quotationOf[t] >= 0) {
                return null;
            }
            String w = text.lowerWord(t);
            if (t > first + 1 && !aside && !verbOutsideAside && startsClause(t, w, s, pronounMayOpen)) {
                return new int[]{t, s.endToken() - 1};
            }
            if (isAsideMark(w)) {
                aside = !aside;
            } else if (w.equals(".") || w.equals(";") || w.equals(":")) {
                return null;
            } else if ((!aside || verbless) && isVerbOfItsOwn(text.token(t))) {
                verbOutsideAside = true;
            }
        }
        return null;
    }

    private boolean opensAdjunct(int t) {
        String w = text.lowerWord(t);
        return ADJUNCT_PREPOSITIONS.contains(w) || isAsideMark(w);
    }

    /** A verb other than a participle modifying a noun ("in a statement issued Tuesday"). */
    private static boolean isVerbOfItsOwn(Token k) {
        return k.isVerb() && !k.tag().equals("VBN");
    }

    /** "that" with a subject before its finite verb, or a subject pronoun after the end of a noun phrase. */
    private boolean startsClause(int t, String w, Sentence s, boolean pronounMayOpen) {
        if (w.equals("that")) {
            return t + 2 < s.endToken() && ranges.subjectBeforeFinite(t + 1, s.endToken() - 1);
        }
        if (!pronounMayOpen || !SUBJECT_PRONOUNS.contains(w)) {
            return false;
        }
        String before = text.token(t - 1).tag();
        boolean afterPhrase = before.startsWith("NN") || before.equals("CD") || before.equals("RB");
        int v = t + 1;
        while (v < s.endToken() && text.token(v).tag().equals("RB")) {
            v++;
        }
        return afterPhrase && v < s.endToken() && SubjectFinder.isFinite(text.token(v));
    }

    private static boolean isAsideMark(String w) {
        return w.equals(",") || w.equals("—") || w.equals("--") || w.equals("–");
    }

}
