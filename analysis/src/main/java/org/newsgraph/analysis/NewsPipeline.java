package org.newsgraph.analysis;

import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Article;
import org.newsgraph.ingest.ArticleExtractor;
import org.newsgraph.ingest.DefaultArticleExtractor;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.RawDocument;

/**
 * The whole single-article flow: decoded document → clean article → analysis.
 *
 * <pre>{@code
 * NewsPipeline pipeline = NewsPipeline.standard();
 * Analysis a = pipeline.process(rawDocument);
 * }</pre>
 */
public final class NewsPipeline {

    private final ArticleExtractor extractor;
    private final ArticleAnalyzer analyzer;

    public NewsPipeline(ArticleExtractor extractor, ArticleAnalyzer analyzer) {
        this.extractor = extractor;
        this.analyzer = analyzer;
    }

    public static NewsPipeline standard() {
        return new NewsPipeline(new DefaultArticleExtractor(), ArticleAnalyzer.standard());
    }

    public ArticleExtractor extractor() {
        return extractor;
    }

    public ArticleAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * Extracts and analyses one document.
     *
     * @throws InputException when the document holds no article
     */
    public Analysis process(RawDocument document) throws InputException {
        Article article = extractor.extract(document);
        return analyzer.analyze(article);
    }
}
