package org.newsgraph.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.index.CorpusIndex;
import org.newsgraph.index.CorpusSearcher;
import org.newsgraph.index.search.SearchFilter;
import org.newsgraph.ingest.DefaultArticleExtractor;

class IngestorTest {

    @TempDir
    Path tmp;

    private IngestSummary ingest(Path index, String... sources) throws Exception {
        try (CorpusIndex corpus = CorpusIndex.open(index)) {
            return new Ingestor(corpus, new DefaultArticleExtractor(), ArticleAnalyzer.standard(), 2, 3)
                    .run(List.of(sources), IngestListener.NONE);
        }
    }

    @Test
    void countsEveryKindOfSourceAndAReIngestAddsNothing() throws Exception {
        Path in = tmp.resolve("in");
        CorpusFixtures.write(in.resolve("text"), 3);
        Files.writeString(in.resolve("text/copy-of-a01.txt"), CorpusFixtures.article(1) + "\n");
        Files.writeString(in.resolve("feed.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://wire.example.org/</link><description>d</description>
                <item><title>Glacier retreat</title><link>https://wire.example.org/glacier</link>
                  <pubDate>Wed, 05 Mar 2025 08:00:00 GMT</pubDate><author>desk@example.org (Lena Berg)</author>
                  <description><![CDATA[<p>%s</p>]]></description></item>
                <item><title>Hydrogen pipeline</title><link>https://wire.example.org/hydrogen</link>
                  <pubDate>Thu, 06 Mar 2025 08:00:00 GMT</pubDate>
                  <description><![CDATA[<p>%s</p>]]></description></item>
                </channel></rss>
                """.formatted(CorpusFixtures.article(7), CorpusFixtures.article(9)));
        Files.writeString(in.resolve("broken.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>");
        Files.writeString(in.resolve("records.jsonl"), "{\"id\": \"r1\", \"url\": \"https://news.example.com/r1\", "
                + "\"title\": \"Vaccination campaign\", \"published\": \"2025-03-07\", \"text\": \""
                + CorpusFixtures.article(11).replace("\n", "\\n") + "\"}\n{not json\n");
        writeWarc(in.resolve("crawl.warc.gz"));

        Path index = tmp.resolve("index");
        IngestSummary first = ingest(index, in.toString());

        assertThat(first.ingested()).isEqualTo(3 + 2 + 1 + 1);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.skipped()).containsEntry("listing page (mostly links)", 1L);
        assertThat(first.failures()).hasSize(2);
        assertThat(first.failures()).anySatisfy(f -> assertThat(f.reason()).contains("not a readable RSS/Atom feed"));
        assertThat(first.failures()).anySatisfy(f -> assertThat(f.reason()).contains("not JSON"));
        assertThat(first.articlesInIndex()).isEqualTo(7);

        IngestSummary again = ingest(index, in.toString());
        assertThat(again.ingested()).isZero();
        assertThat(again.duplicates()).isEqualTo(8);
        assertThat(again.articlesInIndex()).isEqualTo(7);

        Files.writeString(in.resolve("text/a00.txt"), CorpusFixtures.article(0).replace("Tuesday", "Wednesday") + "\n");
        IngestSummary updated = ingest(index, in.resolve("text").toString());
        assertThat(updated.updated()).isEqualTo(1);

        try (CorpusSearcher s = CorpusSearcher.open(index)) {
            assertThat(s.articleCount(true)).isEqualTo(7);
            var hits = s.articles(SearchFilter.any().text("glacier"), 10);
            assertThat(hits).extracting(h -> h.title()).contains("Glacier retreat");
            assertThat(s.articles(SearchFilter.any().source("rss"), 10)).hasSize(2);
            assertThat(s.articles(SearchFilter.any().source("news.example.com"), 10)).hasSize(1);
            // entities come from CoreNLP on the fixture text and merge across articles
            assertThat(s.entities(SearchFilter.any(), 50)).anySatisfy(e -> assertThat(e.articles()).isGreaterThan(1));
        }
    }

    private static void writeWarc(Path file) throws Exception {
        String article = "<html><head><title>Flooding</title></head><body><article><h1>Highway closed by floods</h1><p>"
                + CorpusFixtures.article(13).replace("\n\n", "</p><p>") + "</p><p>" + CorpusFixtures.article(14)
                .replace("\n\n", "</p><p>") + "</p></article></body></html>";
        StringBuilder listing = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 30; i++) {
            listing.append("<li><a href=\"/n/").append(i).append("\">Headline number ").append(i).append("</a></li>");
        }
        listing.append("</ul></body></html>");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (String[] page : new String[][] {{"https://news.example.net/floods", article},
                    {"https://news.example.net/", listing.toString()}}) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page[1].getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(page[0]).body(http).build());
            }
        }
    }
}
