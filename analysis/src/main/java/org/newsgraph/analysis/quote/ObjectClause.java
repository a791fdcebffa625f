package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * A relative clause that opens inside a noun-phrase object, so that a finite verb after it is the
 * clause's own and does not end the object: one with a relative word ({@code condemned the raids in
 * which dozens were detained}, {@code a judge whose parents were born abroad}) or a contact clause
 * with none ({@code cited remarks the mayor had made}). Token indices.
 */
final class ObjectClause {

    /** Punctuation that sets off the writer's aside: a relative word after it opens no modifier of the object. */
    private static final Set<String> ASIDE_OPENERS = Set.of("(", "-LRB-", "-", "--", "—", "–");

    private final AnnotatedText text;

    ObjectClause(AnnotatedText text) {
        this.text = text;
    }

    /**
     * A clause opens at {@code t} inside the object that starts at {@code lo}: a wh-word, "that" or
     * "whether" ("questioned how the board could …", "disputes the idea that she …"), a relative word
     * or a contact clause's verb.
     */
    boolean opensAt(int t, int lo) {
        String tag = text.token(t).tag();
        String w = text.lowerWord(t);
        return tag.equals("WRB") || tag.equals("WP") || w.equals("that") || w.equals("whether") || relativeWordAt(t)
                || contactAt(t, lo);
    }

    /**
     * A relative "which" or possessive "whose" at {@code t}, not after a parenthesis or a dash
     * ("the plan (which he also backs)" is the writer's aside).
     */
    boolean relativeWordAt(int t) {
        String tag = text.token(t).tag();
        return (tag.equals("WDT") || tag.equals("WP$")) && (t == 0 || !ASIDE_OPENERS.contains(text.lowerWord(t - 1)));
    }

    /**
     * "cited remarks the mayor had made about …", "praised the work the crew has done": a finite verb
     * after a subject of its own (a name, a pronoun or a noun phrase with a determiner) that follows
     * a common noun.
     */
    boolean contactAt(int t, int lo) {
        if (t - 2 < lo || !SubjectFinder.isFinite(text.token(t))) {
            return false;
        }
        int first = subjectStart(t - 1, lo);
        if (first <= lo) {
            return false;
        }
        Token noun = text.token(first - 1);
        return !noun.isProperNoun() && (noun.tag().equals("NN") || noun.tag().equals("NNS"));
    }

    /** The first token of a short subject ending at {@code last}, or -1: a pronoun, a name, or "the panel". */
    private int subjectStart(int last, int lo) {
        Token k = text.token(last);
        if (k.tag().equals("PRP")) {
            return last;
        }
        int first = last;
        if (k.isProperNoun()) {
            while (first - 1 > lo && text.token(first - 1).isProperNoun()) {
                first--;
            }
            return first;
        }
        if (!k.isNoun()) {
            return -1;
        }
        while (first - 1 > lo && first > last - 4 && (text.token(first - 1).isNoun()
                || text.token(first - 1).tag().startsWith("JJ"))) {
            first--;
        }
        String det = text.token(first - 1).tag();
        return first - 1 > lo && (det.equals("DT") || det.equals("PRP$")) ? first - 1 : -1;
    }
}
