package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Span;
import org.newsgraph.nlp.AnnotatedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The quotes found so far in one article, in the order found: adding one tells the speaker tracker
 * whom the article just quoted, which is how later pronouns resolve.
 */
final class FoundQuotes implements Iterable<Found> {

    private final AnnotatedText text;
    private final List<Quotation> quotations;
    private final SpeakerTracker tracker;
    private final SubjectFinder subjects;
    private final List<Found> found = new ArrayList<>();

    FoundQuotes(AnnotatedText text, List<Quotation> quotations, SpeakerTracker tracker, SubjectFinder subjects) {
        this.text = text;
        this.quotations = quotations;
        this.tracker = tracker;
        this.subjects = subjects;
    }

    int size() {
        return found.size();
    }

    Found get(int i) {
        return found.get(i);
    }

    @Override
    public Iterator<Found> iterator() {
        return found.iterator();
    }

    void add(Found f, Attribution attribution) {
        f.attribution = attribution;
        add(f);
    }

    void add(Found f) {
        add(f, true);
    }

    /**
     * Adds the quote of a noun or adjective of stance, whose holder the step found: "were worried
     * that …" is a copula and an adjective, not a passive whose subject is only talked about.
     */
    void addStance(Found f, Attribution attribution) {
        f.attribution = attribution;
        add(f, false);
    }

    private void add(Found f, boolean mayBePassive) {
        if (f.kind != QuoteKind.DIRECT) {
            f.content = balanced(f.content);
        }
        if (mayBePassive && f.cueToken >= 0 && subjects.passive(f.cueToken)) {
            int[] by = subjects.agent(f.cueToken); // "was accused of …": the subject is talked about; "by X" talks
            f.speaker = by == null ? null : tracker.resolve(by[0], null, text.span(by[1], by[2] + 1));
        } else if (f.speaker == null && f.cueToken >= 0) {
            int[] np = subjects.fallback(f.cueToken); // a subject that fills in, never decides the quote
            if (np != null) {
                f.speaker = tracker.resolve(np[0], null, text.span(np[1], np[2] + 1));
            }
        }
        found.add(f);
        tracker.record(f.speaker, f.content.start());
    }

    /** A content that cuts a quotation just before its closing mark takes the mark in ("a “harsh revenge.”"). */
    private Span balanced(Span content) {
        Span out = content;
        for (Quotation q : quotations) {
            Span outer = q.outer();
            if (q.close() >= 0 && out.contains(q.open()) && !out.contains(q.close() - 1) && outer.end() - out.end() <= 3) {
                out = new Span(out.start(), outer.end());
            }
        }
        return out;
    }

    /** The quotes in text order with their ids. */
    List<Quote> toQuotes() {
        // a quotation split by its attribution, or continued in the next paragraph, stays two quotes
        // with the same speaker and cue (the contract allows either form; the cue ties them)
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(f -> f.content));
        List<Quote> out = new ArrayList<>(sorted.size());
        Found previous = null;
        for (Found f : sorted) {
            if (sameReportedWords(previous, f)) {
                continue;
            }
            out.add(new Quote("q" + (out.size() + 1), f.kind, f.content, f.speaker, f.cue, f.attribution));
            previous = f;
        }
        return ReportedWithin.mark(out);
    }

    /**
     * "repeated the claim that …", "expressed concern about …": a verb and its noun of statement
     * that both took the same words report them once, as the quote found first.
     */
    private static boolean sameReportedWords(Found kept, Found f) {
        return kept != null && kept.kind != QuoteKind.DIRECT && f.kind != QuoteKind.DIRECT && kept.content.equals(f.content);
    }
}
