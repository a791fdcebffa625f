package org.newsgraph.ingest.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.DefaultArticleExtractor;
import org.newsgraph.ingest.SharedData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractionEvalTest {

    @Test
    void scoresATinyGoldSet(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        String body = "The council voted on Tuesday to keep the library open for another year, after a petition "
                + "signed by more than four thousand residents.";
        String html = "<html><body><nav><a href='/'>Home</a> <a href='/x'>Other</a></nav><article><h1>Library saved</h1><p>"
                + body + "</p></article></body></html>";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("html/p2.html"), "<html><body><ul><li><a href='/1'>Only links here</a></li></ul></body></html>");
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://x.example/p1\"},"
                + " \"p2\": {\"articleBody\": \"A body the page does not have at all.\", \"url\": null}}");

        ExtractionResult r = ExtractionEval.run(dir, new DefaultArticleExtractor());

        assertThat(r.pages()).isEqualTo(2);
        assertThat(r.precision()).isEqualTo(1.0); // p2 has no prediction: not in the precision mean
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.pageScores()).filteredOn(s -> s.id().equals("p2")).first()
                .satisfies(s -> assertThat(s.error()).contains("no article text"));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        r.printTable(new PrintStream(buf, true, StandardCharsets.UTF_8));
        r.printErrors(new PrintStream(buf, true, StandardCharsets.UTF_8), 1);
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("F1", "precision", "recall", "pages/s", "== p2",
                "- A body the page does not have at all");
    }

    @Test
    void missingGoldSetIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> ExtractionEval.run(dir, new DefaultArticleExtractor()))
                .isInstanceOf(IOException.class).hasMessageContaining("ground-truth.json");
    }

    /** The benchmark pages: issue 4 asks for F1 ≥ 0.96 with precision and recall ≥ 0.94; the floor sits a little below what is reached. */
    @Test
    void aebDevBodyScoreStaysAboveFloor() throws IOException {
        Path gold = SharedData.require("gold/extraction/aeb-dev");
        ExtractionResult r = ExtractionEval.run(gold, new DefaultArticleExtractor());
        assertThat(r.pages()).isEqualTo(60);
        assertThat(r.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.precision()).isGreaterThanOrEqualTo(0.955);
        assertThat(r.recall()).isGreaterThanOrEqualTo(0.975);
    }

    @Test
    void goose3SamplesTitlesOpeningsAndLanguages() throws IOException {
        Path dir = SharedData.require("samples/html/goose3");
        SampleCheck c = ExtractionEval.checkSamples(dir, new DefaultArticleExtractor());
        assertThat(c.rows()).hasSize(20);
        assertThat(c.title().hits()).isEqualTo(c.title().total());
        assertThat(c.opening().hits()).isGreaterThanOrEqualTo(19);
        assertThat(c.language().hits()).isGreaterThanOrEqualTo(c.language().total() - 1);
    }
}
