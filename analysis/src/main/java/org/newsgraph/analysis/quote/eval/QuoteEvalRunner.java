package org.newsgraph.analysis.quote.eval;

import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.PublicationDate;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the analyzer over a gold file and scores its quotes. Each gold text is the article body as
 * it is (no cleaning), so predicted offsets and gold offsets point into the same string; an
 * article annotated twice is analysed once and scored against each annotation.
 */
public final class QuoteEvalRunner {

    private final ArticleAnalyzer analyzer;

    public QuoteEvalRunner(ArticleAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public QuoteEval.Report run(Path goldFile) throws IOException {
        List<GoldArticle> gold = new GoldReader().read(goldFile);
        Map<String, List<Quote>> cache = new HashMap<>();
        QuoteEval eval = new QuoteEval();
        for (GoldArticle g : gold) {
            List<Quote> quotes = cache.computeIfAbsent(g.docId() + "\u0000" + g.text(), k -> analyze(g));
            eval.add(g, quotes);
        }
        return eval.report();
    }

    private List<Quote> analyze(GoldArticle g) {
        Article article = new Article(new Source("polnear:" + g.docId(), "jsonl", g.docId()), g.title(), List.of(),
                PublicationDate.UNKNOWN, "en", g.text(), List.of());
        var analysis = analyzer.analyze(article);
        if (!analysis.article().body().equals(g.text())) {
            throw new IllegalStateException("analysed body differs from the gold text of " + g.docId());
        }
        return analysis.quotes();
    }
}
