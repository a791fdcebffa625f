package org.newsgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.ingest.read.BadRecord;
import org.newsgraph.ingest.read.ContentType;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.InputRecord;
import org.newsgraph.ingest.read.RawDocument;

class SourceReaderTest {

    static final String PROSE = "The city council voted on Tuesday to expand the harbour, after months of debate "
            + "between fishermen and the port authority about the cost and the noise of the works. ";

    @TempDir
    Path dir;

    private List<InputRecord> read(String name, SkipLog skips) throws InputException {
        try (Stream<InputRecord> s = new SourceReader().read(name, skips)) {
            return s.toList();
        }
    }

    @Test
    void directoryWalkReadsTextHtmlAndGzipInPathOrderAndLeavesOutBookkeeping() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Harbour plan approved\n\n" + PROSE);
        Files.writeString(dir.resolve("a.html"), "<html><body><p>" + PROSE + "</p></body></html>");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("c.txt.gz")))) {
            out.write(("Second story\n\n" + PROSE).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("README.TXT"), "About this corpus.");
        Files.writeString(dir.resolve("INDEX.tsv"), "path\tmd5\n");

        List<InputRecord> records = read(dir.toString(), new SkipLog());

        assertThat(records).hasSize(3).allMatch(r -> r instanceof RawDocument);
        assertThat(records).extracting(r -> r.source().uri())
                .containsExactly(dir.resolve("a.html").toUri().toString(), dir.resolve("b.txt").toUri().toString(),
                        dir.resolve("c.txt.gz").toUri().toString());
        assertThat(((RawDocument) records.get(0)).type()).isEqualTo(ContentType.HTML);
    }

    @Test
    void rssItemsBecomeHtmlDocumentsWithTitleDateAndAuthor() throws Exception {
        Path feed = dir.resolve("news.rss");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Harbour News</title><link>https://example.org/</link><description>d</description>
                <item><title>Harbour plan approved</title><link>https://example.org/harbour</link>
                  <pubDate>Tue, 04 Mar 2025 10:15:00 GMT</pubDate><dc:creator>Ann Lee</dc:creator>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>%s</p><p>%s</p>]]></content:encoded></item>
                <item><title>Empty item</title><link>https://example.org/empty</link></item>
                </channel></rss>
                """.formatted(PROSE, PROSE));
        SkipLog skips = new SkipLog();

        List<InputRecord> records = read(feed.toString(), skips);

        assertThat(records).hasSize(1);
        RawDocument doc = (RawDocument) records.get(0);
        assertThat(doc.type()).isEqualTo(ContentType.HTML);
        assertThat(doc.source().uri()).isEqualTo("https://example.org/harbour");
        assertThat(doc.source().format()).isEqualTo("rss");
        assertThat(doc.title()).isEqualTo("Harbour plan approved");
        assertThat(doc.published()).startsWith("2025-03-04T10:15");
        assertThat(doc.authors()).containsExactly("Ann Lee");
        assertThat(doc.content()).contains("harbour, after months");
        assertThat(skips.counts()).containsEntry("feed item without a body", 1L);
    }

    @Test
    void atomEntriesCarryTheirContent() throws Exception {
        Path feed = dir.resolve("news.atom");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2025-03-04T10:00:00Z</updated>
                <entry><title>Port works start</title><id>urn:entry:1</id><link href="https://example.org/port"/>
                  <published>2025-03-05T08:00:00Z</published><updated>2025-03-05T09:00:00Z</updated>
                  <author><name>Raj Patel</name></author>
                  <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry></feed>
                """.formatted(PROSE));

        RawDocument doc = (RawDocument) read(feed.toString(), new SkipLog()).get(0);

        assertThat(doc.source().format()).isEqualTo("atom");
        assertThat(doc.source().id()).isEqualTo("urn:entry:1");
        assertThat(doc.published()).startsWith("2025-03-05T08:00");
        assertThat(doc.authors()).containsExactly("Raj Patel");
    }

    @Test
    void malformedFeedFailsWithAReasonAndADirectoryWalkGoesOn() throws Exception {
        Path bad = dir.resolve("broken.rss");
        Files.writeString(bad, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</title></channel>");
        Files.writeString(dir.resolve("ok.txt"), PROSE);

        assertThatThrownBy(() -> read(bad.toString(), new SkipLog()))
                .isInstanceOf(InputException.class).hasMessageContaining("not a readable RSS/Atom feed");
        List<InputRecord> records = read(dir.toString(), new SkipLog());
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isInstanceOf(BadRecord.class);
        assertThat(records.get(1)).isInstanceOf(RawDocument.class);
    }

    @Test
    void warcKeepsHtmlArticleResponsesDecodedByTheirCharsetAndCountsSkips() throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        String article = "<html><head><title>Harbour</title></head><body><article><h1>Harbour plan</h1><p>" + PROSE
                + "Caf\u00e9 owners welcomed it.</p><p>" + PROSE + PROSE + "</p><p>" + PROSE + PROSE + "</p></article></body></html>";
        StringBuilder listing = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 40; i++) {
            listing.append("<li><a href=\"/story/").append(i).append("\">Story number ").append(i).append(" headline</a></li>");
        }
        listing.append("</ul></body></html>");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response("https://example.org/harbour", "text/html; charset=iso-8859-1",
                    article.getBytes(StandardCharsets.ISO_8859_1), 200));
            writer.write(response("https://example.org/", "text/html; charset=utf-8",
                    listing.toString().getBytes(StandardCharsets.UTF_8), 200));
            writer.write(response("https://example.org/logo.png", "image/png", new byte[] {1, 2, 3}, 200));
            writer.write(response("https://example.org/gone", "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8), 404));
        }
        SkipLog skips = new SkipLog();

        List<InputRecord> records = read(warc.toString(), skips);

        assertThat(records).hasSize(1);
        RawDocument doc = (RawDocument) records.get(0);
        assertThat(doc.source().uri()).isEqualTo("https://example.org/harbour");
        assertThat(doc.source().format()).isEqualTo("warc");
        assertThat(doc.content()).contains("Caf\u00e9 owners");
        assertThat(skips.counts()).containsEntry("listing page (mostly links)", 1L)
                .containsEntry("not HTML", 1L).containsEntry("HTTP status not 200", 1L);
    }

    private static WarcResponse response(String url, String contentType, byte[] body, int status) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(url).date(Instant.parse("2025-03-05T10:00:00Z")).body(http).build();
    }

    @Test
    void sharedSampleFeedsAndArchivesReadWithoutFailures() throws Exception {
        Path shared = Path.of(System.getProperty("newsgraph.shared", "../shared"), "samples");
        Assumptions.assumeTrue(Files.isDirectory(shared), "shared samples not found at " + shared + "; skipped");
        SkipLog skips = new SkipLog();
        List<InputRecord> feeds = read(shared.resolve("feeds").toString(), skips);
        List<InputRecord> warcs = read(shared.resolve("warc").toString(), skips);
        assertThat(feeds).hasSizeGreaterThan(20).noneMatch(r -> r instanceof BadRecord);
        assertThat(warcs).isNotEmpty();
        assertThat(skips.total()).isPositive();
    }
}
