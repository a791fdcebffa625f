package org.newsgraph.analysis;

/**
 * The standard quote and event stages. Kept in one place so that the pipeline's composition is
 * visible at a glance.
 */
final class Stages {

    private Stages() {
    }

    static QuoteExtractor quotes() {
        return new org.newsgraph.analysis.quote.NewsQuoteExtractor();
    }

    static EventExtractor events() {
        return EventExtractor.NONE;
    }
}
