package org.newsgraph.core.model;

import java.util.List;

/** Everything newsgraph found in one article; every span points into {@code article.body()}. */
public record Analysis(Article article, List<Span> sentences, List<Entity> entities,
                       List<Quote> quotes, List<Event> events) {

    public Analysis {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    /** The entity with this id, or null. */
    public Entity entity(String id) {
        for (Entity e : entities) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Who reports a nested quote: the speaker of the quote it lies {@link Quote#within within}, or
     * null when that speaker is unknown or the quote is not nested.
     */
    public Speaker reporterOf(Quote quote) {
        if (!quote.nested()) {
            return null;
        }
        for (Quote q : quotes) {
            if (q.id().equals(quote.within())) {
                return q.speaker();
            }
        }
        return null;
    }
}
