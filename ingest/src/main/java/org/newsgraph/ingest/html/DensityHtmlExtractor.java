package org.newsgraph.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.core.model.Removed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private static final int MAX_CAPTIONS = 30;

    @Override
    public HtmlPage extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        Element body = doc.body();
        MainContent.Found found = body == null ? new MainContent.Found(List.of(), List.of()) : MainContent.find(body);
        HtmlMetadata meta = HtmlMetadata.read(doc, baseUri);
        String published = meta.published();
        Map<String, String> sources = new HashMap<>(meta.sources());
        if (published == null) {
            // "Posted on 12 May 2009" above the text: a dateline
            for (String line : found.metaLines()) {
                published = HtmlMetadata.date(line);
                if (published != null) {
                    sources.put("published", HtmlPage.DATELINE);
                    break;
                }
            }
        }
        return new HtmlPage(meta.title(), String.join("\n\n", found.paragraphs()), meta.authors(), published,
                meta.language(), meta.canonicalUrl(), meta.siteName(), sources, body == null ? List.of() : captions(body));
    }

    /** Photo captions of the page ({@code figcaption}, caption-named elements), each once. */
    private static List<Removed> captions(Element body) {
        Set<String> seen = new LinkedHashSet<>();
        for (Element e : body.select("figcaption, [class*=caption], [itemprop=caption]")) {
            String text = e.text().strip();
            if (text.length() >= 15 && text.length() <= 600 && seen.size() < MAX_CAPTIONS
                    && seen.stream().noneMatch(s -> s.contains(text))) {
                seen.add(text);
            }
        }
        List<Removed> out = new ArrayList<>();
        seen.forEach(t -> out.add(new Removed(t, "caption")));
        return out;
    }
}
