package org.newsgraph.analysis;

import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Quote;

import java.util.List;

/** Finds who did what to whom, where and when, coded in PLOVER. */
public interface EventExtractor {

    /**
     * The events of the article, in text order, with ids {@code v1, v2, …}.
     *
     * @param quotes the article's quotes: an event stated inside one is reported by its speaker
     */
    List<Event> extract(AnalysisContext context, List<Quote> quotes);

    /** Finds nothing; for pipelines that do not need events. */
    EventExtractor NONE = (context, quotes) -> List.of();
}
