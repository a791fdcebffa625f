package org.newsgraph.ingest.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlMetadataTest {

    private static HtmlMetadata read(String html, String url) {
        return HtmlMetadata.read(Jsoup.parse(html, url == null ? "" : url), url);
    }

    @Test
    void readsJsonLdOpenGraphAndLinks() throws IOException {
        HtmlMetadata m = read(DensityHtmlExtractorTest.resource("news-article.html"), "https://courier.example/news/harbour-bridge-reopens?ref=x");
        assertThat(m.title()).isEqualTo("Harbour bridge reopens after storm repairs");
        assertThat(m.authors()).containsExactly("Mira Patel", "Tom Okafor");
        assertThat(m.published()).startsWith("2021-03-04");
        assertThat(m.sources()).containsEntry("published", "json-ld datePublished").containsEntry("authors", "json-ld author");
        assertThat(m.canonicalUrl()).isEqualTo("https://courier.example/news/harbour-bridge-reopens");
        assertThat(m.siteName()).isEqualTo("The Coastal Courier");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void titleLosesSiteNameBeforeOrAfter() {
        assertThat(HtmlMetadata.cleanTitle("Rates rise again - The Daily Ledger", "The Daily Ledger", null, null))
                .isEqualTo("Rates rise again");
        assertThat(HtmlMetadata.cleanTitle("Ledger | Rates rise again", null, null, "https://www.ledger.example/x"))
                .isEqualTo("Rates rise again");
        assertThat(HtmlMetadata.cleanTitle("Olivia Munn: Queen of the Uncool", null, null, "https://x.example/"))
                .isEqualTo("Olivia Munn: Queen of the Uncool");
        assertThat(HtmlMetadata.cleanTitle("Storm: what we know so far | News | Site", null, "Storm: what we know so far", null))
                .isEqualTo("Storm: what we know so far");
    }

    @Test
    void publicationDateFromOpenGraphTimeElementOrUrl() {
        assertThat(read("<html><head><meta property='article:published_time' content='2019-11-18T10:00:00Z'></head><body></body></html>", null)
                .published()).startsWith("2019-11-18");
        HtmlMetadata time = read("<html><body><time datetime='2018-02-03T09:00'>3 Feb</time></body></html>", null);
        assertThat(time.published()).startsWith("2018-02-03");
        assertThat(time.sources()).containsEntry("published", "time datetime");
        HtmlMetadata url = read("<html><body><p>x</p></body></html>", "https://news.example/2010/POLITICS/08/13/story.html");
        assertThat(url.published()).isEqualTo("2010-08-13");
        assertThat(url.sources()).containsEntry("published", "url");
        assertThat(HtmlMetadata.urlDate("https://x.example/news/20200107-story")).isEqualTo("2020-01-07");
        assertThat(HtmlMetadata.urlDate("https://x.example/2020/13/45/x")).isNull();
        assertThat(HtmlMetadata.date("Tue, 07 Jan 2020 10:00:00 GMT")).isEqualTo("2020-01-07");
    }

    @Test
    void authorsFromMetaAndBylineWithoutDatesOrSiteName() {
        assertThat(read("<html><head><meta name='author' content='By Jane Doe and John Roe'></head><body></body></html>", null)
                .authors()).containsExactly("Jane Doe", "John Roe");
        HtmlMetadata byline = read("<html><head><meta property='og:site_name' content='Daily Ledger'></head><body>"
                + "<div class='byline'>By Bryan Walsh Tuesday, Aug. 17, 2010</div><span class='author-name'>Daily Ledger</span></body></html>", null);
        assertThat(byline.authors()).containsExactly("Bryan Walsh");
        assertThat(read("<html><head><meta name='author' content='https://facebook.com/someone'></head></html>", null).authors()).isEmpty();
    }

    @Test
    void bylineAndDateFromASubmittedLine() {
        HtmlMetadata m = read("<html><body><h1>Review</h1><div class='meta'><div class='submitted'>"
                + "<a href='/blogs/movies'>Movies</a> post by <a href='/profile/jane'>Jane Doe</a> on April 11, 2013 - 1:16pm;"
                + "</div></div><p>Text of the review.</p></body></html>", null);
        assertThat(m.authors()).containsExactly("Jane Doe");
        assertThat(m.published()).isEqualTo("2013-04-11");
        assertThat(m.sources()).containsEntry("published", HtmlPage.DATELINE).containsEntry("authors", "byline");
        assertThat(read("<html><body><p class='byline'>By JORDAN ROBERTSON and RACHEL METZ</p></body></html>", null).authors())
                .containsExactly("Jordan Robertson", "Rachel Metz");
    }

    @Test
    void brokenJsonLdIsIgnored() {
        HtmlMetadata m = read("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<title>Plain title</title></head><body></body></html>", null);
        assertThat(m.title()).isEqualTo("Plain title");
    }
}
