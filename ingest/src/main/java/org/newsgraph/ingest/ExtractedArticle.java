package org.newsgraph.ingest;

import org.newsgraph.core.model.Article;

import java.util.Map;

/**
 * An article with the page facts the analysis model has no place for.
 *
 * @param article      the article
 * @param canonicalUrl the page's canonical URL (HTML only), or null
 * @param siteName     the publication's name (HTML only), or null
 * @param sources      where each metadata field came from: {@code title}, {@code authors},
 *                     {@code published}, {@code language}, {@code canonicalUrl}, {@code siteName} →
 *                     e.g. {@code og:title}, {@code json-ld author}, {@code url}, {@code dateline},
 *                     {@code inferred}, {@code record}
 */
public record ExtractedArticle(Article article, String canonicalUrl, String siteName, Map<String, String> sources) {

    public ExtractedArticle {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }
}
