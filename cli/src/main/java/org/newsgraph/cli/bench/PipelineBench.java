package org.newsgraph.cli.bench;

import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.analysis.NewsPipeline;
import org.newsgraph.analysis.StageTimes;
import org.newsgraph.analysis.batch.BatchAnalyzer;
import org.newsgraph.core.model.Article;
import org.newsgraph.ingest.DefaultArticleExtractor;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.InputReader;
import org.newsgraph.ingest.read.InputRecord;
import org.newsgraph.ingest.read.RawDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures the standard pipeline on a corpus: cold start to first article, then for each thread
 * count a warm pass over all articles (throughput and peak heap), then CoreNLP's full quote
 * pipeline on the first N articles in a child JVM, compared with ours on the same articles.
 */
public final class PipelineBench {

    private final Path corpus;
    private final List<Integer> threadCounts;
    private final int baselineArticles;
    private final String baselineHeap;
    private final PrintStream out;

    public PipelineBench(Path corpus, List<Integer> threadCounts, int baselineArticles, String baselineHeap, PrintStream out) {
        this.corpus = corpus;
        this.threadCounts = threadCounts;
        this.baselineArticles = baselineArticles;
        this.baselineHeap = baselineHeap;
        this.out = out;
    }

    public int run() throws Exception {
        List<RawDocument> docs = new ArrayList<>();
        try (var records = new InputReader().read(corpus.toString())) {
            records.filter(r -> r instanceof RawDocument).forEach(r -> docs.add((RawDocument) r));
        }
        out.printf("corpus: %s, %d articles; %d cores, max heap %d MB%n", corpus, docs.size(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        try (HeapSampler heap = new HeapSampler()) {
            NewsPipeline pipeline = NewsPipeline.standard();
            pipeline.process(docs.get(0));
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.printf("cold start: first article analysed %.1f s after JVM start (models loaded on first use)%n",
                    sinceJvmStart / 1000.0);

            // warm-up: JIT, lazy loads and the parser's caches; its split is what a first pass over new text costs
            runPass(pipeline, docs, 1, heap, "first pass (cold JIT and parser caches)");
            List<BenchResult> results = new ArrayList<>();
            for (int threads : threadCounts) {
                System.gc();
                heap.reset();
                results.add(runPass(pipeline, docs, threads, heap, "newsgraph, " + threads + " thread(s)"));
            }
            out.println();
            out.printf("%-28s %7s %9s %11s %12s%n", "pipeline", "threads", "articles/s", "tokens/s", "peak heap MB");
            for (BenchResult r : results) {
                out.printf("%-28s %7d %9.2f %11.0f %12d%n", r.name(), r.threads(), r.articlesPerSecond(), r.tokensPerSecond(),
                        r.peakHeapBytes() >> 20);
            }
            if (baselineArticles > 0) {
                baseline(pipeline, docs.subList(0, Math.min(baselineArticles, docs.size())), heap);
            }
        }
        return 0;
    }

    private BenchResult runPass(NewsPipeline pipeline, List<RawDocument> docs, int threads, HeapSampler heap, String label) {
        ArticleAnalyzer analyzer = pipeline.analyzer();
        analyzer.times().reset();
        long[] failed = {0};
        long t0 = System.nanoTime();
        try (BatchAnalyzer batch = new BatchAnalyzer(pipeline, threads)) {
            batch.run(docs.stream().map(d -> (InputRecord) d), 0, r -> failed[0] += r.ok() ? 0 : 1);
        }
        long nanos = System.nanoTime() - t0;
        StageTimes t = analyzer.times();
        BenchResult r = new BenchResult("newsgraph analyze", threads, docs.size(), t.tokens(), nanos, heap.peakBytes());
        if (label != null) {
            out.printf("%s: %.2f articles/s, %.0f tokens/s, peak heap %d MB, %d failed; time split: %s%n",
                    label, r.articlesPerSecond(), r.tokensPerSecond(), r.peakHeapBytes() >> 20, failed[0], stages(t));
        }
        return r;
    }

    private static String stages(StageTimes t) {
        double total = t.totalNanos();
        return String.format("annotate %.0f%%, entities %.0f%%, quotes %.0f%%, events %.0f%%; parsed %d of %d sentences",
                100 * t.annotateNanos() / total, 100 * t.entitiesNanos() / total, 100 * t.quotesNanos() / total,
                100 * t.eventsNanos() / total, t.parsedSentences(), t.sentences());
    }

    private void baseline(NewsPipeline pipeline, List<RawDocument> docs, HeapSampler heap) throws Exception {
        List<Article> articles = new ArrayList<>();
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        for (RawDocument d : docs) {
            try {
                articles.add(extractor.extract(d));
            } catch (InputException e) {
                // counted out of both sides alike
            }
        }
        ArticleAnalyzer analyzer = pipeline.analyzer();
        analyzer.times().reset();
        long t0 = System.nanoTime();
        for (Article a : articles) {
            analyzer.analyze(a);
        }
        long oursNanos = System.nanoTime() - t0;
        long oursTokens = analyzer.times().tokens();

        Path bodies = Files.createTempFile("newsgraph-bench", ".jsonl");
        try {
            var json = org.newsgraph.core.json.AnalysisJson.mapper();
            List<String> lines = new ArrayList<>();
            for (Article a : articles) {
                lines.add(json.writeValueAsString(a.body()));
            }
            Files.write(bodies, lines, StandardCharsets.UTF_8);
            out.printf("%nbaseline: CoreNLP full quote pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote), 1 thread,"
                    + " %d articles, child JVM -Xmx%s …%n", articles.size(), baselineHeap);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Xmx" + baselineHeap, "-cp", System.getProperty("java.class.path"),
                    CoreNlpQuoteBaseline.class.getName(), bodies.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String line;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                line = r.readLine();
            }
            if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0 || line == null) {
                out.println("baseline failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
                p.destroyForcibly();
                return;
            }
            String[] f = line.trim().split(" ");
            double baseTps = Long.parseLong(f[0]) / (Long.parseLong(f[1]) / 1e9);
            double oursTps = oursTokens / (oursNanos / 1e9);
            out.printf("baseline: %.0f tokens/s, %s quotes found, models loaded in %.1f s%n", baseTps, f[2],
                    Long.parseLong(f[3]) / 1e9);
            out.printf("newsgraph on the same articles, 1 thread: %.0f tokens/s%n", oursTps);
            out.printf("ratio: newsgraph is %.1fx the throughput of CoreNLP's full quote pipeline%n", oursTps / baseTps);
        } finally {
            Files.deleteIfExists(bodies);
        }
    }
}
