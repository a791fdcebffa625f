package org.newsgraph.ingest.warc;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells article pages from listings, section fronts and stubs by their shape: an article has a
 * run of prose paragraphs, a listing is mostly link text. Thresholds are deliberately loose
 * (a short news brief passes); the extractor decides the exact body later.
 */
public final class PageShape {

    /** Fewer words of paragraph prose than this is not an article. */
    static final int MIN_PROSE_WORDS = 120;
    /** More than this share of the page's words inside links makes a listing. */
    static final double MAX_LINK_SHARE = 0.5;

    /** Why the page is not an article, or empty when it looks like one. */
    public Optional<String> notAnArticle(String html) {
        Document doc = Jsoup.parse(html);
        Element body = doc.body();
        if (body == null) {
            return Optional.of("not an article (no body)");
        }
        body.select("script, style, noscript, nav, header, footer, aside, form").remove();
        int prose = 0;
        for (Element p : body.select("p")) {
            int words = words(p.text());
            // one-line paragraphs are captions, bylines and teasers rather than prose
            if (words >= 12 && p.select("a").text().length() < p.text().length() / 2) {
                prose += words;
            }
        }
        int all = words(body.text());
        int linked = words(body.select("a").text());
        if (all > 0 && (double) linked / all > MAX_LINK_SHARE) {
            return Optional.of("listing page (mostly links)");
        }
        if (prose < MIN_PROSE_WORDS) {
            return Optional.of("not an article (too little prose)");
        }
        return Optional.empty();
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
