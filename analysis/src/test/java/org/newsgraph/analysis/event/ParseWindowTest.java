package org.newsgraph.analysis.event;

import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.AnalysisContext;
import org.newsgraph.core.model.Event;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParseWindowTest {

    private static int[] window(ParseWindow w, AnalysisContext c, String trigger) {
        AnnotatedText text = c.text();
        Sentence s = text.sentences().get(0);
        int t = text.tokens().stream().filter(x -> text.text(x).equals(trigger)).findFirst().orElseThrow().index();
        return w.around(text, c.entities(), s, t);
    }

    private static String text(AnalysisContext c, int[] range) {
        return c.text().text(range[0], range[1]);
    }

    @Test
    void trailingBackgroundIsLeftOut() {
        AnalysisContext c = EventFixture.context("Iranian forces fired missiles at two bases in western Iraq early on Wednesday, "
                + "in what officials in Tehran described as revenge for the killing of a senior commander by the United States last week.");
        String kept = text(c, window(new ParseWindow(25, 8), c, "fired"));
        assertThat(kept).startsWith("Iranian forces fired missiles at two bases in western Iraq");
        assertThat(kept).doesNotContain("officials");
    }

    @Test
    void semicolonEndsTheClause() {
        AnalysisContext c = EventFixture.context("The talks in Geneva between the two delegations ended on Monday without any deal at all; "
                + "the rebels attacked an army convoy near the border town on Tuesday night and burned three trucks.");
        assertThat(text(c, window(new ParseWindow(25, 8), c, "attacked"))).startsWith("the rebels attacked");
    }

    @Test
    void namesAndNounPhrasesAreNotSplit() {
        AnalysisContext c = EventFixture.context("Late on Sunday evening in the capital, Prime Minister Boris Johnson met the "
                + "German foreign minister to discuss the crisis in the region and the fate of the trade talks.");
        String kept = text(c, window(new ParseWindow(1, 1), c, "met"));
        assertThat(kept).startsWith("Prime Minister Boris Johnson met");
        assertThat(kept).endsWith("the German foreign minister");
    }

    @Test
    void shortSentencesAreParsedWhole() {
        AnalysisContext c = EventFixture.context("The army shelled the town on Friday.");
        int[] range = window(new ParseWindow(25, 8), c, "shelled");
        Sentence s = c.text().sentences().get(0);
        assertThat(range).containsExactly(s.firstToken(), s.endToken());
    }

    @Test
    void eventIsReadFromTheWindowWithoutParsingTheSentence() {
        String body = "Iran fired missiles at two U.S. bases in western Iraq early on Wednesday, in what officials "
                + "in Tehran described as revenge for the killing of a senior commander by the United States in Baghdad last week.";
        AnalysisContext c = EventFixture.context(body);
        List<Event> events = EventFixture.events(c, List.of());
        Event fired = EventFixture.triggeredBy(body, events, "fired").orElseThrow();
        assertThat(fired.type()).isEqualTo("ASSAULT");
        assertThat(fired.actor().name()).isEqualTo("Iran");
        assertThat(c.text().parsedSentenceCount()).isZero(); // only its window was parsed
    }
}
