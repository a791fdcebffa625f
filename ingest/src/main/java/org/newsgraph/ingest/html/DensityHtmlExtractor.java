package org.newsgraph.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Extracts the article from an HTML page by text density: the page is cut into text blocks,
 * the element whose blocks are most prose-like and least link-like is taken as the article, and
 * navigation, share bars, promos, related stories, comments, captions and hidden text are left
 * out. Metadata (title, authors, date, canonical URL, site name, language) comes from
 * {@link HtmlMetadata}.
 *
 * <pre>{@code
 * HtmlPage page = new DensityHtmlExtractor().extract(html, "https://example.org/news/1");
 * page.text(); page.title(); page.published();
 * }</pre>
 */
public final class DensityHtmlExtractor implements HtmlExtractor {

    @Override
    public HtmlPage extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        Element body = doc.body();
        List<String> paragraphs = body == null ? List.of() : MainContent.paragraphs(body);
        String title = meta(doc, "meta[property=og:title]");
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : doc.title().strip();
        }
        List<String> authors = new ArrayList<>();
        String author = meta(doc, "meta[name=author]");
        if (author != null) {
            authors.add(author);
        }
        String published = meta(doc, "meta[property=article:published_time]");
        Element htmlTag = doc.selectFirst("html[lang]");
        String language = htmlTag == null ? null : htmlTag.attr("lang");
        return new HtmlPage(title.isEmpty() ? null : title, String.join("\n\n", paragraphs), authors, published, language);
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String v = e.attr("content").strip();
        return v.isEmpty() ? null : v;
    }
}
