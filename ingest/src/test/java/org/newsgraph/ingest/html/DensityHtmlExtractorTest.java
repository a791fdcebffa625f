package org.newsgraph.ingest.html;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DensityHtmlExtractorTest {

    private final DensityHtmlExtractor extractor = new DensityHtmlExtractor();

    static String resource(String name) throws IOException {
        try (InputStream in = DensityHtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsTheArticleParagraphsInOrder() throws IOException {
        HtmlPage page = extractor.extract(resource("news-article.html"), "https://courier.example/news/harbour-bridge-reopens");
        String[] paragraphs = page.text().split("\n\n");
        assertThat(paragraphs[0]).startsWith("The harbour bridge reopened to traffic on Thursday morning");
        assertThat(page.text()).contains("Engineers worked through the night", "Commuters relieved",
                "\"It has been a long month,\" said Ana Costa", "A full inspection of the western span is planned for the summer.");
        assertThat(page.text().indexOf("Engineers")).isLessThan(page.text().indexOf("The repairs cost"));
        assertThat(page.text()).contains("opened\".\n\nCommuters relieved\n\nCommuters who").doesNotContain("\n\n\n");
    }

    @Test
    void leavesOutPageFurniture() throws IOException {
        String text = extractor.extract(resource("news-article.html"), "").text();
        assertThat(text).doesNotContain(
                "cookies",                      // cookie banner
                "Home", "Weather",              // navigation
                "Share on Facebook",            // share bar
                "Photo: Harbour Authority",     // caption
                "please wait", "0:01:53",       // media player
                "Storm damage bill",            // related links
                "morning newsletter",           // newsletter promo
                "About time too", "cycle lane", // comments
                "Lifeboat crew", "Two walkers were rescued", // teaser cards
                "All rights reserved",          // footer
                "tracking", "display: none",    // script and style
                "Harbour bridge reopens after storm repairs"); // the headline is not body
    }

    @Test
    void readsOldTableLayoutWithLineBreakParagraphs() throws IOException {
        HtmlPage page = extractor.extract(resource("blog-post-old.html"), "");
        assertThat(page.text()).contains("The first potatoes went in this weekend", "The broad beans are flowering",
                "Next weekend I will build new supports");
        assertThat(page.text()).contains("three rows of earlies and two of maincrop.\n\nThe broad beans");
        assertThat(page.text()).doesNotContain("Archive", "About me");
        assertThat(page.title()).isEqualTo("Notes from the allotment");
        assertThat(page.authors()).containsExactly("Jo Marsh");
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void indexPageHasNoArticleText() throws IOException {
        assertThat(extractor.extract(resource("index-page.html"), "").text()).isEmpty();
    }

    @Test
    void embeddedPostsInSocialWrappersAreKeptButShareBarsAreNot() {
        String html = "<html><body><article><div class='content'>"
                + "<p>The mayor announced the plan on social media on Monday morning, and residents replied within minutes.</p>"
                + "<div class='social-embed'><blockquote class='twitter-tweet'><p>We are building forty new homes on the old depot site this year.</p>"
                + "— City Mayor (@mayor) <a href='https://t.example/1'>May 3, 2021</a></blockquote></div>"
                + "<div class='social-share'><a href='#'>Facebook</a><a href='#'>Twitter</a></div>"
                + "<p>Opposition councillors said the plan had not been costed and asked for a full debate next month.</p>"
                + "</div></article></body></html>";
        String text = extractor.extract(html, "").text();
        assertThat(text).contains("forty new homes", "Opposition councillors").doesNotContain("Facebook");
    }

    @Test
    void hiddenTextIsNotArticleText() {
        String html = "<html><body><article>"
                + "<p>Visible paragraph about the river festival, which drew thousands of visitors to the town centre.</p>"
                + "<p style='display:none'>Hidden paragraph that a reader never sees on the page at all, ever.</p>"
                + "<p hidden>Another hidden paragraph that a reader never sees on the page at all.</p>"
                + "<p class='sr-only'>Screen reader hint that is not part of the story text at all.</p>"
                + "<p>Organisers said next year's festival would run for three days instead of two.</p>"
                + "</article></body></html>";
        String text = extractor.extract(html, "").text();
        assertThat(text).contains("Visible paragraph", "three days").doesNotContain("Hidden", "hidden", "Screen reader");
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(50_000));
        sb.append("<p>A paragraph at the bottom of a very deep pile of unclosed division elements, still readable.</p>");
        sb.append("</body></html>");
        assertThat(extractor.extract(sb.toString(), "").text()).contains("still readable");
    }
}
