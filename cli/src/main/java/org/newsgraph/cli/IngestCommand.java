package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.index.CorpusIndex;
import org.newsgraph.index.IndexLockedException;
import org.newsgraph.index.ingest.IngestListener;
import org.newsgraph.index.ingest.IngestSummary;
import org.newsgraph.index.ingest.Ingestor;
import org.newsgraph.ingest.DefaultArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph ingest}: analyse sources and store them in the corpus index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse articles and store them in the corpus index for search and export.",
                "SOURCE: a file (text, HTML, JSON Lines, RSS/Atom feed, WARC; each may be .gz), a directory "
                        + "(every such file below it) or - for standard input.",
                "Re-ingesting is safe: articles already stored (same text) are skipped without analysis; an article at "
                        + "the same URL with new text replaces the old one. An interrupted ingest (Ctrl-C, kill) loses "
                        + "at most the batches in flight (see --batch): run it again to resume.",
                "Only one ingest can write an index at a time; a second one is refused."})
final class IngestCommand implements Callable<Integer> {

    /** Where the index lives unless --index says otherwise. */
    static final String DEFAULT_INDEX = "newsgraph-data";

    @Option(names = {"-i", "--index"}, defaultValue = DEFAULT_INDEX,
            description = "Index directory (created when missing). Default: ./${DEFAULT-VALUE}.")
    Path index;

    @Option(names = {"-t", "--threads"}, defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    @Option(names = "--batch", defaultValue = "64",
            description = "Articles per commit (default: ${DEFAULT-VALUE}); an interruption loses at most two batches.")
    int batch;

    @Option(names = "--no-progress", description = "No progress display.")
    boolean noProgress;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, directories or - (stdin).")
    List<String> sources;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        // Ctrl-C or kill (TERM): the hook asks the ingest to stop, then waits until the last
        // commit is made and the summary printed, so the JVM does not halt halfway
        CountDownLatch printed = new CountDownLatch(1);
        try (CorpusIndex corpus = CorpusIndex.open(index)) {
            Ingestor ingestor = new Ingestor(corpus, new DefaultArticleExtractor(), ArticleAnalyzer.standard(), workers, batch);
            Thread hook = new Thread(() -> {
                ingestor.stop(Duration.ofSeconds(60));
                try {
                    printed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ingest-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            Progress progress = noProgress ? null : new Progress(err, System.console() != null);
            IngestSummary summary = ingestor.run(sources, progress == null ? IngestListener.NONE : progress);
            if (progress != null) {
                progress.finish();
            }
            printSummary(out, summary);
            printed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and has what it waited for
            }
            return summary.failures().isEmpty() ? Main.EXIT_OK : Main.EXIT_INPUT_FAILED;
        } catch (IndexLockedException e) {
            err.println("newsgraph: " + e.getMessage());
            return Main.EXIT_INPUT_FAILED;
        } catch (IOException e) {
            err.println("newsgraph: index " + index + ": " + e.getMessage());
            return Main.EXIT_INTERNAL;
        } finally {
            printed.countDown();
        }
    }

    private void printSummary(PrintStream out, IngestSummary s) {
        out.printf(Locale.ROOT, "%s into %s in %s (%.2f articles/s)%n", s.interrupted() ? "Interrupted ingest" : "Ingested",
                index, human(s.elapsed()), s.articlesPerSecond());
        out.printf(Locale.ROOT, "  ingested    %,d%s%n", s.ingested(),
                s.nearDuplicates() > 0 ? " (" + s.nearDuplicates() + " near-duplicates, linked to their first copy)" : "");
        out.printf(Locale.ROOT, "  updated     %,d%n", s.updated());
        out.printf(Locale.ROOT, "  duplicates  %,d (already stored, not added)%n", s.duplicates());
        out.printf(Locale.ROOT, "  skipped     %,d%n", s.skippedTotal());
        s.skipped().forEach((reason, n) -> out.printf(Locale.ROOT, "    %,6d  %s%n", n, reason));
        out.printf(Locale.ROOT, "  failed      %,d%n", s.failures().size());
        Map<String, Integer> reasons = new LinkedHashMap<>();
        int shown = 0;
        for (IngestSummary.Failure f : s.failures()) {
            if (shown++ < 20) {
                out.println("    " + f.source() + ": " + f.reason());
            }
            reasons.merge(kind(f.reason()), 1, Integer::sum);
        }
        if (s.failures().size() > 20) {
            out.println("    … and " + (s.failures().size() - 20) + " more; by reason:");
            reasons.forEach((r, n) -> out.printf(Locale.ROOT, "    %,6d  %s%n", n, r));
        }
        out.printf(Locale.ROOT, "  index now holds %,d articles%n", s.articlesInIndex());
        if (s.interrupted()) {
            out.println("  run the same command again to resume");
        }
    }

    /** The reason without the file name, for grouping. */
    private static String kind(String reason) {
        if (reason == null) {
            return "unknown";
        }
        int colon = reason.lastIndexOf(": ");
        return colon >= 0 ? reason.substring(colon + 2) : reason;
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
                : String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }

    /** A progress bar on a terminal; a plain line every ten seconds otherwise. */
    static final class Progress implements IngestListener {

        private final PrintStream err;
        private final boolean terminal;
        private final long started = System.nanoTime();
        private long lastPrint;
        private long done;
        private long total;
        private long stored;

        Progress(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void progress(long done, long total, long stored) {
            this.done = done;
            this.total = total;
            this.stored = stored;
            long now = System.nanoTime();
            long every = terminal ? 200_000_000L : 10_000_000_000L;
            if (now - lastPrint >= every) {
                lastPrint = now;
                print(false);
            }
        }

        void finish() {
            print(true);
        }

        private void print(boolean last) {
            double secs = (System.nanoTime() - started) / 1e9;
            double rate = secs > 0 ? done / secs : 0;
            String eta = total > 0 && rate > 0 && done < total
                    ? human(Duration.ofSeconds((long) ((total - done) / rate))) : "-";
            String counts = total > 0 ? String.format(Locale.ROOT, "%,d/%,d", done, total) : String.format(Locale.ROOT, "%,d", done);
            String stats = String.format(Locale.ROOT, "%s records, %,d stored, %.2f articles/s, ETA %s", counts, stored,
                    secs > 0 ? stored / secs : 0, eta);
            if (terminal) {
                int width = 30;
                int filled = total > 0 ? (int) Math.min(width, width * done / Math.max(1, total)) : 0;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + stats + "   ");
                if (last) {
                    err.println();
                }
            } else {
                err.println("newsgraph ingest: " + stats);
            }
            err.flush();
        }
    }
}
