package org.newsgraph.index.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.json.AnalysisJson;
import org.newsgraph.index.CorpusSearcher;
import org.newsgraph.index.search.Hits.CorpusEntity;
import org.newsgraph.index.search.Hits.Edge;
import org.newsgraph.index.search.Hits.EventHit;
import org.newsgraph.index.search.Hits.Network;
import org.newsgraph.index.search.Hits.QuoteHit;
import org.newsgraph.index.search.SearchFilter;

/**
 * Writes the corpus out for pandas, R or Gephi: quotes, events and entities as JSON Lines or
 * CSV (RFC 4180, header row, UTF-8), the co-occurrence network as GraphML.
 *
 * <p>CSV columns:
 * <ul>
 * <li>quotes: {@link #QUOTE_COLUMNS}</li>
 * <li>events: {@link #EVENT_COLUMNS} (recipients joined by {@code ; })</li>
 * <li>entities: {@link #ENTITY_COLUMNS} (aliases joined by {@code |})</li>
 * </ul>
 * JSON Lines rows hold the same values, with the quote or event as in the analysis contract
 * under {@code quote} / {@code event}.
 */
public final class CorpusExporter {

    public static final List<String> QUOTE_COLUMNS = List.of("quote_id", "article_id", "date", "speaker",
            "speaker_key", "kind", "text", "cue", "start", "end", "title", "url", "attribution");
    public static final List<String> EVENT_COLUMNS = List.of("event_id", "article_id", "date", "type", "mode",
            "actor", "recipients", "location", "trigger", "modality", "text", "title", "url");
    public static final List<String> ENTITY_COLUMNS = List.of("key", "name", "type", "articles", "mentions",
            "first_seen", "last_seen", "aliases");

    private static final ObjectMapper JSON = AnalysisJson.mapper();

    private final CorpusSearcher searcher;

    public CorpusExporter(CorpusSearcher searcher) {
        this.searcher = searcher;
    }

    /** Writes quotes; returns how many. */
    public long quotes(SearchFilter f, boolean csv, Writer out) throws IOException {
        long[] n = {0};
        if (csv) {
            row(out, QUOTE_COLUMNS);
        }
        searcher.eachQuote(f, q -> {
            JsonNode j = q.quote();
            List<String> values = List.of(q.id(), q.articleId(), str(q.day()), nz(q.speaker()), nz(q.speakerKey()),
                    j.path("kind").asText(""), nz(q.text()), cue(j), j.path("start").asText(""), j.path("end").asText(""),
                    nz(q.title()), nz(q.uri()), j.path("attribution").asText(""));
            write(out, csv, QUOTE_COLUMNS, values, "quote", j);
            n[0]++;
        });
        return n[0];
    }

    /** Writes events; returns how many. */
    public long events(SearchFilter f, boolean csv, Writer out) throws IOException {
        long[] n = {0};
        if (csv) {
            row(out, EVENT_COLUMNS);
        }
        searcher.eachEvent(f, e -> {
            JsonNode j = e.event();
            List<String> values = List.of(e.id(), e.articleId(), str(e.day()), nz(e.type()), j.path("mode").asText(""),
                    nz(e.actor()), String.join("; ", e.recipients()), j.path("location").path("name").asText(""),
                    j.path("trigger").path("text").asText(j.path("trigger").isTextual() ? j.path("trigger").asText() : ""),
                    j.path("modality").asText(""), nz(e.text()), nz(e.title()), nz(e.uri()));
            write(out, csv, EVENT_COLUMNS, values, "event", j);
            n[0]++;
        });
        return n[0];
    }

    /** Writes the merged entities, most reported first; returns how many. */
    public long entities(SearchFilter f, boolean csv, Writer out) throws IOException {
        if (csv) {
            row(out, ENTITY_COLUMNS);
        }
        List<CorpusEntity> all = searcher.entities(f, Integer.MAX_VALUE);
        for (CorpusEntity e : all) {
            List<String> values = List.of(e.key(), e.name(), e.type(), Long.toString(e.articles()),
                    Long.toString(e.mentions()), str(e.firstSeen()), str(e.lastSeen()), String.join("|", e.aliases()));
            if (csv) {
                row(out, values);
            } else {
                ObjectNode o = JSON.createObjectNode();
                o.put("key", e.key()).put("name", e.name()).put("type", e.type()).put("articles", e.articles())
                        .put("mentions", e.mentions()).put("first_seen", str(e.firstSeen())).put("last_seen", str(e.lastSeen()));
                e.aliases().forEach(o.putArray("aliases")::add);
                out.write(JSON.writeValueAsString(o));
                out.write('\n');
            }
        }
        return all.size();
    }

    /** Writes the co-occurrence network of the {@code top} most reported entities as GraphML. */
    public Network graphml(SearchFilter f, int top, Writer out) throws IOException {
        Network net = searcher.network(f, top);
        out.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="type" for="node" attr.name="type" attr.type="string"/>
                  <key id="articles" for="node" attr.name="articles" attr.type="long"/>
                  <key id="weight" for="edge" attr.name="weight" attr.type="long"/>
                  <graph id="cooccurrence" edgedefault="undirected">
                """);
        for (CorpusEntity e : net.nodes()) {
            out.write("    <node id=\"" + xml(e.key()) + "\"><data key=\"label\">" + xml(e.name())
                    + "</data><data key=\"type\">" + xml(e.type()) + "</data><data key=\"articles\">" + e.articles()
                    + "</data></node>\n");
        }
        int i = 0;
        for (Edge e : net.edges()) {
            out.write("    <edge id=\"x" + (i++) + "\" source=\"" + xml(e.source()) + "\" target=\"" + xml(e.target())
                    + "\"><data key=\"weight\">" + e.weight() + "</data></edge>\n");
        }
        out.write("  </graph>\n</graphml>\n");
        return net;
    }

    private static void write(Writer out, boolean csv, List<String> columns, List<String> values, String itemName,
                              JsonNode item) throws IOException {
        if (csv) {
            row(out, values);
            return;
        }
        ObjectNode o = JSON.createObjectNode();
        for (int i = 0; i < columns.size(); i++) {
            o.put(columns.get(i), values.get(i));
        }
        o.set(itemName, item);
        out.write(JSON.writeValueAsString(o));
        out.write('\n');
    }

    static void row(Writer out, List<String> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (String v : values) {
            String s = v == null ? "" : v;
            cells.add(s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                    ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        out.write(String.join(",", cells));
        out.write("\r\n");
    }

    private static String cue(JsonNode quote) {
        JsonNode c = quote.path("cue");
        return c.isObject() ? c.path("text").asText("") : c.isTextual() ? c.asText() : "";
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
