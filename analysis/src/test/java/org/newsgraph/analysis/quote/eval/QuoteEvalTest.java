package org.newsgraph.analysis.quote.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.model.Speaker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuoteEvalTest {

    private static final String TEXT = "Anna said the bridge is closed. Bob said that rain will come tomorrow. It was cold.";

    private static Span span(String part) {
        int i = TEXT.indexOf(part);
        return new Span(i, i + part.length());
    }

    @Test
    void overlapExactAndSpeakerScores() {
        GoldArticle gold = new GoldArticle("d1", "a", "", TEXT, List.of(
                new GoldAttribution(List.of(span("the bridge is closed")), List.of(span("Anna")), List.of(span("said")), false),
                new GoldAttribution(List.of(span("that rain will come tomorrow")), List.of(span("Bob")), List.of(), false)));
        List<Quote> predicted = List.of(
                new Quote("q1", QuoteKind.INDIRECT, span("the bridge is closed."), new Speaker("Anna", "e1", null, span("Anna")), null),
                new Quote("q2", QuoteKind.INDIRECT, span("rain will come tomorrow. It was"), new Speaker("Carl", null, null, null), null),
                new Quote("q3", QuoteKind.DIRECT, span("It was cold"), null, null));
        QuoteEval eval = new QuoteEval();
        eval.add(gold, predicted);
        QuoteEval.Counts all = eval.report().all;
        assertThat(all.gold).isEqualTo(2);
        assertThat(all.predicted).isEqualTo(3);
        assertThat(all.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(all.recall()).isEqualTo(1.0);
        assertThat(all.exactGold).isEqualTo(1);
        assertThat(all.speakerAccuracy()).isEqualTo(0.5);
        assertThat(all.quoteSpeakerF1()).isCloseTo(2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), within(1e-9));
        assertThat(eval.report().marks.predicted).isEqualTo(1);
        assertThat(eval.report().noMarks.gold).isEqualTo(2);
    }

    @Test
    void quotesReportedWithinAnotherAreLeftOutUnlessAskedFor() {
        GoldArticle gold = new GoldArticle("d2", "a", "", TEXT, List.of(
                new GoldAttribution(List.of(span("the bridge is closed")), List.of(span("Anna")), List.of(span("said")), false)));
        Quote outer = new Quote("q1", QuoteKind.INDIRECT, span("the bridge is closed"), null, span("said"));
        Quote inner = new Quote("q2", QuoteKind.INDIRECT, span("is closed"), null, span("bridge"),
                org.newsgraph.core.model.Attribution.SPEECH, "q1");
        QuoteEval topLevel = new QuoteEval();
        topLevel.add(gold, List.of(outer, inner));
        assertThat(topLevel.report().all.predicted).isEqualTo(1);
        assertThat(topLevel.report().all.precision()).isEqualTo(1.0);
        assertThat(topLevel.report().nestedLeftOut).isEqualTo(1);
        QuoteEval all = new QuoteEval(true);
        all.add(gold, List.of(outer, inner));
        assertThat(all.report().all.predicted).isEqualTo(2);
        assertThat(all.report().all.precision()).isEqualTo(0.5);
    }

    @Test
    void aSourceAndCueSwappedByTheAnnotatorAreReadTheRightWayRound() {
        String text = "“The roads are open,” said Hester. “The rain stopped,” said Nolan.";
        Span first = new Span(1, text.indexOf(",”"));
        Span second = new Span(text.indexOf("The rain"), text.lastIndexOf(",”"));
        Span said1 = new Span(text.indexOf("said"), text.indexOf("said") + 4);
        Span hester = new Span(text.indexOf("Hester"), text.indexOf("Hester") + 6);
        Span said2 = new Span(text.lastIndexOf("said"), text.lastIndexOf("said") + 4);
        Span nolan = new Span(text.indexOf("Nolan"), text.indexOf("Nolan") + 5);
        GoldArticle gold = new GoldArticle("d3", "a", "", text, List.of(
                new GoldAttribution(List.of(first), List.of(said1), List.of(hester), true), // swapped
                new GoldAttribution(List.of(second), List.of(nolan), List.of(said2), true)));
        QuoteEval eval = new QuoteEval();
        eval.add(gold, List.of(
                new Quote("q1", QuoteKind.DIRECT, first, new Speaker("Ann Hester", "e1", null, hester), said1),
                new Quote("q2", QuoteKind.DIRECT, second, new Speaker("Ann Hester", "e1", null, hester), said2)));
        assertThat(eval.report().all.speakerRightGold).isEqualTo(1);
    }

    @Test
    void quotesSharingACueCountAsOneAttribution() {
        String text = "“We stay,” she said. “We fight.”";
        Span cue = new Span(text.indexOf("said"), text.indexOf("said") + 4);
        Span a = new Span(1, 9);
        Span b = new Span(text.lastIndexOf("We"), text.length() - 1);
        GoldArticle gold = new GoldArticle("d2", "a", "", text,
                List.of(new GoldAttribution(List.of(a, b), List.of(), List.of(cue), true)));
        QuoteEval eval = new QuoteEval();
        eval.add(gold, List.of(new Quote("q1", QuoteKind.DIRECT, a, null, cue), new Quote("q2", QuoteKind.DIRECT, b, null, cue)));
        assertThat(eval.report().all.predicted).isEqualTo(1);
        assertThat(eval.report().all.exactGold).isEqualTo(1);
    }

    @Test
    void goldOffsetsInCodePointsAreMappedToStringIndices(@TempDir Path dir) throws Exception {
        String text = "\uD83D\uDE00 Anna said it rained.";
        String line = "{\"doc_id\":\"x\",\"text\":\"" + text + "\",\"attributions\":[{\"type\":\"Attribution\","
                + "\"cue\":[{\"start\":7,\"end\":11}],\"source\":[{\"start\":2,\"end\":6}],"
                + "\"content\":[{\"start\":12,\"end\":21}],\"content_has_quote_marks\":false}]}";
        Path file = dir.resolve("g.jsonl");
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
        GoldArticle g = new GoldReader().read(file).get(0);
        GoldAttribution a = g.attributions().get(0);
        assertThat(a.source().get(0).text(g.text())).isEqualTo("Anna");
        assertThat(a.cue().get(0).text(g.text())).isEqualTo("said");
        assertThat(a.content().get(0).text(g.text())).isEqualTo("it rained");
    }
}
