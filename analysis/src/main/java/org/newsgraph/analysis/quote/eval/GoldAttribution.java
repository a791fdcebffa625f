package org.newsgraph.analysis.quote.eval;

import org.newsgraph.core.model.Span;

import java.util.List;

/**
 * One gold attribution; each role may be discontinuous.
 *
 * @param marks true when the content has quotation marks (direct and mixed quotes)
 */
public record GoldAttribution(List<Span> content, List<Span> source, List<Span> cue, boolean marks) {
}
