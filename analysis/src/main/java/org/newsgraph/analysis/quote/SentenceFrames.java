package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Speaker;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

import java.util.Set;

/**
 * Quotes whose attribution frames a whole sentence or paragraph rather than hanging from a verb:
 * transcript turns, headlines with a colon or in title case, and document frames ("In a CNN poll,
 * …"). The constructions are found by their own classes; this turns them into quotes.
 */
final class SentenceFrames {

    private final AnnotatedText text;
    private final SpeakerTracker tracker;
    private final TranscriptTurns transcripts;
    private final TokenRanges ranges;
    private final FoundQuotes found;
    private final Set<Integer> usedCues;
    private final HeadlineColon headline;
    private final DocumentFrame documents;
    private final TitleCaseHeadline titleCase;

    SentenceFrames(AttributionContext c) {
        this.text = c.text();
        this.tracker = c.tracker();
        this.transcripts = c.transcripts();
        this.ranges = c.ranges();
        this.found = c.found();
        this.usedCues = c.usedCues();
        this.headline = new HeadlineColon(c.text());
        this.documents = new DocumentFrame(c.text(), c.marks().quotationOf);
        this.titleCase = new TitleCaseHeadline(c.text(), c.cues(), c.marks().quotationOf);
    }

    /**
     * A transcript turn, {@code PENCE: Well, look, …}: a paragraph opening with a name in capitals and
     * a colon is that person's words, to the paragraph's end.
     */
    void transcriptTurn(Sentence s) {
        int[] turn = transcripts.paragraphTurn(s);
        if (turn == null) {
            return;
        }
        int first = turn[0];
        int colon = turn[1];
        Speaker sp = tracker.byName(text.text(first, colon), text.span(first, colon));
        found.add(new Found(QuoteKind.DIRECT, text.span(colon + 1, turn[2] + 1), sp, text.token(colon).span(), colon));
        usedCues.add(colon);
    }

    /** {@code Donald Trump Praises Breitbart's Editor}: see {@link TitleCaseHeadline}. */
    void titleCaseHeadline(Sentence s) {
        TitleCaseHeadline.Turn turn = titleCase.at(s);
        if (turn == null || usedCues.contains(turn.cue())) {
            return;
        }
        int[] r = ranges.trim(turn.content()[0], turn.content()[1]);
        if (r == null || ranges.coversDirect(r[0], r[1])) {
            return;
        }
        Speaker sp = tracker.resolve(turn.cue() - 1, null, text.span(turn.sourceFirst(), turn.cue()));
        QuoteKind kind = ranges.containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(turn.cue());
        found.add(new Found(kind, text.span(r[0], r[1] + 1), sp, text.token(turn.cue()).span(), turn.cue()));
    }

    /** {@code In a CNN poll last month, 38 percent said …}: see {@link DocumentFrame}. */
    void documentFrame(Sentence s) {
        DocumentFrame.Frame f = documents.at(s);
        if (f == null) {
            return;
        }
        int[] r = ranges.trim(f.content()[0], f.content()[1]);
        if (r == null) {
            return;
        }
        Speaker sp = tracker.resolve(f.sourceHead(), null, text.span(f.sourceFirst(), f.sourceHead() + 1));
        found.add(new Found(QuoteKind.INDIRECT, text.span(r[0], r[1] + 1), sp, text.token(f.cue()).span(), f.cue()));
    }

    /** {@code Pence: Flowers Won't Be at Debate}: see {@link HeadlineColon}. */
    void headlineTurn(Sentence s) {
        HeadlineColon.Turn turn = headline.at(s);
        if (turn == null || usedCues.contains(turn.colon()) || ranges.coversDirect(turn.colon() + 1, turn.contentLast())) {
            return;
        }
        Speaker sp = tracker.byName(text.text(turn.sourceFirst(), turn.colon()), text.span(turn.sourceFirst(), turn.colon()));
        if (!turn.named() && (sp == null || sp.entityId() == null)) {
            return;
        }
        QuoteKind kind = ranges.containsQuotation(turn.colon() + 1, turn.contentLast()) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        found.add(new Found(kind, text.span(turn.colon() + 1, turn.contentLast() + 1), sp, text.token(turn.colon()).span(),
                turn.colon()));
        usedCues.add(turn.colon());
    }
}
