package org.newsgraph.index.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an ingest did.
 *
 * @param ingested       new articles stored (near-duplicates included)
 * @param updated        articles stored in place of an older text at the same canonical URL
 * @param nearDuplicates stored articles linked to an earlier first copy
 * @param duplicates     articles not stored because the same text is already in the index
 * @param skipped        records passed over on purpose, by reason (listing pages, non-HTML, …)
 * @param failures       records that could not be read or analysed, with the reason
 * @param interrupted    true when the ingest was stopped before the end of its sources
 */
public record IngestSummary(long records, long ingested, long updated, long nearDuplicates, long duplicates,
                            Map<String, Long> skipped, List<Failure> failures, Duration elapsed,
                            boolean interrupted, int articlesInIndex) {

    /** One record that failed. */
    public record Failure(String source, String reason) {
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Articles stored per second (ingested and updated) over the whole run. */
    public double articlesPerSecond() {
        double s = elapsed.toMillis() / 1000.0;
        return s <= 0 ? 0 : (ingested + updated) / s;
    }
}
