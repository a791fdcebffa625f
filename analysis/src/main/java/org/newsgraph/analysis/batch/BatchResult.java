package org.newsgraph.analysis.batch;

import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Source;

/**
 * The outcome for one input record: an analysis, or the reason there is none.
 *
 * @param sequence position of the record in the input order (0-based)
 */
public record BatchResult(long sequence, Source source, Analysis analysis, String error) {

    public boolean ok() {
        return analysis != null;
    }
}
