package org.newsgraph.analysis.event;

import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.AnalysisContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParseBudgetTest {

    private static final String ARTICLE = "Rebels attacked a convoy in 2014. Rebels attacked a convoy on Tuesday. "
            + "France condemned the attack. Germany condemned the attack. Rebels attacked a truck in 2015.";

    private static List<Integer> chosen(double share) {
        AnalysisContext c = EventFixture.context(ARTICLE);
        ParseBudget budget = new ParseBudget(new TriggerMatcher(EventLexicon.defaults()), new ParseWindow(25, 8), share);
        return budget.select(c.text(), c.entities(), c.timex()).stream().map(p -> p.sentence().index()).toList();
    }

    @Test
    void withNoBudgetTheThreeLikeliestAreParsed() {
        // named actors first, then the act dated to a day; a year dates background
        assertThat(chosen(0)).containsExactly(1, 2, 3);
    }

    @Test
    void aFullBudgetParsesEveryCandidate() {
        assertThat(chosen(1)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void theBudgetCountsTokens() {
        // 31 tokens, 7 or 5 a sentence: a quarter buys the three best only, four fifths one more (the
        // earlier of two equals), all but a token everything
        assertThat(chosen(0.25)).containsExactly(1, 2, 3);
        assertThat(chosen(0.8)).containsExactly(0, 1, 2, 3);
        assertThat(chosen(0.99)).containsExactly(0, 1, 2, 3, 4);
    }
}
