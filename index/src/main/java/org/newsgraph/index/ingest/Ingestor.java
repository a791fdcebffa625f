package org.newsgraph.index.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.analysis.NewsPipeline;
import org.newsgraph.analysis.batch.BatchAnalyzer;
import org.newsgraph.analysis.batch.BatchResult;
import org.newsgraph.core.model.Source;
import org.newsgraph.index.CorpusIndex;
import org.newsgraph.ingest.ArticleExtractor;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.InputRecord;
import org.newsgraph.ingest.source.SkipLog;
import org.newsgraph.ingest.source.SourceReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads sources, analyses their articles on a worker pool and stores them in a
 * {@link CorpusIndex}, committing every {@code batchSize} articles (and at least every
 * {@link #MAX_COMMIT_INTERVAL}) in the background, so an interruption loses at most the batches
 * in flight (the one being committed and the one being filled). An ingest runs once: make a new one for the next run.
 * Records whose text is already stored are extracted but not analysed again.
 *
 * <pre>{@code
 * try (CorpusIndex index = CorpusIndex.open(dir)) {
 *     IngestSummary s = new Ingestor(index, extractor, analyzer, threads, 64).run(List.of("feeds/"), listener);
 * }
 * }</pre>
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
    static final Duration MAX_COMMIT_INTERVAL = Duration.ofSeconds(30);

    private final CorpusIndex index;
    private final NewsPipeline pipeline;
    private final int threads;
    private final int batchSize;
    private volatile boolean stopRequested;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "index-commit");
        t.setDaemon(true);
        return t;
    });

    public Ingestor(CorpusIndex index, ArticleExtractor extractor, ArticleAnalyzer analyzer, int threads, int batchSize) {
        this.index = index;
        this.pipeline = new NewsPipeline(new GateExtractor(extractor, index::hasBody), analyzer);
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
    }

    /**
     * Asks a running ingest to stop after the records in flight, commit and return; waits up to
     * {@code timeout} for that (for a shutdown hook).
     */
    public void stop(Duration timeout) {
        stopRequested = true;
        try {
            finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ingests every source in order; a source that cannot be opened is a failure, the rest go on. */
    public IngestSummary run(List<String> sources, IngestListener listener) throws IOException {
        long started = System.nanoTime();
        SkipLog skips = new SkipLog();
        AtomicLong total = new AtomicLong(-1);
        Thread counter = new Thread(() -> total.set(count(sources)), "ingest-count");
        counter.setDaemon(true);
        counter.start();
        Counts c = new Counts();
        List<IngestSummary.Failure> failures = new ArrayList<>();
        SourceReader reader = new SourceReader();
        try (BatchAnalyzer batch = new BatchAnalyzer(pipeline, threads)) {
            long seq = 0;
            for (String name : sources) {
                if (stopRequested) {
                    break;
                }
                Stream<InputRecord> records;
                try {
                    records = reader.read(name, skips);
                } catch (InputException e) {
                    failures.add(new IngestSummary.Failure(name, e.getMessage()));
                    c.done++;
                    continue;
                }
                try (Stream<InputRecord> s = records.takeWhile(r -> !stopRequested)) {
                    seq = batch.run(s, seq, r -> {
                        try {
                            accept(r, c, failures);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        c.done++;
                        listener.progress(c.done + skips.total(), total.get(), c.ingested + c.updated);
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            long t0 = System.nanoTime();
            rethrow(c.commit);
            index.commit();
            c.indexNanos += System.nanoTime() - t0;
        } finally {
            committer.shutdown();
            finished.countDown();
        }
        LOG.info("indexing took {} ms of the ingest thread over {} stored articles", c.indexNanos / 1_000_000,
                c.ingested + c.updated);
        listener.progress(c.done + skips.total(), total.get(), c.ingested + c.updated);
        return new IngestSummary(c.done, c.ingested, c.updated, c.near, c.duplicates, skips.counts(), failures,
                Duration.ofNanos(System.nanoTime() - started), stopRequested, index.articleCount());
    }

    private void accept(BatchResult r, Counts c, List<IngestSummary.Failure> failures) throws IOException {
        if (!r.ok()) {
            if (r.error() != null && r.error().startsWith(GateExtractor.ALREADY_STORED)) {
                c.duplicates++;
            } else {
                failures.add(new IngestSummary.Failure(describe(r.source()), r.error()));
            }
            return;
        }
        long t0 = System.nanoTime();
        CorpusIndex.Added added = index.add(r.analysis());
        c.indexNanos += System.nanoTime() - t0;
        switch (added.outcome()) {
            case DUPLICATE -> c.duplicates++;
            case UPDATED -> c.updated++;
            case NEAR_DUPLICATE -> {
                c.ingested++;
                c.near++;
            }
            case ADDED -> c.ingested++;
        }
        if (added.outcome() != CorpusIndex.Outcome.DUPLICATE) {
            c.inBatch++;
            long now = System.nanoTime();
            boolean due = c.inBatch >= batchSize || now - c.lastCommit > MAX_COMMIT_INTERVAL.toNanos();
            if (due) {
                // commit (flush and fsync) on its own thread: analysis goes on meanwhile. A commit
                // covers every article added before it started, and waits for the one before it,
                // so a crash loses at most two batches: the one being committed and the one filling
                rethrow(c.commit);
                c.commit = committer.submit(() -> {
                    index.commit();
                    return null;
                });
                c.inBatch = 0;
                c.lastCommit = now;
            }
        }
    }

    /** Waits for a background commit and passes on its failure. */
    private static void rethrow(Future<Void> commit) throws IOException {
        if (commit == null) {
            return;
        }
        try {
            commit.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while committing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("commit failed", e.getCause());
        }
    }

    private static String describe(Source s) {
        return s.id() != null && !s.uri().contains(s.id()) ? s.uri() + " [" + s.id() + "]" : s.uri();
    }

    /** About how many records the sources hold (skipped ones included), for the progress display. */
    private static long count(List<String> sources) {
        long n = 0;
        SourceReader reader = new SourceReader();
        for (String name : sources) {
            if (name.equals("-")) {
                return -1;
            }
            n += reader.estimate(name);
        }
        return n;
    }

    private static final class Counts {
        long done;
        long ingested;
        long updated;
        long near;
        long duplicates;
        int inBatch;
        long lastCommit = System.nanoTime();
        /** time the ingest thread spent writing and committing: what indexing adds to analysis */
        long indexNanos;
        Future<Void> commit;
    }
}
