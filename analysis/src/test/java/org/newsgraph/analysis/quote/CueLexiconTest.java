package org.newsgraph.analysis.quote;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CueLexiconTest {

    private final CueLexicon lexicon = CueLexicon.defaults();

    @Test
    void classesFromTheShippedTable() {
        assertThat(lexicon.classOf("say")).isEqualTo(CueClass.SPEECH);
        assertThat(lexicon.classOf("Warn")).isEqualTo(CueClass.SPEECH);
        assertThat(lexicon.classOf("call")).isEqualTo(CueClass.FRAMING);
        assertThat(lexicon.classOf("believe")).isEqualTo(CueClass.THOUGHT);
        assertThat(lexicon.classOf("show")).isEqualTo(CueClass.EVIDENCE);
        assertThat(lexicon.classOf("plan")).isEqualTo(CueClass.INTENTION);
        assertThat(lexicon.classOf("eat")).isNull();
        assertThat(lexicon.classOf("endorse")).isEqualTo(CueClass.FRAMING);
    }

    @Test
    void nounsAreKeptApartFromVerbsOfTheSameLemma() {
        // "claim" is a verb of saying and a noun of statement: the verb class is not overwritten
        assertThat(lexicon.classOf("claim")).isEqualTo(CueClass.SPEECH);
        assertThat(lexicon.classOf("statement")).isNull();
    }

    @Test
    void nounsAndAdjectivesOfStanceAreNoVerbCues() {
        // "criticism of", "critical of": only with their opening word, never as a verb's class
        assertThat(lexicon.classOf("criticism")).isNull();
        assertThat(lexicon.classOf("critical")).isNull();
        assertThat(lexicon.classOf("call")).isEqualTo(CueClass.FRAMING);
    }

    @Test
    void verbsBelowTheInclusionRuleAreNoCues() {
        // "hard to imagine a city without buses": a supposition, rarely a thought the article attributes
        assertThat(lexicon.classOf("imagine")).isNull();
        assertThat(lexicon.classOf("suppose")).isNull(); // "the ferry is supposed to run": an obligation
        assertThat(lexicon.classOf("envision")).isEqualTo(CueClass.THOUGHT);
    }

    @Test
    void verbsOfPositingAViewAreCues() {
        // "the judge ruled that the fee was lawful", "she opined that …", "he contemplated a run"
        assertThat(lexicon.classOf("rule")).isEqualTo(CueClass.SPEECH);
        assertThat(lexicon.classOf("opine")).isEqualTo(CueClass.SPEECH);
        assertThat(lexicon.classOf("clarify")).isEqualTo(CueClass.SPEECH);
        assertThat(lexicon.classOf("trumpet")).isEqualTo(CueClass.FRAMING);
        assertThat(lexicon.classOf("contemplate")).isEqualTo(CueClass.THOUGHT);
        assertThat(lexicon.classOf("rebuff")).isNull(); // its objects are rarely what was attributed
    }

    @Test
    void quotingAndAttributingAreCuesButResistingIsNot() {
        // "the paper quoted an aide as saying …", "she attributed the delay to the storm"
        assertThat(lexicon.classOf("quote")).isEqualTo(CueClass.SPEECH);
        assertThat(lexicon.classOf("attribute")).isEqualTo(CueClass.FRAMING);
        assertThat(lexicon.classOf("resist")).isNull(); // "resisted the change": mostly an act
    }

    @Test
    void spellingOutIsAFramingCueButPressingIsNot() {
        // "the mayor spelled out her plan"; "a pressing problem", "pressed the button"
        assertThat(lexicon.classOf("spell")).isEqualTo(CueClass.FRAMING);
        assertThat(lexicon.classOf("press")).isNull();
    }
}
