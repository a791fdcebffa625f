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
        AnnotatedText text = nlp.annotate(article.body());
        EntitySet entitySet = entities.recognize(text);
        AnalysisContext context = new AnalysisContext(article, text, entitySet,
                new DateResolver(article.published().value()), timex.find(article.body()));
        List<Quote> quoteList = quotes.extract(context);
        List<Event> eventList = events.extract(context, quoteList);
        List<Span> sentences = text.sentences().stream().map(Sentence::span).toList();
        return new Analysis(article, sentences, entitySet.entities(), quoteList, eventList);
    }
}
