package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.json.AnalysisJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsgraph analyze --format json|jsonl} against the contract's JSON Schema, on several articles. */
class AnalyzeContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = AnalysisJson.class.getResourceAsStream("analysis.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Path resource(String name) {
        return Path.of("src/test/resources/articles", name);
    }

    /** Schema-valid, and every span's text is exactly the body's characters at its offsets. */
    static void assertContract(JsonNode analysis) {
        Set<ValidationMessage> errors = schema.validate(analysis);
        assertThat(errors).as("schema violations").isEmpty();
        String body = analysis.get("body").asText();
        assertThat(analysis.get("id").asText()).isEqualTo(AnalysisJson.bodyId(body));
        for (JsonNode s : analysis.get("sentences")) {
            assertThat(s.get("end").asInt()).isGreaterThan(s.get("start").asInt()).isLessThanOrEqualTo(body.length());
        }
        List<JsonNode> spans = new ArrayList<>();
        analysis.get("entities").forEach(e -> e.get("mentions").forEach(spans::add));
        for (JsonNode q : analysis.get("quotes")) {
            spans.add(q);
            if (q.get("cue").isObject()) {
                spans.add(q.get("cue"));
            }
            if (q.get("speaker").isObject() && q.get("speaker").get("mention").isObject()) {
                spans.add(q.get("speaker").get("mention"));
            }
        }
        for (JsonNode v : analysis.get("events")) {
            spans.add(v);
            if (v.has("trigger")) {
                spans.add(v.get("trigger"));
            }
        }
        for (JsonNode span : spans) {
            String text = body.substring(span.get("start").asInt(), span.get("end").asInt());
            assertThat(span.get("text").asText()).isEqualTo(text);
        }
        for (JsonNode e : analysis.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertThat(e.get("aliases").toString()).contains(JSON.valueToTree(m.get("text").asText()).toString());
            }
        }
    }

    @Test
    void seedTextHtmlAndJsonLinesAllMeetTheContract() throws IOException {
        for (String input : List.of("../examples/voa-us-iran-tensions.txt", resource("harbor-bridge.html").toString())) {
            CliRun run = CliRun.of("analyze", "--format", "json", input);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertContract(JSON.readTree(run.out()));
        }
        CliRun batch = CliRun.of("analyze", "--format", "jsonl", resource("batch.jsonl").toString());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : batch.out().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(4);
        assertContract(lines.get(0));
        assertContract(lines.get(3));
        assertThat(lines.get(0).at("/source/id").asText()).isEqualTo("r1");
        assertThat(lines.get(0).at("/published/how").asText()).isEqualTo("metadata");
        assertThat(lines.get(3).at("/source/uri").asText()).isEqualTo("https://example.org/eu-japan");
        assertThat(lines.get(3).at("/authors/0").asText()).isEqualTo("Kim Lee");
        assertThat(lines.get(1).at("/source/id").asText()).isEqualTo("r2");
        assertThat(lines.get(1).get("error").asText()).contains("no \"text\"");
        assertThat(lines.get(2).get("error").asText()).contains("line 3").contains("not JSON");
        assertThat(batch.exitCode()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(batch.err()).contains("r2").contains("line 3");
    }

    @Test
    void htmlMetadataReachesTheAnalysis() throws IOException {
        CliRun run = CliRun.of("analyze", "--format", "json", resource("harbor-bridge.html").toString());
        JsonNode a = JSON.readTree(run.out());
        assertThat(a.get("title").asText()).isEqualTo("Harbor Bridge to Reopen After Repairs");
        assertThat(a.at("/published/value").asText()).isEqualTo("2023-05-17");
        assertThat(a.at("/published/how").asText()).isEqualTo("metadata");
        assertThat(a.at("/source/format").asText()).isEqualTo("html");
        assertThat(a.get("body").asText()).doesNotContain("Home", "Coastal Daily").contains("Mayor Elena Vasquez");
    }

    @Test
    void gzipInputIsReadTransparently() throws IOException {
        Path gz = tmp.resolve("article.txt.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("Storm Hits Coast\n\nA storm hit the coast of Portugal on Sunday, cutting power to 20,000 homes."
                    .getBytes(StandardCharsets.UTF_8));
        }
        CliRun run = CliRun.of("analyze", "--format", "json", gz.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out());
        assertContract(a);
        assertThat(a.get("title").asText()).isEqualTo("Storm Hits Coast");
        assertThat(a.get("entities").toString()).contains("Portugal");
    }
}
