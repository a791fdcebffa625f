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
    private final boolean withNested;

    public QuoteEvalRunner(ArticleAnalyzer analyzer) {
        this(analyzer, false);
    }

    /** @param withNested whether quotes reported within another quote are scored too (see {@link QuoteEval}) */
    public QuoteEvalRunner(ArticleAnalyzer analyzer, boolean withNested) {
        this.analyzer = analyzer;
        this.withNested = withNested;
    }

    public QuoteEval.Report run(Path goldFile) throws IOException {
        return run(goldFile, null);
    }

    /**
     * Scores the gold file; with {@code predictions} not null, also writes each analysed article's
     * quotes there (one JSON object per line: doc_id and quotes with code-unit offsets) for error analysis.
     */
    public QuoteEval.Report run(Path goldFile, Path predictions) throws IOException {
        List<GoldArticle> gold = new GoldReader().read(goldFile);
        Map<String, List<Quote>> cache = new HashMap<>();
        QuoteEval eval = new QuoteEval(withNested);
        List<String> lines = new java.util.ArrayList<>();
        for (GoldArticle g : gold) {
            String key = g.docId() + "\u0000" + g.text();
            boolean fresh = !cache.containsKey(key);
            List<Quote> quotes = cache.computeIfAbsent(key, k -> analyze(g));
            if (fresh && predictions != null) {
                lines.add(predictionLine(g.docId(), quotes));
            }
            eval.add(g, quotes);
        }
        if (predictions != null) {
            java.nio.file.Files.write(predictions, lines, java.nio.charset.StandardCharsets.UTF_8);
        }
        return eval.report();
    }

    private static String predictionLine(String docId, List<Quote> quotes) {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = mapper.createObjectNode();
        root.put("doc_id", docId);
        var arr = root.putArray("quotes");
        for (Quote q : quotes) {
            var o = arr.addObject();
            o.put("kind", q.kind().label());
            o.putArray("content").add(q.content().start()).add(q.content().end());
            if (q.cue() != null) {
                o.putArray("cue").add(q.cue().start()).add(q.cue().end());
            }
            if (q.nested()) {
                o.put("within", q.within());
            }
            if (q.speaker() != null) {
                o.put("speaker", q.speaker().name());
                if (q.speaker().mention() != null) {
                    o.putArray("mention").add(q.speaker().mention().start()).add(q.speaker().mention().end());
                }
            }
        }
        return root.toString();
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
