package org.newsgraph.ingest.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class InputReaderTest {

    private static RawDocument one(Path file) throws InputException {
        try (Stream<InputRecord> s = new InputReader().read(file.toString())) {
            List<InputRecord> records = s.toList();
            assertThat(records).hasSize(1);
            return (RawDocument) records.get(0);
        }
    }

    @Test
    void htmlIsRecognisedByContentWhateverTheName(@TempDir Path dir) throws IOException, InputException {
        Path xhtml = dir.resolve("page.txt");
        Files.writeString(xhtml, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- saved -->\n<!DOCTYPE html><html><body><p>x</p></body></html>");
        assertThat(one(xhtml).type()).isEqualTo(ContentType.HTML);
        Path plain = dir.resolve("notes.html.txt");
        Files.writeString(plain, "Council meets on Tuesday.\n\nThe agenda is long.");
        assertThat(one(plain).type()).isEqualTo(ContentType.TEXT);
    }

    @Test
    void gzippedWindows1252HtmlIsDecodedWithoutMojibake(@TempDir Path dir) throws IOException, InputException {
        Path gz = dir.resolve("saved-page");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("<html><head><meta charset=\"windows-1252\"></head><body><p>\u201CCaf\u00E9s\u201D \u2013 \u20AC3</p></body></html>"
                    .getBytes(Charset.forName("windows-1252")));
        }
        RawDocument doc = one(gz);
        assertThat(doc.type()).isEqualTo(ContentType.HTML);
        assertThat(doc.content()).contains("\u201CCaf\u00E9s\u201D \u2013 \u20AC3");
    }

    @Test
    void latin1TextFileWithoutDeclaration(@TempDir Path dir) throws IOException, InputException {
        Path txt = dir.resolve("old.txt");
        Files.write(txt, "Cr\u00E8me br\u00FBl\u00E9e for the Ma\u00EEtre d'.".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(one(txt).content()).isEqualTo("Cr\u00E8me br\u00FBl\u00E9e for the Ma\u00EEtre d'.");
    }
}
