package org.newsgraph.analysis.quote;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.analysis.EventExtractor;
import org.newsgraph.analysis.entity.EntityRecognizer;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Source;
import org.newsgraph.nlp.CoreNlpEngine;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each construction on sentences of our own, with the standard (token pattern) extractor. */
class NewsQuoteExtractorTest {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "him", "her");

    private final ArticleAnalyzer analyzer = new ArticleAnalyzer(CoreNlpEngine.shared(), new EntityRecognizer(),
            new NewsQuoteExtractor(CueLexicon.defaults(), useParse()), EventExtractor.NONE);

    /** Whether the extractor under test reads full dependency parses. */
    boolean useParse() {
        return false;
    }

    private record Found(Quote quote, String body) {
        String content() {
            return quote.content().text(body);
        }

        String speaker() {
            return quote.speaker() == null ? null : quote.speaker().name();
        }

        String role() {
            return quote.speaker() == null ? null : quote.speaker().role();
        }

        String cue() {
            return quote.cue() == null ? null : quote.cue().text(body);
        }
    }

    private List<Found> quotes(String body) {
        Analysis a = analyzer.analyze(new Article(new Source("test:", "text", null), null, List.of(), null, "en",
                body, List.of()));
        for (Quote q : a.quotes()) {
            if (q.speaker() != null && q.speaker().name() != null) {
                assertThat(PRONOUNS).doesNotContain(q.speaker().name().toLowerCase());
            }
        }
        return a.quotes().stream().map(q -> new Found(q, body)).toList();
    }

    private Found quoteWith(List<Found> found, String contentPart) {
        return found.stream().filter(f -> f.content().contains(contentPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + contentPart + "' in " + found));
    }

    @Test
    void aStatementReportedInsideAnotherIsMarkedWithinIt() {
        String body = "Campaign aides said the governor told donors at a private dinner that the race for the seat "
                + "was closer than the polls suggested.";
        List<Found> found = quotes(body);
        Found outer = quoteWith(found, "told donors");
        Found inner = found.stream().filter(f -> f != outer && f.content().contains("closer than")).findFirst()
                .orElseThrow(() -> new AssertionError("no inner statement in " + found));
        assertThat(outer.quote().nested()).isFalse();
        assertThat(outer.speaker()).isEqualTo("Campaign aides");
        assertThat(inner.cue()).isEqualTo("told");
        assertThat(inner.quote().within()).isEqualTo(outer.quote().id());
    }

    @Test
    void aRelativeClauseWithACueAfterACommaIsNoClosingAttribution() {
        String body = "The council met on Monday. Opponents said the vote was rushed; they handed the documents to "
                + "a local paper, which first reported the deal.";
        List<Found> found = quotes(body);
        assertThat(found).noneMatch(f -> f.content().contains("council met") || f.content().contains("handed"));
        Found said = quoteWith(found, "the vote was rushed");
        assertThat(said.quote().nested()).isFalse();
        assertThat(said.speaker()).isEqualTo("Opponents");
    }

    @Test
    void aThatClauseIsReportedEvenWhenItsVerbIsMisreadAsANoun() {
        Found f = quoteWith(quotes("A new poll found that most voters back the plan."), "voters");
        assertThat(f.content()).isEqualTo("that most voters back the plan");
        assertThat(f.cue()).isEqualTo("found");
        assertThat(f.speaker()).isEqualTo("A new poll");
    }

    @Test
    void theHalvesOfASplitQuotationAreNotNestedInEachOther() {
        String body = "“We will reopen the bridge by the spring,” the mayor, Ana Ruiz, said on Monday. "
                + "“The repairs are ahead of schedule and under budget.”";
        List<Found> found = quotes(body);
        assertThat(found).hasSizeGreaterThanOrEqualTo(2);
        assertThat(found).noneMatch(f -> f.quote().nested());
    }

    @Test
    void aTimeAfterAClosingCueAndTheWritersSceneAreNoContent() {
        String body = "The new toll on the bridge is a tax on every commuter in the valley, local business owners said "
                + "Friday afternoon, as they gathered outside the town hall.";
        List<Found> found = quotes(body);
        assertThat(found).extracting(Found::content)
                .containsExactly("The new toll on the bridge is a tax on every commuter in the valley");
        assertThat(found.get(0).speaker()).isEqualTo("local business owners");
    }

    @Test
    void aPredicateCoordinatedByButStaysInTheReportedClause() {
        // token mode only: with a parse, the parser's attachment of the predicate (to the cue or to the clause) decides
        Assumptions.assumeFalse(useParse(), "the parse decides where a coordinated predicate belongs");
        String body = "Several farmers said they had doubts about the new subsidy, but could not afford to lose it.";
        assertThat(quotes(body)).extracting(Found::content)
                .containsExactly("they had doubts about the new subsidy, but could not afford to lose it");
    }

    @Test
    void directQuoteWithTrailingAttributionGetsTheFullName() {
        String body = "Maria Lopez, the mayor of Springfield, opened the bridge on Monday.\n\n"
                + "“We finished the work two months early,” Lopez said.";
        Found f = quoteWith(quotes(body), "We finished");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(f.content()).isEqualTo("We finished the work two months early,");
        assertThat(f.speaker()).isEqualTo("Maria Lopez");
        assertThat(f.role()).isEqualTo("the mayor of Springfield");
        assertThat(f.cue()).isEqualTo("said");
        assertThat(f.quote().speaker().mention().text(body)).isEqualTo("Lopez");
    }

    @Test
    void invertedAttributionWithApposition() {
        String body = "“The river has never been this low,” said Peter Novak, the director of the Danube Water "
                + "Agency, during a visit to the port.";
        Found f = quoteWith(quotes(body), "river");
        assertThat(f.speaker()).isEqualTo("Peter Novak");
        assertThat(f.role()).startsWith("the director of the Danube Water Agency");
    }

    @Test
    void attributionBeforeAColon() {
        String body = "Senator Ellen Marsh said on Tuesday: “This budget cuts the schools we promised to protect.”";
        Found f = quoteWith(quotes(body), "This budget");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(f.speaker()).isEqualTo("Ellen Marsh");
    }

    @Test
    void quoteSplitByItsAttributionKeepsTheSpeaker() {
        String body = "“We are not leaving,” Carla Diaz said. “The farm has been ours for four generations.”";
        List<Found> found = quotes(body);
        Found first = quoteWith(found, "not leaving");
        Found second = quoteWith(found, "four generations");
        assertThat(first.speaker()).isEqualTo("Carla Diaz");
        assertThat(second.speaker()).isEqualTo("Carla Diaz");
        assertThat(second.quote().cue()).isEqualTo(first.quote().cue());
    }

    @Test
    void quoteRunningOverParagraphs() {
        String body = "Tom Brandt spoke to the workers at the gate.\n\n"
                + "“The plant will stay open through the winter.\n\n"
                + "“After that, the owners will decide,” Brandt said.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "through the winter").speaker()).isEqualTo("Tom Brandt");
        assertThat(quoteWith(found, "owners will decide").speaker()).isEqualTo("Tom Brandt");
    }

    @Test
    void pronounsGoToTheLastSpeakerOfTheRightGender() {
        String body = "Anna Berg, a nurse at the city hospital, said the ward was full. Mr. Karl Weiss, the "
                + "hospital's manager, said the beds were ordered.\n\n"
                + "“We need more staff, not more beds,” she told reporters.";
        Found f = quoteWith(quotes(body), "more staff");
        assertThat(f.speaker()).isEqualTo("Anna Berg");
        assertThat(f.quote().speaker().mention().text(body)).isEqualTo("she");
        assertThat(f.role()).isEqualTo("a nurse at the city hospital");
    }

    @Test
    void partialQuoteBelongsToTheSubjectOfTheFramingVerb() {
        String body = "The governor, Laura Chen, defended the plan on Friday, calling the report by Mark Evans "
                + "“a piece of fiction.”";
        Found f = quoteWith(quotes(body), "piece of fiction");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(f.speaker()).isEqualTo("Laura Chen");
        assertThat(f.cue()).isEqualTo("calling");
    }

    @Test
    void reportedSpeechWithThat() {
        String body = "David Okafor said that the new port would open in March.";
        Found f = quoteWith(quotes(body), "new port");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(f.content()).isEqualTo("that the new port would open in March");
        assertThat(f.speaker()).isEqualTo("David Okafor");
    }

    @Test
    void toldAnOutletThat() {
        String body = "Rosa Martins, an economist at the University of Lisbon, told Reuters that prices would "
                + "keep rising this year.";
        Found f = quoteWith(quotes(body), "prices would");
        assertThat(f.content()).isEqualTo("that prices would keep rising this year");
        assertThat(f.speaker()).isEqualTo("Rosa Martins");
        assertThat(f.role()).isEqualTo("an economist at the University of Lisbon");
    }

    @Test
    void accordingTo() {
        String body = "The shipment left the harbor two days late, according to Ivan Petrov.";
        Found f = quoteWith(quotes(body), "shipment");
        assertThat(f.content()).isEqualTo("The shipment left the harbor two days late");
        assertThat(f.speaker()).isEqualTo("Ivan Petrov");
        assertThat(f.cue()).isEqualTo("according to");
    }

    @Test
    void reversedOrderWithPronoun() {
        String body = "Omar Haddad met the ministers in Amman.\n\n"
                + "The talks will fail without a ceasefire in the north, he warned.";
        Found f = quoteWith(quotes(body), "talks will fail");
        assertThat(f.content()).isEqualTo("The talks will fail without a ceasefire in the north");
        assertThat(f.speaker()).isEqualTo("Omar Haddad");
        assertThat(f.cue()).isEqualTo("warned");
    }

    @Test
    void titleNounResolvesToThePersonItDescribes() {
        String body = "“The election was fair,” said Helen Park, a former UN election observer.\n\n"
                + "The former observer said the count in the capital had been slow.";
        Found f = quoteWith(quotes(body), "count in the capital");
        assertThat(f.speaker()).isEqualTo("Helen Park");
        assertThat(f.quote().speaker().mention().text(body)).isEqualTo("The former observer");
    }

    @Test
    void groupsSpeakWithoutAnEntity() {
        String body = "Local officials said the road would stay closed until Friday.";
        Found f = quoteWith(quotes(body), "road would stay");
        assertThat(f.speaker()).isEqualTo("Local officials");
        assertThat(f.quote().speaker().entityId()).isNull();
    }

    @Test
    void premodifierRole() {
        String body = "Brazil's foreign minister Ana Costa said the talks had ended without a deal.";
        Found f = quoteWith(quotes(body), "talks had ended");
        assertThat(f.speaker()).isEqualTo("Ana Costa");
        assertThat(f.role()).isEqualTo("Brazil's foreign minister");
    }

    @Test
    void subjectOpensTheSentenceWhenAPhraseStandsBeforeTheCue() {
        String body = "Chancellor Ana Lima in a speech following the floods urged donors to send food to the valley.";
        Found f = quoteWith(quotes(body), "send food");
        assertThat(f.speaker()).isEqualTo("Ana Lima");
        assertThat(f.cue()).isEqualTo("urged");
    }

    @Test
    void partialQuoteKeepsItsClosingMark() {
        String body = "The union rejected the offer, vowing a “long strike.”";
        Found f = quoteWith(quotes(body), "long strike");
        assertThat(f.content()).isEqualTo("a “long strike.”");
        assertThat(f.speaker()).isEqualTo("The union");
    }

    @Test
    void nameAfterADashAttributesTheQuote() {
        String body = "Readers wrote to us.\n\n“The buses never come on time in our district.” ― Maria Gonzalez";
        Found f = quoteWith(quotes(body), "buses never come");
        assertThat(f.speaker()).isEqualTo("Maria Gonzalez");
    }

    @Test
    void transcriptTurnsBelongToTheNamedSpeaker() {
        String body = "Senator Tom Walsh spoke with the host on Sunday.\n\n"
                + "WALSH: Well, look, the bill will pass the Senate this week and the House will follow.";
        Found f = quoteWith(quotes(body), "bill will pass");
        assertThat(f.speaker()).isEqualTo("Tom Walsh");
        assertThat(f.cue()).isEqualTo(":");
    }

    @Test
    void intentionsAreNoSpeech() {
        String body = "Maria Lopez plans to run for governor next year.";
        assertThat(quotes(body)).allMatch(f -> f.quote().attribution() == Attribution.INTENTION);
    }

    @Test
    void stanceVerbReportsItsObject() {
        String body = "Senator Maria Lopez endorsed the new water treaty on Monday.";
        Found f = quoteWith(quotes(body), "water treaty");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(f.content()).startsWith("the new water treaty");
        assertThat(f.speaker()).isEqualTo("Maria Lopez");
        assertThat(f.cue()).isEqualTo("endorsed");
    }

    @Test
    void closingCueTaggedAsNounStillAttributes() {
        Found f = quoteWith(quotes("The group could gain from the conflict, experts charge."), "gain");
        assertThat(f.content()).isEqualTo("The group could gain from the conflict");
        assertThat(f.speaker()).isEqualTo("experts");
        assertThat(f.cue()).isEqualTo("charge");
    }

    @Test
    void hyphenatedCompoundsAreNoCues() {
        String body = "The coalition paused its raids against Iran-backed militias and U.S.-supported units last week.";
        assertThat(quotes(body)).isEmpty();
        Found f = quoteWith(quotes("Senator Maria Lopez backed the plan to pause the raids on Monday."), "plan");
        assertThat(f.cue()).isEqualTo("backed");
    }

    @Test
    void objectWithAnEmbeddedQuestionKeepsItsClause() {
        String body = "Peter Novak questioned how the agency could spend so much on consultants.";
        Found f = quoteWith(quotes(body), "agency");
        assertThat(f.content()).isEqualTo("how the agency could spend so much on consultants");
        assertThat(f.speaker()).isEqualTo("Peter Novak");
    }

    @Test
    void attributionInterruptingTheClause() {
        String body = "Rising rents, Anna Kowalski said, are pushing young families out of the city.";
        List<Found> found = quotes(body);
        Found rest = quoteWith(found, "pushing young families");
        assertThat(rest.content()).isEqualTo("are pushing young families out of the city");
        assertThat(rest.speaker()).isEqualTo("Anna Kowalski");
        assertThat(quoteWith(found, "Rising rents").cue()).isEqualTo("said");
    }

    @Test
    void closingAttributionWithASubjectAfterTheCue() {
        String body = "The vote was delayed because two members were sick, said one official in the chamber.";
        Found f = quoteWith(quotes(body), "vote was delayed");
        assertThat(f.content()).isEqualTo("The vote was delayed because two members were sick");
        assertThat(f.quote().speaker().mention().text(body)).contains("official");
    }

    @Test
    void closingAttributionWithAnApposition() {
        String body = "The new line could open next spring, said Tom Becker, a spokesman for the transit authority.";
        Found f = quoteWith(quotes(body), "new line");
        assertThat(f.content()).isEqualTo("The new line could open next spring");
        assertThat(f.speaker()).isEqualTo("Tom Becker");
    }

    @Test
    void clauseOpeningWithAnAdverb() {
        String body = "Helen Park says too little is known about the new virus.";
        Found f = quoteWith(quotes(body), "too little");
        assertThat(f.content()).isEqualTo("too little is known about the new virus");
        assertThat(f.speaker()).isEqualTo("Helen Park");
    }

    @Test
    void objectGoesOnPastAModifierAfterAComma() {
        // a token-pattern rule; the parse mode takes the object's subtree as the parser attaches it
        org.junit.jupiter.api.Assumptions.assumeFalse(useParse(), "token mode only");
        String body = "Mayor Ruth Adler criticized the new tax, imposed without a vote of the council.";
        Found f = quoteWith(quotes(body), "new tax");
        assertThat(f.content()).isEqualTo("the new tax, imposed without a vote of the council");
        assertThat(f.speaker()).isEqualTo("Ruth Adler");
    }

    @Test
    void semicolonEndsAReportedClause() {
        String body = "The budget office estimates that the plan would cost $40 billion; other groups put the cost "
                + "far higher.";
        Found f = quoteWith(quotes(body), "plan would cost");
        assertThat(f.content()).isEqualTo("that the plan would cost $40 billion");
    }

    @Test
    void closingAttributionToAStudy() {
        String body = "Farm incomes fell by a third over the decade, a new survey of rural households shows.";
        Found f = quoteWith(quotes(body), "Farm incomes");
        assertThat(f.content()).isEqualTo("Farm incomes fell by a third over the decade");
        assertThat(f.cue()).isEqualTo("shows");
        assertThat(f.quote().speaker().mention().text(body)).contains("survey");
    }

    @Test
    void anObjectEndsBeforeTheTimeAndMediumOfTheWords() {
        Found plan = quoteWith(quotes("Senator Maria Lopez rejected the zoning plan in a statement on Tuesday."),
                "zoning");
        assertThat(plan.content()).isEqualTo("the zoning plan");
        assertThat(plan.speaker()).isEqualTo("Maria Lopez");
        Found union = quoteWith(quotes("Governor Paul Brandt has not mentioned the union since the walkout in May."),
                "union");
        assertThat(union.content()).isEqualTo("the union");
        assertThat(union.speaker()).isEqualTo("Paul Brandt");
    }

    @Test
    void anObjectEndsBeforeADateButNotBeforeATopicAfterIt() {
        Found mayor = quoteWith(quotes("Senator Maria Lopez endorsed the mayor in early June."), "mayor");
        assertThat(mayor.content()).isEqualTo("the mayor");
        Found claim = quoteWith(quotes("The appeals court rejected the claim in a ruling issued Friday."), "claim");
        assertThat(claim.content()).isEqualTo("the claim");
    }

    @Test
    void aTopicAfterTheTimeOfTheActKeepsTheObjectWhole() {
        org.junit.jupiter.api.Assumptions.assumeFalse(useParse(), "token mode only: the parse attaches the topic");
        Found budget = quoteWith(quotes("Senator Maria Lopez criticized the mayor on Monday over his budget."), "mayor");
        assertThat(budget.content()).isEqualTo("the mayor on Monday over his budget");
    }

    @Test
    void aTimeInsideAnObjectsOwnClauseStays() {
        org.junit.jupiter.api.Assumptions.assumeFalse(useParse(), "token mode only");
        Found f = quoteWith(quotes("Mayor Ines Duarte criticized how the council spent the money in July."), "council");
        assertThat(f.content()).isEqualTo("how the council spent the money in July");
    }

    @Test
    void aClauseFrontedBeforeTheMainClauseEndsAtItsComma() {
        String body = "Although the mayor conceded that the budget was tight, she kept the public library open on Sundays.";
        Found f = quoteWith(quotes(body), "budget");
        assertThat(f.content()).isEqualTo("that the budget was tight");
        assertThat(f.cue()).isEqualTo("conceded");
    }

    @Test
    void aNewClauseAfterCommaAndIsNoLongerTheReportedOne() {
        String body = "Analysts at the bank said that exports would slow next year, and the shipyard has already "
                + "laid off 200 workers.";
        Found f = quoteWith(quotes(body), "exports");
        assertThat(f.content()).isEqualTo("that exports would slow next year");
    }

    @Test
    void anAppositionWithItsOwnRelativeClauseIsTheWriters() {
        String body = "Officials in Brussels say the money could be better spent on the coast guard, the agency that "
                + "patrols the southern sea border.";
        Found f = quoteWith(quotes(body), "money");
        assertThat(f.content()).isEqualTo("the money could be better spent on the coast guard");
        assertThat(f.speaker()).isEqualTo("Officials in Brussels");
    }

    @Test
    void anObjectRunsOverTheRestOfItsList() {
        org.junit.jupiter.api.Assumptions.assumeFalse(useParse(), "token mode only");
        String body = "Senator Ana Ruiz questioned the mayor's tactics, his budget and his judgment.";
        Found f = quoteWith(quotes(body), "tactics");
        assertThat(f.content()).isEqualTo("the mayor's tactics, his budget and his judgment");
        assertThat(f.speaker()).isEqualTo("Ana Ruiz");
    }

    @Test
    void anObjectEndsBeforeTheReasonAndTimeOfTheAct() {
        Found tunnel = quoteWith(quotes("Councillor Ruth Meyer opposed the tunnel because of its cost."), "tunnel");
        assertThat(tunnel.content()).isEqualTo("the tunnel");
        Found volunteers = quoteWith(quotes("Mayor Tom Reyes praised the volunteers when he visited the shelter."),
                "volunteers");
        assertThat(volunteers.content()).isEqualTo("the volunteers");
        assertThat(volunteers.speaker()).isEqualTo("Tom Reyes");
    }

    @Test
    void aFrontedClauseEndsBeforeTheMainClauseEvenWithoutAVerb() {
        String body = "After a federal judge found the new voting law unconstitutional, the state appealed the ruling.";
        Found f = quoteWith(quotes(body), "voting law");
        assertThat(f.content()).isEqualTo("the new voting law unconstitutional");
        assertThat(f.cue()).isEqualTo("found");
    }

    @Test
    void anAttitudeNounMakesItsTopicTheContent() {
        org.junit.jupiter.api.Assumptions.assumeFalse(useParse(), "token mode only");
        String body = "Senator Lena Ortiz expressed deep concern about the new mining permits.";
        Found f = quoteWith(quotes(body), "mining");
        assertThat(f.content()).isEqualTo("the new mining permits");
        assertThat(f.speaker()).isEqualTo("Lena Ortiz");
    }

    @Test
    void anAppositionAfterAPartyLabelIsTheWriters() {
        String body = "Aides said the governor will meet Ana Ruiz (D-Ohio), a former mayor of Dayton.";
        Found f = quoteWith(quotes(body), "governor");
        assertThat(f.content()).isEqualTo("the governor will meet Ana Ruiz (D-Ohio)");
    }

    @Test
    void objectWithAReducedRelativeClause() {
        org.junit.jupiter.api.Assumptions.assumeFalse(useParse(), "token mode only");
        String body = "Senator Grace Obi cited remarks Jones had made about the flood victims last spring.";
        Found f = quoteWith(quotes(body), "remarks");
        assertThat(f.content()).isEqualTo("remarks Jones had made about the flood victims last spring");
        assertThat(f.speaker()).isEqualTo("Grace Obi");
    }

    @Test
    void closingAttributionCoversOnlyItsOwnSentence() {
        String body = "Tomas Berger owns a ferry company on the lake.\n\n"
                + "The boats run on diesel from a depot in the harbor. Fuel costs have doubled since March, Berger said.";
        Found f = quoteWith(quotes(body), "doubled");
        assertThat(f.content()).isEqualTo("Fuel costs have doubled since March");
        assertThat(f.speaker()).isEqualTo("Tomas Berger");
    }

    @Test
    void aSecondThatClauseAfterButIsMoreOfTheStatement() {
        String body = "The governor said the state would fund the new clinic in Dayton, but that it could not pay for the road to it.";
        Found f = quoteWith(quotes(body), "new clinic");
        assertThat(f.content()).isEqualTo("the state would fund the new clinic in Dayton, but that it could not pay for the road to it");
    }

    @Test
    void aVerblessConcessiveAsideStaysInTheStatement() {
        String body = "The pollster said the senator could carry the small, though heavily Republican, counties in the north.";
        Found f = quoteWith(quotes(body), "senator could carry");
        assertThat(f.content()).isEqualTo("the senator could carry the small, though heavily Republican, counties in the north");
    }

    @Test
    void relativeClauseOfAnInvertedSubjectIsNoContent() {
        String body = "The bridge will reopen in May, said Carla Duarte, who heads the regional roads agency.";
        List<Found> found = quotes(body);
        Found f = quoteWith(found, "bridge will reopen");
        assertThat(f.content()).isEqualTo("The bridge will reopen in May");
        assertThat(f.speaker()).isEqualTo("Carla Duarte");
        assertThat(found).noneMatch(q -> q.content().contains("heads the regional"));
    }

    @Test
    void transcriptTurnInsideQuotationMarks() {
        String body = "The interview was broadcast on Sunday.\n\n"
                + "\"MORALES: We will not raise the fuel tax this year, and we will not cut school budgets.\n\n"
                + "\"HOST: Thank you for joining us today, minister.";
        Found f = quoteWith(quotes(body), "fuel tax");
        assertThat(f.content()).isEqualTo("We will not raise the fuel tax this year, and we will not cut school budgets.");
        assertThat(f.speaker()).isEqualToIgnoringCase("Morales");
    }

    @Test
    void nounOfStatementWithItsClause() {
        String body = "Few economists share Paul Meyer's belief that the new stadium would pay for itself within ten years.";
        Found f = quoteWith(quotes(body), "stadium");
        assertThat(f.content()).isEqualTo("that the new stadium would pay for itself within ten years");
        assertThat(f.cue()).isEqualTo("belief");
        assertThat(f.speaker()).isEqualTo("Paul Meyer");
    }

    @Test
    void nounWithARelativeClauseIsNoStatement() {
        String body = "The claim that was made on Monday drew little attention in the capital.";
        assertThat(quotes(body)).noneMatch(f -> "claim".equals(f.cue()));
    }

    @Test
    void signatureLinesAfterQuotationsOnTheirOwnLines() {
        String body = "Readers wrote to us about the flood.\n"
                + "“The river took our garden and half the road.” ― Ines Alvarez\n"
                + "“Nobody from the council came to see the damage.”― Tom Reyes\n";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "half the road").speaker()).isEqualTo("Ines Alvarez");
        assertThat(quoteWith(found, "Nobody from the council").speaker()).isEqualTo("Tom Reyes");
        assertThat(quoteWith(found, "Nobody from the council").quote().kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void reportedClauseEndsBeforeTheWritersAdditions() {
        String body = "Maria Holt said the dam would be finished by May, citing figures from the ministry. "
                + "Peter Lang said the council will meet Anna Berg, the head of the water board.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "dam would be finished").content()).isEqualTo("the dam would be finished by May");
        assertThat(quoteWith(found, "council will meet").content()).isEqualTo("the council will meet Anna Berg");
    }

    @Test
    void relativeClauseInsideTheSubjectStays() {
        String body = "Anna Kerr said that the bridge, which was built in 1920, needs new cables.";
        assertThat(quoteWith(quotes(body), "bridge").content())
                .isEqualTo("that the bridge, which was built in 1920, needs new cables");
    }

    @Test
    void aVerblessContentEndsBeforeTheCuesNextPredicate() {
        String body = "The mayor promised a review and left the meeting early. "
                + "The patient wanted to stay in the ward, but was sent home with a prescription.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "review").content()).isEqualTo("a review");
        assertThat(quoteWith(found, "ward").content()).isEqualTo("to stay in the ward");
    }

    @Test
    void coordinatedClauseWithItsOwnAttributionIsCutOff() {
        String body = "Farmers said the new rules would cost them dearly and officials argued that the rules were fair.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "cost them").content()).isEqualTo("the new rules would cost them dearly");
    }

    @Test
    void aCoordinatedAttributionWithAPollShareOrAPerfectIsCutOff() {
        String body = "Most farmers in the survey said the subsidy was too small and one in four said it came too late. "
                + "Several members said they would vote for the bill and others have said they are undecided.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "subsidy").content()).isEqualTo("the subsidy was too small");
        assertThat(quoteWith(found, "vote for").content()).isEqualTo("they would vote for the bill");
    }

    @Test
    void closingAttributionAfterAnOpeningPhrase() {
        String body = "After months of delays, the new station has finally met the safety standards, one city official said.";
        Found f = quoteWith(quotes(body), "safety standards");
        assertThat(f.content()).isEqualTo("After months of delays, the new station has finally met the safety standards");
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void headlineWithASourceAndAColon() {
        String body = "Warren: Bank Chiefs Should Face Criminal Charges\n\n"
                + "Senator Elizabeth Warren questioned the bank's chief executive on Tuesday.";
        Found f = quoteWith(quotes(body), "Bank Chiefs");
        assertThat(f.content()).isEqualTo("Bank Chiefs Should Face Criminal Charges");
        assertThat(f.speaker()).isEqualTo("Elizabeth Warren");
        assertThat(f.cue()).isEqualTo(":");
    }

    @Test
    void headlineLabelIsNoSource() {
        String body = "Breaking: Storm Closes Schools Across the County\n\nThe storm reached the coast on Monday.";
        assertThat(quotes(body)).noneMatch(f -> ":".equals(f.cue()));
    }

    @Test
    void relativeClauseWhoseVerbIsReported() {
        String body = "The new rules, which officials said will take effect in March, apply to all importers.";
        Found f = quoteWith(quotes(body), "take effect");
        assertThat(f.content()).isEqualTo("will take effect in March");
        assertThat(f.cue()).isEqualTo("said");
        assertThat(f.speaker()).isEqualTo("officials");
    }

    @Test
    void asTheSourceSaidWithTheClauseAfterTheComma() {
        String body = "As Maria Holt said, the harbour will need a new wall before the winter storms.";
        Found f = quoteWith(quotes(body), "harbour");
        assertThat(f.content()).isEqualTo("the harbour will need a new wall before the winter storms");
        assertThat(f.speaker()).isEqualTo("Maria Holt");
    }

    @Test
    void regardingSomethingAsSomethingIsAThought() {
        String body = "Governor Anna Kerr sees the new tunnel as a way to win back commuters.";
        Found f = quoteWith(quotes(body), "tunnel");
        assertThat(f.content()).isEqualTo("the new tunnel as a way to win back commuters");
        assertThat(f.speaker()).isEqualTo("Anna Kerr");
        assertThat(f.quote().attribution()).isEqualTo(Attribution.THOUGHT);
        assertThat(quotes("Anna Kerr saw the doctor on Monday.")).isEmpty();
    }

    @Test
    void participleModifyingANounIsNoCue() {
        String body = "The party counts its pledged delegates. Officials from the party met on Monday.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void intentionsAreMarkedAsSuch() {
        String body = "Mayor Tom Reyes plans to close the old bridge in June. He said the repairs would cost too much.";
        List<Found> found = quotes(body);
        Found plan = quoteWith(found, "close the old bridge");
        assertThat(plan.speaker()).isEqualTo("Tom Reyes");
        assertThat(plan.quote().attribution()).isEqualTo(Attribution.INTENTION);
        assertThat(quoteWith(found, "repairs would cost").quote().attribution()).isEqualTo(Attribution.SPEECH);
    }

    @Test
    void beliefsAreThoughts() {
        String body = "Economist Paul Meyer believes the stadium will never pay for itself.";
        Found f = quoteWith(quotes(body), "stadium");
        assertThat(f.quote().attribution()).isEqualTo(Attribution.THOUGHT);
    }

    @Test
    void attributionAfterOnlyFunctionWordsKeepsTheClauseAfterIt() {
        String body = "Howard Dean spoke at the meeting. All of which, he said, would help restore confidence in the party.";
        Found f = quoteWith(quotes(body), "restore confidence");
        assertThat(f.content()).isEqualTo("would help restore confidence in the party");
        assertThat(f.speaker()).isEqualTo("Howard Dean");
    }

    @Test
    void refusalWithItsInfinitive() {
        List<Found> found = quotes("Through a spokesman, Governor Paul Baker declined to comment. Coal exports declined sharply.");
        Found f = quoteWith(found, "to comment");
        assertThat(f.content()).isEqualTo("to comment");
        assertThat(f.speaker()).isEqualTo("Paul Baker");
        assertThat(found).noneMatch(q -> q.content().contains("sharply"));
    }

    @Test
    void interviewTranscriptTurns() {
        String body = "We spoke with the farmer in her kitchen.\n\n"
                + "Q: How did the drought change your plans for the spring?\n\n"
                + "A: We sold half of the herd and planted barley instead of corn.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "sold half of the herd").cue()).isEqualTo(":");
        assertThat(quoteWith(found, "drought change").quote().kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void passiveCueWithItsAgent() {
        String body = "The plan to close the rail depot was rejected by the city council in March.";
        Found f = quoteWith(quotes(body), "rail depot");
        assertThat(f.content()).isEqualTo("The plan to close the rail depot");
        assertThat(f.cue()).isEqualTo("rejected");
        assertThat(f.speaker()).isEqualTo("the city council");
    }

    @Test
    void asTheSourcePointedOutInTheMiddleOfTheSentence() {
        String body = "The valley, as one of the county's engineers pointed out, has flooded almost every spring.";
        List<Found> found = quotes(body);
        Found f = quoteWith(found, "flooded almost every spring");
        assertThat(f.speaker()).isEqualTo("one of the county's engineers");
        assertThat(quoteWith(found, "The valley").quote().cue()).isEqualTo(f.quote().cue());
    }

    @Test
    void stanceOnANameAloneAndInARelativeClause() {
        List<Found> found = quotes("The farmers who support Baker live in the valley. Mayor Ana Ruiz endorsed Baker.");
        Found endorsed = found.stream().filter(f -> "endorsed".equals(f.cue())).findFirst().orElseThrow();
        assertThat(endorsed.content()).isEqualTo("Baker");
        assertThat(endorsed.speaker()).isEqualTo("Ana Ruiz");
        Found support = found.stream().filter(f -> "support".equals(f.cue())).findFirst().orElseThrow();
        assertThat(support.quote().speaker().mention().text(support.body())).isEqualTo("who");
        assertThat(support.speaker()).contains("farmers");
    }

    @Test
    void sentenceFramedByAPoll() {
        List<Found> found = quotes("In a county survey last month, most farmers expected a poor harvest.");
        Found f = quoteWith(found, "poor harvest");
        assertThat(f.cue()).isEqualTo("In");
        assertThat(f.speaker()).isEqualTo("a county survey");
        assertThat(quotes("In the morning, the farmers went to the market.")).isEmpty();
    }

    @Test
    void titleCaseHeadlineWithItsCue() {
        String body = "Governor Anna Kerr Calls for New Inquiry Into Harbour Contracts\n\nThe governor spoke in Portland.";
        Found f = quoteWith(quotes(body), "Harbour Contracts");
        assertThat(f.cue()).isEqualTo("Calls");
        assertThat(f.content()).isEqualTo("New Inquiry Into Harbour Contracts");
        assertThat(f.speaker()).isEqualTo("Anna Kerr");
    }

    @Test
    void attributionInsideANonRestrictiveRelativeClause() {
        String body = "The park is near the old stadium, which, Ines Alvarez said, is usually full of families on Sundays.";
        List<Found> found = quotes(body);
        assertThat(found).noneMatch(f -> f.content().contains("The park"));
        assertThat(quoteWith(found, "usually full").speaker()).isEqualTo("Ines Alvarez");
    }

    @Test
    void timeAfterTheCueIsNoContent() {
        String body = "“We will win the county,” Maria Holt said last week.";
        assertThat(quotes(body)).noneMatch(f -> f.content().equals("last week"));
    }

    @Test
    void theWritersImpressionWithSeemsToIsAThoughtWithoutSpeaker() {
        String body = "Shop owners along the river appear to have lost patience with the council's flood plans.";
        Found f = quoteWith(quotes(body), "lost patience");
        assertThat(f.content()).isEqualTo("Shop owners along the river appear to have lost patience with the council's flood plans");
        assertThat(f.cue()).isEqualTo("appear");
        assertThat(f.speaker()).isNull();
        assertThat(f.quote().attribution()).isEqualTo(Attribution.THOUGHT);
        assertThat(quotes("The harbour master appeared on local radio on Sunday morning.")).isEmpty();
    }

    @Test
    void outliningAPlanReportsItsObject() {
        String body = "At a breakfast in Leeds on Friday, the transport minister outlined a plan to reopen two rural rail lines.";
        Found f = quoteWith(quotes(body), "rural rail lines");
        assertThat(f.cue()).isEqualTo("outlined");
        assertThat(f.content()).startsWith("a plan to reopen");
        assertThat(f.speaker()).isEqualTo("the transport minister");
    }

    @Test
    void anAdjunctOfPlaceOrTimeBetweenTheCueAndItsClause() {
        Found f = quoteWith(quotes("The senator says at a town hall in Dayton, Ohio, that the plant will stay open."), "plant");
        assertThat(f.content()).isEqualTo("that the plant will stay open");
        assertThat(f.speaker()).isEqualTo("The senator");
        Found g = quoteWith(quotes("The governor said after the meeting he would not sign the budget."), "budget");
        assertThat(g.content()).isEqualTo("he would not sign the budget");
        assertThat(g.speaker()).isEqualTo("The governor");
    }

    @Test
    void aPronounAfterATopicIsARelativeClauseNotTheReportedOne() {
        // token mode only: with a parse, the parser's reading of the relative clause decides
        Assumptions.assumeFalse(useParse(), "the parse decides what the relative clause belongs to");
        String body = "The tenants insisted on a landlord they could reach by phone.";
        assertThat(quotes(body)).noneMatch(f -> f.content().equals("they could reach by phone"));
    }

    @Test
    void aFramingVerbWithAThatClauseOrATopicAfterTo() {
        Found f = quoteWith(quotes("The harbour master pointed out that the pier had been closed twice this year."), "pier");
        assertThat(f.content()).isEqualTo("that the pier had been closed twice this year");
        assertThat(f.speaker()).isEqualTo("The harbour master");
        Found g = quoteWith(quotes("Opponents of the plan pointed to the rising cost of the new ferry terminal."), "ferry");
        assertThat(g.content()).isEqualTo("the rising cost of the new ferry terminal");
        assertThat(g.cue()).isEqualTo("pointed");
    }

    @Test
    void anImpersonalPassiveOfSayingHasNoSpeaker() {
        Found f = quoteWith(quotes("The club's chairman is said to favour a second vote on the merger."), "second vote");
        assertThat(f.content()).isEqualTo("The club's chairman is said to favour a second vote on the merger");
        assertThat(f.cue()).isEqualTo("said");
        assertThat(f.speaker()).isNull();
    }

    @Test
    void reportedlyAttributesItsClauseToNoOneNamed() {
        Found f = quoteWith(quotes("The ferry company is reportedly considering a bid for its main rival."), "bid");
        assertThat(f.content()).isEqualTo("The ferry company is reportedly considering a bid for its main rival");
        assertThat(f.cue()).isEqualTo("reportedly");
        assertThat(f.speaker()).isNull();
        // with a verb of saying, the verb is the cue and its subject the speaker
        Found g = quoteWith(quotes("The coach reportedly told his players that he would leave in June."), "leave");
        assertThat(g.cue()).isEqualTo("told");
        assertThat(g.speaker()).isEqualTo("The coach");
    }

    @Test
    void verbPhrasesOfSayingReportTheirObjectOrClause() {
        Found f = quoteWith(quotes("The dockers' union took issue with the company's plan to close the old terminal."), "terminal");
        assertThat(f.cue()).isEqualTo("took issue with");
        assertThat(f.content()).isEqualTo("the company's plan to close the old terminal");
        assertThat(f.speaker()).isEqualTo("The dockers' union");
        Found g = quoteWith(quotes("The council leader made it clear that she would not stand again."), "stand again");
        assertThat(g.cue()).isEqualTo("made it clear");
        assertThat(g.content()).isEqualTo("that she would not stand again");
        assertThat(quotes("The bakers made the bread for the fair on Sunday.")).isEmpty();
    }

    @Test
    void nounOfStanceWithItsPrepositionalObject() {
        String body = "Maria Holt's criticism of the pipeline plan drew a sharp reply from the governor's office.";
        Found f = quoteWith(quotes(body), "pipeline");
        assertThat(f.cue()).isEqualTo("criticism");
        assertThat(f.content()).isEqualTo("the pipeline plan");
        assertThat(f.speaker()).isEqualTo("Maria Holt");
    }

    @Test
    void nounOfStanceAfterAPossessivePronoun() {
        String body = "Anna Berg spoke to reporters on Monday. Her criticism of the transit agency was blunt.";
        Found f = quoteWith(quotes(body), "transit agency");
        assertThat(f.content()).isEqualTo("the transit agency");
        assertThat(f.speaker()).isEqualTo("Anna Berg");
    }

    @Test
    void objectHoldsTheVerbOfItsOwnClauseOnly() {
        String body = "Questions about how the harbour fund was managed lingered for months.";
        Found f = quoteWith(quotes(body), "harbour fund");
        assertThat(f.cue()).isEqualTo("Questions");
        assertThat(f.content()).isEqualTo("how the harbour fund was managed");
    }

    @Test
    void lightVerbGivesTheNounItsSpeaker() {
        String body = "Union leaders shared concerns about the pension reform at the rally.";
        Found f = quoteWith(quotes(body), "pension reform");
        assertThat(f.cue()).isEqualTo("concerns");
        assertThat(f.speaker()).isEqualTo("Union leaders");
        assertThat(f.quote().attribution()).isEqualTo(Attribution.THOUGHT);
    }

    @Test
    void adjectiveOfStanceAfterALinkingVerb() {
        String body = "Tom Reyes was critical of the new budget deal. Council members are eager to reopen the talks.";
        List<Found> found = quotes(body);
        Found critical = quoteWith(found, "budget deal");
        assertThat(critical.cue()).isEqualTo("critical");
        assertThat(critical.content()).isEqualTo("the new budget deal");
        assertThat(critical.speaker()).isEqualTo("Tom Reyes");
        Found eager = quoteWith(found, "reopen");
        assertThat(eager.content()).isEqualTo("to reopen the talks");
        assertThat(eager.speaker()).isEqualTo("Council members");
        assertThat(eager.quote().attribution()).isEqualTo(Attribution.INTENTION);
    }

    @Test
    void violenceAndAttributiveAdjectivesAreNoStance() {
        String body = "The attack on the embassy killed two guards. The worried voters of the town lined up early.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void whoFacesAStanceDoesNotHoldIt() {
        String body = "The mayor faced questions about the stadium deal at the council meeting.";
        Found f = quoteWith(quotes(body), "stadium deal");
        assertThat(f.cue()).isEqualTo("questions");
        assertThat(f.speaker()).isNull();
    }

    @Test
    void oneWordObjectOfANounOfStance() {
        String body = "Tom Reyes spoke first at the forum. His attacks on Berg drew loud cheers.";
        Found f = quoteWith(quotes(body), "Berg");
        assertThat(f.cue()).isEqualTo("attacks");
        assertThat(f.content()).isEqualTo("Berg");
        assertThat(f.speaker()).isEqualTo("Tom Reyes");
    }

    @Test
    void adjectiveOfStanceAfterItsNounWithoutAVerb() {
        String body = "Organisers met ferry workers reluctant to accept the new shift rota.";
        Found f = quoteWith(quotes(body), "shift rota");
        assertThat(f.cue()).isEqualTo("reluctant");
        assertThat(f.speaker()).isEqualTo("ferry workers");
    }

    @Test
    void aQuestionOpeningTheSentenceIsNotReportedByTheAnswer() {
        String body = "The harbour master met fishermen on Monday. Asked if the port could survive another closed "
                + "season, the harbour master said no.";
        List<Found> found = quotes(body);
        Found question = quoteWith(found, "could survive another closed season");
        assertThat(question.cue()).isEqualTo("Asked");
        assertThat(question.quote().within()).isNull();
        assertThat(found).noneMatch(f -> "said".equals(f.cue()) && f.content().contains("Asked"));
    }

    @Test
    void aQuestionAskedWithAnAdjunctBeforeItIsTheAskedContent() {
        String body = "The governor toured the flooded valley. Asked during a radio interview on Monday whether the levee "
                + "would hold, the governor said engineers were confident.";
        List<Found> found = quotes(body);
        Found question = quoteWith(found, "the levee would hold");
        assertThat(question.cue()).isEqualTo("Asked");
        assertThat(question.content()).startsWith("whether");
    }

    @Test
    void castingSomethingAsSomethingIsAStanceButRankingAloneIsNot() {
        String body = "Opposition councillors cast the new stadium as a giveaway to developers. "
                + "The city ranked third in the regional survey.";
        List<Found> found = quotes(body);
        Found stance = quoteWith(found, "a giveaway to developers");
        assertThat(stance.cue()).isEqualTo("cast");
        assertThat(stance.speaker()).isEqualTo("Opposition councillors");
        assertThat(found).noneMatch(f -> "ranked".equals(f.cue()));
    }

    @Test
    void aClauseWithItsOwnCueIsNotTheContentOfALaterClosingCue() {
        String body = "Six in ten dock workers said the union leader is honest, and half said the same of his deputy.";
        List<Found> found = quotes(body);
        Found first = quoteWith(found, "union leader is honest");
        assertThat(first.cue()).isEqualTo("said");
        assertThat(first.content()).doesNotStartWith("Six in ten");
        assertThat(first.quote().within()).isNull();
    }

    @Test
    void theAskerAfterByPutsTheQuestion() {
        String body = "The harbour master met fishermen on Monday. Asked by reporters whether the port would close "
                + "for the winter, the harbour master shook his head.";
        Found question = quoteWith(quotes(body), "the port would close");
        assertThat(question.cue()).isEqualTo("Asked");
        assertThat(question.content()).isEqualTo("whether the port would close for the winter");
        assertThat(question.speaker()).isEqualTo("reporters");
    }

    @Test
    void aQuoteResumedAfterItsAttributionSharesItsCueNotTheNextStatements() {
        String body = "\"The bridge has been closed for a decade,\" said Maria Lopez, a county engineer, \"and "
                + "the repairs will take two more years. We simply do not have the crews.\" Last week, she said, the "
                + "county asked the state for help.";
        List<Found> found = quotes(body);
        Found first = quoteWith(found, "closed for a decade");
        Found second = quoteWith(found, "the repairs will take");
        assertThat(second.quote().cue()).isEqualTo(first.quote().cue());
        assertThat(second.speaker()).isEqualTo("Maria Lopez");
    }

    @Test
    void aQuoteOpeningTheNextSentenceContinuesTheAttributedOne() {
        String body = "\"We are a small newsroom, and we are covering three elections,\" said Tom Baker, the paper's "
                + "editor. \"Our reporters work every weekend.\" Later, he said, the paper would hire two interns.";
        List<Found> found = quotes(body);
        Found first = quoteWith(found, "small newsroom");
        Found second = quoteWith(found, "every weekend");
        assertThat(second.quote().cue()).isEqualTo(first.quote().cue());
    }

    @Test
    void aReportedClauseRunsToTheClosingMarkOfTheQuotationItOpens() {
        String body = "The mayor said the council would \"fix every pothole on Main Street. We will not rest until "
                + "the job is done.\" Residents were skeptical.";
        Found f = quoteWith(quotes(body), "the council would");
        assertThat(f.content()).endsWith("the job is done.\"");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void aQuotationAfterThatAndACommaIsPartOfTheReportedClause() {
        String body = "The governor's office said that, \"Of course the state will appeal the ruling\" before the "
                + "deadline next month.";
        Found f = quoteWith(quotes(body), "appeal the ruling");
        assertThat(f.content()).startsWith("that");
        assertThat(f.content()).contains("deadline next month");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void aQuotedPhraseAfterTheObjectOfAFramingVerbJoinsTheContent() {
        String body = "The prime minister hailed the decision to close the coal plants as \"a turning point for the "
                + "country.\"";
        Found f = quoteWith(quotes(body), "coal plants");
        assertThat(f.content()).contains("the coal plants as \"a turning point");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void aReportedClauseBeforeACommaAndAQuotationIsOneMixedStatement() {
        String body = "Ana Ruiz said the new bridge would open in the spring, \u201cwell ahead of schedule.\u201d";
        Found f = quoteWith(quotes(body), "ahead of schedule");
        assertThat(f.content()).isEqualTo("the new bridge would open in the spring, \u201cwell ahead of schedule.\u201d");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(f.cue()).isEqualTo("said");
        assertThat(f.speaker()).isEqualTo("Ana Ruiz");
    }

    @Test
    void aCueWithOnlyItsTimeBeforeACommaKeepsTheQuotationDirect() {
        String body = "Ana Ruiz said on Monday, \u201cThe bridge will open in the spring.\u201d";
        Found f = quoteWith(quotes(body), "The bridge will open");
        assertThat(f.content()).isEqualTo("The bridge will open in the spring.");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aParticipleAfterTheCommaInsideAClosingMarkIsTheWritersAddition() {
        String body = "Ana Ruiz said the housing agency was \"broken,\" noting that its director had resigned in May.";
        Found f = quoteWith(quotes(body), "broken");
        assertThat(f.content()).isEqualTo("the housing agency was \"broken,\"");
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void aPartialQuoteEndsAtTheCommaInsideItsClosingMarkBeforeAParticiple() {
        Assumptions.assumeFalse(useParse(), "with a parse, the subtree of the framing verb bounds the phrase");
        String body = "Critics called the parking plan \"reckless,\" saying it would ruin the old town.";
        Found f = quoteWith(quotes(body), "reckless");
        assertThat(f.content()).isEqualTo("the parking plan \"reckless,\"");
        assertThat(f.cue()).isEqualTo("called");
    }

    @Test
    void aPartialQuoteEndsBeforeACoordinatedClauseWithAPossessiveSubject() {
        Assumptions.assumeFalse(useParse(), "with a parse, the subtree of the framing verb bounds the phrase");
        String body = "Critics called the parking plan \"reckless\" and their lawyers have asked a judge to halt it.";
        Found f = quoteWith(quotes(body), "reckless");
        assertThat(f.content()).isEqualTo("the parking plan \"reckless\"");
    }

    @Test
    void aPartialQuoteEndsAtAnEnDash() {
        Assumptions.assumeFalse(useParse(), "with a parse, the subtree of the framing verb bounds the phrase");
        String body = "Critics called the parking plan \"reckless\" \u2013 a charge the mayor rejects.";
        Found f = quoteWith(quotes(body), "reckless");
        assertThat(f.content()).isEqualTo("the parking plan \"reckless\"");
    }

    @Test
    void aLongAttributionAfterAQuestionMarkStillAttributesTheQuestion() {
        String body = "The vote was close.\n\n\"Does anyone here check the facts?\" said Ben Olsen, a county delegate and "
                + "party member who has accused rival volunteers of tearing down his signs.";
        Found f = quoteWith(quotes(body), "check the facts");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(f.cue()).isEqualTo("said");
        assertThat(f.speaker()).isEqualTo("Ben Olsen");
    }

    @Test
    void aQuotationResumedAfterALongAttributionSentenceSharesItsCue() {
        String body = "The bridge closed in May.\n\n\"We have seen worse storms, but not in recent years,\" said an engineer "
                + "who was not authorized to speak publicly on the repairs to the bridge. \"The work will take months.\"";
        List<Found> found = quotes(body);
        Found first = quoteWith(found, "worse storms");
        Found second = quoteWith(found, "take months");
        assertThat(first.cue()).isEqualTo("said");
        assertThat(second.quote().cue()).isEqualTo(first.quote().cue());
    }

    @Test
    void aQuotedPredicateTakesTheSubjectBeforeItsMarks() {
        String body = "The vote was close.\n\nThe new parking plan, \"is a step backwards for the old town,\" Ana Ruiz said.";
        Found f = quoteWith(quotes(body), "step backwards");
        assertThat(f.content()).isEqualTo("The new parking plan, \"is a step backwards for the old town,\"");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(f.speaker()).isEqualTo("Ana Ruiz");
    }

    @Test
    void aSubjectBeforeAnAsideAttributionIsAPieceOfTheQuotedPredicate() {
        String body = "Ana Ruiz toured the site.\n\nThe old bridge, she said, \"is safe for now but will need repairs.\"";
        List<Found> found = quotes(body);
        Found predicate = quoteWith(found, "safe for now");
        Found subject = quoteWith(found, "The old bridge");
        assertThat(subject.content()).isEqualTo("The old bridge");
        assertThat(subject.quote().cue()).isEqualTo(predicate.quote().cue());
    }

    @Test
    void aReportedClauseBeforeAColonAndAQuotationIsOneMixedStatement() {
        String body = "Ana Ruiz said the town needs one thing from its next mayor: \u201cPatience, and a lot of it.\u201d";
        Found f = quoteWith(quotes(body), "Patience");
        assertThat(f.content()).startsWith("the town needs one thing");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void aPartialQuoteEndsBeforeTheWritersWhichClause() {
        Assumptions.assumeFalse(useParse(), "with a parse, the subtree of the framing verb bounds the phrase");
        String body = "The review board called the bridge \"structurally sound,\" which is its highest rating.";
        Found f = quoteWith(quotes(body), "structurally sound");
        assertThat(f.content()).isEqualTo("the bridge \"structurally sound,\"");
    }

    @Test
    void adjectiveOfStanceBeforeAThatClauseOrItsPreposition() {
        String body = "The council members were optimistic that the vote would pass next week. Farmers in the valley "
                + "remain angry about the new water rules.";
        List<Found> found = quotes(body);
        Found optimistic = quoteWith(found, "vote would pass");
        assertThat(optimistic.cue()).isEqualTo("optimistic");
        assertThat(optimistic.content()).startsWith("that the vote would pass");
        assertThat(optimistic.speaker()).isEqualTo("The council members");
        assertThat(optimistic.quote().attribution()).isEqualTo(Attribution.THOUGHT);
        Found angry = quoteWith(found, "water rules");
        assertThat(angry.cue()).isEqualTo("angry");
        assertThat(angry.content()).isEqualTo("the new water rules");
    }

    @Test
    void aParticipleOfStanceAfterBeIsHeldByItsSubjectNotAPassive() {
        String body = "Local teachers were frustrated that the state cut funds for the school.";
        Found f = quoteWith(quotes(body), "state cut funds");
        assertThat(f.cue()).isEqualTo("frustrated");
        assertThat(f.speaker()).isEqualTo("Local teachers");
    }

    @Test
    void aParticipleAfterAnInvertedSaidIsDoneByTheSubjectAfterSaid() {
        // two of them: the token patterns must find both subjects, a parse is spent on one sentence at most
        String body = "The council met on Monday.\n\n\"We cannot keep paying for this,\" said city treasurer Mary "
                + "Jones, referring to the new stadium deal.\n\n\"It is the kind of thing voters care about,\" said "
                + "former Ohio Gov. Jim Reed, a Smith backer, referring to the price of grain.";
        List<Found> found = quotes(body);
        Found deal = quoteWith(found, "stadium deal");
        assertThat(deal.cue()).isEqualTo("referring");
        assertThat(deal.speaker()).isEqualTo("Mary Jones");
        Found issues = quoteWith(found, "price of grain");
        assertThat(issues.cue()).isEqualTo("referring");
        assertThat(issues.speaker()).isEqualTo("Jim Reed");
    }

    @Test
    void aPhrasalVerbOfStanceReportsItsObject() {
        String body = "Senator Ann Lee lashed out at the governor's budget plan on Tuesday. Mayor Tom Reyes agreed "
                + "with the senator about the cuts.";
        List<Found> found = quotes(body);
        Found lashed = quoteWith(found, "budget plan");
        assertThat(lashed.cue()).isEqualTo("lashed out at");
        assertThat(lashed.content()).startsWith("the governor's budget plan");
        assertThat(lashed.speaker()).isEqualTo("Ann Lee");
        Found agreed = quoteWith(found, "about the cuts");
        assertThat(agreed.cue()).isEqualTo("agreed with");
        assertThat(agreed.speaker()).isEqualTo("Tom Reyes");
    }

    @Test
    void aVerbWithThePrepositionOfItsTopicReportsIt() {
        String body = "Mayor Tom Reyes hinted at a new tax on hotel rooms during the meeting.";
        Found f = quoteWith(quotes(body), "hotel rooms");
        assertThat(f.cue()).isEqualTo("hinted at");
        assertThat(f.content()).startsWith("a new tax on hotel rooms");
        assertThat(f.speaker()).isEqualTo("Tom Reyes");
    }

    @Test
    void respondingToAndRippingReportTheirObject() {
        String body = "Mayor Tom Reyes ripped the council's parking plan on Monday. Jane Doe did not respond to the "
                + "mayor's questions about the garage.";
        List<Found> found = quotes(body);
        Found ripped = quoteWith(found, "parking plan");
        assertThat(ripped.cue()).isEqualTo("ripped");
        assertThat(ripped.speaker()).isEqualTo("Tom Reyes");
        Found respond = quoteWith(found, "questions about the garage");
        assertThat(respond.cue()).isEqualTo("respond to");
        assertThat(respond.speaker()).isEqualTo("Jane Doe");
    }

    @Test
    void chidingSomeoneIsAStance() {
        String body = "Senator Ann Lee chided the mayor for the long delays at the new bridge.";
        Found f = quoteWith(quotes(body), "the mayor");
        assertThat(f.cue()).isEqualTo("chided");
        assertThat(f.speaker()).isEqualTo("Ann Lee");
    }

    @Test
    void respondingToOpeningASentenceIsAnAdjunctOfItsCue() {
        String body = "Responding to the council's vote, Mayor Tom Reyes said the garage would open in May.";
        List<Found> found = quotes(body);
        assertThat(found).extracting(Found::cue).doesNotContain("Responding to");
        assertThat(quoteWith(found, "garage would open").cue()).isEqualTo("said");
    }

    @Test
    void saidYesOrNoReportsTheAnswer() {
        // token mode only: the parser attaches "no" as a modifier of "said", not as its object
        Assumptions.assumeFalse(useParse(), "token mode only");
        String body = "The board asked the members whether the club should move. Mayor Tom Reyes said no.";
        Found f = quoteWith(quotes(body), "no");
        assertThat(f.content()).isEqualTo("no");
        assertThat(f.cue()).isEqualTo("said");
        assertThat(f.speaker()).isEqualTo("Tom Reyes");
    }

    @Test
    void aGerundOpeningTheReportedClauseIsItsSubject() {
        String body = "The coach said losing the final would hurt the club for years.";
        Found f = quoteWith(quotes(body), "losing the final");
        assertThat(f.content()).isEqualTo("losing the final would hurt the club for years");
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void aClauseAfterAPredeterminerIsReported() {
        String body = "Engineers suggest such a bridge could collapse in a strong storm.";
        Found f = quoteWith(quotes(body), "such a bridge");
        assertThat(f.content()).isEqualTo("such a bridge could collapse in a strong storm");
    }

    @Test
    void anObjectKeepsItsRelativeClauseWithoutThat() {
        Assumptions.assumeFalse(useParse(), "the parse decides the object's extent");
        String body = "The chairman praised the progress the committee has made since the spring.";
        Found f = quoteWith(quotes(body), "the progress");
        assertThat(f.content()).isEqualTo("the progress the committee has made since the spring");
    }

    @Test
    void aCircumstanceWithoutAClauseAfterWhileStaysInTheStatement() {
        Assumptions.assumeFalse(useParse(), "the parse decides the clause's extent");
        String body = "The inspector said the manager ignored the safety rules while running the plant.";
        Found f = quoteWith(quotes(body), "the manager ignored");
        assertThat(f.content()).isEqualTo("the manager ignored the safety rules while running the plant");
    }

    @Test
    void aConjunctionInsideTheSubjectOfTheReportedClauseDoesNotEndIt() {
        Assumptions.assumeFalse(useParse(), "the parse decides the clause's extent");
        String body = "The analyst said that the results in Ohio and Michigan show a tight race.";
        Found f = quoteWith(quotes(body), "the results in Ohio");
        assertThat(f.content()).isEqualTo("that the results in Ohio and Michigan show a tight race");
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void aSecondThatClauseAfterButBelongsToTheSameCue() {
        Assumptions.assumeFalse(useParse(), "the parse decides the clause's extent");
        String body = "The senator said the state must repair its roads, but that she would not support a new tax.";
        Found f = quoteWith(quotes(body), "repair its roads");
        assertThat(f.content()).isEqualTo("the state must repair its roads, but that she would not support a new tax");
    }

    @Test
    void aPlanCoordinatedAfterTheReportedClauseIsPartOfIt() {
        Assumptions.assumeFalse(useParse(), "the parse decides the clause's extent");
        String body = "The director said the studio had finished the script, but hasn't decided who will play the lead.";
        Found f = quoteWith(quotes(body), "finished the script");
        assertThat(f.content()).isEqualTo("the studio had finished the script, but hasn't decided who will play the lead");
    }

    @Test
    void aSecondActOfTheSpeakerAfterAnObjectIsNotPartOfIt() {
        String body = "The reporter asked the mayor about the budget and decided against pressing him on taxes.";
        Found f = quoteWith(quotes(body), "the budget");
        assertThat(f.content()).doesNotContain("decided");
    }

    @Test
    void aPartSingledOutAfterACommaStaysInTheObject() {
        Assumptions.assumeFalse(useParse(), "the parse decides the object's extent");
        String body = "The mayor Ana Ruiz praised the new bus lines, especially for workers on night shifts.";
        Found f = quoteWith(quotes(body), "the new bus lines");
        assertThat(f.content()).isEqualTo("the new bus lines, especially for workers on night shifts");
    }

    @Test
    void aPairedSubjectOpensTheReportedClause() {
        String body = "The spokesman says neither the governor nor his staff helped the donor win a contract.";
        Found f = quoteWith(quotes(body), "the governor");
        assertThat(f.content()).isEqualTo("neither the governor nor his staff helped the donor win a contract");
    }

    @Test
    void aNounCueContentStopsBeforeTheMainClausePredicate() {
        String body = "The mayor's claim that the bridge was unsafe has delayed the repairs for months.";
        Found f = quoteWith(quotes(body), "the bridge was unsafe");
        assertThat(f.content()).isEqualTo("that the bridge was unsafe");
        assertThat(f.cue()).isEqualTo("claim");
    }

    @Test
    void aNounCueContentEndsBeforeADespiteFrame() {
        String body = "The campaign faced the suggestion that the senator was a poor manager, despite the fact that "
                + "his office balanced its budget.";
        Found f = quoteWith(quotes(body), "poor manager");
        assertThat(f.content()).isEqualTo("that the senator was a poor manager");
    }

    @Test
    void aReportedClauseInAFrontedClauseAfterAConjunctionEndsBeforeTheMainClause() {
        String body = "The council met on Monday. But if the mayor implied that the budget would shrink, she did not "
                + "name a single program.";
        Found f = quoteWith(quotes(body), "the budget would shrink");
        assertThat(f.content()).isEqualTo("that the budget would shrink");
    }

    @Test
    void aReportedClauseInAFrontedPrepositionalPhraseEndsBeforeTheMainClause() {
        String body = "In addition to claiming that the new tax was illegal, the group sued the city for damages.";
        Found f = quoteWith(quotes(body), "the new tax was illegal");
        assertThat(f.content()).isEqualTo("that the new tax was illegal");
    }

    @Test
    void wouldLikeToIsAnIntention() {
        String body = "Mayor Tom Reyes would like to close the old bridge before the winter storms.";
        Found f = quoteWith(quotes(body), "close the old bridge");
        assertThat(f.speaker()).isEqualTo("Tom Reyes");
        assertThat(f.cue()).isEqualTo("like");
        assertThat(f.quote().attribution()).isEqualTo(Attribution.INTENTION);
    }

    @Test
    void trailingQuotationTakesTheCueWhoseClauseHoldsTheNearerCue() {
        String body = "Mayor Tom Reyes said the council asks too much of residents, \u201cand gives them too little back.\u201d";
        Found f = quoteWith(quotes(body), "gives them too little");
        assertThat(f.cue()).isEqualTo("said");
        assertThat(f.speaker()).isEqualTo("Tom Reyes");
    }

    @Test
    void aSecondParticipleAfterAParticipleCueIsTheSpeakersNextAct() {
        String body = "Mayor Tom Reyes spent Monday touring the harbor, criticizing the new port fees and "
                + "promising to visit the docks again next spring.";
        Found f = quoteWith(quotes(body), "the new port fees");
        assertThat(f.content()).isEqualTo("the new port fees");
    }

    @Test
    void quotationAfterAMixedQuoteInItsParagraphContinuesThatStatement() {
        String body = "The council met on Monday. Yet the new budget is also a \u201creal gamble,\u201d Mayor Tom Reyes said. "
                + "\u201cNobody knows how the voters will react to the cuts.\u201d";
        List<Found> found = quotes(body);
        Found mixed = quoteWith(found, "real gamble");
        Found next = quoteWith(found, "voters will react");
        assertThat(mixed.quote().kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(next.speaker()).isEqualTo("Tom Reyes");
        assertThat(next.quote().cue()).isEqualTo(mixed.quote().cue());
    }

    @Test
    void aClauseBeforeAnImperativeIsNoClosingAttribution() {
        String body = "If the ferry is full, please take the bus timetable I wrote for visitors.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("the ferry is full"));
    }

    @Test
    void aFrontedClauseWithoutAMainClauseIsNoClosingContent() {
        String body = "The plant closed in May. When the owners offered a new contract in June, the workers said no.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("the owners offered"));
    }

    @Test
    void aFrontedPhraseBeforeAPassiveIsNoClosingContent() {
        String body = "Despite two floods in April, repairs to the old dam were hardly mentioned "
                + "in the debate.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("two floods"));
    }

    @Test
    void aCueWithAnInfinitiveAfterItDoesNotCloseTheSentence() {
        String body = "After a long night, the club agreed to quietly pay the coach's fine, and the league also dropped "
                + "the ban.";
        assertThat(quotes(body)).noneMatch(f -> f.content().equals("After a long night")
                || f.content().contains("the league also dropped"));
    }

    @Test
    void aCueInsideARelativeClauseAfterTheCommaIsNoClosingAttribution() {
        String body = "The mill sold its old boilers to Harbor Steel, another company that had declared bankruptcy.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("sold its old boilers"));
    }

    @Test
    void aClosingSubjectMayHoldARelativeClause() {
        String body = "The new bridge will not open before the spring floods, engineers who inspected it said on Monday.";
        Found f = quoteWith(quotes(body), "will not open");
        assertThat(f.content()).isEqualTo("The new bridge will not open before the spring floods");
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void theRestOfAnInterruptedStatementEndsBeforeADirectQuotation() {
        String body = "Since the spring, she said, the ferry has let her visit her sister weekly, and she "
                + "admitted: \u201cThe ferry is a blessing and a curse.\u201d";
        List<Found> found = quotes(body);
        Found rest = quoteWith(found, "the ferry has let her");
        assertThat(rest.cue()).isEqualTo("said");
        assertThat(rest.content()).doesNotContain("blessing");
    }

    @Test
    void aSplitInfinitiveIsTheIntentionOfItsCue() {
        String body = "After weeks of talks, the club agreed to quietly pay the coach's fine.";
        Found f = quoteWith(quotes(body), "pay the coach");
        assertThat(f.content()).isEqualTo("to quietly pay the coach's fine");
        assertThat(f.cue()).isEqualTo("agreed");
    }

    @Test
    void anObjectOrInfinitiveEndsBeforeAnAdverbialClauseWithANamedSubject() {
        Found funds = quoteWith(quotes("The council agreed to repair the bridge so Mr. Garcia could reopen his shop."),
                "repair the bridge");
        assertThat(funds.content()).isEqualTo("to repair the bridge");
        Found insults = quoteWith(quotes("Several residents shouted insults as she walked past the gate."), "insults");
        assertThat(insults.content()).isEqualTo("insults");
        // a common noun phrase as the subject: the clause may be part of the statement
        Found plan = quoteWith(quotes("The board warned the plan would fail as the economy slows."), "plan would fail");
        assertThat(plan.content()).isEqualTo("the plan would fail as the economy slows");
    }

    @Test
    void aContentEndsBeforeANonRestrictiveRelativeClauseOnANameOrAfterAnInfinitive() {
        Found hired = quoteWith(quotes("Mayor Tom Reyes said the council had hired Carlos Ortiz, who ran the harbor "
                + "for ten years."), "hired Carlos Ortiz");
        assertThat(hired.content()).isEqualTo("the council had hired Carlos Ortiz");
        Found cut = quoteWith(quotes("The governor vowed to keep the school tax cut, which expires next year."),
                "keep the school tax cut");
        assertThat(cut.content()).isEqualTo("to keep the school tax cut");
    }

    @Test
    void aPronounObjectEndsBeforeAPhraseOfPlaceOrMeans() {
        Found attacked = quoteWith(quotes("Senator Ana Diaz attacked them from the Senate floor."), "them");
        assertThat(attacked.content()).isEqualTo("them");
        Found praised = quoteWith(quotes("Senator Ana Diaz praised him in public."), "him");
        assertThat(praised.content()).isEqualTo("him");
    }

    @Test
    void aVerblessContentEndsBeforeACoordinatedClauseWithItsOwnSubject() {
        Found charged = quoteWith(quotes("The prosecutor charged the driver with theft in the second degree, and the "
                + "mayor fired the depot chief."), "the driver");
        assertThat(charged.content()).isEqualTo("the driver with theft in the second degree");
    }

    @Test
    void anObjectKeepsALastPhraseJoinedAfterAComma() {
        String body = "In her speech, Governor Ana Ruiz emphasized rising rents, and a need to build more homes near the port.";
        Found f = quoteWith(quotes(body), "rising rents");
        assertThat(f.content()).isEqualTo("rising rents, and a need to build more homes near the port");
    }

    @Test
    void anObjectKeepsAPhraseJoinedByAsWellAs() {
        String body = "Mayor Tom Reyes thanked the harbor crews, as well as the volunteers from the fishing towns.";
        Found f = quoteWith(quotes(body), "harbor crews");
        assertThat(f.content()).isEqualTo("the harbor crews, as well as the volunteers from the fishing towns");
    }

    @Test
    void anObjectEndsBeforeAClauseJoinedAfterAComma() {
        String body = "Mayor Tom Reyes thanked the harbor crews, and the council approved a bonus for them.";
        Found f = quoteWith(quotes(body), "harbor crews");
        assertThat(f.content()).isEqualTo("the harbor crews");
    }

    @Test
    void aFramingVerbKeepsItsObjectWhenAQuotationFollowsOnlyAfterAComma() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse attaches the participle to the cue");
        String body = "Governor Tom Reyes endorsed the mayor, citing her \u201clong record\u201d on schools.";
        Found f = quoteWith(quotes(body), "the mayor");
        assertThat(f.cue()).isEqualTo("endorsed");
        assertThat(f.content()).isEqualTo("the mayor");
    }

    @Test
    void aCueAfterACommaAndAConjunctionOpensAClauseOfItsOwn() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse cuts the object at the name");
        String body = "The race in the northern district is close, and recent surveys show Mayor Tom Reyes with a narrow lead.";
        List<Found> found = quotes(body);
        assertThat(found).noneMatch(f -> f.content().contains("district is close"));
        Found f = quoteWith(found, "narrow lead");
        assertThat(f.cue()).isEqualTo("show");
    }

    @Test
    void aClauseWithATypewriterQuotationBeforeAClosingCueIsOneMixedQuote() {
        String body = "The council met on Monday. Ms. Reyes is ''no showman at all,'' said Mr. Tanner, her deputy.";
        List<Found> found = quotes(body);
        assertThat(found).noneMatch(f -> f.content().equals("Mr. Tanner"));
        Found f = quoteWith(found, "showman");
        assertThat(f.content()).startsWith("Ms. Reyes is");
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void aParticipleAfterAClosingAttributionIsTheSpeakersNextActNotMoreStatement() {
        String body = "The stadium plan is a costly mistake, Mayor Tom Tanner said, adding that the city is broke.";
        List<Found> found = quotes(body);
        assertThat(found).noneMatch(f -> "said".equals(f.cue()) && f.content().contains("adding"));
        assertThat(quoteWith(found, "costly mistake").content()).isEqualTo("The stadium plan is a costly mistake");
    }

    @Test
    void aClosingAttributionWithWhenAndWhereBeforeAParticipleReportsTheClauseBeforeIt() {
        String body = "The stadium plan is a costly mistake, Mayor Tom Tanner said Tuesday in Paris, noting that the city is broke.";
        List<Found> found = quotes(body);
        assertThat(found).noneMatch(f -> "said".equals(f.cue()) && f.content().contains("Paris"));
        assertThat(quoteWith(found, "costly mistake").cue()).isEqualTo("said");
    }

    @Test
    void lambastedIsAFramingCueUnderTheTaggersLemma() {
        // the tagger lemmatises "lambasted" as "lambast", not "lambaste"
        Found f = quoteWith(quotes("Mayor Tom Tanner lambasted the new stadium deal."), "stadium deal");
        assertThat(f.cue()).isEqualTo("lambasted");
        assertThat(f.speaker()).isEqualTo("Tom Tanner");
    }

    @Test
    void asReportedByASourceAttributesTheClauseAfterItToThatSource() {
        String body = "As reported by the Daily Planet, the mayor was warned about the flood risks in March.";
        Found f = quoteWith(quotes(body), "was warned");
        assertThat(f.cue()).isEqualTo("reported");
        assertThat(f.content()).doesNotContain("Daily Planet");
        assertThat(f.speaker()).contains("Daily Planet");
    }

    @Test
    void aQuestionTakesTheSpeakerAndCueOfTheSentenceTheSplitterCutOff() {
        String body = "The library has been shut since March. \u201cWhy is it still closed?\u201d Mayor Tom Reyes asked "
                + "the council. \u201cNobody has told me.\u201d";
        Found f = quoteWith(quotes(body), "still closed");
        assertThat(f.cue()).isEqualTo("asked");
        assertThat(f.speaker()).isEqualTo("Tom Reyes");
    }

    @Test
    void anUnattributedQuotationOverSeveralParagraphsIsOneQuote() {
        String body = "The report opens with a long list of problems.\n\n\u201cThe harbor wall is older than any of us "
                + "and needs repair.\n\n\u201cThe money for it should come from the port fees, not from the city budget.\u201d";
        Found f = quoteWith(quotes(body), "harbor wall");
        assertThat(f.content()).contains("port fees");
        assertThat(f.cue()).isNull();
    }

    @Test
    void aSentenceTheWriterCompletesAfterTheQuotationIsOneMixedStatement() {
        String body = "The harbor board met on Monday. \u201cThis will be a hard winter\u201d for the fishing fleet, "
                + "said Ines Alvarez, who chairs the board.";
        Found f = quoteWith(quotes(body), "hard winter");
        assertThat(f.content()).isEqualTo("\u201cThis will be a hard winter\u201d for the fishing fleet");
        assertThat(f.quote().kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(f.speaker()).isEqualTo("Ines Alvarez");
    }

    @Test
    void aNameAfterTheClosingMarkIsTheSpeakerNotMoreOfTheStatement() {
        String body = "The harbor board met on Monday. \u201cThe pier has to close before the storms come,\u201d "
                + "Will Ortiz, the harbor master, said.";
        Found f = quoteWith(quotes(body), "pier has to close");
        assertThat(f.content()).isEqualTo("The pier has to close before the storms come,");
    }

    @Test
    void aMixedQuoteBeforeAnInvertedSpeakerWithARelativeClause() {
        String body = "The harbor board met on Monday. The pier \"was closed so quickly there isn't much anyone can do,\" "
                + "said a former official who oversaw the repairs.";
        Found f = quoteWith(quotes(body), "closed so quickly");
        assertThat(f.content()).startsWith("The pier").doesNotContain("former official");
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void aMixedQuoteTheSplitterCutKeepsItsFirstSentence() {
        String body = "The people of the valley \u201cdeserve someone who stands with them. That is Ines Alvarez,\u201d "
                + "said the woman who ran the mill for thirty years.";
        Found f = quoteWith(quotes(body), "That is Ines Alvarez");
        assertThat(f.content()).startsWith("The people of the valley");
    }

    @Test
    void aReportedClauseEndsBeforeTheWritersComparison() {
        Found f = quoteWith(quotes("Forty percent of the residents said they backed the new harbor plan, compared with "
                + "35 percent in the spring survey."), "they backed");
        assertThat(f.content()).isEqualTo("they backed the new harbor plan");
    }

    @Test
    void aParticipleGoingOnWithTheReportedClausesSubjectStaysInTheContent() {
        String body = "Mayor Tom Reyes said the ferry company would cut its winter service, leaving the island towns "
                + "without a daily boat.";
        Found f = quoteWith(quotes(body), "winter service");
        assertThat(f.content()).isEqualTo("the ferry company would cut its winter service, leaving the island towns "
                + "without a daily boat");
    }

    @Test
    void aCueParticipleAfterTheReportedClauseStaysOutOfTheContent() {
        String body = "Mayor Tom Reyes said the ferry company would cut its winter service, citing a letter from its owners.";
        Found f = quoteWith(quotes(body), "winter service");
        assertThat(f.content()).isEqualTo("the ferry company would cut its winter service");
    }

    @Test
    void aParticipleAfterAClosingAttributionTakesItsSpeakerNotTheSubjectOfTheStatement() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse hangs the participle on the statement's verb");
        String body = "The stadium plan is a costly mistake, Mayor Tom Tanner said, adding that the city is broke.";
        Found f = quoteWith(quotes(body), "the city is broke");
        assertThat(f.cue()).isEqualTo("adding");
        assertThat(f.speaker()).contains("Tom Tanner");
    }

    @Test
    void aLoneCapitalLabelHeadsAParagraphRatherThanOpeningATurn() {
        String body = "UPDATE: The harbor board has moved its vote on the new pier to Friday.\n\n"
                + "The board had planned to vote on Monday after a long public hearing.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("moved its vote"));
    }

    @Test
    void aPassiveVerbOfRegardingReportsWhatIsRegardedAndHowWithNoHolderNamed() {
        List<Found> found = quotes("At this point, Mayor Tom Tanner is widely seen as the likelier winner of the race.");
        Found how = quoteWith(found, "likelier winner");
        assertThat(how.cue()).isEqualTo("seen");
        assertThat(how.content()).isEqualTo("the likelier winner of the race");
        assertThat(how.speaker()).isNull();
        assertThat(found).anyMatch(f -> "seen".equals(f.cue()) && f.content().contains("Tom Tanner"));
    }

    @Test
    void aPassiveOfCastingIsARoleNotAView() {
        assertThat(quotes("The young actor was cast as the villain in the new film.")).isEmpty();
    }

    @Test
    void anInfinitiveEndsBeforeASecondInfinitiveWhoseVerbIsACue() {
        List<Found> found = quotes("Mayor Tom Reyes refused to release the audit or explain why the harbor lost money.");
        assertThat(quoteWith(found, "release the audit").content()).isEqualTo("to release the audit");
        assertThat(quoteWith(found, "harbor lost money").cue()).isEqualTo("explain");
    }

    @Test
    void anObjectOfOneNounGoesOnWithTheRestOfItsList() {
        Assumptions.assumeFalse(useParse(), "the parse decides the object's extent");
        String body = "The new harbor plan outlines housing, transport, fishing and tourism projects for the island towns.";
        Found f = quoteWith(quotes(body), "housing");
        assertThat(f.content()).isEqualTo("housing, transport, fishing and tourism projects for the island towns");
    }

    @Test
    void aDespitePhraseQualifyingTheReportedClauseStaysInTheContent() {
        Assumptions.assumeFalse(useParse(), "the parse decides the clause's extent");
        String body = "Mayor Tom Reyes argues that the ferry still pays for itself, despite the rising cost of fuel.";
        Found f = quoteWith(quotes(body), "pays for itself");
        assertThat(f.content()).isEqualTo("that the ferry still pays for itself, despite the rising cost of fuel");
    }

    @Test
    void aVerbOfWantingReportsTheThingWantedAsAnIntention() {
        List<Found> found = quotes("Mayor Tom Reyes wants a full audit of the harbor accounts.");
        Found wish = quoteWith(found, "full audit");
        assertThat(wish.cue()).isEqualTo("wants");
        assertThat(wish.content()).isEqualTo("a full audit of the harbor accounts");
        assertThat(wish.speaker()).contains("Tom Reyes");
        assertThat(wish.quote().attribution()).isEqualTo(Attribution.INTENTION);
    }

    @Test
    void aPlanTakesNoObjectAsItsContent() {
        assertThat(quotes("The harbor board planned the new pier for two years.")).noneMatch(f -> f.content().contains("pier"));
    }

    @Test
    void aSubjectModifiedByAParticipleAndATimeStillSpeaks() {
        List<Found> found = quotes("A city survey published on Monday shows that most residents distrust the harbor board.");
        Found shown = quoteWith(found, "distrust the harbor board");
        assertThat(shown.cue()).isEqualTo("shows");
        assertThat(shown.speaker()).contains("survey");
    }

    @Test
    void aDashAfterAQuotationInAReportedClauseOpensTheWritersAside() {
        String body = "Mayor Tom Reyes said the new toll was \u201ca tax on working families\u201d \u2014 a charge the port "
                + "authority has long rejected.";
        Found f = quoteWith(quotes(body), "working families");
        assertThat(f.content()).isEqualTo("the new toll was \u201ca tax on working families\u201d");
    }

    @Test
    void aSpacedHyphenAfterAQuotedPhraseEndsItsContent() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "Mayor Tom Reyes called the harbor plan a \"costly mistake\" - a view shared by few on the council.";
        Found f = quoteWith(quotes(body), "costly mistake");
        assertThat(f.content()).doesNotContain("shared by few");
    }

    @Test
    void aDashPairAroundAQuotationLeavesTheClauseWhole() {
        String body = "Mayor Tom Reyes said the toll \u2014 what critics call \u201ca tax on working families\u201d \u2014 "
                + "will pay for the new bridge.";
        Found f = quoteWith(quotes(body), "working families");
        assertThat(f.content()).contains("will pay for the new bridge");
    }

    @Test
    void aLongAddresseeWithItsAdjunctsStaysOutOfTheContentOfTell() {
        String body = "Mayor Tom Reyes told a packed hall in the old mill town on Friday night that the ferry would run again.";
        Found f = quoteWith(quotes(body), "ferry would run");
        assertThat(f.content()).isEqualTo("that the ferry would run again");
    }

    @Test
    void aVerbRightAfterASubjectWithItsRelativeClauseTakesAnObjectNotTheSubjectAsContent() {
        String body = "In March, Lena Ortiz, who runs the harbor office, emailed Tom Reyes and Ana Ruiz, two members of the port board.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("Lena Ortiz"));
    }

    @Test
    void aRelativeClauseQuotedInsideAStatementEndsWithItsClosingMark() {
        String body = "Pair a tight budget with a \"mayor who never counts the cost\" and the harbor goes broke, said Tom Reyes.";
        assertThat(quotes(body)).anyMatch(f -> "said".equals(f.cue()) && f.content().contains("harbor goes broke"));
    }

    @Test
    void anObjectFollowedByAnAdverbialClauseEndsBeforeIt() {
        String body = "Senator Ruth Okafor criticized the harbor budget at a rally, although the vote had been delayed.";
        assertThat(quoteWith(quotes(body), "harbor budget").content()).isEqualTo("the harbor budget");
    }

    @Test
    void aWhenClauseRightAfterTheSubjectOfAReportedClauseStaysInIt() {
        String body = "Mayor Tom Reyes said the days when the port was busy are over.";
        assertThat(quoteWith(quotes(body), "port was busy").content()).isEqualTo("the days when the port was busy are over");
    }

    @Test
    void aContentEndsBeforeAClauseAfterAndWithALongSubject() {
        String body = "Mayor Tom Reyes said the city would repair the old pier, and the regional dock workers' union also offered money.";
        Found f = quoteWith(quotes(body), "old pier");
        assertThat(f.content()).isEqualTo("the city would repair the old pier");
    }

    @Test
    void anObjectEndsBeforeAnUntilOrThoughClause() {
        String body = "The county board rejected the new building permits until the audit was finished.";
        assertThat(quoteWith(quotes(body), "building permits").content()).isEqualTo("the new building permits");
    }

    @Test
    void aRelativeThatAfterTheObjectOpensNoClauseOfTheCue() {
        String body = "Mayor Tom Reyes recalled a winter storm that flooded the old harbor.";
        Found f = quoteWith(quotes(body), "flooded");
        assertThat(f.content()).startsWith("a winter storm");
    }

    @Test
    void aTimeAdjunctAfterTheCueStaysOutOfTheReportedClause() {
        String body = "Mayor Tom Reyes said on Friday he would close the old pier.";
        assertThat(quoteWith(quotes(body), "old pier").content()).isEqualTo("he would close the old pier");
    }

    @Test
    void aTimeAdjunctAfterTheCueStaysOutOfItsObject() {
        String body = "The county board announced on Monday the closure of the old pier.";
        assertThat(quoteWith(quotes(body), "old pier").content()).isEqualTo("the closure of the old pier");
    }

    @Test
    void aCueJoinedToASecondVerbHasNoObjectOpeningWithTheConjunction() {
        String body = "The new harbor tolls were mocked and criticized on the local radio.";
        assertThat(quotes(body)).noneMatch(f -> f.content().startsWith("and"));
    }

    @Test
    void aTimeAdjunctAfterTheAddresseeStaysOutOfTheReportedClause() {
        String body = "Mayor Tom Reyes told reporters on Tuesday he would close the old pier.";
        assertThat(quoteWith(quotes(body), "old pier").content()).isEqualTo("he would close the old pier");
    }

    @Test
    void aQuotedPhraseAfterAsDescribesTheObjectOfAnyVerb() {
        String body = "Mayor Tom Reyes greeted the new harbor budget as a \u201cturning point\u201d for the town.";
        Found f = quoteWith(quotes(body), "turning point");
        assertThat(f.content()).startsWith("the new harbor budget as");
        assertThat(f.cue()).isEqualTo("greeted");
        assertThat(f.speaker()).isEqualTo("Tom Reyes");
    }

    @Test
    void aQuotedRoleAfterAsWithoutAnObjectIsNoQuote() {
        String body = "The old ferry worked for years as a \u201cwater taxi\u201d on the bay.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void aQuotedPhraseAfterAsDescribesTheObjectOfAPrepositionalVerb() {
        String body = "Senator Ruth Okafor went after Reyes as a \u201cfair-weather mayor\u201d at the rally.";
        Found f = quoteWith(quotes(body), "fair-weather mayor");
        assertThat(f.content()).startsWith("Reyes as a");
    }

    @Test
    void theWordsOnASignThatReadAreItsQuote() {
        String body = "A girl near the stage held up a sign that read \u201cPorts for People\u201d and waved it.";
        Found f = quoteWith(quotes(body), "Ports for People");
        assertThat(f.cue()).isEqualTo("read");
        assertThat(f.content()).isEqualTo("Ports for People");
    }

    @Test
    void aNamingVerbRightAfterItsSubjectIsTheVerbOfTheClause() {
        String body = "At a dinner in Dayton on Monday, one council member called Mayor Tom Reyes \u201ca failed manager.\u201d";
        Found f = quoteWith(quotes(body), "failed manager");
        assertThat(f.cue()).isEqualTo("called");
        assertThat(f.content()).startsWith("Mayor Tom Reyes");
    }

    @Test
    void theQuotedNameAfterTheObjectOfANamingVerbJoinsItsContent() {
        String body = "Senator Ruth Okafor called the port authority's plans to close the north pier "
                + "\u201ca slap in the face,\u201d and promised a vote.";
        Found f = quoteWith(quotes(body), "north pier");
        assertThat(f.content()).startsWith("the port authority's plans").contains("a slap in the face");
    }

    @Test
    void aQuotationBeforeANounOfStatementIsTheRemarkItNames() {
        String body = "The mayor spoke first. Tom Reyes\u2019s \u201cdead harbor\u201d comment angered the fishing crews.";
        Found f = quoteWith(quotes(body), "dead harbor");
        assertThat(f.cue()).isEqualTo("comment");
        assertThat(f.speaker()).isEqualTo("Tom Reyes");
    }

    @Test
    void aQuotationBeforeAPluralOfMessagesIsNoRemark() {
        String body = "Investigators read the council\u2019s \u201cprivate\u201d emails last spring.";
        assertThat(quotes(body)).noneMatch(f -> "emails".equals(f.cue()));
    }

    @Test
    void aRelativeClauseWithoutAPronounAfterAnObjectReportsItsVerb() {
        String body = "It is a new ferry tax the harbor board says will cost the town dearly.";
        Found f = quoteWith(quotes(body), "cost the town");
        assertThat(f.content()).isEqualTo("will cost the town dearly");
        assertThat(f.cue()).isEqualTo("says");
        assertThat(f.speaker()).isEqualTo("the harbor board");
    }

    @Test
    void aSubjectWithARelativeClauseBeforeItsOwnVerbReportsNothing() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse decides which verb is the sentence's");
        String body = "Everything the harbor board says is printed in the weekly bulletin.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("printed"));
    }

    @Test
    void anAdverbOpensTheClauseAfterACueWithItsAuxiliary() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse makes \"there\" an adverb of the cue");
        String body = "Mayor Tom Reyes has long said there should be a second ferry to the island.";
        assertThat(quoteWith(quotes(body), "second ferry").content()).isEqualTo("there should be a second ferry to the island");
        String negated = "Mayor Tom Reyes did not say there would be a vote on the pier.";
        assertThat(quoteWith(quotes(negated), "vote on the pier").content()).isEqualTo("there would be a vote on the pier");
    }

    @Test
    void aContentInARelativeClauseOnTheSubjectEndsBeforeTheMainVerb() {
        String body = "Ms. Ana Ruiz, who says the ferry will run again in May, has asked the board for money.";
        assertThat(quoteWith(quotes(body), "ferry will run").content()).isEqualTo("the ferry will run again in May");
    }

    @Test
    void anObjectEndsBeforeTheMeansOfTheActByAParticiple() {
        String body = "Senator Ruth Okafor attacked the harbor budget by citing the cost of the new pier.";
        assertThat(quoteWith(quotes(body), "harbor budget").content()).isEqualTo("the harbor budget");
    }

    @Test
    void anObjectEndsBeforeInOrderTo() {
        String body = "Mayor Tom Reyes criticized the ferry crews in order to calm the angry workers.";
        assertThat(quoteWith(quotes(body), "ferry crews").content()).isEqualTo("the ferry crews");
    }

    @Test
    void aContentInAnAdverbialClauseWithinTheSentenceEndsBeforeTheMainClause() {
        String body = "The port is short of cash, and while Mayor Tom Reyes said the ferry would run again, "
                + "the crews are still waiting for their pay.";
        assertThat(quoteWith(quotes(body), "ferry would run").content()).isEqualTo("the ferry would run again");
    }

    @Test
    void anInfinitiveInARelativeClauseOnTheSubjectEndsBeforeTheMainVerbWithoutAComma() {
        String body = "Residents who hope to keep the old ferry could be asked to pay more.";
        assertThat(quoteWith(quotes(body), "old ferry").content()).isEqualTo("to keep the old ferry");
    }

    @Test
    void aClauseInARelativeClauseOnTheSubjectEndsAfterItsPredicate() {
        String body = "Voters who believe the plan is too costly are more likely to stay home.";
        assertThat(quoteWith(quotes(body), "plan is").content()).isEqualTo("the plan is too costly");
    }

    @Test
    void aContentEndsBeforeASpacedHyphenThatOpensAnotherAttribution() {
        String body = "Some residents say the old ferry is too slow - others say it has never run better.";
        assertThat(quoteWith(quotes(body), "too slow").content()).isEqualTo("the old ferry is too slow");
    }

    @Test
    void aContentInAClauseFrontedWithAnAdverbEndsBeforeTheMainClause() {
        String body = "Even as the mayor promised to rebuild the pier, the harbor workers walked off the job.";
        assertThat(quoteWith(quotes(body), "rebuild").content()).isEqualTo("to rebuild the pier");
    }

    @Test
    void aFrontedClauseEndsBeforeAMainClauseWithALongSubject() {
        String body = "When the mayor refused to reopen the pier, a group of harbor workers and their union walked off the job.";
        assertThat(quoteWith(quotes(body), "reopen").content()).isEqualTo("to reopen the pier");
    }

    @Test
    void aOneWordContentOfAFrontedClauseEndsAtItsComma() {
        String body = "When asked why, the harbor master replied in a letter to the board.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("harbor master"));
    }

    @Test
    void aContentInARelativeClauseEndsWhereTheMainClauseGoesOn() {
        String body = "The mayor, who said the pier would reopen soon, signed the harbor budget on Monday.";
        assertThat(quoteWith(quotes(body), "pier would reopen").content()).isEqualTo("the pier would reopen soon");
    }

    @Test
    void aCueInARelativeClauseLeavesTheSentenceToAClosingAttribution() {
        String body = "The tenants, who asked the board for a hearing, left the meeting early, their lawyer said.";
        assertThat(quotes(body)).anyMatch(f -> "said".equals(f.cue()) && f.content().contains("left the meeting early"));
    }

    @Test
    void aContentInAClauseFrontedWithAMeasureOfTimeEndsBeforeTheMainClause() {
        String body = "Two years after the mayor promised to rebuild the pier, the harbor workers walked off the job.";
        assertThat(quoteWith(quotes(body), "rebuild").content()).isEqualTo("to rebuild the pier");
    }

    @Test
    void aFrontedClauseEndsBeforeAMainClauseWhoseSubjectHasAHyphenatedWord() {
        String body = "While dozens of fishermen planned to protest at the pier, some high-profile council members may be warming to the plan.";
        assertThat(quoteWith(quotes(body), "protest").content()).isEqualTo("to protest at the pier");
    }

    @Test
    void aPronounBeforeAModalAfterWarnIsTheSubjectOfTheClauseNotTheAddressee() {
        String body = "Harbor officials have warned they could close the old pier if the repairs fail.";
        assertThat(quoteWith(quotes(body), "close the old pier").content())
                .isEqualTo("they could close the old pier if the repairs fail");
    }

    @Test
    void anObjectPronounAfterTellStaysTheAddresseeBeforeANamedSubject() {
        String body = "Mayor Tom Reyes told them Ana Ruiz was the best harbor master in years.";
        assertThat(quoteWith(quotes(body), "best harbor master").content()).startsWith("Ana Ruiz was");
    }

    @Test
    void aCommaBetweenTwoAdjectivesOfOneNounStaysInsideTheObject() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "Harbor workers criticized the costly, half-finished pier on the east bank.";
        assertThat(quoteWith(quotes(body), "costly").content()).isEqualTo("the costly, half-finished pier on the east bank");
    }

    @Test
    void aQuotedSubjectRightAfterSaidKeepsTheVerbOfItsClause() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds a partial quote by its own tree");
        String body = "The mayor said \"local crews\" must repair the pier before winter.";
        assertThat(quoteWith(quotes(body), "local crews").content())
                .isEqualTo("\"local crews\" must repair the pier before winter");
    }

    @Test
    void aParticipleAfterAPossessiveInAnObjectIsNoVerbThatEndsIt() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "The council criticized the mayor\u2019s failed pier project.";
        assertThat(quoteWith(quotes(body), "mayor").content()).isEqualTo("the mayor\u2019s failed pier project");
    }

    @Test
    void aShortPredicateAfterAnInterruptingAttributionCompletesItsSubject() {
        String body = "The ferry plan, Marta Lind said, never worked.";
        List<Found> found = quotes(body);
        Found rest = quoteWith(found, "never worked");
        assertThat(rest.content()).isEqualTo("never worked");
        assertThat(rest.speaker()).isEqualTo("Marta Lind");
        assertThat(quoteWith(found, "ferry plan").content()).isEqualTo("The ferry plan");
    }

    @Test
    void aLongSubjectOfAClosingCueStillClosesTheStatement() {
        String body = "Most harbor towns lost their ferries within a decade, a survey by the council of small coastal "
                + "towns in the north found.";
        Found f = quoteWith(quotes(body), "ferries");
        assertThat(f.content()).isEqualTo("Most harbor towns lost their ferries within a decade");
        assertThat(f.cue()).isEqualTo("found");
    }

    @Test
    void aRelativeClauseWithoutACommaAfterAnInvertedSpeakerDescribesTheSpeaker() {
        String body = "The ferry will run again in May, said two harbor officials who asked not to be named.";
        Found f = quoteWith(quotes(body), "ferry");
        assertThat(f.content()).isEqualTo("The ferry will run again in May");
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void aParticipleAfterACommaIsNoClosingCueWithItsSubjectAfterIt() {
        String body = "Mayor Ana Ruiz opened the new pier on Friday, telling the story of a fisherman who lost his boat.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("opened the new pier"));
    }

    @Test
    void aComplementAfterAnAttributionInterruptingACopulaCompletesTheStatement() {
        String body = "It was, Ana Ruiz said, the coldest winter for the harbor in decades.";
        List<Found> found = quotes(body);
        Found rest = quoteWith(found, "coldest winter");
        assertThat(rest.content()).isEqualTo("the coldest winter for the harbor in decades");
        assertThat(rest.speaker()).isEqualTo("Ana Ruiz");
    }

    @Test
    void aVerbOfSparringReportsTheTopicAfterItsPreposition() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path takes no prepositional topic");
        String body = "Mayor Tom Reyes sparred over the harbor budget with two council members.";
        assertThat(quoteWith(quotes(body), "harbor budget").content()).startsWith("the harbor budget");
    }

    @Test
    void reaffirmReportsItsClauseLikeAffirm() {
        String body = "Mayor Tom Reyes reaffirmed that the pier would reopen in May.";
        assertThat(quoteWith(quotes(body), "pier would reopen").content()).isEqualTo("that the pier would reopen in May");
    }

    @Test
    void balkedAtReportsWhatTheSubjectRefuses() {
        String body = "The harbor commissioners balked at the proposal to build a hotel on the pier.";
        assertThat(quoteWith(quotes(body), "hotel").content()).isEqualTo("the proposal to build a hotel on the pier");
    }

    @Test
    void pushedForReportsWhatTheSubjectDemands() {
        String body = "The dockworkers union has pushed for longer breaks for the night crews.";
        assertThat(quoteWith(quotes(body), "longer breaks").content()).isEqualTo("longer breaks for the night crews");
    }

    @Test
    void boastStillReportsNoPlainObject() {
        String body = "Mayor Tom Reyes boasted a large lead in the harbor district.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void interjectedClosesAQuotationLikeSaid() {
        String body = "The council debated the repairs for an hour. \"We cannot wait until spring,\" Ana Ruiz interjected.";
        assertThat(quoteWith(quotes(body), "wait until spring").speaker()).isEqualTo("Ana Ruiz");
    }

    @Test
    void theAttacksOnAPlaceAreAnEventNotAStance() {
        String body = "Divers searched the harbor for weeks after the attacks on the ferry terminal.";
        assertThat(quotes(body)).noneMatch(f -> "attacks".equals(f.cue()));
    }

    @Test
    void theAttacksOfAnAttackerStayAStance() {
        String body = "Tom Reyes spoke first at the forum. The senator's attacks on the ferry plan drew loud cheers.";
        assertThat(quoteWith(quotes(body), "ferry plan").cue()).isEqualTo("attacks");
    }

    @Test
    void anEndorsementWonFromSomeoneNamesItsHolderNotItsContent() {
        String body = "Ana Ruiz won the endorsement of the harbor workers union on Monday.";
        assertThat(quotes(body)).noneMatch(f -> "endorsement".equals(f.cue()));
    }

    @Test
    void aVerbOfNamingAfterANewNounNamesItEvenWhenTaggedAsThePastTense() {
        String body = "A company called Harborline gave $5,000 to the ferry campaign last spring.";
        assertThat(quotes(body)).noneMatch(f -> "called".equals(f.cue()));
    }

    @Test
    void aVerbOfNamingAfterADefiniteSubjectStillReports() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path reads a small clause by its own tree");
        String body = "The mayor called Ana Ruiz a fine harbor master.";
        assertThat(quoteWith(quotes(body), "harbor master").cue()).isEqualTo("called");
    }

    @Test
    void findingAWayIsManagingNotFindingOut() {
        String body = "The ferry crews found a way to finish the pier before winter.";
        assertThat(quotes(body)).noneMatch(f -> "found".equals(f.cue()));
    }

    @Test
    void chargingAPriceReportsNothing() {
        String body = "The marina charged each boat owner a $300 fee for the winter berths.";
        assertThat(quotes(body)).noneMatch(f -> "charged".equals(f.cue()));
    }

    @Test
    void aPartialQuoteEndsBeforeTheMediumItWasSaidIn() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds a partial quote by its own tree");
        String body = "The ferry captain called the new pier a \u201cdisgrace\u201d in a radio interview.";
        assertThat(quoteWith(quotes(body), "disgrace").content()).isEqualTo("the new pier a \u201cdisgrace\u201d");
    }

    @Test
    void aPartialQuoteEndsBeforeABareDayOfTheWeek() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds a partial quote by its own tree");
        String body = "The ferry captain called the new pier a \u201cdisgrace\u201d Thursday on a local call-in program.";
        assertThat(quoteWith(quotes(body), "disgrace").content()).isEqualTo("the new pier a \u201cdisgrace\u201d");
    }

    @Test
    void anObjectEndsBeforeThePersonItWasSaidThrough() {
        String body = "Councilman Dan Price denied the accusation through his lawyer.";
        assertThat(quoteWith(quotes(body), "accusation").content()).isEqualTo("the accusation");
    }

    @Test
    void anObjectKeepsAThroughPhraseThatNamesNoPerson() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "Harbor workers criticized the new road through the old fishing district.";
        assertThat(quoteWith(quotes(body), "new road").content()).isEqualTo("the new road through the old fishing district");
    }

    @Test
    void anObjectEndsBeforeTheMediaTheWordsCameIn() {
        String body = "Senator Ruth Okafor attacked the harbor board on social media.";
        assertThat(quoteWith(quotes(body), "harbor board").content()).isEqualTo("the harbor board");
    }

    @Test
    void aShortStatementBeforeAnInvertedCueIsTheContent() {
        String body = "Fares will rise, says the harbor master, and tolls will not.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "Fares").content()).isEqualTo("Fares will rise");
        assertThat(found).noneMatch(f -> f.content().contains("harbor master"));
    }

    @Test
    void aShortStatementBeforeAnInvertedCueKeepsTheSpeakersRelativeClauseOut() {
        String body = "Fares will rise, said the harbor master, who spoke on Monday.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "Fares").content()).isEqualTo("Fares will rise");
        assertThat(found).noneMatch(f -> f.content().contains("harbor master") || f.content().contains("spoke"));
    }

    @Test
    void theSpeakerAfterAnInvertedSayIsNoObject() {
        String body = "The ferry will stop at noon on Sunday, said a spokesman for the harbor board of the old northern town.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("spokesman"));
    }

    @Test
    void aSubjectAfterButTakesTheProgressiveCueOfTheSecondClause() {
        String body = "Fares rose sharply, but the ferry union is now criticizing the new schedule.";
        assertThat(quoteWith(quotes(body), "new schedule").speaker()).isEqualTo("the ferry union");
    }

    @Test
    void aSubjectAfterAndTakesThePerfectCueOfTheSecondClause() {
        String body = "The harbor plan was approved in May, and dock workers have since criticized the delay.";
        assertThat(quoteWith(quotes(body), "the delay").speaker()).isEqualTo("dock workers");
    }

    @Test
    void coordinatedPredicatesKeepTheirSharedSubject() {
        String body = "The harbor master rose and is now warning that the new schedule will fail.";
        assertThat(quoteWith(quotes(body), "new schedule").speaker()).isEqualTo("The harbor master");
    }

    @Test
    void anObjectGoesOnAfterAnAsideBeforeItsComplement() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "The union accused the harbor master, who took office in May, of hiding the repair costs.";
        assertThat(quoteWith(quotes(body), "harbor master").content())
                .isEqualTo("the harbor master, who took office in May, of hiding the repair costs");
    }

    @Test
    void anObjectsOpenClauseGoesOnAfterAnAsideToItsVerb() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "Dock workers mocked the notion that the new ferry, in its current form, could ever sail.";
        assertThat(quoteWith(quotes(body), "new ferry").content())
                .isEqualTo("the notion that the new ferry, in its current form, could ever sail");
    }

    @Test
    void anObjectEndsBeforeAnAsideThatHoldsAClauseOfItsOwn() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "The mayor praised the ferry crews, the council noted, for their quick work.";
        // the closing "noted" may take the whole clause; the object of "praised" still ends at the aside
        assertThat(quotes(body)).filteredOn(f -> "praised".equals(f.cue())).extracting(Found::content)
                .containsExactly("the ferry crews");
    }

    @Test
    void anObjectsListGoesOnOverAParticipleBeforeANoun() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "The dock union criticized the long shifts, old cranes and aging elevators.";
        assertThat(quoteWith(quotes(body), "long shifts").content()).isEqualTo("the long shifts, old cranes and aging elevators");
    }

    @Test
    void anObjectsListGoesOnOverAnAdverbAfterItsConjunction() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "The dock union criticized the night shifts, the old cranes or even the new ferry.";
        assertThat(quoteWith(quotes(body), "night shifts").content())
                .isEqualTo("the night shifts, the old cranes or even the new ferry");
    }

    @Test
    void anObjectsInfinitiveGoesOnThroughAListOfVerbPhrases() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "The dock union criticized the board's plan to cut fares, sell two boats and close the north pier.";
        assertThat(quoteWith(quotes(body), "cut fares").content())
                .isEqualTo("the board's plan to cut fares, sell two boats and close the north pier");
    }

    @Test
    void aStanceNounsContentGoesOnThroughAList() {
        String body = "The mayor made no mention of fares, tolls or rents.";
        assertThat(quoteWith(quotes(body), "fares").content()).isEqualTo("fares, tolls or rents");
    }

    @Test
    void aStanceNounsContentEndsBeforeAPairSetOffByAComma() {
        String body = "The mayor made no mention of fares, both in May and in June.";
        assertThat(quoteWith(quotes(body), "fares").content()).isEqualTo("fares");
    }

    @Test
    void aStanceNounsContentGoesOnAfterAnAsideOnItsNoun() {
        String body = "The port rejected complaints by the harbor master, Ann Lee, that the ferry fares were too high.";
        assertThat(quoteWith(quotes(body), "harbor master").content())
                .isEqualTo("complaints by the harbor master, Ann Lee, that the ferry fares were too high");
    }

    @Test
    void aClauseAfterASingleDashIsTheWritersNextStatement() {
        String body = "The harbor master said the ferry would run again in May - and the council has not yet voted on the fares.";
        assertThat(quoteWith(quotes(body), "ferry").content()).isEqualTo("the ferry would run again in May");
    }

    @Test
    void anAppositionAfterASingleDashStaysWithTheStatement() {
        String body = "The harbor master said the ferry would run again in May - something the dock workers had long wanted.";
        assertThat(quoteWith(quotes(body), "ferry").content())
                .isEqualTo("the ferry would run again in May - something the dock workers had long wanted");
    }

    @Test
    void aPredicateInTheCuesFormAfterButIsTheSpeakersNextAct() {
        String body = "The harbor master said the ferry is late but promised a new timetable.";
        assertThat(quoteWith(quotes(body), "ferry").content()).isEqualTo("the ferry is late");
    }

    @Test
    void aPredicateInTheClausesOwnFormStaysInTheStatement() {
        String body = "The harbor master said the ferry was late and cost the town its summer trade.";
        assertThat(quoteWith(quotes(body), "ferry").content()).isEqualTo("the ferry was late and cost the town its summer trade");
    }

    @Test
    void aConcessionAfterEvenAsIsTheWriters() {
        String body = "The harbor master said the ferry will keep its winter fares, even as fuel costs climb along the coast.";
        assertThat(quoteWith(quotes(body), "ferry").content()).isEqualTo("the ferry will keep its winter fares");
    }

    @Test
    void anObjectKeepsARelativeClauseOpenedByPrepositionAndWhich() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "Dock workers condemned the raids in which six union leaders were detained last spring.";
        assertThat(quoteWith(quotes(body), "raids").content())
                .isEqualTo("the raids in which six union leaders were detained last spring");
    }

    @Test
    void aRelativeClauseInParenthesesIsNoPartOfTheObject() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "The mayor criticized a harbor plan (which the council also backs) and left.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("backs"));
    }

    @Test
    void aCitedTopicKeepsItsContactClause() {
        String body = "The senator pointed to a speech the governor gave to the port workers last year.";
        assertThat(quoteWith(quotes(body), "speech").content())
                .isEqualTo("a speech the governor gave to the port workers last year");
    }

    @Test
    void aLongGerundSubjectOpensTheReportedClause() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path finds the clause as a complement");
        String body = "The harbor master says expanding the old ferry terminal on the north side of the bay will cost millions.";
        assertThat(quoteWith(quotes(body), "ferry terminal").content())
                .isEqualTo("expanding the old ferry terminal on the north side of the bay will cost millions");
    }

    @Test
    void aVerbTagAfterAnArticleAndItsModifiersIsTheObjectsHead() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "The council member challenged the very need for a second ferry terminal.";
        assertThat(quoteWith(quotes(body), "very").content()).isEqualTo("the very need for a second ferry terminal");
    }

    @Test
    void aPrepositionInsideAHyphenatedCompoundDoesNotEndTheObject() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path bounds the object by its own tree");
        String body = "The mayor challenged her rival to a one-on-one forum before the Tuesday vote.";
        assertThat(quoteWith(quotes(body), "rival").content()).isEqualTo("her rival to a one-on-one forum");
    }

    @Test
    void anObjectAfterAPhraseCueKeepsTheThatClauseOpenedInsideIt() {
        String body = "The judge agreed with the tenants that the rent increase was unfair.";
        assertThat(quoteWith(quotes(body), "tenants").content()).isEqualTo("the tenants that the rent increase was unfair");
    }

    @Test
    void aCitedTopicKeepsItsWhetherClause() {
        Assumptions.assumeFalse(useParse(), "token mode only: the parse path reads the clause from its own tree");
        String body = "The mayor pointed to the question whether the old ferry can still run in winter.";
        assertThat(quoteWith(quotes(body), "question").content())
                .isEqualTo("the question whether the old ferry can still run in winter");
    }

    @Test
    void aCountOfTimesAsTheObjectIsNoQuote() {
        String body = "Mayor Ada Brandt praised the ferry crew on Friday; she was retweeted 3,000 times.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("3,000"));
    }

    @Test
    void aShareAsTheObjectOfAVerbOfSpeechIsNoQuote() {
        String body = "Councilwoman Ada Brandt claimed 41 percent of the ballots cast in the harbor district on Tuesday.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("41 percent"));
    }

    @Test
    void aShareFoundByASurveyIsStillItsFinding() {
        String body = "A new harbor survey found 60 percent support for the night ferry.";
        assertThat(quoteWith(quotes(body), "60 percent").content()).startsWith("60 percent support");
    }

    @Test
    void aVerbAndItsNounOfStatementReportTheSameWordsOnce() {
        String body = "Mayor Ada Brandt repeated her claim that the night ferry had never been late.";
        List<Found> found = quotes(body);
        assertThat(found.stream().filter(f -> f.content().endsWith("the night ferry had never been late"))).hasSize(1);
    }

    @Test
    void aVerbAndItsNounOfConcernReportTheSameWordsOnce() {
        String body = "Harbor workers expressed concern about the new night schedule.";
        List<Found> found = quotes(body);
        assertThat(found.stream().filter(f -> f.content().contains("new night schedule")))
                .as("%s", found.stream().map(f -> f.cue() + "|" + f.content()).toList()).hasSize(1);
    }

    @Test
    void aQuoteAfterTheAttributionGoesOnWithWhatTheSpeakerAdded() {
        String body = "\"We will fix the roads,\" Mayor Dan Hart said, adding that he had pushed the bill through the council. "
                + "\"It is time to finish the job.\"";
        assertThat(quoteWith(quotes(body), "finish the job").cue()).isEqualTo("adding");
    }

    @Test
    void aQuoteAfterTheAttributionGoesOnWithTheSayingVerbAfterAnotherParticiple() {
        String body = "\"We will fix the roads,\" Mayor Dan Hart said, referring to the bill he had fought for. "
                + "\"It is time to finish the job.\"";
        assertThat(quoteWith(quotes(body), "finish the job").cue()).isEqualTo("said");
    }

    @Test
    void aQuotationAfterAnAbbreviationEndingTheAttributionResumesTheQuote() {
        String body = "\"It is over,\" Mark Ellis told supporters at a town hall in Dover, Del. \"We will win the next one.\"";
        Found f = quoteWith(quotes(body), "win the next one");
        assertThat(f.cue()).isEqualTo("told");
        assertThat(f.speaker()).isEqualTo("Mark Ellis");
    }

    @Test
    void aParagraphOpeningOnAQuotationGoesOnWithAMixedQuoteEndingOnAQuotedClause() {
        String body = "The city needs leaders \"who understand that loud words in hard times cause more trouble,\" "
                + "Ruth Okafor said.\n\n\"And that is why steady leadership matters so much now.\"";
        Found f = quoteWith(quotes(body), "steady leadership");
        assertThat(f.cue()).isEqualTo("said");
        assertThat(f.speaker()).isEqualTo("Ruth Okafor");
    }

    @Test
    void aParagraphOpeningOnAQuotationDoesNotGoOnWithAQuotedLabel() {
        String body = "Ruth Okafor called the plan \"a clown show,\" the paper said.\n\n"
                + "\"And that is why steady leadership matters so much now.\"";
        assertThat(quoteWith(quotes(body), "steady leadership").cue()).isNull();
    }

    @Test
    void aShowSpokenToIsNoPartialQuote() {
        String body = "Speaking to \"Morning Talk\" on Monday, Mayor Dan Hart said the roads would be fixed.";
        assertThat(quotes(body)).noneMatch(f -> f.content().contains("Morning Talk"));
    }

    @Test
    void anExpectationWithoutOneWhoExpectsTakesTheSubjectIntoTheContent() {
        Found f = quoteWith(quotes("The harbour board is widely expected to approve the new ferry route."), "ferry route");
        assertThat(f.content()).isEqualTo("The harbour board is widely expected to approve the new ferry route");
        assertThat(f.cue()).isEqualTo("expected");
        assertThat(f.speaker()).isNull();
    }

    @Test
    void anExpectationAfterAConjunctionKeepsTheInfinitiveAlone() {
        String body = "The mayor opened the fair on Friday and is expected to approve the new ferry route.";
        assertThat(quoteWith(quotes(body), "ferry route").content()).isEqualTo("to approve the new ferry route");
    }

    @Test
    void anExpectationOfARelativeClauseKeepsTheInfinitiveAlone() {
        String body = "Farmers, who are expected to back the new ferry route, met in the hall on Friday.";
        assertThat(quoteWith(quotes(body), "ferry route").content()).startsWith("to back the new ferry route");
    }

    @Test
    void anImpressionWithAnAdjectiveIsAttributedToNoOne() {
        Found f = quoteWith(quotes("The new harbor master seemed rattled by the questions from the council."), "rattled");
        assertThat(f.content()).isEqualTo("The new harbor master seemed rattled by the questions from the council");
        assertThat(f.cue()).isEqualTo("seemed");
        assertThat(f.speaker()).isNull();
    }

    @Test
    void anImpressionWithAnAdjectiveEndsBeforeTheRestOfTheSentence() {
        String body = "If the ferry ticket seems too costly for a family, the city offers a pass for buses.";
        assertThat(quoteWith(quotes(body), "too costly").content()).isEqualTo("the ferry ticket seems too costly for a family");
    }

    @Test
    void anAppearanceInAPlaceIsNoImpression() {
        assertThat(quotes("The mayor appeared on local radio with her deputy on Monday.")).isEmpty();
    }

    @Test
    void anImpressionWithLikeIsAttributedToNoOne() {
        Found f = quoteWith(quotes("The bridge repair seemed like a distant hope for the spring."), "distant hope");
        assertThat(f.content()).isEqualTo("The bridge repair seemed like a distant hope for the spring");
        assertThat(f.cue()).isEqualTo("seemed");
    }

    @Test
    void aSeriesOfPredicatesEndsTheContentBeforeTheNextCueVerb() {
        String body = "She urged the council to join the regional compact, proposed that more officers be hired, "
                + "and pushed to fund new schools.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "regional compact").content()).isEqualTo("the council to join the regional compact");
        Found proposed = quoteWith(found, "more officers");
        assertThat(proposed.cue()).isEqualTo("proposed");
        assertThat(proposed.quote().nested()).isFalse();
    }

    @Test
    void aSecondAttributionWithAnAsideEndsTheContentBeforeItsSubject() {
        String body = "The report found that the budget was balanced for the third year in a row and the city "
                + "treasurer, who has served two mayors, argued that the reserves were too low.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "budget").content()).isEqualTo("that the budget was balanced for the third year in a row");
        Found argued = quoteWith(found, "reserves");
        assertThat(argued.cue()).isEqualTo("argued");
        assertThat(argued.quote().nested()).isFalse();
    }

    @Test
    void aClosingCueTakesAClauseWhoseOnlyCueIsAParticiple() {
        String body = "City officials were treating the fire as arson and urging residents to stay indoors, "
                + "the local radio station reported.";
        Found f = quoteWith(quotes(body), "treating the fire");
        assertThat(f.cue()).isEqualTo("reported");
        assertThat(f.content()).isEqualTo("City officials were treating the fire as arson and urging residents to stay indoors");
    }

    @Test
    void aClosingCueTakesAClauseWhoseOnlyCueIsABelief() {
        String body = "Many residents feared the old bridge would close for good, the mayor said.";
        Found f = quoteWith(quotes(body), "Many residents");
        assertThat(f.cue()).isEqualTo("said");
        assertThat(f.content()).isEqualTo("Many residents feared the old bridge would close for good");
    }

    @Test
    void aParticipleCueSharingThePerfectEndsTheContent() {
        String body = "Lee adds that she has published ten years of her records and called on her two rivals to do the same.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "ten years").content()).isEqualTo("that she has published ten years of her records");
        Found called = quoteWith(found, "do the same");
        assertThat(called.cue()).isEqualTo("called");
        assertThat(called.quote().nested()).isFalse();
    }

    @Test
    void aCourtRulingThatIsReportedSpeech() {
        String body = "A county judge ruled on Tuesday that the parking fee was lawful.";
        Found f = quoteWith(quotes(body), "parking fee was lawful");
        assertThat(f.cue()).isEqualTo("ruled");
        assertThat(f.speaker()).isEqualTo("A county judge");
    }

    @Test
    void anAssuranceAndAReluctanceAreStances() {
        String body = "Mayor Dan Hart gave assurances that the old bridge would stay open. "
                + "The council's reluctance to raise the bus fare angered riders.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "bridge would stay open").cue()).isEqualTo("assurances");
        Found reluctance = quoteWith(found, "bus fare");
        assertThat(reluctance.cue()).isEqualTo("reluctance");
        assertThat(reluctance.content()).isEqualTo("to raise the bus fare");
        assertThat(reluctance.quote().attribution()).isEqualTo(Attribution.INTENTION);
    }

    @Test
    void aPreacherPreachesAClause() {
        String body = "Pastor Lena Moss preached that the town must welcome its newcomers.";
        Found f = quoteWith(quotes(body), "welcome its newcomers");
        assertThat(f.cue()).isEqualTo("preached");
        assertThat(f.speaker()).isEqualTo("Lena Moss");
    }

    @Test
    void anOutspokenSpeakerAndAKeenOneHoldStances() {
        String body = "Nora Vance has been outspoken about the cost of the stadium. "
                + "Council members are keen to cut the bus fare.";
        List<Found> found = quotes(body);
        assertThat(quoteWith(found, "cost of the stadium").cue()).isEqualTo("outspoken");
        Found keen = quoteWith(found, "bus fare");
        assertThat(keen.cue()).isEqualTo("keen");
        assertThat(keen.quote().attribution()).isEqualTo(Attribution.INTENTION);
    }

    @Test
    void aSwipeAtSomeoneIsAStance() {
        String body = "Mayor Dan Hart took a swipe at the county board for the late budget.";
        Found f = quoteWith(quotes(body), "county board");
        assertThat(f.cue()).isEqualTo("swipe");
    }
}
