package org.newsgraph.analysis;

import org.newsgraph.analysis.event.PloverEventExtractor;

/**
 * The standard quote and event stages. Kept in one place so that the pipeline's composition is
 * visible at a glance.
 */
final class Stages {

    private Stages() {
    }

    static QuoteExtractor quotes() {
        return QuoteExtractor.NONE;
    }

    static EventExtractor events() {
        return new PloverEventExtractor();
    }
}
