package org.newsgraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Article;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.InputReader;
import org.newsgraph.ingest.read.InputRecord;
import org.newsgraph.ingest.read.RawDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad inputs get a result or an {@link InputException} naming the input; never a crash or a hang. */
class RobustnessTest {

    private final DefaultArticleExtractor extractor = new DefaultArticleExtractor();

    private static RawDocument read(Path file) throws InputException {
        try (Stream<InputRecord> records = new InputReader().read(file.toString())) {
            List<InputRecord> list = records.toList();
            assertThat(list).hasSize(1);
            return (RawDocument) list.get(0);
        }
    }

    @Test
    void malformedHtmlStillGivesItsText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.html");
        Files.writeString(file, "<html><body><div class=story><p>Unclosed paragraph about the council meeting, which ran late into the"
                + " night as residents queued to speak.<p>Another one <b>with <i>misnested</b> tags</i> and a stray </span> end tag"
                + " that should not matter for the reader.<div><table><tr><td>cell without end");
        Article a = extractor.extract(read(file));
        assertThat(a.body()).contains("Unclosed paragraph about the council meeting", "misnested tags");
    }

    @Test
    void emptyAndWhitespacePagesAreClearErrors(@TempDir Path dir) throws IOException {
        Path empty = dir.resolve("empty.html");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> read(empty)).isInstanceOf(InputException.class).hasMessageContaining("empty.html");
        Path shell = dir.resolve("shell.html");
        Files.writeString(shell, "<!DOCTYPE html><html><head><title>Nothing</title></head><body>  </body></html>");
        assertThatThrownBy(() -> extractor.extract(read(shell))).isInstanceOf(InputException.class)
                .hasMessageContaining("shell.html").hasMessageContaining("no article text");
    }

    @Test
    void indexPageWithOnlyLinksIsAClearError(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("index.html");
        try (var in = getClass().getResourceAsStream("/html/index-page.html")) {
            Files.write(index, in.readAllBytes());
        }
        assertThatThrownBy(() -> extractor.extract(read(index))).isInstanceOf(InputException.class)
                .hasMessageContaining("index.html");
    }

    @Test
    void binaryFileIsRefusedByName(@TempDir Path dir) throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(4).nextBytes(noise);
        Path file = dir.resolve("photo.jpg");
        Files.write(file, noise);
        assertThatThrownBy(() -> read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("photo.jpg").hasMessageContaining("binary");
    }

    @Test
    void twentyMegabytePageOfFurnitureGivesItsArticle(@TempDir Path dir) throws IOException, InputException {
        StringBuilder sb = new StringBuilder(21 * 1024 * 1024);
        sb.append("<html><head><title>Huge</title><script>");
        while (sb.length() < 8 * 1024 * 1024) {
            sb.append("var x = 'tracking code that nobody reads';\n");
        }
        sb.append("</script></head><body><nav>");
        while (sb.length() < 14 * 1024 * 1024) {
            sb.append("<a href='/x'>Section</a> ");
        }
        sb.append("</nav><article><p>The opening paragraph of a short report hidden in a very large page, with a full stop.</p>"
                + "<p>A second paragraph follows it and ends the report.</p></article><div class='sidebar'><ul>");
        while (sb.length() < 20 * 1024 * 1024) {
            sb.append("<li><a href='/y'>Another story link</a></li>");
        }
        sb.append("</ul></div></body></html>");
        Path file = dir.resolve("huge.html");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        Article a = extractor.extract(read(file));
        assertThat(a.body()).isEqualTo("The opening paragraph of a short report hidden in a very large page, with a full stop.\n\n"
                + "A second paragraph follows it and ends the report.");
    }

    @Test
    void twentyMegabytesOfTextIsTooLongForOneArticle(@TempDir Path dir) throws IOException, InputException {
        StringBuilder sb = new StringBuilder(21 * 1024 * 1024);
        sb.append("<html><body><article>");
        while (sb.length() < 20 * 1024 * 1024) {
            sb.append("<p>This paragraph repeats to make the page very large; it talks about the weather and the harbour.</p>\n");
        }
        sb.append("</article></body></html>");
        Path file = dir.resolve("endless.html");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        RawDocument doc = read(file);
        assertThatThrownBy(() -> extractor.extract(doc)).isInstanceOf(InputException.class)
                .hasMessageContaining("endless.html").hasMessageContaining("too long");
    }
}
