package org.newsgraph.analysis.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SubordinatorsTest {

    @Test
    void aStepAddsItsOwnWordsToTheAdverbialOpeners() {
        assertThat(Subordinators.adverbialAnd("that", "whether"))
                .contains("because", "although", "once", "that", "whether")
                .hasSize(Subordinators.ADVERBIAL.size() + 2);
    }

    @Test
    void aStepLeavesOutTheOpenersItReadsOtherwise() {
        Set<String> openers = Subordinators.adverbial(Set.of("if", "as"), "where");

        assertThat(openers).contains("because", "where").doesNotContain("if", "as");
        assertThat(Subordinators.ADVERBIAL).contains("if", "as");
    }
}
