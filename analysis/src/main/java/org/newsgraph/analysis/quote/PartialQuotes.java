package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.QuoteKind;
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
    private final CueLexicon cues;

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
        this.partialExtent = new PartialExtent(c.text(), c.marks().quotationOf, c.marks().direct, c.cueSites()::isCueAt);
    }

    /**
     * Attributes partial quotation {@code q} to the cue that frames it, unless a quote found since
     * {@code foundBefore} (the reported speech of its sentence) already holds it.
     */
    void partial(int q, DependencyGraph g, int foundBefore) {
        for (int i = foundBefore; i < found.size(); i++) {
            if (found.get(i).content.contains(quotations.get(q).content())) {
                return; // inside reported speech, which became a partial quote
            }
        }
        if (g == null) {
            partialByTokens(q);
            return;
        }
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
        if (cue < 0 || usedCues.contains(cue)) {
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
        if (cue < 0 || usedCues.contains(cue)) {
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
