package org.newsgraph.ingest.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShingleMetricTest {

    @Test
    void tokensAreRunsOfLettersDigitsAndUnderscore() {
        assertThat(ShingleMetric.tokens("It's 3.5 km—snake_case, Café! Ünïcödé 42"))
                .containsExactly("It", "s", "3", "5", "km", "snake_case", "Café", "Ünïcödé", "42");
        assertThat(ShingleMetric.tokens("  ...  ")).isEmpty();
    }

    @Test
    void identicalTextsScoreOne() {
        ShingleMetric.Counts c = ShingleMetric.score("one two three four five", "one  two three, four five");
        assertThat(c.precision()).isEqualTo(1.0);
        assertThat(c.recall()).isEqualTo(1.0);
        assertThat(c.tp()).isEqualTo(1.0);
    }

    @Test
    void countsAreNormalisedByTheirSum() {
        // truth shingles: [a b c d], [b c d e]; prediction: [a b c d], [b c d x]
        ShingleMetric.Counts c = ShingleMetric.score("a b c d e", "a b c d x");
        assertThat(c.tp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.fp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.fn()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(c.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shingleMultisetCountsRepeats() {
        // truth has "x x x x" twice (5 tokens → 2 shingles, equal); prediction once
        ShingleMetric.Counts c = ShingleMetric.score("x x x x x", "x x x x");
        assertThat(c.precision()).isEqualTo(1.0);
        assertThat(c.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shortTextsGiveOneShorterShingle() {
        assertThat(ShingleMetric.score("two words", "two words").recall()).isEqualTo(1.0);
        assertThat(ShingleMetric.score("two words", "two other").recall()).isEqualTo(0.0);
    }

    @Test
    void emptyPredictionHasZeroRecall() {
        ShingleMetric.Counts c = ShingleMetric.score("some true text here", "");
        assertThat(c.recall()).isEqualTo(0.0);
        assertThat(c.precision()).isEqualTo(0.0);
    }

    @Test
    void corpusPrecisionIgnoresPagesWithoutPrediction() {
        PageScore good = new PageScore("a", null, ShingleMetric.score("a b c d e f", "a b c d e f"), null,
                "a b c d e f", "a b c d e f");
        PageScore empty = new PageScore("b", null, ShingleMetric.score("g h i j k", ""), "no text", "g h i j k", "");
        ExtractionResult r = ExtractionResult.of(List.of(good, empty), 1.0);
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
        assertThat(r.worst(1)).extracting(PageScore::id).containsExactly("b");
    }

    @Test
    void unmatchedRunsShowLostText() {
        List<String> lost = ShingleMetric.unmatchedRuns("alpha beta gamma delta epsilon zeta eta theta",
                "alpha beta gamma delta");
        assertThat(String.join(" ", lost)).contains("epsilon zeta eta theta");
    }
}
