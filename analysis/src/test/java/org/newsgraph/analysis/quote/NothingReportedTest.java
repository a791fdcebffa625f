package org.newsgraph.analysis.quote;

import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.analysis.EventExtractor;
import org.newsgraph.analysis.entity.EntityRecognizer;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Source;
import org.newsgraph.nlp.CoreNlpEngine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cue words and quotation marks that report nothing ({@link NonReportingUse}, {@link ParticipleModifier},
 * {@link TitleOfWork}), on sentences of our own (token pattern extractor).
 */
class NothingReportedTest {

    private final ArticleAnalyzer analyzer = new ArticleAnalyzer(CoreNlpEngine.shared(), new EntityRecognizer(),
            new NewsQuoteExtractor(CueLexicon.defaults(), false), EventExtractor.NONE);

    private record Found(String cue, String content) {
    }

    private List<Found> quotes(String body) {
        List<Quote> qs = analyzer.analyze(new Article(new Source("test:", "text", null), null, List.of(), null, "en",
                body, List.of())).quotes();
        return qs.stream().map(q -> new Found(q.cue() == null ? null : q.cue().text(body), q.content().text(body)))
                .toList();
    }

    @Test
    void speakingWithoutATopicReportsNothing() {
        String body = "A county official, who spoke on the condition of anonymity, confirmed the closure. "
                + "The governor spoke for forty minutes in a packed gym on Tuesday.";
        assertThat(quotes(body)).extracting(Found::cue).doesNotContain("spoke");
    }

    @Test
    void speakingAboutATopicStillReportsIt() {
        String body = "The governor spoke about the flooding in the eastern counties.";
        assertThat(quotes(body)).extracting(Found::content).anyMatch(c -> c.contains("the flooding in the eastern counties"));
    }

    @Test
    void findingOneselfSomewhereIsNoFinding() {
        String body = "After the vote, the mayor found himself in a difficult position with the council.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void findingThatStillReports() {
        String body = "An audit released Monday found that the agency had overspent its budget by millions.";
        assertThat(quotes(body)).extracting(Found::content).containsExactly("that the agency had overspent its budget by millions");
    }

    @Test
    void aClauseOnlyVerbDoesNotReportItsObject() {
        String body = "The incumbent maintained a narrow lead in the county through the night. "
                + "Her opponent wrote a letter to the election board last spring.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void aClauseOnlyVerbStillReportsItsClause() {
        String body = "The company maintained that its heaters were safe for home use.";
        assertThat(quotes(body)).extracting(Found::content).containsExactly("that its heaters were safe for home use");
    }

    @Test
    void aPastTaggedParticipleBeforeItsNounIsNoCue() {
        String body = "The senator leads her rival by 140 pledged delegates after the southern primaries.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void goingOnWithSomethingIsNoContinuedSpeech() {
        String body = "Even after the budget deal, the mayor continued to trail his challenger in the polls. "
                + "In the meantime, as the governor continues to tour the flooded counties, the repairs are slowing.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void continuingToSpeakStillReports() {
        String body = "The flood barriers held through the night, the mayor said. \"We were lucky,\" she continued.";
        assertThat(quotes(body)).extracting(Found::cue).contains("continued");
    }

    @Test
    void advisingAClientReportsNothing() {
        String body = "The consultant, who advises the governor's campaign, declined to comment on the poll.";
        assertThat(quotes(body)).extracting(Found::cue).doesNotContain("advises");
    }

    @Test
    void advisingToDoSomethingStillReports() {
        String body = "State health officials advised residents to boil their tap water until Friday.";
        assertThat(quotes(body)).extracting(Found::cue).contains("advised");
    }

    @Test
    void aParticipleGradedByAnAdverbBeforeItsNounIsNoCue() {
        String body = "The senator's racially charged remarks drew protests outside the state capitol.";
        assertThat(quotes(body)).extracting(Found::cue).doesNotContain("charged");
    }

    @Test
    void aStatementNounNamingTheChannelOfASpeechVerbIsNoSecondCue() {
        String body = "The union's president said in a statement that the strike would go on through the weekend.";
        assertThat(quotes(body)).extracting(Found::cue).containsExactly("said");
    }

    @Test
    void aStatementNounWithItsOwnClauseStillReports() {
        String body = "The mayor's statement that the bridge was safe drew jeers from the crowd.";
        assertThat(quotes(body)).extracting(Found::cue).containsExactly("statement");
    }

    @Test
    void aShortTitleAfterTheNounOfItsWorkIsNoQuote() {
        String body = "The actor also starred in the cable drama, \u201cHarbor Lights,\u201d which ran for three seasons. "
                + "The senator returned to the theme in his 2019 memoir, \u201cA Long Road Home.\u201d";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void aSentenceQuotedAfterAWorkNounIsStillAQuote() {
        String body = "In an interview about the new book, the author was blunt. "
                + "\u201cI wrote it because nobody else would tell the story of the mill closing,\u201d she said.";
        assertThat(quotes(body)).extracting(Found::cue).containsExactly("said");
    }

    @Test
    void theSubjectAfterACueClosingAQuotationIsNoContent() {
        String body = "The town was \"caught completely off guard,\" said Maria Lopez, who runs the bakery on Main Street.";
        assertThat(quotes(body)).extracting(Found::content).noneMatch(c -> c.contains("Maria Lopez"))
                .anyMatch(c -> c.contains("caught completely off guard"));
    }

    @Test
    void theHeadOfAHyphenatedCompoundIsNoCue() {
        String body = "The rumor mill now includes websites, talk-radio programs, newsletters and \"citizen reporters\" "
                + "who promote and spread the claims. The mayor built her name as a lively and sought-after guest "
                + "on \"Morning Edition\" for years.";
        assertThat(quotes(body)).extracting(Found::cue).doesNotContain("talk", "sought");
    }

    @Test
    void aHeadlineFollowedByItsBylineIsATitle() {
        String body = "Local reads for the weekend.\n\n"
                + "CLOSING \u2014 \"Corner bookstore to shut its doors after forty years on Elm Street,\" by Gazette reporter Ann Miller.";
        assertThat(quotes(body)).extracting(Found::content).noneMatch(c -> c.contains("Corner bookstore"));
    }

    @Test
    void aTitleFollowedByTheNounOfItsWorkIsNoQuote() {
        String body = "The council met on Monday. To top it off, \"Harbor Lights,\" a film about the old port, opens "
                + "in the city this week.";
        assertThat(quotes(body)).extracting(Found::content).noneMatch(c -> c.contains("Harbor Lights"));
    }

    @Test
    void aPostedThingIsNoMessage() {
        String body = "On Sunday night the mayor posted a photo of the flooded bridge on her account.";
        assertThat(quotes(body)).extracting(Found::cue).doesNotContain("posted");
    }

    @Test
    void theAddresseeAloneIsNotWhatWasTold() {
        String body = "After the hearing, the senator told reporters in the hallway. "
                + "Later the treasurer asked the auditor on the phone.";
        assertThat(quotes(body)).extracting(Found::cue).doesNotContain("told", "asked");
    }

    @Test
    void aTopicAfterAskingIsStillReported() {
        String body = "The treasurer asked about the missing funds from the parks budget.";
        assertThat(quotes(body)).extracting(Found::content).anyMatch(c -> c.contains("the missing funds"));
    }

    @Test
    void theNameAfterACueClosingADoubleApostropheQuotationIsNoContent() {
        String body = "The new levy is ''the only way to keep the pools open,'' said Tom Reyes, who chairs the "
                + "parks board.";
        assertThat(quotes(body)).extracting(Found::content).noneMatch(c -> c.equals("Tom Reyes"));
    }

    @Test
    void anEditorialLabelIsNoSpeaker() {
        String body = "The council approved the new bus routes on Monday.\n\n"
                + "CORRECTION: The council voted on Tuesday, not on Monday as first stated.";
        assertThat(quotes(body)).extracting(Found::cue).doesNotContain(":");
    }

    @Test
    void anEstimatedNumberIsNoEstimate() {
        String body = "An estimated 3,000 people lined the streets for the harvest parade on Saturday.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void aNamingParticipleBetweenCommasIsNoCue() {
        String body = "The program, called Bridge Start, pays for tutors in the county's rural schools.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void aQuestionToTheReaderReportsNothing() {
        String body = "Do you know where the money for the new stadium went? Can you imagine a city without buses?";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void aSingleQuotedWordWithNoSpeakerIsAMention() {
        String body = "Clerks searched the archive for words such as \"levy,\" \"surcharge,\" and \"toll\" in the records.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void aLongTitleInsideASentenceIsNoQuote() {
        String body = "Reviewers have been reading the mayor's new memoir, \"Rising Water: How One Small Town Rebuilt "
                + "Its Harbor,\" for hints about her plans.";
        assertThat(quotes(body)).extracting(Found::content).noneMatch(c -> c.contains("Rising Water"));
    }

    @Test
    void aTitleCaseStatementBeforeItsAttributionIsStillAQuote() {
        String body = "The crowd grew louder as the evening went on. \"Never Again,\" said the mayor, raising her fist.";
        assertThat(quotes(body)).extracting(Found::content).anyMatch(c -> c.contains("Never Again"));
    }
}
