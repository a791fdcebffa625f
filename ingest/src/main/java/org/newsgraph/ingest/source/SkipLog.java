package org.newsgraph.ingest.source;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tally of input records passed over on purpose (listing pages, non-HTML responses, feed items
 * without a body), by reason. Skips are not failures: the input was read fine and held no article.
 */
public final class SkipLog {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** Counts one record skipped for {@code reason} (a short, stable phrase). */
    public void skip(String reason) {
        counts.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Counts by reason, sorted by reason. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
