package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Set;

import static org.newsgraph.analysis.quote.SubjectFinder.isFinite;

/**
 * A range after a cue that looks like a clause only because an adverbial clause after its noun
 * phrase has a finite verb ({@code criticized [the plan] at a rally where he spoke}, {@code denied
 * [the permits] until the work was done}). Such a range is the cue's object, whose end {@link
 * ObjectEnd} finds; a verb before the adverbial clause, or a finite one after it ({@code said the
 * talks, after they stalled, will resume}), makes it a clause. Relative clauses ("…, which …") do
 * not count: a relative clause is as often the object's own as the subject's of a reported clause.
 * Ranges are inclusive token indices.
 */
final class AdjunctClauseObject {

    /**
     * Conjunctions that open an adverbial clause, and "where"; not "if" after an object ("asked them if …"
     * asks a question), "as" ("named him as …" predicates) or "once".
     */
    private static final Set<String> SUBORDINATORS = Subordinators.adverbial(Set.of("if", "as", "once"), "where");
    /** Subordinators that may also open a relative clause on the noun before them. */
    private static final Set<String> RELATIVE_ADVERBS = Set.of("when", "where");

    private final AnnotatedText text;
    private final int[] quotationOf;
    private final TokenRanges ranges;

    /** @param quotationOf for each token, the index of the quotation holding it, or -1 */
    AdjunctClauseObject(AnnotatedText text, int[] quotationOf, TokenRanges ranges) {
        this.text = text;
        this.quotationOf = quotationOf;
        this.ranges = ranges;
    }

    /**
     * The first token of the adverbial clause when {@code [lo, hi]} is a noun phrase whose finite
     * verbs all sit in it, or -1.
     */
    int start(int lo, int hi) {
        if (!opensNounPhrase(text.token(lo)) || text.lowerWord(lo).equals("that")) { // "that" may open the clause
            return -1;
        }
        boolean noun = false;
        for (int t = lo; t <= hi; t++) {
            Token k = text.token(t);
            if (quotationOf[t] >= 0 || isFinite(k) || noun && pastForm(k)) {
                return -1; // the range's own verb comes first: a clause ("the union expected …" read as a participle too)
            }
            if (noun && opensSubordinate(t)) {
                // the subordinate clause's finite verb is what made the range read as a clause
                return ranges.hasFinite(t + 1, hi) && !mainVerbAfter(t + 1, hi) ? t : -1;
            }
            noun |= k.isNoun() || k.tag().equals("CD");
        }
        return -1;
    }

    private static boolean opensNounPhrase(Token k) {
        String tag = k.tag();
        return tag.equals("DT") || tag.equals("PRP$") || tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD");
    }

    private static boolean pastForm(Token k) {
        return k.tag().equals("VBD") || k.tag().equals("VBN");
    }

    /**
     * A lower-case subordinator: in a title-case headline ("Bias When It Comes …") the case says
     * nothing. "When" or "where" right after a noun is mostly its relative ("said the days when …
     * are gone", "cited cases where …"); only after a comma is it the cue's adjunct.
     */
    private boolean opensSubordinate(int t) {
        String w = text.lowerWord(t);
        if (!text.text(text.token(t)).equals(w) || !SUBORDINATORS.contains(w)) {
            return false;
        }
        return !RELATIVE_ADVERBS.contains(w) || text.lowerWord(t - 1).equals(",");
    }

    /**
     * A comma after the subordinate clause followed closely by a finite verb: the noun phrase's own
     * verb; a quotation: a partial quote, whose extent is found from its marks.
     */
    private boolean mainVerbAfter(int from, int hi) {
        for (int t = from; t <= hi; t++) {
            if (quotationOf[t] >= 0) {
                return true;
            }
            if (text.lowerWord(t).equals(",")) {
                for (int v = t + 1; v <= hi && v <= t + 3; v++) {
                    if (isFinite(text.token(v))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
