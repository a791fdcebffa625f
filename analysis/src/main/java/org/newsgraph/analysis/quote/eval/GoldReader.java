package org.newsgraph.analysis.quote.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.core.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads quote gold in the PolNeAR JSON Lines format ({@code shared/gold/quotes/README.md}). Its
 * offsets count code points; they are mapped to Java string indices here so that they line up
 * with the analysis of the same text.
 */
public final class GoldReader {

    private final ObjectMapper mapper = new ObjectMapper();

    public List<GoldArticle> read(Path file) throws IOException {
        List<GoldArticle> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(parse(mapper.readTree(line)));
                }
            }
        }
        return out;
    }

    private GoldArticle parse(JsonNode n) {
        String text = n.path("text").asText();
        List<GoldAttribution> attributions = new ArrayList<>();
        for (JsonNode a : n.path("attributions")) {
            attributions.add(new GoldAttribution(spans(text, a.path("content")), spans(text, a.path("source")),
                    spans(text, a.path("cue")), a.path("content_has_quote_marks").asBoolean(false)));
        }
        return new GoldArticle(n.path("doc_id").asText(), n.path("annotator").asText(""), n.path("title").asText(""),
                text, attributions);
    }

    private static List<Span> spans(String text, JsonNode array) {
        List<Span> out = new ArrayList<>();
        int cps = text.codePointCount(0, text.length());
        for (JsonNode s : array) {
            int start = Math.min(s.path("start").asInt(), cps);
            int end = Math.min(s.path("end").asInt(), cps);
            if (end > start) {
                out.add(new Span(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
            }
        }
        return out;
    }
}
