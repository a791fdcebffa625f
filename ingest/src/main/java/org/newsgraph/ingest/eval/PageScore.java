package org.newsgraph.ingest.eval;

import java.util.List;

/**
 * One gold page's score.
 *
 * @param id        the page id in the gold set
 * @param url       the page URL, or null
 * @param counts    normalised shingle counts
 * @param error     why extraction failed (then the prediction is empty), or null
 * @param truth     the true body
 * @param predicted the extracted body ("" when nothing was extracted)
 */
public record PageScore(String id, String url, ShingleMetric.Counts counts, String error, String truth,
                        String predicted) {

    public double precision() {
        return counts.precision();
    }

    public double recall() {
        return counts.recall();
    }

    public double f1() {
        return counts.f1();
    }

    /** The prediction holds at least one token. */
    public boolean hasPrediction() {
        return !ShingleMetric.tokens(predicted).isEmpty();
    }

    /** Runs of true text the prediction missed. */
    public List<String> lost() {
        return ShingleMetric.unmatchedRuns(truth, predicted);
    }

    /** Runs of predicted text that is not in the truth. */
    public List<String> added() {
        return ShingleMetric.unmatchedRuns(predicted, truth);
    }
}
