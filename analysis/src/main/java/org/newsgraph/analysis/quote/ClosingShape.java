package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Set;

import static org.newsgraph.analysis.quote.SubjectFinder.isAuxiliary;
import static org.newsgraph.analysis.quote.SubjectFinder.isFinite;

/**
 * Whether a sentence has the shape of a closing attribution ({@code …, the mayor said on
 * Tuesday.}) from tokens: the words between the comma and the cue are only the cue's subject, the
 * cue takes nothing after it, and the part before the comma is a statement, not only a fronted
 * adverbial. Ranges are inclusive token indices.
 */
final class ClosingShape {

    /** Words that open a fronted adverbial clause ("When the funding ended, …"). */
    private static final Set<String> SUBORDINATORS = Subordinators.adverbialAnd("whether");

    private final AnnotatedText text;
    private final TokenRanges ranges;
    private final ContentFinder contents;

    ClosingShape(AnnotatedText text, TokenRanges ranges, ContentFinder contents) {
        this.text = text;
        this.ranges = ranges;
        this.contents = contents;
    }

    /**
     * Whether the cue closes its clause: up to {@code end} only adverbs, times, prepositional
     * adjuncts ("in a statement") or, for a cue of telling, the one told follow it; an object, an
     * infinitive or a "that" clause means the cue reports that instead ("…, the workers said no").
     */
    boolean closesClause(int cue, int end) {
        int t = cue + 1;
        while (t < end && (text.token(t).tag().equals("RB") || text.token(t).tag().equals("RP")
                || contents.onlyTime(t, t) && !text.token(t).tag().equals("IN"))) {
            t++;
        }
        if (t >= end) {
            return true;
        }
        Token k = text.token(t);
        String tag = k.tag();
        String w = text.lowerWord(t);
        if (tag.equals("TO")) {
            return !(t + 1 < end && (text.token(t + 1).tag().equals("VB") || text.token(t + 1).tag().equals("RB")));
        }
        if (w.equals("that") || w.equals("whether") || tag.startsWith("W")) {
            return false;
        }
        boolean nominal = k.isNoun() || tag.equals("DT") || tag.equals("PRP$") || tag.equals("PRP") || tag.startsWith("JJ")
                || tag.equals("CD");
        return !nominal || ContentFinder.ADDRESSEE_CUES.contains(text.token(cue).lemma()); // "…, she told reporters"
    }

    /**
     * Whether {@code [lo, hi]} is only a fronted adverbial, a phrase or clause opened by a
     * preposition or subordinator ("During her first term", "But when the funding ended")
     * with no main clause after it: no statement of its own.
     */
    boolean frontedOnly(int lo, int hi) {
        int t = lo;
        while (t < hi && (text.token(t).tag().equals("CC") || text.token(t).tag().equals("RB"))) {
            t++; // "But", "Yet", "And even"
        }
        String tag = text.token(t).tag();
        String w = text.lowerWord(t);
        boolean subordinator = tag.equals("WRB") || SUBORDINATORS.contains(w);
        if (!(tag.equals("IN") || subordinator) || w.equals("that") || text.token(t + 1).tag().equals("CD")) {
            return false; // not "Around 40 people came"
        }
        for (int c = hi - 1; c > t; c--) {
            if (text.lowerWord(c).equals(",") && ranges.closedClause(c + 1, hi)) {
                return false; // "If it rains, the game is off": a main clause follows the fronted one
            }
        }
        // "In 2008 he gave …": a finite verb after a preposition is the main clause's; after a
        // subordinator the first is the fronted clause's own ("When the funding ended")
        return subordinator ? !mainClauseAfter(t + 1, hi) : !subjectAndVerb(t + 1, hi);
    }

    /** A finite verb right after a noun or pronoun, its subject ("In 2008 [the city sold] …"). */
    private boolean subjectAndVerb(int lo, int hi) {
        for (int t = lo + 1; t <= hi; t++) {
            Token before = text.token(t - 1);
            if (isFinite(text.token(t)) && (before.isNoun() || before.tag().equals("PRP"))) {
                return true; // not "Despite several failed launches": a participle the tagger read as a past tense
            }
        }
        return false;
    }

    /**
     * Whether a second finite verb in {@code [lo, hi]}, after the fronted clause's own, opens the
     * main clause ("After the vote passed the mayor resigned"); one after "and" or a relative
     * pronoun still belongs to the fronted clause.
     */
    private boolean mainClauseAfter(int lo, int hi) {
        boolean first = false;
        boolean joined = false;
        for (int t = lo; t <= hi; t++) {
            Token k = text.token(t);
            boolean finite = isFinite(k) && !isFinite(text.token(t - 1)) && !text.token(t - 1).tag().equals("RB");
            if (finite && first && !joined) {
                return true;
            }
            first |= finite;
            joined |= first && (k.tag().equals("CC") || k.tag().startsWith("W"));
        }
        return false;
    }

    /**
     * Whether tokens {@code [lo, hi]} between the comma and a closing cue are only its subject with
     * auxiliaries and adverbs ("a spokesman for the city has", "sources who saw the deal"): no
     * conjunction or subordinator opens a clause there, no verb outside a relative clause has a
     * predicate of its own, and the cue is not itself the verb of a relative clause.
     */
    boolean subjectOnly(int lo, int hi) {
        String first = text.token(lo).tag();
        if (first.equals("CC") || first.equals("IN") && !text.lowerWord(lo).equals("as")) {
            return false; // ", and polls show …", ", since the mayor took …"; not ", as he has argued"
        }
        boolean nominal = false;
        int relative = -1;
        for (int t = lo; t <= hi; t++) {
            Token k = text.token(t);
            String tag = k.tag();
            if (tag.equals("WDT") || tag.equals("WP") || tag.equals("WP$") || tag.equals("WRB")) {
                relative = t;
            } else if (relative < 0 && !isAuxiliary(k) && (tag.equals("VB") || isFinite(k))) {
                return false; // ", please follow the signs we painted"
            }
            nominal |= relative < 0 && (k.isNoun() || tag.equals("PRP") || tag.equals("CD") || tag.equals("DT")
                    || tag.startsWith("JJ"));
        }
        if (relative >= 0 && onlyAuxiliaries(relative + 1, hi)) {
            return false; // ", another company that had declared …": the cue's subject is the relative pronoun
        }
        return nominal; // ", seldom speaks …": no subject of its own
    }

    /**
     * Whether {@code [lo, hi]} has a finite verb outside its relative clauses, each running from
     * its relative word to the next comma or closing mark: "The port, which opened in May, is busy" has one, while
     * "The mayor, who took office in May," is only a noun phrase with its modifiers.
     */
    boolean finiteOutsideRelatives(int lo, int hi) {
        boolean relative = false;
        for (int t = lo; t <= hi; t++) {
            Token k = text.token(t);
            String tag = k.tag();
            if (tag.equals("WDT") || tag.equals("WP") || tag.equals("WP$") || tag.equals("WRB")) {
                relative = true;
            } else if (tag.equals(",") || tag.equals("''")) {
                relative = false; // a closing mark ends a relative clause quoted inside ("a “man who knows”")
            } else if (!relative && isFinite(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyAuxiliaries(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (!isAuxiliary(text.token(t)) && !text.token(t).tag().equals("RB")) {
                return false;
            }
        }
        return true;
    }
}
