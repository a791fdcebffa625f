package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

import static org.newsgraph.analysis.quote.SubjectFinder.isFinite;

/**
 * Closing attributions, {@code …, he warned.}: the cue and its subject end the sentence and the
 * clause before them is the content — that sentence only: in news the sentences before it are the
 * writer's unless quotation marks carry them on; an attribution may also interrupt its content
 * ({@code Acts of protest, she said, are …}).
 */
final class ClosingAttribution {

    /**
     * How long the subject of a closing attribution may be ("…, a USA TODAY analysis of new filings
     * shows", "…, a survey by the council of small towns in the north found"), in tokens.
     */
    private static final int REVERSED_SUBJECT = 14;

    /** A closing attribution's content, and the part of it after an interrupting attribution, or null. */
    record Reversed(int[] content, int[] rest) {
    }

    private final AnnotatedText text;
    private final int[] quotationOf;
    private final QuotationTokens marks;
    private final SubjectFinder subjects;
    private final TokenRanges ranges;
    private final CueSpeaker speakers;
    private final ClosingShape shape;
    private final ContentFinder contents;

    ClosingAttribution(AttributionContext c) {
        this.text = c.text();
        this.quotationOf = c.marks().quotationOf;
        this.marks = c.marks();
        this.subjects = c.subjects();
        this.ranges = c.ranges();
        this.speakers = c.speakers();
        this.shape = new ClosingShape(c.text(), c.ranges(), c.contents());
        this.contents = c.contents();
    }

    /** Temporal subordinators that open the writer's description of the scene, not more of the statement. */
    private static final Set<String> SCENE_OPENERS = Set.of("as", "while", "after", "before", "when", "amid");

    /**
     * Whether the clause after a mid-sentence attribution narrates the scene: the statement before
     * it is complete (has a finite verb) and the rest opens with a temporal subordinator.
     */
    private boolean narrationAfterStatement(int lo, int hi, int restStart) {
        String w = text.lowerWord(restStart);
        return SCENE_OPENERS.contains(w) && ranges.hasFinite(lo, hi);
    }

    /**
     * Whether a short {@code rest} is the predicate of the subject before the attribution ("The
     * pier, she said, is unsafe"): the part before the comma has no finite verb and the rest opens
     * with one, after adverbs ("never opened").
     */
    private boolean predicateOf(int lo, int hi, int[] rest) {
        int verb = ranges.pastAdverbs(rest[0], rest[1]);
        return rest[1] > rest[0] && verb <= rest[1] && isFinite(text.token(verb)) && !ranges.hasFinite(lo, hi);
    }

    /**
     * Whether a short part before an inverted attribution is a statement of its own ("Prices will
     * rise, said the mayor"): a finite clause; an inverted cue never takes it as its subject, so the
     * caller asks only for one.
     */
    private boolean shortStatement(int lo, int hi) {
        return ranges.isClause(lo, hi);
    }

    /** Whether the clause before the comma at {@code comma} ends with a finite "be", which needs its complement after. */
    private boolean endsWithCopula(int comma) {
        Token before = text.token(comma - 1);
        return isFinite(before) && before.lemma().equals("be");
    }

    /**
     * The part of {@code rest} before a direct quotation inside it ("Since the spring, she said, the ferry
     * has let her visit – and she added: “…”"): the quotation is a quote of its own; the whole rest
     * when it opens with the quotation or nothing of a clause comes before it.
     */
    private int[] beforeDirect(int[] rest) {
        if (rest == null) {
            return rest;
        }
        for (int t = rest[0] + 2; t <= rest[1]; t++) {
            if (quotationOf[t] >= 0 && ranges.coversDirect(t, t)) {
                int[] cut = ranges.trim(rest[0], t - 1);
                return cut != null && cut[1] - cut[0] >= 2 && ranges.hasFinite(cut[0], cut[1]) ? cut : rest;
            }
        }
        return rest;
    }

    /**
     * Where a content that ends with the closing mark at {@code close} starts: the sentence start
     * {@code first}, or the start of an earlier sentence when the quotation opens there ({@code The
     * town “needs a pier. It needs it now,” she said}: the splitter cut inside the quotation).
     */
    private int quotationStart(int first, int close) {
        int q = quotationOf[close];
        if (q < 0 || quotationOf[first] != q || marks.open[q] >= first) {
            return first;
        }
        int start = text.sentenceOf(marks.open[q]).firstToken();
        for (int t = start; t < marks.open[q]; t++) {
            if (quotationOf[t] >= 0) {
                return first; // another quotation before it in that sentence: the statement's start is unclear
            }
        }
        return start;
    }

    /**
     * Whether the sentence before the comma just before {@code cue} holds a clause of its own, outside
     * relative clauses ("Prices will rise, said …", not "The mayor, who took office in May, said …").
     */
    boolean statementBefore(int cue) {
        return shape.finiteOutsideRelatives(text.sentenceOf(cue).firstToken(), cue - 2);
    }

    /**
     * Reversed order, {@code …, he warned.}: the cue and its subject close the sentence after a
     * comma, and the clause before it is the content; null when the sentence is no such statement.
     */
    Reversed reversed(int cue, DependencyGraph g) {
        Sentence s = text.sentenceOf(cue);
        int comma = -1;
        for (int t = cue - 1; t >= s.firstToken() && t >= cue - REVERSED_SUBJECT; t--) {
            String w = text.text(text.token(t));
            if (w.equals(",") || w.equals("”") || w.equals("\"") || w.equals("''")) { // '' closes where typewriter pairs are used
                comma = t;
                break;
            }
            if (quotationOf[t] >= 0) {
                return null;
            }
        }
        if (comma < 0 || comma == s.firstToken()) {
            return null;
        }
        String opener = text.token(comma + 1).tag();
        if (opener.equals("WDT") || opener.equals("WP")) {
            return null; // "… disclosed them to the AP, which first reported the story": a relative clause, not a closing cue
        }
        if (cue - comma >= 2 && !shape.subjectOnly(comma + 1, cue - 1)) {
            // "If it rains, please follow the signs we painted", "The state is close, and polls show him
            // ahead": a clause of its own before the cue
            return null;
        }
        if (cue - comma < 2 && !(cue + 1 < s.endToken() && (subjects.isName(cue + 1) || subjects.npAfter(cue, s) != null))) {
            return null; // ", vowing …" is no attribution; ", said John Smith" and ", he said" are
        }
        if (cue - comma < 2 && !isFinite(text.token(cue))) {
            return null; // ", telling the story of …": a participle is the subject's next act, its object no speaker
        }
        boolean inverted = cue - comma < 2; // ", said Brian Baker, a longtime adviser … who …": an apposition follows
        if (inverted && quotationOf[comma] < 0 && !shape.finiteOutsideRelatives(s.firstToken(), comma - 1)) {
            return null; // "The analyst, who covers the firm, recalled many calls": the part before the comma is the cue's subject
        }
        int end = cue + 1;
        while (end < s.endToken() && !ranges.isEdgePunct(end)) {
            if (inverted && end > cue + 1 && text.token(end).tag().startsWith("W")
                    && !text.lowerWord(end).equals("that")) {
                break; // "…, said an official who oversaw the case": the relative clause describes the speaker
            }
            if (isFinite(text.token(end)) || end - cue > 8) {
                return null; // a clause goes on: not a closing attribution
            }
            end++;
        }
        if (cue - comma >= 2 && !shape.closesClause(cue, end)) {
            return null; // "…, the club agreed to pay …", "…, the workers said no": the cue takes its own complement
        }
        int[] parentheticalRest = null;
        if (!inverted && end < s.endToken() - 1 && text.text(text.token(end)).equals(",")) {
            // "Though …, he said, replacing Clinton would be …": the attribution interrupts the content
            int[] rest = beforeDirect(ranges.trim(end + 1, s.endToken() - 1));
            // "X is Y, lawmakers said Friday, as they bristled at …": the writer's scene, not more statement
            boolean scene = rest != null && narrationAfterStatement(s.firstToken(), comma - 1, rest[0]);
            // "…, she said, adding that …": a participle is the speaker's next act, not more of the statement
            boolean nextAct = rest != null && text.token(rest[0]).tag().equals("VBG") && !contents.gerundSubject(rest[0], s);
            if (!scene && !nextAct) {
                if (rest != null && (rest[1] - rest[0] >= 2 || predicateOf(s.firstToken(), comma - 1, rest))
                        && (ranges.isClause(rest[0], rest[1]) || ranges.closedClause(rest[0], rest[1])
                        || text.token(rest[0]).tag().equals("IN") && ranges.hasFinite(rest[0], rest[1]))) {
                    parentheticalRest = rest;
                } else if (rest != null && endsWithCopula(comma)) {
                    parentheticalRest = rest; // "It was, she said, one of the worst days": the copula's complement
                } else if (rest == null || ranges.hasFinite(rest[0], rest[1])) {
                    return null;
                } // else ", said Brian Baker, a longtime adviser to …": an apposition closes the attribution
            }
        }
        if (comma - s.firstToken() < 4 && parentheticalRest == null && !(inverted && shortStatement(s.firstToken(), comma - 1))) {
            return null; // a short opening phrase is a statement only when the clause goes on after the attribution
        }
        if (subjects.find(cue) == null && speakers.subjectOf(cue, g) == null) {
            return null; // a subject the tracker cannot resolve ("they") still makes the attribution
        }
        int lead = quotationStart(s.firstToken(), comma);
        if (parentheticalRest != null && comma - 1 > s.firstToken()) {
            String before = text.token(comma - 1).tag();
            if ((before.equals("WDT") || before.equals("WP")) && text.text(text.token(comma - 2)).equals(",")) {
                lead = comma - 1; // "the stadium, which, Tompkins said, is …": the statement is the relative clause
            }
        }
        if (!inverted && parentheticalRest == null && shape.frontedOnly(lead, comma - 1)) {
            return null; // "Despite the failed tests, the plan was barely mentioned": no statement before the comma
        }
        return new Reversed(new int[]{lead, comma - 1}, parentheticalRest);
    }
}
