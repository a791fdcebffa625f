package org.newsgraph.ingest;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.DateHow;
import org.newsgraph.core.model.Source;
import org.newsgraph.ingest.read.ContentType;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultArticleExtractorTest {

    private final DefaultArticleExtractor extractor = new DefaultArticleExtractor();

    private static String resource(String name) throws IOException {
        try (InputStream in = DefaultArticleExtractorTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RawDocument html(String content, String uri) {
        return RawDocument.of(new Source(uri, "html", null), ContentType.HTML, content);
    }

    @Test
    void htmlArticleWithMetadata() throws Exception {
        ExtractedArticle x = extractor.extractDetailed(html(resource("news-article.html"), "https://courier.example/news/harbour-bridge-reopens"));
        Article a = x.article();
        assertThat(a.title()).isEqualTo("Harbour bridge reopens after storm repairs");
        assertThat(a.authors()).containsExactly("Mira Patel", "Tom Okafor");
        assertThat(a.published().value()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(a.published().how()).isEqualTo(DateHow.METADATA);
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.body()).startsWith("The harbour bridge reopened").doesNotContain("By Mira Patel");
        assertThat(x.canonicalUrl()).isEqualTo("https://courier.example/news/harbour-bridge-reopens");
        assertThat(x.siteName()).isEqualTo("The Coastal Courier");
        assertThat(x.sources()).containsEntry("title", "og:title").containsEntry("published", "json-ld datePublished");
        assertThat(a.removed()).contains(new org.newsgraph.core.model.Removed("The bridge at dawn on Wednesday. Photo: Harbour Authority", "caption"));
    }

    @Test
    void datelineInTheTextIsHowText() throws InputException {
        String text = "Ferry fares to rise\n\nJune 2, 2022\n\nFerry fares will rise by five percent from next month, the operator said on Thursday."
                + "\n\nThe company blamed fuel costs for the increase.";
        Article a = extractor.extract(RawDocument.of(new Source("file:/x.txt", "text", null), ContentType.TEXT, text));
        assertThat(a.published().value()).isEqualTo(LocalDate.of(2022, 6, 2));
        assertThat(a.published().how()).isEqualTo(DateHow.TEXT);
        assertThat(a.title()).isEqualTo("Ferry fares to rise");
    }

    @Test
    void oldPageDateFromTheTextAboveTheBody() throws Exception {
        Article a = extractor.extract(html(resource("blog-post-old.html"), "file:/tmp/blog.html"));
        assertThat(a.published().value()).isEqualTo(LocalDate.of(2009, 5, 12));
        assertThat(a.published().how()).isEqualTo(DateHow.TEXT);
        assertThat(a.body()).startsWith("The first potatoes");
    }

    @Test
    void recordMetadataWins() throws Exception {
        RawDocument doc = new RawDocument(new Source("https://x.example/1", "jsonl", "r1"), ContentType.HTML,
                resource("news-article.html"), "Given title", "2020-01-02", java.util.List.of("Given Author"));
        ExtractedArticle x = extractor.extractDetailed(doc);
        assertThat(x.article().title()).isEqualTo("Given title");
        assertThat(x.article().authors()).containsExactly("Given Author");
        assertThat(x.article().published().value()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(x.sources()).containsEntry("title", "record").containsEntry("published", "record");
    }
}
