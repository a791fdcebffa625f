package org.newsgraph.analysis.event;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.analysis.NewsPipeline;
import org.newsgraph.analysis.QuoteExtractor;
import org.newsgraph.analysis.entity.EntityRecognizer;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Participant;
import org.newsgraph.core.model.Source;
import org.newsgraph.ingest.DefaultArticleExtractor;
import org.newsgraph.ingest.read.ContentType;
import org.newsgraph.ingest.read.RawDocument;
import org.newsgraph.nlp.CoreNlpEngine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The events of the example article shipped in {@code examples/}: the U.S.–Iran escalation of January 2020. */
class SeedArticleEventsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        analysis = analyse(new PloverEventExtractor()); // the shipped parse budget
    }

    private static Analysis analyse(PloverEventExtractor extractor) throws Exception {
        Path seed = Path.of("..", "examples", "voa-us-iran-tensions.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        NewsPipeline pipeline = new NewsPipeline(new DefaultArticleExtractor(), new ArticleAnalyzer(
                CoreNlpEngine.shared(), new EntityRecognizer(), QuoteExtractor.NONE, extractor));
        return pipeline.process(RawDocument.of(new Source(seed.toUri().toString(), "text", null), ContentType.TEXT, text));
    }

    private static Event find(String trigger, Predicate<Event> extra) {
        return find(analysis, trigger, extra);
    }

    private static Event find(Analysis analysis, String trigger, Predicate<Event> extra) {
        String body = analysis.article().body();
        List<Event> events = analysis.events();
        return events.stream().filter(e -> e.trigger().text(body).equals(trigger)).filter(extra).findFirst()
                .orElseThrow(() -> new AssertionError("no event at '" + trigger + "' in " + events));
    }

    private static List<String> recipientNames(Event e) {
        return e.recipients().stream().map(Participant::name).toList();
    }

    @Test
    void publicationDateIsInferred() {
        assertThat(analysis.article().published().value()).hasToString("2020-01-08");
    }

    @Test
    void airstrikeThatKilledSoleimani() {
        Event e = find("airstrike", x -> x.date().value() != null && x.date().how().equals("resolved"));
        assertThat(e.type()).isEqualTo("ASSAULT");
        assertThat(e.mode()).isEqualTo("aerial");
        assertThat(e.actor().name()).isEqualTo("United States");
        assertThat(e.actor().country()).isEqualTo("USA");
        assertThat(recipientNames(e)).contains("Qassem Soleimani");
        assertThat(e.location().name()).isEqualTo("Baghdad");
        assertThat(e.date().value()).hasToString("2020-01-03");
    }

    @Test
    void missileAttackOnBasesHousingUsForces() {
        Event e = find("fired", x -> true);
        assertThat(e.type()).isEqualTo("ASSAULT");
        assertThat(e.actor().name()).isEqualTo("Iran"); // "The regime", named "Iran's regime" before
        assertThat(recipientNames(e)).contains("United States");
        assertThat(e.location().name()).isEqualTo("Iraq");
        assertThat(e.date().value()).hasToString("2020-01-07");
        assertThat(e.modality()).isNull();
    }

    @Test
    void parliamentResolutionAskingForTroopRemoval() {
        Event e = find("asked", x -> true);
        assertThat(e.type()).isEqualTo("REQUEST");
        assertThat(e.actor().name()).contains("parliament");
        assertThat(e.actor().country()).isEqualTo("IRQ");
        assertThat(e.recipients()).extracting(Participant::country).contains("USA");
        assertThat(e.date().value()).hasToString("2020-01-05");
    }

    @Test
    void coalitionPausedOperationsAgainstIs() {
        Event e = find("stopped", x -> true);
        assertThat(e.type()).isEqualTo("RETREAT");
        assertThat(e.actor().name()).contains("coalition");
        assertThat(recipientNames(e)).contains("Islamic State");
        assertThat(e.date().value()).hasToString("2020-01-05");
    }

    @Test
    void iranThreatensRevenge() {
        Event vow = find("vowing", x -> true);
        assertThat(vow.type()).isEqualTo("THREATEN");
        assertThat(vow.actor().name()).isEqualTo("Iran");
        assertThat(recipientNames(vow)).contains("United States");
        Event threats = find("threats", x -> true);
        assertThat(threats.type()).isEqualTo("THREATEN");
        assertThat(threats.actor().name()).isEqualTo("Iran");
    }

    @Test
    void withEverySentenceParsedForecastsAreFlaggedNotReported() throws Exception {
        Analysis full = analyse(new PloverEventExtractor(EventLexicon.defaults(),
                org.newsgraph.analysis.entity.KnownNames.defaults(), 1.0));
        assertThat(full.events().size()).isGreaterThan(analysis.events().size());
        Event hypothetical = find(full, "support", x -> x.modality() != null && x.recipients().stream()
                .anyMatch(p -> p.name().equals("Islamic State")));
        assertThat(hypothetical.modality()).isIn("hypothetical", "negated");
        assertThat(find(full, "exit", x -> true).modality()).isEqualTo("future");
        Event threat = find(full, "threatened", x -> true);
        assertThat(threat.actor().name()).isEqualTo("Iran");
        assertThat(recipientNames(threat)).contains("United States");
    }

    @Test
    void everyEventIsWellFormed() {
        String body = analysis.article().body();
        assertThat(analysis.events()).isNotEmpty().allSatisfy(e -> {
            assertThat(PloverType.valueOf(e.type())).isNotNull();
            assertThat(e.span().contains(e.trigger())).isTrue();
            assertThat(e.date()).isNotNull();
            assertThat(e.span().text(body)).isNotBlank();
        });
    }
}
