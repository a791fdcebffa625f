package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * A clause of the writer's that closes a reported content: an adverbial clause with a subject of
 * its own after an object or an infinitive ({@code agreed [to repair the bridge] so Mr. Garcia could
 * reopen}, {@code shouted [insults] as she walked past}), or a non-restrictive relative clause that
 * runs to the content's end, on a name ({@code backed [the deal with Mr. Ortiz], who has since left})
 * or after an infinitive ({@code vowed [to keep the tax cut], which expires next year}). Both tell
 * the reader about the people and the occasion rather than what was said. A subject that is a
 * common noun phrase stays ("warned the plan would fail as the economy slows" is one statement), and
 * so does a relative clause that a comma closes before the content goes on ("the panel, which met
 * in May, found …"). Ranges are inclusive token indices.
 */
final class TrailingClause {

    /**
     * Subordinators of time, manner and result that open the writer's circumstance ("as", "so", "after"); a
     * reason or condition ("because", "if", "unless", "when", "whereas") belongs to what was said.
     */
    private static final Set<String> OPENERS = Subordinators.adverbial(
            Set.of("because", "if", "unless", "when", "whereas"), "so");
    /** Punctuation that closes a relative clause before the content goes on. */
    private static final Set<String> CLOSERS = Set.of(",", "--", "—", "–");

    private final AnnotatedText text;
    private final TokenRanges ranges;

    TrailingClause(AnnotatedText text, TokenRanges ranges) {
        this.text = text;
        this.ranges = ranges;
    }

    /** The last token of the content {@code [lo, hi]}: {@code hi}, or the token before the writer's clause. */
    int end(int lo, int hi) {
        if (ranges.containsQuotation(lo, hi)) {
            return hi; // a content with a quotation: its words decide where it ends, not ours
        }
        for (int t = lo + 1; t < hi; t++) {
            if (adverbialClause(lo, t, hi) || relativeClause(lo, t, hi)) {
                return CLOSERS.contains(text.lowerWord(t - 1)) ? t - 2 : t - 1;
            }
        }
        return hi;
    }

    /**
     * A subordinator at {@code t} after a verbless object or infinitive (not a fronted adjunct: "In
     * April, as …"), with a pronoun or a name as its subject and a finite verb.
     */
    private boolean adverbialClause(int lo, int t, int hi) {
        Token k = text.token(t);
        String opening = text.text(text.token(lo));
        return OPENERS.contains(text.lowerWord(t)) && k.tag().equals("IN")
                && Character.isLowerCase(text.text(k).charAt(0)) // "Seeks Refugees As He …": a title-case headline
                && !text.token(lo).tag().equals("IN") && !text.token(lo).tag().equals("CC")
                && !opensClause(opening) && !ranges.hasFinite(lo, t - 1) && namedSubjectClause(t + 1, hi);
    }

    /**
     * ", who" after a name, or ", which"/", who" after an infinitive, opening a relative clause
     * that runs to {@code hi} without another comma.
     */
    private boolean relativeClause(int lo, int t, int hi) {
        String w = text.lowerWord(t);
        if (!(w.equals("who") || w.equals("which")) || t - 2 < lo || !text.lowerWord(t - 1).equals(",")) {
            return false;
        }
        boolean onName = w.equals("who") && text.token(t - 2).isProperNoun();
        if (!onName && !infinitive(lo, t)) {
            return false;
        }
        for (int k = t + 2; k <= hi; k++) {
            if (CLOSERS.contains(text.lowerWord(k))) {
                return false;
            }
        }
        return true;
    }

    /** The content is an infinitive, or a short object and its infinitive ("urged the board to act"), before {@code t}. */
    private boolean infinitive(int lo, int t) {
        if (text.token(lo).tag().equals("TO")) {
            return true;
        }
        if (opensClause(text.text(text.token(lo))) || ranges.hasFinite(lo, t - 1)) {
            return false;
        }
        for (int k = lo; k < t - 1 && k <= lo + 5; k++) {
            if (text.token(k).tag().equals("TO") && text.token(k + 1).tag().equals("VB")) {
                return true;
            }
        }
        return false;
    }

    /** A personal pronoun (not "it") or a name from {@code from}, adverbs, then a finite verb. */
    private boolean namedSubjectClause(int from, int hi) {
        int t = from;
        if (t > hi) {
            return false;
        }
        Token first = text.token(t);
        if (first.tag().equals("PRP") && !text.lowerWord(t).equals("it")) {
            t++;
        } else if (first.isProperNoun()) {
            while (t <= hi && text.token(t).isProperNoun()) {
                t++;
            }
        } else {
            return false;
        }
        while (t <= hi && text.token(t).tag().equals("RB")) {
            t++;
        }
        return t <= hi && SubjectFinder.isFinite(text.token(t));
    }

    private static boolean opensClause(String first) {
        return first.equalsIgnoreCase("that") || first.equalsIgnoreCase("whether") || first.equalsIgnoreCase("if");
    }
}
