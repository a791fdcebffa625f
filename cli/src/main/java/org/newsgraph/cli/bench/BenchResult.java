package org.newsgraph.cli.bench;

/** Throughput of one benchmark run. */
record BenchResult(String name, int threads, int articles, long tokens, long nanos, long peakHeapBytes) {

    double articlesPerSecond() {
        return articles / (nanos / 1e9);
    }

    double tokensPerSecond() {
        return tokens / (nanos / 1e9);
    }
}
