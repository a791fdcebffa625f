package org.newsgraph.core.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.DateHow;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.EventDate;
import org.newsgraph.core.model.Participant;
import org.newsgraph.core.model.PublicationDate;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Removed;
import org.newsgraph.core.model.Source;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.model.Speaker;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisJsonTest {

    private static final String BODY = "“We will rebuild,” Mayor Ana Ruiz said.\n\nFloods hit Lima on Monday.";

    private static Span at(String part) {
        int i = BODY.indexOf(part);
        return new Span(i, i + part.length());
    }

    private static Analysis sample() {
        Article article = new Article(new Source("file:/tmp/a.txt", "text", null), "Floods", List.of("Jo Bo"),
                PublicationDate.ofDay(LocalDate.of(2024, 3, 6), DateHow.TEXT), "en", BODY,
                List.of(new Removed("Share this", "navigation")));
        Entity ruiz = new Entity("e1", "Ana Ruiz", EntityType.PERSON, List.of("Ana Ruiz"), List.of(at("Ana Ruiz")));
        Entity lima = new Entity("e2", "Lima", EntityType.GPE, List.of("Lima"), List.of(at("Lima")));
        Quote q = new Quote("q1", QuoteKind.DIRECT, at("We will rebuild"), new Speaker("Ana Ruiz", "e1", "Mayor", at("Ana Ruiz")),
                at("said"));
        Event v = new Event("v1", "ASSAULT", null, at("Floods hit Lima on Monday"), at("hit"), new Participant("Floods", null, null),
                List.of(new Participant("Lima", "e2", "PER")), new Participant("Lima", "e2", "PER"),
                new EventDate(LocalDate.of(2024, 3, 4), "Monday", "resolved"), null, null);
        return new Analysis(article, List.of(at("“We will rebuild,” Mayor Ana Ruiz said."), at("Floods hit Lima on Monday.")), List.of(ruiz, lima), List.of(q), List.of(v));
    }

    @Test
    void writesSpanTextsFromTheBody() {
        ObjectNode json = AnalysisJson.toJson(sample());
        assertThat(json.get("schema").asText()).isEqualTo("newsgraph/analysis/1");
        assertThat(json.get("id").asText()).hasSize(64).isEqualTo(AnalysisJson.bodyId(BODY));
        assertThat(json.at("/quotes/0/text").asText()).isEqualTo("We will rebuild");
        assertThat(json.at("/quotes/0/cue/text").asText()).isEqualTo("said");
        assertThat(json.at("/quotes/0/speaker/mention/text").asText()).isEqualTo("Ana Ruiz");
        assertThat(json.at("/entities/1/mentions/0/text").asText()).isEqualTo("Lima");
        assertThat(json.at("/events/0/text").asText()).isEqualTo("Floods hit Lima on Monday");
        assertThat(json.at("/events/0/date/value").asText()).isEqualTo("2024-03-04");
        assertThat(json.at("/published/how").asText()).isEqualTo("text");
    }

    @Test
    void readsBackWhatItWrites() {
        Analysis original = sample();
        Analysis back = AnalysisJson.fromJson(AnalysisJson.toJson(original));
        assertThat(back).isEqualTo(original);
    }

    @Test
    void quoteAttributionIsWrittenAndReadBack() {
        ObjectNode json = AnalysisJson.toJson(sample());
        assertThat(json.at("/quotes/0/attribution").asText()).isEqualTo("speech");
        Analysis a = sample();
        Quote thought = new Quote("q1", QuoteKind.INDIRECT, at("We will rebuild"), null, at("said"), Attribution.THOUGHT);
        Analysis withThought = new Analysis(a.article(), a.sentences(), a.entities(), List.of(thought), a.events());
        assertThat(AnalysisJson.fromJson(AnalysisJson.toJson(withThought)).quotes().get(0).attribution())
                .isEqualTo(Attribution.THOUGHT);
        ((ObjectNode) json.at("/quotes/0")).remove("attribution"); // documents written before the field
        assertThat(AnalysisJson.fromJson(json).quotes().get(0).attribution()).isEqualTo(Attribution.SPEECH);
    }

    @Test
    void aNestedQuoteKeepsTheIdOfTheQuoteThatReportsIt() {
        Analysis a = sample();
        Quote inner = new Quote("q2", QuoteKind.INDIRECT, at("rebuild"), null, at("said"), Attribution.SPEECH, "q1");
        Analysis nested = new Analysis(a.article(), a.sentences(), a.entities(), List.of(a.quotes().get(0), inner),
                a.events());
        ObjectNode json = AnalysisJson.toJson(nested);
        assertThat(json.at("/quotes/1/within").asText()).isEqualTo("q1");
        assertThat(json.at("/quotes/0").has("within")).isFalse();
        assertThat(AnalysisJson.fromJson(json).quotes().get(1).within()).isEqualTo("q1");
    }

    @Test
    void errorLineCarriesTheRecordId() {
        assertThat(AnalysisJson.errorJson("r7", "no text").toString())
                .isEqualTo("{\"source\":{\"id\":\"r7\"},\"error\":\"no text\"}");
    }
}
