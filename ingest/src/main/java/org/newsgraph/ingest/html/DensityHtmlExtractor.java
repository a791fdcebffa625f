package org.newsgraph.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
        HtmlMetadata meta = HtmlMetadata.read(doc, baseUri);
        return new HtmlPage(meta.title(), String.join("\n\n", paragraphs), meta.authors(), meta.published(),
                meta.language(), meta.canonicalUrl(), meta.siteName(), meta.sources());
    }
}
