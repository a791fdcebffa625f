package org.newsgraph.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.analysis.NewsPipeline;
import org.newsgraph.analysis.batch.BatchAnalyzer;
import org.newsgraph.index.CorpusIndex;
import org.newsgraph.index.ingest.IngestListener;
import org.newsgraph.index.ingest.IngestSummary;
import org.newsgraph.index.ingest.Ingestor;
import org.newsgraph.ingest.DefaultArticleExtractor;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.InputRecord;
import org.newsgraph.ingest.source.SkipLog;
import org.newsgraph.ingest.source.SourceReader;

/**
 * What storing costs: the same sources analysed without storing (as {@code analyze} does, results
 * dropped) and ingested into a fresh index, in one warm JVM, in alternating order over several
 * rounds so that load from other processes hits both alike. Reports records per second of each and
 * their ratio (median over rounds), the index size and the share of the ingest thread's time spent
 * writing.
 */
public final class IngestBench {

    /** One timed pair of passes. */
    record Round(Pass analyze, Pass ingest, long records, long stored, long indexBytes) {
        double ratio() {
            return analyze.seconds() / ingest.seconds();
        }

        double cpuRatio() {
            return analyze.cpuSeconds() / ingest.cpuSeconds();
        }
    }

    /** Wall and process CPU time of one pass. */
    record Pass(double seconds, double cpuSeconds) {
    }

    private final List<String> sources;
    private final int threads;
    private final int rounds;
    private final PrintStream out;

    public IngestBench(List<String> sources, int threads, int rounds, PrintStream out) {
        this.sources = List.copyOf(sources);
        this.threads = Math.max(1, threads);
        this.rounds = Math.max(1, rounds);
        this.out = out;
    }

    public int run() throws IOException {
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        NewsPipeline pipeline = new NewsPipeline(extractor, analyzer);
        out.printf(Locale.ROOT, "sources: %s; %d analysis threads, %d cores, %d rounds%n", String.join(" ", sources),
                threads, Runtime.getRuntime().availableProcessors(), rounds);
        // warm-up pass: models, JIT and the parser's caches, so the first timed pass is not charged for them
        analyzeOnly(pipeline);
        List<Round> done = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Pass a;
            Pass i;
            IngestSummary[] s = new IngestSummary[1];
            Path dir = Files.createTempDirectory("newsgraph-bench-index");
            try {
                if (r % 2 == 0) {
                    a = timed(() -> analyzeOnly(pipeline));
                    i = timed(() -> s[0] = ingest(dir, extractor, analyzer));
                } else {
                    i = timed(() -> s[0] = ingest(dir, extractor, analyzer));
                    a = timed(() -> analyzeOnly(pipeline));
                }
                Round round = new Round(a, i, s[0].records(), s[0].ingested() + s[0].updated(), size(dir));
                done.add(round);
                out.printf(Locale.ROOT, "round %d: analyze %.1f s (%.1f s CPU), ingest %.1f s (%.1f s CPU); %,d records, %,d stored"
                                + " → ingest at %.1f%% of analyze wall, %.1f%% by CPU%n", r + 1,
                        a.seconds(), a.cpuSeconds(), i.seconds(), i.cpuSeconds(), round.records(), round.stored(),
                        100 * round.ratio(), 100 * round.cpuRatio());
            } finally {
                delete(dir);
            }
        }
        Round median = done.stream().sorted(Comparator.comparingDouble(Round::ratio)).toList().get(done.size() / 2);
        double cpu = done.stream().mapToDouble(Round::cpuRatio).sorted().toArray()[done.size() / 2];
        out.printf(Locale.ROOT, "analyze %.2f records/s, ingest %.2f records/s: ingest runs at %.1f%% of analyze "
                        + "(median of %d rounds; by process CPU time %.1f%%); index %.1f MB for %,d articles%n",
                median.records() / median.analyze().seconds(), median.records() / median.ingest().seconds(), 100 * median.ratio(),
                done.size(), 100 * cpu, median.indexBytes() / 1e6, median.stored());
        return 0;
    }

    private interface Work {
        void run() throws IOException;
    }

    private static Pass timed(Work work) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        work.run();
        return new Pass((System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9);
    }

    /** Analyses every record of the sources and drops the results, as {@code analyze} to /dev/null would. */
    private void analyzeOnly(NewsPipeline pipeline) {
        SkipLog skips = new SkipLog();
        SourceReader reader = new SourceReader();
        try (BatchAnalyzer batch = new BatchAnalyzer(pipeline, threads)) {
            long seq = 0;
            for (String source : sources) {
                try (Stream<InputRecord> records = reader.read(source, skips)) {
                    seq = batch.run(records, seq, result -> { });
                } catch (InputException e) {
                    throw new UncheckedIOException(new IOException(e.getMessage(), e));
                }
            }
        }
    }

    private IngestSummary ingest(Path dir, DefaultArticleExtractor extractor, ArticleAnalyzer analyzer) throws IOException {
        try (CorpusIndex index = CorpusIndex.open(dir)) {
            return new Ingestor(index, extractor, analyzer, threads, 64).run(sources, IngestListener.NONE);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
