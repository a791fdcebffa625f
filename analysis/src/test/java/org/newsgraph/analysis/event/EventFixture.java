package org.newsgraph.analysis.event;

import org.newsgraph.analysis.AnalysisContext;
import org.newsgraph.analysis.entity.EntityRecognizer;
import org.newsgraph.analysis.entity.KnownNames;
import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.DateHow;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.PublicationDate;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Source;
import org.newsgraph.core.time.DateExpressionFinder;
import org.newsgraph.core.time.DateResolver;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.CoreNlpEngine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Runs the event stage on a text written for a test, published on a Wednesday (2020-01-08). */
final class EventFixture {

    static final LocalDate PUBLISHED = LocalDate.of(2020, 1, 8);

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();
    /** Parses every candidate sentence: these tests are about reading parses, not about the parse budget. */
    private static final PloverEventExtractor EXTRACTOR = new PloverEventExtractor(EventLexicon.defaults(),
            KnownNames.defaults(), 1.0);

    private EventFixture() {
    }

    static AnalysisContext context(String body) {
        Article article = new Article(new Source("test:", "text", null), null, List.of(),
                PublicationDate.ofDay(PUBLISHED, DateHow.METADATA), "en", body, List.of());
        AnnotatedText text = CoreNlpEngine.shared().annotate(body);
        EntitySet entities = RECOGNIZER.recognize(text);
        return new AnalysisContext(article, text, entities, new DateResolver(PUBLISHED),
                new DateExpressionFinder().find(body));
    }

    static List<Event> events(String body) {
        return EXTRACTOR.extract(context(body), List.of());
    }

    static List<Event> events(AnalysisContext context, List<Quote> quotes) {
        return EXTRACTOR.extract(context, quotes);
    }

    /** The event whose trigger is {@code word}. */
    static Optional<Event> triggeredBy(String body, List<Event> events, String word) {
        return events.stream().filter(e -> e.trigger().text(body).equals(word)).findFirst();
    }
}
