package org.newsgraph.analysis.event.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.entity.EntityRecognizer;
import org.newsgraph.analysis.event.PloverEventExtractor;
import org.newsgraph.analysis.event.PloverType;
import org.newsgraph.core.model.Span;
import org.newsgraph.nlp.CoreNlpEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EventEvalTest {

    private final EventEval eval = new EventEval(CoreNlpEngine.shared(), new EntityRecognizer(), new PloverEventExtractor());

    @Test
    void matchesAreOneToOneOverlaps() {
        List<Span> gold = List.of(new Span(0, 5), new Span(10, 15));
        assertThat(EventEval.matches(List.of(new Span(3, 12)), gold)).isEqualTo(1);
        assertThat(EventEval.matches(List.of(new Span(3, 4), new Span(4, 5)), gold)).isEqualTo(1);
        assertThat(EventEval.matches(List.of(new Span(5, 10)), gold)).isZero();
    }

    @Test
    void goldPhrasesAreFoundIgnoringCaseAndUnfoundOnesLeftOut() {
        assertThat(EventEval.locate("The US and Jordan", List.of("us", "Jordan", "Peru")))
                .containsExactly(new Span(4, 6), new Span(11, 17));
    }

    @Test
    void scoresSentencesWrittenForTheTest() {
        List<EventGold> gold = List.of(
                new EventGold("t1", "Chile asked Peru to return the boats.", "REQUEST", List.of("Chile"), List.of("Peru")),
                new EventGold("t2", "Kenyan police arrested twelve activists.", "COERCE", List.of("Kenyan police"),
                        List.of("activists")),
                new EventGold("t3", "The weather was mild in Lima.", "AGREE", List.of("Lima"), List.of()));
        EventScores s = eval.evaluate(gold);
        assertThat(s.sentences()).isEqualTo(3);
        assertThat(s.typeAccuracy()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.type(PloverType.AGREE).recall()).isZero();
        assertThat(s.actors().recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.actors().precision()).isEqualTo(1.0);
        assertThat(s.errors()).hasSize(1).first().asString().startsWith("t3");
        assertThat(s.format()).contains("type accuracy").contains("REQUEST");
    }

    @Test
    void ploverGoldReachesTheTargets() throws Exception {
        String shared = System.getProperty("newsgraph.shared");
        Path file = shared == null ? null : Path.of(shared, "gold", "events", "plover-gsr.jsonl");
        Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
                "PLOVER gold not found under newsgraph.shared (" + shared + "); skipping");
        EventScores s = eval.evaluate(EventGold.read(file));
        assertThat(s.typeAccuracy()).isGreaterThanOrEqualTo(0.75);
        assertThat(s.actors().f1()).isGreaterThanOrEqualTo(0.80);
    }
}
