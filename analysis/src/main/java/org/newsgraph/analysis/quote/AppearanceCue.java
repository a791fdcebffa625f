package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * The writer's impression, {@code The mayor seemed to welcome the delay}: "seem" or "appear" with an
 * infinitive. News uses it to attribute a reading of someone's stance or of a state of affairs to the
 * article itself, and PolNeAR marks it so (about half of these verbs' occurrences in its training
 * split, the writer as source, subject and infinitive as content). The content is the subject through
 * the infinitive's clause; the quote has no speaker and counts as a thought. When the infinitive is a
 * cue of its own ("seemed to suggest that …") that cue attributes the statement instead.
 */
final class AppearanceCue {

    /** Raising verbs of appearance; "look" ("looks to be") is marked too seldom to count. */
    private static final Set<String> VERBS = Set.of("seem", "appear");
    /** Adverbs that may stand between the verb and its infinitive ("seems only to …"). */
    private static final int MAX_ADVERBS = 2;

    private final AnnotatedText text;
    private final int[] quotationOf;
    private final SubjectFinder subjects;
    private final CueSites cueSites;
    private final TokenRanges ranges;
    private final ClauseEnd clauseEnd;
    private final FoundQuotes found;
    private final java.util.Set<Integer> usedCues;

    AppearanceCue(AttributionContext c) {
        this.text = c.text();
        this.quotationOf = c.marks().quotationOf;
        this.subjects = c.subjects();
        this.cueSites = c.cueSites();
        this.ranges = c.ranges();
        this.clauseEnd = new ClauseEnd(c.text(), c.marks().quotationOf, c.cueSites()::isCueAt);
        this.found = c.found();
        this.usedCues = c.usedCues();
    }

    /** A form of "seem" or "appear" outside quotations that is no participle ("seeming", "appeared" after "has" is fine). */
    boolean isAt(int t) {
        Token k = text.token(t);
        return quotationOf[t] < 0 && k.isVerb() && !k.tag().equals("VBG") && k.lemma() != null
                && VERBS.contains(k.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Adds the impression the verb at {@code t} reports, if it takes an infinitive and has a subject. */
    void attribute(int t) {
        Sentence s = text.sentences().get(text.token(t).sentence());
        int to = infinitiveMarker(t, s);
        if (to < 0 || cueSites.isCueAt(to + 1)) {
            return;
        }
        int[] subject = subjects.find(t);
        if (subject == null || subject[1] >= t || quotationOf[subject[1]] >= 0) {
            return;
        }
        int[] rest = ranges.trim(to, s.endToken() - 1);
        if (rest == null || rest[1] - rest[0] < 1 || ranges.coversDirect(rest[0], rest[1])) {
            return;
        }
        int end = clauseEnd.end(rest[0], ranges.cutAtNextAttribution(rest[0], rest[1]), true);
        QuoteKind kind = ranges.containsQuotation(subject[1], end) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(t);
        found.add(new Found(kind, text.span(subject[1], end + 1), null, text.token(t).span(), t), Attribution.THOUGHT);
    }

    /** The "to" of an infinitive right after the verb, past a few adverbs, followed by a base verb; else -1. */
    private int infinitiveMarker(int t, Sentence s) {
        int k = t + 1;
        while (k < s.endToken() && k - t <= MAX_ADVERBS && text.token(k).tag().startsWith("RB")) {
            k++;
        }
        boolean infinitive = k + 1 < s.endToken() && text.token(k).tag().equals("TO") && text.token(k + 1).tag().startsWith("VB")
                && quotationOf[k + 1] < 0;
        return infinitive ? k : -1;
    }
}
