package org.newsgraph.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.DateHow;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.EventDate;
import org.newsgraph.core.model.Participant;
import org.newsgraph.core.model.PublicationDate;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Removed;
import org.newsgraph.core.model.Source;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.model.Speaker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Converts analyses to and from the JSON contract {@code newsgraph/analysis/1}
 * (see {@code shared/spec/analysis-json.md}). Span texts are written from the body, never stored.
 */
public final class AnalysisJson {

    public static final String SCHEMA = "newsgraph/analysis/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The contract's object for a full analysis. */
    public static ObjectNode toJson(Analysis analysis) {
        Article article = analysis.article();
        String body = article.body();
        ObjectNode root = articleJson(article);
        ArrayNode sentences = root.putArray("sentences");
        for (Span s : analysis.sentences()) {
            sentences.addObject().put("start", s.start()).put("end", s.end());
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : analysis.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id()).put("name", e.name()).put("type", e.type().name());
            ArrayNode aliases = n.putArray("aliases");
            e.aliases().forEach(aliases::add);
            ArrayNode mentions = n.putArray("mentions");
            e.mentions().forEach(m -> mentions.add(span(m, body)));
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : analysis.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("id", q.id()).put("kind", q.kind().label()).put("attribution", q.attribution().label());
            n.put("text", q.content().text(body)).put("start", q.content().start()).put("end", q.content().end());
            if (q.speaker() == null) {
                n.putNull("speaker");
            } else {
                Speaker sp = q.speaker();
                ObjectNode s = n.putObject("speaker");
                s.put("name", sp.name()).put("entity", sp.entityId()).put("role", sp.role());
                if (sp.mention() == null) {
                    s.putNull("mention");
                } else {
                    s.set("mention", span(sp.mention(), body));
                }
            }
            if (q.cue() == null) {
                n.putNull("cue");
            } else {
                n.set("cue", span(q.cue(), body));
            }
            if (q.nested()) {
                n.put("within", q.within());
            }
        }
        ArrayNode events = root.putArray("events");
        for (Event v : analysis.events()) {
            ObjectNode n = events.addObject();
            n.put("id", v.id()).put("type", v.type()).put("mode", v.mode());
            n.put("text", v.span().text(body)).put("start", v.span().start()).put("end", v.span().end());
            if (v.trigger() != null) {
                n.set("trigger", span(v.trigger(), body));
            }
            n.set("actor", participant(v.actor()));
            ArrayNode recipients = n.putArray("recipient");
            v.recipients().forEach(r -> recipients.add(participant(r)));
            n.set("location", participant(v.location()));
            ObjectNode d = n.putObject("date");
            EventDate date = v.date();
            d.put("value", date == null || date.value() == null ? null : date.value().toString());
            d.put("text", date == null ? null : date.text());
            d.put("how", date == null ? "unknown" : date.how());
            n.put("modality", v.modality());
            n.put("reported_by", v.reportedBy());
        }
        return root;
    }

    /** The article part of the contract: schema, id, source, title, authors, published, language, body, removed. */
    public static ObjectNode articleJson(Article article) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("id", bodyId(article.body()));
        ObjectNode src = root.putObject("source");
        src.put("uri", article.source().uri()).put("format", article.source().format()).put("id", article.source().id());
        root.put("title", article.title());
        ArrayNode authors = root.putArray("authors");
        article.authors().forEach(authors::add);
        ObjectNode pub = root.putObject("published");
        PublicationDate p = article.published();
        pub.put("value", p.value() == null ? null : p.value().toString());
        pub.put("precision", p.precision());
        pub.put("how", p.how().label());
        root.put("language", article.language());
        root.put("body", article.body());
        ArrayNode removed = root.putArray("removed");
        for (Removed r : article.removed()) {
            removed.addObject().put("text", r.text()).put("reason", r.reason());
        }
        return root;
    }

    /** The JSON line written for a batch record that could not be analysed. */
    public static ObjectNode errorJson(String recordId, String reason) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("source").put("id", recordId);
        root.put("error", reason);
        return root;
    }

    /** sha256 hex of the body: the article's id. */
    public static String bodyId(String body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads an analysis back from its JSON object (the inverse of {@link #toJson}). */
    public static Analysis fromJson(JsonNode root) {
        JsonNode src = root.path("source");
        JsonNode pub = root.path("published");
        String pubValue = text(pub, "value");
        PublicationDate published = new PublicationDate(pubValue == null ? null : LocalDate.parse(pubValue),
                text(pub, "precision"), DateHow.valueOf(pub.path("how").asText("unknown").toUpperCase(Locale.ROOT)));
        List<String> authors = new ArrayList<>();
        root.path("authors").forEach(a -> authors.add(a.asText()));
        List<Removed> removed = new ArrayList<>();
        root.path("removed").forEach(r -> removed.add(new Removed(text(r, "text"), text(r, "reason"))));
        Article article = new Article(new Source(text(src, "uri"), text(src, "format"), text(src, "id")),
                text(root, "title"), authors, published, text(root, "language"), root.path("body").asText(), removed);
        List<Span> sentences = new ArrayList<>();
        root.path("sentences").forEach(s -> sentences.add(readSpan(s)));
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            List<Span> mentions = new ArrayList<>();
            e.path("mentions").forEach(m -> mentions.add(readSpan(m)));
            entities.add(new Entity(text(e, "id"), text(e, "name"), EntityType.valueOf(text(e, "type")), aliases, mentions));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            JsonNode s = q.path("speaker");
            Speaker speaker = s.isObject() ? new Speaker(text(s, "name"), text(s, "entity"), text(s, "role"),
                    s.path("mention").isObject() ? readSpan(s.path("mention")) : null) : null;
            String attribution = text(q, "attribution"); // added later: older documents have none
            quotes.add(new Quote(text(q, "id"), QuoteKind.valueOf(text(q, "kind").toUpperCase(Locale.ROOT)),
                    readSpan(q), speaker, q.path("cue").isObject() ? readSpan(q.path("cue")) : null,
                    attribution == null ? Attribution.SPEECH : Attribution.valueOf(attribution.toUpperCase(Locale.ROOT)),
                    text(q, "within")));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode v : root.path("events")) {
            List<Participant> recipients = new ArrayList<>();
            v.path("recipient").forEach(r -> recipients.add(readParticipant(r)));
            JsonNode d = v.path("date");
            String dv = text(d, "value");
            events.add(new Event(text(v, "id"), text(v, "type"), text(v, "mode"), readSpan(v),
                    v.path("trigger").isObject() ? readSpan(v.path("trigger")) : null,
                    readParticipant(v.path("actor")), recipients, readParticipant(v.path("location")),
                    new EventDate(dv == null ? null : LocalDate.parse(dv), text(d, "text"), text(d, "how")),
                    text(v, "modality"), text(v, "reported_by")));
        }
        return new Analysis(article, sentences, entities, quotes, events);
    }

    private static ObjectNode span(Span s, String body) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("start", s.start()).put("end", s.end()).put("text", s.text(body));
        return n;
    }

    private static JsonNode participant(Participant p) {
        if (p == null) {
            return MAPPER.nullNode();
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", p.name()).put("entity", p.entityId());
        if (p.country() != null) {
            n.put("country", p.country());
        }
        return n;
    }

    private static Participant readParticipant(JsonNode n) {
        return n.isObject() ? new Participant(text(n, "name"), text(n, "entity"), text(n, "country")) : null;
    }

    private static Span readSpan(JsonNode n) {
        return new Span(n.path("start").asInt(), n.path("end").asInt());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
