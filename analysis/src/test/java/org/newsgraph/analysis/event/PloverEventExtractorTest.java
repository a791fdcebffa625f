package org.newsgraph.analysis.event;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Participant;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.analysis.event.EventFixture.events;
import static org.newsgraph.analysis.event.EventFixture.triggeredBy;

class PloverEventExtractorTest {

    /** One sentence per PLOVER type: trigger, type, a word of the actor's name, a word of a recipient's name or -. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Kenya and Uganda agreed on Monday to reopen their border crossing.|agreed|AGREE|Kenya|Uganda",
            "The Italian foreign minister met Tunisian President Kais Saied in Tunis on Thursday.|met|CONSULT|Italian|Saied",
            "Brazil praised Argentina for its handling of the debt talks.|praised|SUPPORT|Brazil|Argentina",
            "Egypt eased travel restrictions on Sudanese students on Tuesday.|eased|CONCEDE|Egypt|-",
            "Ghana extradited a suspected smuggler to Nigeria on Friday.|extradited|COOPERATE|Ghana|Nigeria",
            "Japan donated medical supplies to Nepal after the earthquake.|donated|AID|Japan|Nepal",
            "Ethiopia withdrew its troops from Somalia last week.|withdrew|RETREAT|Ethiopia|Somalia",
            "Chile asked Peru to return the seized fishing boats.|asked|REQUEST|Chile|Peru",
            "Serbia accused Croatia of mistreating refugees.|accused|ACCUSE|Serbia|Croatia",
            "Vietnam rejected China's claim to the islands on Wednesday.|rejected|REJECT|Vietnam|China",
            "Turkey threatened to close its airspace to Austrian airlines.|threatened|THREATEN|Turkey|-",
            "Thousands of Chilean students marched in Santiago on Thursday against tuition fees.|marched|PROTEST|Chilean|-",
            "Canada imposed sanctions on Belarus over the crackdown.|imposed|SANCTION|Canada|Belarus",
            "India deployed additional troops to its border with Pakistan.|deployed|MOBILIZE|India|-",
            "Kenyan police arrested twelve opposition activists in Nairobi on Saturday.|arrested|COERCE|Kenyan|activists",
            "Rebels attacked a military convoy near Goma.|attacked|ASSAULT|Rebels|-",
    })
    void codesEveryType(String sentence, String trigger, String type, String actor, String recipient) {
        List<Event> events = events(sentence);
        Event e = triggeredBy(sentence, events, trigger).orElseThrow(() -> new AssertionError("no event at " + trigger
                + " in " + events));
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.actor()).isNotNull();
        assertThat(e.actor().name()).contains(actor);
        if (!recipient.equals("-")) {
            assertThat(e.recipients()).extracting(Participant::name).anySatisfy(n -> assertThat(n).contains(recipient));
        }
        assertThat(e.modality()).isNull();
        assertThat(e.span().text(sentence)).isEqualTo(sentence);
    }

    @Test
    void contentOfAThreatIsNoSeparateEvent() {
        String s = "Turkey threatened to close its airspace to Austrian airlines.";
        assertThat(events(s)).extracting(Event::type).containsExactly("THREATEN");
    }

    @Test
    void passiveVictimIsRecipientAndNominalTriggerGivesMode() {
        String s = "A Malian journalist was killed in an airstrike near Gao on Friday.";
        List<Event> events = events(s);
        assertThat(events).hasSize(1); // "killed" and "airstrike" are one event
        Event e = events.get(0);
        assertThat(e.type()).isEqualTo("ASSAULT");
        assertThat(e.mode()).isEqualTo("aerial");
        assertThat(e.recipients()).extracting(Participant::country).contains("MLI");
        assertThat(e.location().name()).isEqualTo("Gao");
        assertThat(e.date().value()).hasToString("2020-01-03");
        assertThat(e.date().how()).isEqualTo("resolved");
    }

    @Test
    void passiveAgentComesFromTheByPhrase() {
        String s = "Two aid workers were kidnapped by gunmen in Niger.";
        Event e = triggeredBy(s, events(s), "kidnapped").orElseThrow();
        assertThat(e.type()).isEqualTo("ASSAULT");
        assertThat(e.mode()).isEqualTo("abduct");
        assertThat(e.actor().name()).contains("gunmen");
        assertThat(e.recipients()).extracting(Participant::name).anySatisfy(n -> assertThat(n).contains("workers"));
        assertThat(e.location().name()).isEqualTo("Niger");
    }

    @Test
    void capitalAsActorStandsForItsCountry() {
        String s = "Moscow expelled two Estonian diplomats on Monday.";
        Event e = triggeredBy(s, events(s), "expelled").orElseThrow();
        assertThat(e.type()).isEqualTo("SANCTION");
        assertThat(e.actor().name()).isEqualTo("Russia");
        assertThat(e.actor().country()).isEqualTo("RUS");
        assertThat(e.recipients()).extracting(Participant::country).contains("EST");
    }

    @Test
    void theRegimeIsTheRegimeNamedBefore() {
        String s = "Syria's regime denied the reports from the United States. On Sunday the regime shelled rebel positions in Idlib.";
        Event e = triggeredBy(s, events(s), "shelled").orElseThrow();
        assertThat(e.type()).isEqualTo("ASSAULT");
        assertThat(e.mode()).isEqualTo("artillery");
        assertThat(e.actor().name()).isEqualTo("Syria");
        assertThat(e.actor().country()).isEqualTo("SYR");
        assertThat(e.location().name()).isEqualTo("Idlib");
        assertThat(e.date().value()).hasToString("2020-01-05");
    }

    @Test
    void nationalAdjectiveOfAGovernmentNounIsTheCountry() {
        String s = "The Iranian government condemned the attack on the embassy.";
        Event e = triggeredBy(s, events(s), "condemned").orElseThrow();
        assertThat(e.type()).isEqualTo("ACCUSE");
        assertThat(e.actor().name()).isEqualTo("Iran");
        assertThat(e.actor().country()).isEqualTo("IRN");
    }

    @Test
    void pronounSubjectOfAReportedClauseIsTheSpeaker() {
        String s = "The coalition said on Sunday that it had stopped its operations against the Islamic State.";
        Event e = triggeredBy(s, events(s), "stopped").orElseThrow();
        assertThat(e.type()).isEqualTo("RETREAT");
        assertThat(e.actor().name()).isEqualTo("coalition");
        assertThat(e.recipients()).extracting(Participant::name).contains("Islamic State");
        assertThat(e.date().value()).hasToString("2020-01-05");
    }

    @Test
    void negatedConflictIsFlaggedNotReported() {
        String s = "Police did not arrest the protesters outside the ministry.";
        Event e = triggeredBy(s, events(s), "arrest").orElseThrow();
        assertThat(e.type()).isEqualTo("COERCE");
        assertThat(e.modality()).isEqualTo("negated");
    }

    @Test
    void refusingCooperationIsARejection() {
        String s = "Hungary did not sign the migration pact.";
        Event e = triggeredBy(s, events(s), "sign").orElseThrow();
        assertThat(e.type()).isEqualTo("REJECT");
        assertThat(e.modality()).isNull();
        assertThat(e.actor().name()).isEqualTo("Hungary");
    }

    @Test
    void futureAndHypotheticalAreFlagged() {
        String future = "Germany will deploy more troops to Lithuania.";
        assertThat(triggeredBy(future, events(future), "deploy").orElseThrow().modality()).isEqualTo("future");
        String could = "Israel could attack Iranian nuclear sites.";
        assertThat(triggeredBy(could, events(could), "attack").orElseThrow().modality()).isEqualTo("hypothetical");
        String condition = "If Iran doesn't support the group openly, it will do it secretly.";
        Event e = triggeredBy(condition, events(condition), "support").orElseThrow();
        assertThat(e.type()).isEqualTo("SUPPORT");
        assertThat(e.modality()).isNotNull();
    }

    @Test
    void whatAnActorSaysItWillDoIsAPromise() {
        String s = "Hungary said it will support the resolution.";
        Event e = triggeredBy(s, events(s), "support").orElseThrow();
        assertThat(e.type()).isEqualTo("AGREE");
        assertThat(e.actor().name()).isEqualTo("Hungary");
        assertThat(e.modality()).isNull();
    }

    @Test
    void whatAnActorSaysAnotherMustDoIsADemand() {
        String s = "Russia said that Sudan must return the captured helicopter.";
        List<Event> events = events(s);
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.type()).isEqualTo("REQUEST");
        assertThat(e.actor().name()).isEqualTo("Russia");
        assertThat(e.recipients()).extracting(Participant::name).containsExactly("Sudan");
    }

    @Test
    void relativeAndExplicitDatesResolveAgainstPublication() {
        String s = "Iran fired missiles at a base in Iraq on Tuesday. Iraq's parliament passed a resolution last Friday "
                + "that asked for the removal of American troops. Israel attacked a convoy on Jan. 2, 2020. "
                + "Egypt eased restrictions on imports.";
        List<Event> events = events(s);
        Event fired = triggeredBy(s, events, "fired").orElseThrow();
        assertThat(fired.date().value()).hasToString("2020-01-07");
        assertThat(fired.date().text()).isEqualTo("Tuesday");
        assertThat(fired.location().name()).isEqualTo("Iraq");
        Event asked = triggeredBy(s, events, "asked").orElseThrow();
        assertThat(asked.type()).isEqualTo("REQUEST");
        assertThat(asked.actor().country()).isEqualTo("IRQ");
        assertThat(asked.date().value()).hasToString("2020-01-03");
        Event attacked = triggeredBy(s, events, "attacked").orElseThrow();
        assertThat(attacked.date().value()).hasToString("2020-01-02");
        assertThat(attacked.date().how()).isEqualTo("explicit");
        Event eased = triggeredBy(s, events, "eased").orElseThrow();
        assertThat(eased.date().value()).isEqualTo(EventFixture.PUBLISHED);
        assertThat(eased.date().how()).isEqualTo("publication");
    }

    @Test
    void eventsAreNumberedInTextOrder() {
        String s = "Chile asked Peru to return the boats. Peru rejected the request.";
        List<Event> events = events(s);
        assertThat(events).extracting(Event::id).containsExactly("v1", "v2");
        assertThat(events.get(0).trigger().start()).isLessThan(events.get(1).trigger().start());
    }

    @Test
    void nounsInsideNamesAndModifiersTriggerNothing() {
        String s = "Members of the Popular Mobilization Forces visited aid groups in Basra.";
        assertThat(events(s)).extracting(Event::type).containsExactly("CONSULT");
    }

    @Test
    void parseBudgetKeepsTheReportedActsOfNamedActors() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            b.append("The talks of round ").append(i + 1).append(" were a sign of progress, observers noted. ");
        }
        b.append("Peru expelled two Chilean diplomats on Monday.");
        String body = b.toString();
        var context = EventFixture.context(body);
        List<Event> events = new PloverEventExtractor(EventLexicon.defaults(),
                org.newsgraph.analysis.entity.KnownNames.defaults(), 0.1).extract(context, List.of());
        int sentences = context.text().sentences().size();
        assertThat(context.text().parsedSentenceCount()).isLessThanOrEqualTo(Math.max(3, (int) Math.ceil(0.1 * sentences)));
        assertThat(events).extracting(Event::type).contains("SANCTION");
    }
}
