package org.newsgraph.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.core.json.AnalysisJson;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Participant;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Speaker;
import org.newsgraph.core.model.Span;

/**
 * Turns one analysis into its Lucene documents: the article (with the full analysis JSON), one
 * per quote, one per event and one per corpus entity it mentions.
 */
final class DocumentMapper {

    /** Text stored with offsets in the postings, so highlighting needs no re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /** What the index decided about the article, written on all its documents. */
    record Placement(long seq, String url, long simhash, String dupOf) {
    }

    List<Document> documents(Analysis a, Map<String, String> keys, Placement p) {
        ObjectNode json = AnalysisJson.toJson(a);
        String id = json.get("id").asText();
        String body = a.article().body();
        LocalDate pub = a.article().published().value();
        String host = CanonicalUrl.host(a.article().source().uri());
        String format = a.article().source().format();
        List<Document> docs = new ArrayList<>();

        String title = a.article().title();
        String uri = a.article().source().uri();
        Document art = common(Fields.ARTICLE, id, p, pub, host, format);
        art.add(new StringField(Fields.URL, p.url(), Field.Store.YES));
        art.add(new StoredField(Fields.URI, uri));
        if (title != null) {
            art.add(new TextField(Fields.TITLE, title, Field.Store.YES));
        }
        art.add(new Field(Fields.TEXT, body, TEXT_WITH_OFFSETS));
        art.add(new StoredField(Fields.SIMHASH, p.simhash()));
        if (p.dupOf() != null) {
            art.add(new StringField(Fields.DUP_OF, p.dupOf(), Field.Store.YES));
        }
        // the body is stored once, in TEXT; the JSON gets it back when read (CorpusSearcher.analysis)
        json.remove("body");
        art.add(new StoredField(Fields.JSON, json.toString().getBytes(StandardCharsets.UTF_8)));
        new LinkedHashSet<>(keys.values()).forEach(k -> multi(art, Fields.ENTITY, k));
        docs.add(art);

        for (Entity e : a.entities()) {
            String key = keys.get(e.id());
            Document m = common(Fields.MENTION, id, p, pub, host, format, false);
            // mention documents are many: doc values only, nothing stored
            m.add(new StringField(Fields.KEY, key, Field.Store.NO));
            m.add(new SortedSetDocValuesField(Fields.KEY, new BytesRef(key)));
            m.add(new SortedSetDocValuesField(Fields.NAME, new BytesRef(e.name())));
            m.add(new TextField(Fields.NAME_TEXT, String.join(" | ", e.aliases().isEmpty() ? List.of(e.name()) : e.aliases()),
                    Field.Store.NO));
            m.add(new SortedSetDocValuesField(Fields.TYPE, new BytesRef(e.type().name())));
            Set<String> forms = new LinkedHashSet<>();
            forms.add(e.name());
            forms.addAll(e.aliases());
            Set<String> normalized = new LinkedHashSet<>();
            for (String f : forms) {
                m.add(new SortedSetDocValuesField(Fields.ALIAS, new BytesRef(f)));
                normalized.add(EntityRegistry.normalize(f));
            }
            normalized.forEach(n -> m.add(new StringField(Fields.ALIAS, n, Field.Store.NO)));
            m.add(new NumericDocValuesField(Fields.MENTIONS, e.mentions().size()));
            docs.add(m);
        }

        JsonNode quotesJson = json.path("quotes");
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            Document d = common(Fields.QUOTE, id, p, pub, host, format);
            reference(d, title, uri);
            d.add(new StringField(Fields.ITEM_ID, id + "/" + q.id(), Field.Store.YES));
            d.add(new Field(Fields.TEXT, q.content().text(body), TEXT_WITH_OFFSETS));
            multi(d, Fields.QUOTE_KIND, q.kind().label());
            multi(d, Fields.ATTRIBUTION, q.attribution().label());
            String speakerKey = null;
            if (q.speaker() != null) {
                speakerKey = q.speaker().entityId() != null && keys.containsKey(q.speaker().entityId())
                        ? keys.get(q.speaker().entityId()) : "~" + EntityRegistry.normalize(q.speaker().name());
                multi(d, Fields.SPEAKER, speakerKey);
                multi(d, Fields.SPEAKER_NAME, q.speaker().name());
            }
            for (String k : about(a, q, keys, speakerKey)) {
                multi(d, Fields.ENTITY, k);
            }
            d.add(new StoredField(Fields.START, q.content().start()));
            d.add(new StoredField(Fields.END, q.content().end()));
            d.add(new StoredField(Fields.EXTRA, withReporter(quotesJson.path(i), q, a).toString()));
            docs.add(d);
        }

        JsonNode eventsJson = json.path("events");
        for (int i = 0; i < a.events().size(); i++) {
            Event ev = a.events().get(i);
            LocalDate day = ev.date() != null && ev.date().value() != null ? ev.date().value() : pub;
            Document d = common(Fields.EVENT, id, p, day, host, format);
            reference(d, title, uri);
            d.add(new StringField(Fields.ITEM_ID, id + "/" + ev.id(), Field.Store.YES));
            d.add(new Field(Fields.TEXT, ev.span().text(body), TEXT_WITH_OFFSETS));
            multi(d, Fields.EVENT_TYPE, ev.type());
            Set<String> involved = new LinkedHashSet<>();
            if (ev.actor() != null) {
                String k = participantKey(ev.actor(), keys);
                multi(d, Fields.ACTOR, k);
                involved.add(k);
            }
            for (Participant r : ev.recipients()) {
                String k = participantKey(r, keys);
                multi(d, Fields.RECIPIENT, k);
                involved.add(k);
            }
            if (ev.location() != null) {
                String k = participantKey(ev.location(), keys);
                d.add(new StringField(Fields.LOCATION, k, Field.Store.NO));
                involved.add(k);
            }
            involved.forEach(k -> multi(d, Fields.ENTITY, k));
            d.add(new StoredField(Fields.EXTRA, eventsJson.path(i).toString()));
            docs.add(d);
        }
        return docs;
    }

    private static Document common(String kind, String id, Placement p, LocalDate day, String host, String format) {
        return common(kind, id, p, day, host, format, true);
    }

    /**
     * The fields every document has; {@code stored} false leaves out their stored copies (mention
     * documents are many and read through doc values only: storing would only add flush and merge work).
     */
    private static Document common(String kind, String id, Placement p, LocalDate day, String host, String format,
                                   boolean stored) {
        Field.Store store = stored ? Field.Store.YES : Field.Store.NO;
        Document d = new Document();
        d.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE_ID, id, store));
        d.add(new SortedSetDocValuesField(Fields.ARTICLE_ID, new BytesRef(id)));
        d.add(new NumericDocValuesField(Fields.SEQ, p.seq()));
        if (stored) {
            d.add(new StoredField(Fields.SEQ, p.seq()));
        }
        d.add(new StringField(Fields.IS_DUP, p.dupOf() == null ? "0" : "1", Field.Store.NO));
        if (day != null) {
            d.add(new LongPoint(Fields.DAY, day.toEpochDay()));
            d.add(new NumericDocValuesField(Fields.DAY, day.toEpochDay()));
            if (stored) {
                d.add(new StoredField(Fields.DAY, day.toEpochDay()));
            }
        }
        if (host != null) {
            keyword(d, Fields.HOST, host, store);
        }
        if (format != null) {
            keyword(d, Fields.FORMAT, format, store);
        }
        return d;
    }

    /** The article's title and URI, stored on its quotes and events for display. */
    private static void reference(Document d, String title, String uri) {
        if (title != null) {
            d.add(new StoredField(Fields.REF_TITLE, title));
        }
        d.add(new StoredField(Fields.URI, uri));
    }

    /** An indexed, stored and facetable keyword. */
    private static void multi(Document d, String field, String value) {
        keyword(d, field, value, Field.Store.YES);
    }

    private static void keyword(Document d, String field, String value, Field.Store store) {
        d.add(new StringField(field, value, store));
        d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    static String participantKey(Participant p, Map<String, String> keys) {
        if (p.entityId() != null && keys.containsKey(p.entityId())) {
            return keys.get(p.entityId());
        }
        return "~" + EntityRegistry.normalize(p.name());
    }

    /** Entities named in the quote, else in its sentence; never the speaker. */
    private static Set<String> about(Analysis a, Quote q, Map<String, String> keys, String speakerKey) {
        Set<String> inside = new LinkedHashSet<>();
        Set<String> sentence = new LinkedHashSet<>();
        Span sent = null;
        for (Span s : a.sentences()) {
            if (s.contains(q.content().start())) {
                sent = s;
                break;
            }
        }
        for (Entity e : a.entities()) {
            String k = keys.get(e.id());
            if (k == null || k.equals(speakerKey)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (q.content().contains(m)) {
                    inside.add(k);
                } else if (sent != null && sent.contains(m)) {
                    sentence.add(k);
                }
            }
        }
        return inside.isEmpty() ? sentence : inside;
    }

    /**
     * A quote reported inside another one carries the outer speaker's name ({@code reported_by}),
     * so a search hit shows whose claim it is without loading the article.
     */
    private static JsonNode withReporter(JsonNode quote, Quote q, Analysis a) {
        if (!q.nested() || !quote.isObject()) {
            return quote;
        }
        Speaker reporter = a.reporterOf(q);
        return ((com.fasterxml.jackson.databind.node.ObjectNode) quote.deepCopy()).put("reported_by", reporter == null ? null : reporter.name());
    }
}
