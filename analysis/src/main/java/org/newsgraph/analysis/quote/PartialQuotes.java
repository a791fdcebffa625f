package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Speaker;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * Partial quotes, a quoted phrase inside the writer's sentence ({@code calling X “…”}): the phrase
 * with what the nearest cue above it frames, unless reported speech already holds it.
 */
final class PartialQuotes {

    private static final Set<String> PARTIAL_EXCLUDED = Set.of("punct", "advcl", "conj", "cc", "parataxis", "mark",
            "aux", "aux:pass", "nsubj", "nsubj:pass", "advmod", "cop", "discourse", "dep", "compound:prt");

    private final AnnotatedText text;
    private final List<Quotation> quotations;
    private final int[] quotationOf;
    private final QuotationTokens marks;
    private final CueSites cueSites;
    private final TokenRanges ranges;
    private final CueSpeaker speakers;
    private final FoundQuotes found;
    private final Set<Integer> usedCues;
    private final PartialExtent partialExtent;
    private final QuotedAsPhrase quotedAs;
    private final CueLexicon cues;
    private final SubjectFinder subjects;
    private final SpeakerTracker tracker;

    PartialQuotes(AttributionContext c) {
        this.text = c.text();
        this.quotations = c.quotations();
        this.quotationOf = c.marks().quotationOf;
        this.marks = c.marks();
        this.cues = c.cues();
        this.cueSites = c.cueSites();
        this.ranges = c.ranges();
        this.speakers = c.speakers();
        this.found = c.found();
        this.usedCues = c.usedCues();
        this.partialExtent = new PartialExtent(c.text(), c.marks().quotationOf, c.marks().direct, c.cueSites()::isCueAt,
                c.clauseEnd());
        this.quotedAs = new QuotedAsPhrase(c.text(), c.marks().quotationOf);
        this.subjects = c.subjects();
        this.tracker = c.tracker();
    }

    /**
     * Attributes partial quotation {@code q} to the cue that frames it, unless a quote found since
     * {@code foundBefore} (the reported speech of its sentence) already holds it; with no cue, to the
     * verb whose object it describes ({@link QuotedAsPhrase}), to the sign or message that reads it, or to
     * the noun of speech it names.
     */
    void partial(int q, DependencyGraph g, int foundBefore) {
        for (int i = foundBefore; i < found.size(); i++) {
            if (found.get(i).content.contains(quotations.get(q).content())) {
                return; // inside reported speech, which became a partial quote
            }
        }
        int before = found.size();
        if (g == null) {
            partialByTokens(q);
        } else {
            partialByParse(q, g);
        }
        if (found.size() == before) {
            describedAs(q, g);
        }
        if (found.size() == before) {
            inscription(q, g);
        }
        if (found.size() == before) {
            namedRemark(q);
        }
    }

    /** The quotation's head climbs to the nearest cue; the content is what that cue governs after it. */
    private void partialByParse(int q, DependencyGraph g) {
        int head = -1;
        for (int t = marks.first[q]; t < marks.end[q]; t++) {
            int h = g.head(t);
            if (h < marks.first[q] || h >= marks.end[q]) {
                head = t;
                break;
            }
        }
        if (head < 0) {
            return;
        }
        int cue = -1;
        int t = g.head(head);
        for (int steps = 0; t >= 0 && steps < 6 && cue < 0; steps++) {
            if (cueSites.isCueAt(t) && quotationOf[t] < 0) {
                cue = t;
            } else {
                t = g.head(t);
            }
        }
        if (cue < 0 || usedCues.contains(cue) || spokenTo(cue)) {
            return;
        }
        int lo = marks.first[q];
        int hi = marks.end[q] - 1;
        for (Dependency d : g.children(cue)) {
            if (d.dependent() < cue || PARTIAL_EXCLUDED.contains(d.relation())) {
                continue;
            }
            int[] b = g.subtreeBounds(d.dependent());
            lo = Math.min(lo, b[0]);
            hi = Math.max(hi, b[1]);
        }
        int[] r = ranges.trim(lo, hi);
        if (r == null) {
            return;
        }
        usedCues.add(cue);
        found.add(new Found(QuoteKind.PARTIAL, text.span(r[0], r[1] + 1), speakers.subjectOf(cue, g),
                text.token(cue).span(), cue));
    }

    /** "greeted the budget as a “turning point”": the object and its quoted description, held by the verb's subject. */
    private void describedAs(int q, DependencyGraph g) {
        QuotedAsPhrase.Shape shape = quotedAs.before(marks.open[q]);
        if (shape == null || usedCues.contains(shape.verb())) {
            return;
        }
        int[] r = ranges.trim(shape.object(), partialExtent.end(marks.close[q], false));
        if (r == null) {
            return;
        }
        usedCues.add(shape.verb());
        found.add(new Found(QuoteKind.PARTIAL, text.span(r[0], r[1] + 1), speakers.subjectOf(shape.verb(), g),
                text.token(shape.verb()).span(), shape.verb()));
    }

    /** "a banner that read “…”", "a cap reading, “…”": the words a sign or message carries, held by it. */
    private void inscription(int q, DependencyGraph g) {
        int t = marks.open[q] - 1;
        if (t > text.sentenceOf(t).firstToken() && text.text(text.token(t)).equals(",")) {
            t--;
        }
        Token k = text.token(t);
        if (!k.isVerb() || !"read".equals(k.lemma()) || k.tag().equals("VBN") || usedCues.contains(t)) {
            return;
        }
        usedCues.add(t);
        found.add(new Found(QuoteKind.PARTIAL, quotations.get(q).content(), speakers.subjectOf(t, g), k.span(), t));
    }

    /** "her “no new ferries” pledge": the quotation names the remark the noun after it stands for, held by the possessor before it. */
    private void namedRemark(int q) {
        int noun = marks.close[q] + 1;
        if (noun >= text.sentenceOf(marks.close[q]).endToken() || !speechNoun(text.token(noun)) || usedCues.contains(noun)) {
            return;
        }
        int[] owner = marks.open[q] > 0 ? subjects.possessor(marks.open[q] - 1) : null;
        Speaker sp = owner == null ? null : tracker.resolve(owner[0], null, text.span(owner[1], owner[2] + 1));
        usedCues.add(noun);
        found.add(new Found(QuoteKind.PARTIAL, quotations.get(q).content(), sp, text.token(noun).span(), noun));
    }

    /**
     * One statement named by a noun of statement ("claim", "pledge") or a speech verb's noun ("comment",
     * "remark"); a plural ("her “work-related” emails") names messages, not the words quoted.
     */
    private boolean speechNoun(Token k) {
        return k.tag().equals("NN") && (cues.isNounCue(k) || cues.classOf(k.lemma()) == CueClass.SPEECH);
    }

    /**
     * {@code Speaking to “Morning Talk,” she …}: a verb of speaking that reports only a topic names
     * after "to" the one spoken to, a person or a show, not words said. After "to the" it may name
     * the matter addressed ({@code spoke to the “anger” of voters}).
     */
    private boolean spokenTo(int cue) {
        return ContentFinder.TOPIC_ONLY.contains(text.token(cue).lemma()) && cue + 2 < text.tokens().size()
                && text.lowerWord(cue + 1).equals("to") && !text.token(cue + 2).tag().equals("DT");
    }

    /**
     * The quotation opening at {@code open} starts the clause reported by the verb of saying or
     * thinking at {@code cue}, right after it or after "that" ({@code said “zero” voters would …}).
     */
    private boolean opensClause(int cue, int open) {
        CueClass cls = cues.classOf(text.token(cue));
        boolean next = open == cue + 1 || open == cue + 2 && text.lowerWord(cue + 1).equals("that");
        return next && (cls == CueClass.SPEECH || cls == CueClass.THOUGHT);
    }

    /** A quoted phrase framed by the nearest cue before it in its clause ("calling X “…”", "vowing a “…”"). */
    private void partialByTokens(int q) {
        int open = marks.open[q];
        Sentence s = text.sentenceOf(marks.first[q]);
        int cue = -1;
        for (int t = open - 1; t >= s.firstToken() && t >= open - 12; t--) {
            if (quotationOf[t] >= 0) {
                break;
            }
            Token k = text.token(t);
            if (cueSites.isCueAt(k.index())) {
                cue = t;
                break;
            }
            if (k.isVerb() && !k.tag().equals("VBN") && !k.tag().equals("VBG") && !k.lemma().equals("be")) {
                break; // another verb's phrase
            }
        }
        if (cue < 0 || usedCues.contains(cue) || spokenTo(cue)) {
            return;
        }
        int hi = partialExtent.end(marks.close[q], opensClause(cue, open));
        int[] r = ranges.trim(cue + 1, hi);
        if (r == null) {
            return;
        }
        usedCues.add(cue);
        found.add(new Found(QuoteKind.PARTIAL, text.span(r[0], r[1] + 1), speakers.subjectOf(cue, null),
                text.token(cue).span(), cue));
    }
}
