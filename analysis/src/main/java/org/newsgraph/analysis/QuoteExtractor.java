package org.newsgraph.analysis;

import org.newsgraph.core.model.Quote;

import java.util.List;

/** Finds who said what in an article. */
public interface QuoteExtractor {

    /** The quotes of the article, in text order, with ids {@code q1, q2, …}. */
    List<Quote> extract(AnalysisContext context);

    /** Finds nothing; for pipelines that do not need quotes. */
    QuoteExtractor NONE = context -> List.of();
}
