package org.newsgraph.analysis.event.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One gold sentence coded with one PLOVER event, as in the normalised PLOVER gold-standard
 * records: {@code {"id", "text", "event_type", "actor": [{"text"}], "recipient": [{"text"}]}}.
 */
public record EventGold(String id, String text, String type, List<String> actors, List<String> recipients) {

    public EventGold {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
    }

    /** Reads a JSON Lines gold file; blank lines are skipped. */
    public static List<EventGold> read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<EventGold> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                out.add(new EventGold(n.path("id").asText(), n.path("text").asText(), n.path("event_type").asText(),
                        texts(n.path("actor")), texts(n.path("recipient"))));
            }
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : array) {
            String t = p.path("text").asText("").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
