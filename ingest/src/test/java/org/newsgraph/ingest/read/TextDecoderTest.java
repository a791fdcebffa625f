package org.newsgraph.ingest.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void latin1PageWithMetaCharset() throws InputException {
        byte[] bytes = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le café de la gare, déjà fermé à Noël.</p></body></html>"
                .getBytes(LATIN_1);
        assertThat(TextDecoder.decode(bytes, "latin1.html")).contains("Le café de la gare, déjà fermé à Noël.");
    }

    @Test
    void windows1252PageWithHttpEquivCharset() throws InputException {
        byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
                + "<body><p>\u201CIt costs \u20AC5 \u2013 that\u2019s all,\u201D she said.</p></body></html>").getBytes(WINDOWS_1252);
        String text = TextDecoder.decode(bytes, "cp1252.html");
        assertThat(text).contains("\u201CIt costs \u20AC5 \u2013 that\u2019s all,\u201D she said.");
        assertThat(text).doesNotContain("â€", "Ã");
    }

    @Test
    void windows1252BytesDeclaredAsLatin1AreReadAsWindows1252() throws InputException {
        byte[] bytes = "<meta charset=latin1><p>\u201Cquoted\u201D</p>".getBytes(WINDOWS_1252);
        assertThat(TextDecoder.decode(bytes, "x.html")).contains("\u201Cquoted\u201D");
    }

    @Test
    void otherDeclaredSingleByteCharsetIsHonoured() throws InputException {
        Charset koi8 = Charset.forName("KOI8-R");
        byte[] bytes = "<html><head><meta charset=\"koi8-r\"></head><body>Привет, мир</body></html>".getBytes(koi8);
        assertThat(TextDecoder.decode(bytes, "ru.html")).contains("Привет, мир");
    }

    @Test
    void utf8WinsOverAWrongLatin1Declaration() throws InputException {
        byte[] bytes = "<meta charset=\"iso-8859-1\"><p>naïve café “quotes”</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bytes, "x.html")).contains("naïve café “quotes”");
        assertThat(TextDecoder.decode(bytes, "ISO-8859-1", "x.html")).contains("naïve café “quotes”");
    }

    @Test
    void byteOrderMarkWins() throws InputException {
        byte[] body = "<meta charset=\"windows-1252\"><p>Zoë</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(TextDecoder.decode(bytes, "bom.html")).startsWith("<meta").contains("Zoë");
    }

    @Test
    void aStrayUndefinedWindows1252ByteStillDecodes() throws InputException {
        byte[] text = "The caf\u00e9 reopened after the storm, owners said on Monday, and the street was busy again. "
                .repeat(3).getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 2);
        bytes[text.length] = (byte) 0x81;
        bytes[text.length + 1] = 'x';
        assertThat(TextDecoder.decode(bytes, "odd.txt")).startsWith("The café").endsWith("\uFFFDx");
    }

    @Test
    void manyUndefinedWindows1252BytesAreRefused() {
        byte[] bytes = {'a', ' ', (byte) 0x81, ' ', (byte) 0xE9, (byte) 0x8D};
        assertThatThrownBy(() -> TextDecoder.decode(bytes, "odd.txt")).isInstanceOf(InputException.class)
                .hasMessageContaining("odd.txt").hasMessageContaining("cannot decode");
    }

    @Test
    void binaryAndEmptyInputAreRefusedByName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> TextDecoder.decode(png, "picture.png")).isInstanceOf(InputException.class)
                .hasMessageContaining("picture.png").hasMessageContaining("binary");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0], "empty.html")).isInstanceOf(InputException.class)
                .hasMessageContaining("empty.html");
    }
}
