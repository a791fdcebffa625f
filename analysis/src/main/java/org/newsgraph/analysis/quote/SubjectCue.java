package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * A cue inside the subject of its sentence's main clause: in a relative clause ({@code Voters who
 * said the plan was late, were …}, {@code Mr. Lee, who says he will run, has …}) or a participle on
 * a noun ({@code Activists seeking to block the road — are …}). The content then ends before the
 * main clause's verb, which follows it with no subject of its own, after a comma or a dash, or right
 * after an object's last noun or a predicate's adjective or participle ({@code Residents who hope to
 * keep the ferry could be asked …}, {@code Voters who believe the plan is too costly are …}): that
 * predicate is the writer's statement about the subject, not the speaker's words. A content that
 * sets off a phrase of its own with a comma or holds a relative clause keeps its comma ("who said
 * the plan, which costs more, is late"). Ranges are inclusive token indices.
 */
final class SubjectCue {

    /** Relative pronouns that open a clause on the subject's noun. */
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");
    /** How far before the cue its relative pronoun may stand ("who did not say", "who has long argued"). */
    private static final int RELATIVE_REACH = 3;

    private final AnnotatedText text;
    private final TokenRanges ranges;
    private final int[] quotationOf;

    /** @param quotationOf for each token, the index of the quotation holding it, or -1 */
    SubjectCue(AnnotatedText text, TokenRanges ranges, int[] quotationOf) {
        this.text = text;
        this.ranges = ranges;
        this.quotationOf = quotationOf;
    }

    /**
     * The last token of the content {@code [lo, hi]} of the cue at {@code cue}: {@code hi}, or the
     * token before the comma or dash that opens the main clause's predicate.
     *
     * @param object whether the content is the cue's object, which needs no verb of its own
     */
    int end(int cue, int lo, int hi, boolean object) {
        if (cue >= lo || !inSubject(cue)) {
            return hi;
        }
        int subject = text.lowerWord(lo).equals("that") ? lo + 1 : lo;
        boolean complete = object || text.token(lo).tag().equals("TO");
        for (int t = lo + 1; t < hi; t++) {
            if (quotationOf[t] >= 0) {
                continue;
            }
            Token k = text.token(t);
            String w = text.lowerWord(t);
            if (k.tag().equals("WDT") || k.tag().equals("WP")) {
                return hi; // the content's own relative clause: a verb after its comma may be the content's
            }
            if (SubjectFinder.isFinite(k) && predicateAfterPhrase(t, subject, complete)) {
                return t - 1; // "Residents who hope to keep the ferry could be asked …"
            }
            if (w.equals(",") || ClauseEnd.asideDash(text, t)) {
                if ((complete || ranges.hasFinite(subject + 1, t - 1)) && predicateAt(t + 1, hi)) {
                    return t - 1;
                }
                return hi; // a comma inside the content: what follows may be an aside of its own
            }
        }
        return hi;
    }

    /**
     * The cue sits in a relative clause on a noun, or is a participle on a noun with no finite verb
     * before it in its sentence: a predicate that follows the content with no subject of its own is
     * the sentence's (or the noun's clause's), not the content's.
     */
    private boolean inSubject(int cue) {
        int first = text.sentenceOf(cue).firstToken();
        if (relativeBefore(cue, first) > first) {
            return true; // "Mr. Lee, who says …, has …": the clause closes before the predicate it interrupts
        }
        Token c = text.token(cue);
        boolean participle = c.tag().equals("VBG") || c.tag().equals("VBN");
        return participle && cue > first && text.token(cue - 1).isNoun() && !ranges.hasFinite(first, cue - 1);
    }

    /** The relative pronoun of the cue's clause, or -1: only adverbs and auxiliaries between them. */
    private int relativeBefore(int cue, int first) {
        for (int t = cue - 1; t >= first && t >= cue - RELATIVE_REACH; t--) {
            Token k = text.token(t);
            if ((k.tag().equals("WP") || k.tag().equals("WDT")) && RELATIVES.contains(text.lowerWord(t))) {
                return t;
            }
            if (!(k.tag().equals("RB") || SubjectFinder.isAuxiliary(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Tags before the last noun of an object that make that noun the end of its phrase ("the
     * convention", "their party's convention", "for office"), not the subject of a clause on the noun
     * before it ("the plan voters chose").
     */
    private static final Set<String> BEFORE_OBJECT_NOUN = Set.of("DT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD", "VB", "IN");
    /** Tags that end a predicate and never a subject ("is too costly", "was approved"). */
    private static final Set<String> PREDICATE_ENDS = Set.of("JJ", "JJR", "JJS", "VBN", "VBG", "RP");

    /**
     * The finite verb at {@code t} follows the content with no comma: after an object or an
     * infinitive with no finite verb, right after the phrase's last noun ("who hope to keep [the
     * ferry] could be …"); after a clause, right after the end of its predicate ("who believe the plan
     * is [too costly] are …"). Adverbs before the verb belong to it.
     */
    private boolean predicateAfterPhrase(int t, int subject, boolean complete) {
        int p = t - 1;
        while (p > subject && text.token(p).tag().equals("RB")) {
            p--;
        }
        if (p <= subject + 1 || quotationOf[p] >= 0) {
            return false;
        }
        Token prev = text.token(p);
        if (complete) {
            return !ranges.hasFinite(subject, t - 1) && prev.isNoun() && BEFORE_OBJECT_NOUN.contains(text.token(p - 1).tag());
        }
        return ranges.hasFinite(subject + 1, t - 1) && PREDICATE_ENDS.contains(prev.tag());
    }

    /** A finite verb, after an adverb or two, opens {@code [from, hi]}: a predicate with no subject of its own. */
    private boolean predicateAt(int from, int hi) {
        int t = ranges.pastAdverbs(from, hi);
        return t <= hi && quotationOf[t] < 0 && SubjectFinder.isFinite(text.token(t));
    }
}
