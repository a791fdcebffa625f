package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void extractsTheArticlePartWithoutNlp() throws IOException {
        CliRun run = CliRun.of("extract", "--format", "json", "src/test/resources/articles/harbor-bridge.html");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out());
        assertThat(a.get("title").asText()).isEqualTo("Harbor Bridge to Reopen After Repairs");
        assertThat(a.get("authors").get(0).asText()).isEqualTo("Dana Whitfield");
        assertThat(a.at("/published/value").asText()).isEqualTo("2023-05-17");
        assertThat(a.get("body").asText()).startsWith("The Harbor Bridge in Port Alder").doesNotContain("Coastal Daily");
        assertThat(a.has("entities")).isFalse();
        assertThat(a.has("removed")).isTrue();
    }

    @Test
    void aDirectoryIsEveryFileBelowIt() {
        CliRun run = CliRun.of("extract", "--format", "jsonl", "src/test/resources/articles");
        assertThat(run.out().lines().filter(l -> l.contains("\"body\"")).count()).isEqualTo(3); // html + 2 good records
        assertThat(run.out().lines().filter(l -> l.contains("\"error\"")).count()).isEqualTo(2);
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT_FAILED);
    }
}
