package org.newsgraph.analysis.batch;

import org.newsgraph.analysis.NewsPipeline;
import org.newsgraph.ingest.read.BadRecord;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.InputRecord;
import org.newsgraph.ingest.read.RawDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the pipeline over a stream of records on a pool of worker threads and hands the results
 * back in input order. A record that fails becomes an error result; the batch goes on.
 */
public final class BatchAnalyzer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchAnalyzer.class);

    private static final int IN_FLIGHT_PER_THREAD = 6;

    private final NewsPipeline pipeline;
    private final int threads;
    private final ExecutorService pool;

    public BatchAnalyzer(NewsPipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "analyze-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Analyses every record of {@code records}, calling {@code sink} once per record, in order,
     * on the calling thread. At most a few records per thread are in flight, so memory stays flat.
     *
     * @param firstSequence the sequence number given to the first record
     * @return the sequence number after the last record
     */
    public long run(Stream<InputRecord> records, long firstSequence, Consumer<BatchResult> sink) {
        Deque<Future<BatchResult>> inFlight = new ArrayDeque<>();
        long seq = firstSequence;
        Iterator<InputRecord> it = records.iterator();
        while (it.hasNext()) {
            InputRecord record = it.next();
            long s = seq++;
            inFlight.add(pool.submit(() -> process(s, record)));
            // results leave in input order: a window of a few records per worker keeps a worker
            // busy while one long article holds the head (two per worker left them idle)
            if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
                sink.accept(await(inFlight.poll()));
            }
        }
        while (!inFlight.isEmpty()) {
            sink.accept(await(inFlight.poll()));
        }
        return seq;
    }

    private BatchResult process(long sequence, InputRecord record) {
        if (record instanceof BadRecord bad) {
            return new BatchResult(sequence, bad.source(), null, bad.error());
        }
        RawDocument doc = (RawDocument) record;
        try {
            return new BatchResult(sequence, doc.source(), pipeline.process(doc), null);
        } catch (InputException e) {
            return new BatchResult(sequence, doc.source(), null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("analysis failed for {}", doc.source(), e);
            return new BatchResult(sequence, doc.source(), null, "analysis failed: " + e);
        }
    }

    private static BatchResult await(Future<BatchResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
