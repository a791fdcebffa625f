package org.newsgraph.analysis.event;

import org.newsgraph.analysis.entity.EntityMention;
import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * The part of a sentence worth parsing for an event: its strongest trigger with a few tokens either
 * side, where its actor, target, place and date stand, cut at a semicolon and widened so that no
 * name or noun phrase is split. Parsing time grows with length, and news sentences carry trailing
 * attributions and background the event's arguments are seldom in.
 */
final class ParseWindow {

    /** Tags that continue a noun phrase across a window edge. */
    private static final Set<String> PHRASE_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "POS", "CD", "PRP$", "HYPH");
    private static final int MAX_WIDEN = 4;

    private final int left;
    private final int right;

    /**
     * @param left  tokens kept before the trigger (0 or less parses whole sentences)
     * @param right tokens kept after it
     */
    ParseWindow(int left, int right) {
        this.left = left;
        this.right = right;
    }

    /** The token range {@code [first, end)} to parse for a trigger at token {@code trigger} of {@code s}. */
    int[] around(AnnotatedText text, EntitySet entities, Sentence s, int trigger) {
        if (left <= 0 || s.tokenCount() <= left + right + 1) {
            return new int[]{s.firstToken(), s.endToken()};
        }
        int lo = Math.max(s.firstToken(), trigger - left);
        int hi = Math.min(s.endToken(), trigger + 1 + right);
        for (int i = trigger - 1; i >= lo; i--) {
            if (clauseBreak(text, i)) {
                lo = i + 1;
                break;
            }
        }
        for (int i = trigger + 1; i < hi; i++) {
            if (clauseBreak(text, i)) {
                hi = i;
                break;
            }
        }
        lo = widenLeft(text, entities, s, lo);
        hi = widenRight(text, entities, s, hi);
        if (hi - lo >= s.tokenCount() - 2) {
            return new int[]{s.firstToken(), s.endToken()}; // nothing worth cutting
        }
        return new int[]{lo, hi};
    }

    private static boolean clauseBreak(AnnotatedText text, int i) {
        String w = text.text(text.token(i));
        return w.equals(";") || w.equals("--") || w.equals("—");
    }

    /** Moves the first token back to the start of a name or noun phrase it would split. */
    private static int widenLeft(AnnotatedText text, EntitySet entities, Sentence s, int lo) {
        if (lo <= s.firstToken()) {
            return lo;
        }
        EntityMention m = entities.mentionAtToken(lo);
        if (m != null && m.firstToken() < lo) {
            lo = Math.max(s.firstToken(), m.firstToken());
        }
        for (int n = 0; n < MAX_WIDEN && lo > s.firstToken() && inPhrase(text.token(lo)) && inPhrase(text.token(lo - 1)); n++) {
            lo--;
        }
        return lo;
    }

    /** Moves the end past the name or noun phrase the last token is in. */
    private static int widenRight(AnnotatedText text, EntitySet entities, Sentence s, int hi) {
        if (hi >= s.endToken()) {
            return hi;
        }
        EntityMention m = entities.mentionAtToken(hi - 1);
        if (m != null && m.endToken() > hi) {
            hi = Math.min(s.endToken(), m.endToken());
        }
        for (int n = 0; n < MAX_WIDEN && hi < s.endToken() && inPhrase(text.token(hi - 1)) && inPhrase(text.token(hi)); n++) {
            hi++;
        }
        return hi;
    }

    private static boolean inPhrase(Token t) {
        return PHRASE_TAGS.contains(t.tag());
    }
}
