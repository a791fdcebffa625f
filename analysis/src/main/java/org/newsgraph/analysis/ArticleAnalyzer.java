package org.newsgraph.analysis;

import org.newsgraph.analysis.entity.EntityRecognizer;
import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.time.DateExpressionFinder;
import org.newsgraph.core.time.DateResolver;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.CoreNlpEngine;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.nlp.Sentence;

import java.util.List;

/**
 * Analyses one clean article: NLP annotation, canonical entities, quotes, then events. Each stage
 * sees only what the stages before it produced. Thread-safe when its stages are.
 *
 * <pre>{@code
 * ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
 * Analysis a = analyzer.analyze(article);
 * }</pre>
 */
public final class ArticleAnalyzer {

    private final NlpEngine nlp;
    private final EntityRecognizer entities;
    private final QuoteExtractor quotes;
    private final EventExtractor events;
    private final DateExpressionFinder timex = new DateExpressionFinder();
    private final StageTimes times = new StageTimes();

    public ArticleAnalyzer(NlpEngine nlp, EntityRecognizer entities, QuoteExtractor quotes, EventExtractor events) {
        this.nlp = nlp;
        this.entities = entities;
        this.quotes = quotes;
        this.events = events;
    }

    /** The full pipeline on the JVM-wide CoreNLP engine. */
    public static ArticleAnalyzer standard() {
        return new ArticleAnalyzer(CoreNlpEngine.shared(), new EntityRecognizer(), Stages.quotes(), Stages.events());
    }

    /** Analyses {@code article}. */
    public Analysis analyze(Article article) {
        long t0 = System.nanoTime();
        AnnotatedText text = nlp.annotate(article.body());
        long t1 = System.nanoTime();
        EntitySet entitySet = entities.recognize(text);
        AnalysisContext context = new AnalysisContext(article, text, entitySet,
                new DateResolver(article.published().value()), timex.find(article.body()));
        long t2 = System.nanoTime();
        List<Quote> quoteList = quotes.extract(context);
        long t3 = System.nanoTime();
        List<Event> eventList = events.extract(context, quoteList);
        long t4 = System.nanoTime();
        times.annotate.add(t1 - t0);
        times.entities.add(t2 - t1);
        times.quotes.add(t3 - t2);
        times.events.add(t4 - t3);
        times.tokens.add(text.tokens().size());
        times.sentences.add(text.sentences().size());
        times.parsed.add(text.parsedSentenceCount());
        List<Span> sentences = text.sentences().stream().map(Sentence::span).toList();
        return new Analysis(article, sentences, entitySet.entities(), quoteList, eventList);
    }

    /** Time spent per stage since creation or the last reset. */
    public StageTimes times() {
        return times;
    }
}
