package org.newsgraph.analysis;

import org.newsgraph.analysis.event.PloverEventExtractor;
import org.newsgraph.analysis.quote.NewsQuoteExtractor;

/**
 * The standard quote and event stages. Kept in one place so that the pipeline's composition is
 * visible at a glance.
 */
final class Stages {

    private Stages() {
    }

    static QuoteExtractor quotes() {
        return new NewsQuoteExtractor();
    }

    static EventExtractor events() {
        return new PloverEventExtractor();
    }
}
