package org.newsgraph.analysis.quote;

import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.analysis.EventExtractor;
import org.newsgraph.analysis.entity.EntityRecognizer;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Source;
import org.newsgraph.core.model.Speaker;
import org.newsgraph.nlp.CoreNlpEngine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The speaker rules (subjects, pronouns, appositions, roles) on sentences of our own, token mode. */
class SpeakerResolutionTest {

    private final ArticleAnalyzer analyzer = new ArticleAnalyzer(CoreNlpEngine.shared(), new EntityRecognizer(),
            new NewsQuoteExtractor(CueLexicon.defaults(), false), EventExtractor.NONE);

    private record Found(Quote quote, String body) {
        String content() {
            return quote.content().text(body);
        }

        Speaker speaker() {
            return quote.speaker();
        }

        String name() {
            return quote.speaker() == null ? null : quote.speaker().name();
        }

        String mention() {
            Speaker s = quote.speaker();
            return s == null || s.mention() == null ? null : s.mention().text(body);
        }
    }

    private Found quoteWith(String body, String contentPart) {
        Analysis a = analyzer.analyze(new Article(new Source("test:", "text", null), null, List.of(), null, "en",
                body, List.of()));
        List<Found> found = a.quotes().stream().map(q -> new Found(q, body)).toList();
        return found.stream().filter(f -> f.content().contains(contentPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + contentPart + "' in "
                        + found.stream().map(Found::content).toList()));
    }

    @Test
    void aCoordinatedCueSharesTheSubjectOfTheFirstVerb() {
        String body = "Maria Ortega says the council approved the budget and said she would resign in June.";
        Found f = quoteWith(body, "she would resign");
        assertThat(f.name()).isEqualTo("Maria Ortega");
    }

    @Test
    void peopleTiedToAnInstitutionByToOrWithSpeakAsTheWholePhrase() {
        Found aides = quoteWith("Two aides to the governor said the budget would be delayed until March.", "budget");
        assertThat(aides.name()).isEqualTo("Two aides to the governor");
        Found advisers = quoteWith("Advisers to the president said he would not sign the bill.", "sign the bill");
        assertThat(advisers.name()).isEqualTo("Advisers to the president");
        Found officials = quoteWith("Officials with the transit authority said the line would reopen next week.",
                "reopen");
        assertThat(officials.name()).isEqualTo("Officials with the transit authority");
    }

    @Test
    void aRelativePronounSpeaksForItsAntecedent() {
        String body = "Reporters turned to the county health department which reported that 40 wells were "
                + "contaminated.\n\nThe mayor met Daniel Brooks, now the chairman of the water board, who in 2019 "
                + "said that the pipes were safe.";
        Found dept = quoteWith(body, "40 wells");
        assertThat(dept.name()).contains("health department");
        assertThat(dept.mention()).isEqualTo("which");
        Found brooks = quoteWith(body, "the pipes were safe");
        assertThat(brooks.name()).isEqualTo("Daniel Brooks");
        assertThat(brooks.mention()).isEqualTo("who");
    }

    @Test
    void theWritersOwnFirstPersonIsTheAuthorNeverAPronoun() {
        String body = "The senator's plan has a gap. I have argued that the tax credit would mostly help wealthy "
                + "families.";
        Found f = quoteWith(body, "tax credit");
        assertThat(f.name()).isEqualTo(SpeakerTracker.AUTHOR);
        assertThat(f.speaker().entityId()).isNull();
        assertThat(f.mention()).isEqualTo("I");
    }

    @Test
    void aDayAfterTheCueIsNoSpeaker() {
        String body = "“The bridge will reopen in May,” Governor Helen Park, D-Ore., said Tuesday.";
        Found f = quoteWith(body, "The bridge will reopen");
        assertThat(f.name()).isEqualTo("Helen Park");
    }

    @Test
    void anAppositionWithARelativeClauseIsSkippedToTheName() {
        String body = "Thomas Reed, a historian who attended the meeting, recalled that the president "
                + "left early.";
        Found f = quoteWith(body, "the president left early");
        assertThat(f.name()).isEqualTo("Thomas Reed");
        assertThat(f.speaker().role()).isEqualTo("a historian who attended the meeting");
    }

    @Test
    void anAppositionBetweenDashesIsSkippedToTheName() {
        String body = "Ellen Marsh -- author of a book on city budgets, a study of ten towns -- said the "
                + "deficit would grow.";
        Found f = quoteWith(body, "the deficit would grow");
        assertThat(f.name()).isEqualTo("Ellen Marsh");
    }

    @Test
    void aPartyAbbreviationInParenthesesDoesNotLoseTheSubject() {
        String body = "Rep. Mark Delaney (R-S.C.) said the agency had ignored the warnings.";
        Found f = quoteWith(body, "ignored the warnings");
        assertThat(f.name()).isEqualTo("Mark Delaney");
    }

    @Test
    void aPartyMemberIsAPersonNotTheParty() {
        String body = "The hearing ran late. One Republican threatened to subpoena the director.";
        Found f = quoteWith(body, "to subpoena the director");
        assertThat(f.name()).isEqualTo("One Republican");
        assertThat(f.speaker().entityId()).isNull();
    }

    @Test
    void aSourceOnAPanelAfterTheCue() {
        String body = "“The committee has no plan at all,” said one Republican aide on the committee.";
        Found f = quoteWith(body, "The committee has no plan");
        assertThat(f.name()).isEqualTo("one Republican aide on the committee");
    }

    @Test
    void aClosingAttributionWithALongDescriptionFindsItsCue() {
        String body = "The lawsuit was filed in March.\n\n“This is an invasion of the state's authority,” "
                + "Laura Bennett, the Republican attorney general of Kansas, one of the states that sued the "
                + "agency, said at a forum this month.";
        Found f = quoteWith(body, "This is an invasion");
        assertThat(f.name()).isEqualTo("Laura Bennett");
        assertThat(f.quote().cue().text(body)).isEqualTo("said");
        assertThat(f.speaker().role()).startsWith("the Republican attorney general of Kansas");
    }

    @Test
    void anInfinitiveCueIsDoneByTheSubjectOfItsVerb() {
        String body = "Paul Whitman has proposed a new toll. He has yet to explain why drivers from other "
                + "counties should pay it.";
        Found f = quoteWith(body, "drivers from other counties");
        assertThat(f.name()).isEqualTo("Paul Whitman");
        assertThat(f.mention()).isEqualTo("He");
    }

    @Test
    void anInfinitiveAfterANamedObjectIsDoneByThatPerson() {
        String body = "The committee forced Karen Holt to admit that no manager had been disciplined.";
        Found f = quoteWith(body, "no manager had been disciplined");
        assertThat(f.name()).isEqualTo("Karen Holt");
    }

    @Test
    void aParticipleOpeningTheSentenceBelongsToTheSubjectAfterIt() {
        String body = "Lamenting the long winter, farmers in the valley often say that the harvest "
                + "comes too late.";
        Found f = quoteWith(body, "the harvest comes too late");
        assertThat(f.name()).isEqualTo("farmers in the valley");
    }

    @Test
    void itIsTheOrganisationJustNamedOrTheSubjectOfThePreviousSentence() {
        String body = "The city sent a warning letter on Thursday. It says the festival broke the noise rules.";
        Found f = quoteWith(body, "the festival broke");
        assertThat(f.name()).isEqualTo("The city");
        assertThat(f.mention()).isEqualTo("It");
    }

    @Test
    void theyIsAPairOfPeopleWhoJustSpoke() {
        String body = "Mr. Barnes and Mr. Whitley say other changes are needed.\n\n"
                + "The program has grown well beyond its purpose, they say.";
        Found f = quoteWith(body, "grown well beyond");
        assertThat(f.name()).isEqualTo("Mr. Barnes and Mr. Whitley");
        assertThat(f.mention()).isEqualTo("they");
    }

    @Test
    void thePassiveSubjectIsTalkedAboutNotTalking() {
        String body = "The contractor was accused of hiding the cost overruns from the city council.";
        Found f = quoteWith(body, "hiding the cost overruns");
        assertThat(f.speaker()).isNull();
    }

    @Test
    void whoAfterAThingInAPrepositionalPhraseSpeaksForThePersonBeforeIt() {
        String body = "The station took calls from farmers in the valley who said the new dam had ruined their wells.";
        Found f = quoteWith(body, "the new dam had ruined their wells");
        assertThat(f.name()).isEqualTo("farmers");
    }

    @Test
    void thePassiveAgentIsTheSpeaker() {
        String body = "It was announced by the county sheriff that two deputies were hurt.";
        Found f = quoteWith(body, "two deputies were hurt");
        assertThat(f.name()).isEqualTo("the county sheriff");
    }

    @Test
    void anAppositionAfterThePartyInParenthesesIsTheRole() {
        String body = "“They would never get a deal like that,” Rep. Carl Weston (R-Iowa), a budget panel member, "
                + "said in an interview.";
        Found f = quoteWith(body, "They would never get");
        assertThat(f.name()).isEqualTo("Carl Weston");
        assertThat(f.speaker().role()).isEqualTo("a budget panel member");
    }

    @Test
    void aNounPhraseBeforeANameIsARoleOnlyWhenItNamesAKindOfPerson() {
        String body = "After Monday's presidential debate Gary Lind said the moderators were unfair.\n\n"
                + "Retired police officer Anne Fulton said the rules had changed.";
        assertThat(quoteWith(body, "the moderators were unfair").speaker().role()).isNull();
        assertThat(quoteWith(body, "the rules had changed").speaker().role()).isEqualTo("Retired police officer");
    }

    @Test
    void aFullerDescriptionBeatsABareTitle() {
        String body = "Sen. Ruth Adler said the bill would pass.\n\n"
                + "Adler, the chairwoman of the finance committee, said the vote would come in May.\n\n"
                + "Sen. Adler said the governor agreed.";
        assertThat(quoteWith(body, "the governor agreed").speaker().role())
                .isEqualTo("the chairwoman of the finance committee");
    }

    @Test
    void anAgeAndADescriptionAreBothSkippedToTheName() {
        String body = "Marta Quinn, 21, a junior from Reno, said she voted for the first time.";
        Found f = quoteWith(body, "she voted for the first time");
        assertThat(f.name()).isEqualTo("Marta Quinn");
    }

    @Test
    void aCommonNounSubjectOpeningTheSentenceKeepsItsInterruption() {
        String body = "The mayor, still angry about the vote, said the council had betrayed the city.";
        Found f = quoteWith(body, "the council had betrayed");
        assertThat(f.name()).isEqualTo("The mayor");
    }

    @Test
    void aQuantifierStandsForAGroupAsWritten() {
        String body = "Hundreds of farmers gathered at the fairground.\n\nSome say the new tariffs will ruin them.\n\n"
                + "“We were never asked,” shouted another.";
        assertThat(quoteWith(body, "the new tariffs").name()).isEqualTo("Some");
        assertThat(quoteWith(body, "We were never asked").name()).isEqualTo("another");
    }

    @Test
    void aReflexiveAfterTheNameIsPassedOver() {
        String body = "Paul Danner himself has argued that the nomination is his to lose.";
        Found f = quoteWith(body, "the nomination is his");
        assertThat(f.name()).isEqualTo("Paul Danner");
    }

    @Test
    void theSubjectOpeningTheSentenceBeatsAPlaceInAnInterruptingPhrase() {
        String body = "Helen Marsh, during a town hall in Columbus, Ohio, said she would protect the mines.";
        Found f = quoteWith(body, "she would protect the mines");
        assertThat(f.name()).isEqualTo("Helen Marsh");
    }

    @Test
    void aCoordinatedCueSkipsTheSubjectOfAReportedClause() {
        String body = "Nora Eastman says the mayor promised to fund the clinic and said she would hold him to it.";
        Found f = quoteWith(body, "she would hold him to it");
        assertThat(f.name()).isEqualTo("Nora Eastman");
    }

    @Test
    void aParticipleCueAfterAVerbTakenForAParticipleFindsTheOpeningSubject() {
        String body = "Ruth Dale, a former state party chairman and senate candidate, poked at the governor's "
                + "long speech during the Monday night debate, tweeting that the governor should sit down.";
        Found f = quoteWith(body, "the governor should sit down");
        assertThat(f.name()).isEqualTo("Ruth Dale");
    }

    @Test
    void whoIsToldIsNotWhoTells() {
        String body = "“The labels stick for a lifetime,” Dana Morrow, the director of a youth center, told "
                + "The Daily Courier.";
        Found f = quoteWith(body, "The labels stick");
        assertThat(f.name()).isEqualTo("Dana Morrow");
    }

    @Test
    void aNameBeforeAQuotedPhraseAfterTheCueIsNoClosingSubject() {
        String body = "Leon Marchetti, the foreign minister of Italy, said Russia's latest \"provocation cannot "
                + "go unanswered.\"";
        Found f = quoteWith(body, "provocation");
        assertThat(f.name()).isEqualTo("Leon Marchetti");
    }

    @Test
    void aCueJoinedToAReportedVerbBelongsToTheReporter() {
        String body = "Prime Minister Alice Grant said this week that the country would leave the union by March "
                + "and suggested that it would also quit the trade pact.";
        Found f = quoteWith(body, "quit the trade pact");
        assertThat(f.name()).isEqualTo("Alice Grant");
    }
}
