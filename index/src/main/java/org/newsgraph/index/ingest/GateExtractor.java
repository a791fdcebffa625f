package org.newsgraph.index.ingest;

import java.util.function.Predicate;
import org.newsgraph.core.json.AnalysisJson;
import org.newsgraph.core.model.Article;
import org.newsgraph.ingest.ArticleExtractor;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.RawDocument;

/**
 * Extracts, then refuses articles whose body is already stored, so that a re-ingest (or the
 * resumption of an interrupted one) spends no analysis on them. The refusal carries
 * {@link #ALREADY_STORED} so the ingest counts it as a duplicate, not a failure.
 */
final class GateExtractor implements ArticleExtractor {

    static final String ALREADY_STORED = "already stored: ";

    private final ArticleExtractor delegate;
    private final Predicate<String> stored;

    GateExtractor(ArticleExtractor delegate, Predicate<String> stored) {
        this.delegate = delegate;
        this.stored = stored;
    }

    @Override
    public Article extract(RawDocument document) throws InputException {
        Article article = delegate.extract(document);
        String id = AnalysisJson.bodyId(article.body());
        if (stored.test(id)) {
            throw new InputException(ALREADY_STORED + id);
        }
        return article;
    }
}
