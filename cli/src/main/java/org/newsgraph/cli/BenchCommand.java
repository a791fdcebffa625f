package org.newsgraph.cli;

import org.newsgraph.cli.bench.IngestBench;
import org.newsgraph.cli.bench.PipelineBench;
import org.newsgraph.ingest.DefaultArticleExtractor;
import org.newsgraph.ingest.eval.ExtractionEval;
import org.newsgraph.ingest.read.InputReader;
import org.newsgraph.ingest.read.RawDocument;
import org.newsgraph.nlp.CoreNlpEngine;
import org.newsgraph.nlp.ParserBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsgraph bench}: throughput, latency and memory of the analysis pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure analysis throughput (articles/s, tokens/s), peak heap and cold-start latency on a",
                "JSON Lines corpus, for each thread count, against CoreNLP's full quote pipeline as the baseline."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", description = "JSON Lines corpus (default: the VOA corpus in ../shared).")
    Path corpus;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--baseline-articles", defaultValue = "12",
            description = "Articles to run through CoreNLP's full quote pipeline (slow: ~300 tokens/s); 0 skips it. Default: ${DEFAULT-VALUE}.")
    int baselineArticles;

    @Option(names = "--baseline-heap", defaultValue = "8g", description = "Heap of the baseline's child JVM (default: ${DEFAULT-VALUE}).")
    String baselineHeap;

    @Option(names = "--extraction", paramLabel = "GOLD_DIR",
            description = "Instead: extraction speed alone, one thread, warm, on a gold folder of pages (e.g. ../shared/gold/extraction/aeb-dev).")
    Path extraction;

    @Option(names = "--ingest", paramLabel = "SOURCE", split = ",",
            description = "Instead: ingest against analysis alone on these sources (files, directories), warm, alternating rounds.")
    List<String> ingest;

    @Option(names = "--parser", paramLabel = "ARTICLES", defaultValue = "0",
            description = "Instead: dependency parser speed, ours against CoreNLP's nndep, on all sentences of the corpus's first ARTICLES articles.")
    int parserArticles;

    @Option(names = "--rounds", description = "Timed rounds for --extraction (default: 10) or --ingest (default: 3).")
    Integer rounds;

    @Override
    public Integer call() throws Exception {
        if (extraction != null) {
            if (!Files.isDirectory(extraction)) {
                System.err.println("newsgraph bench: no gold folder at " + extraction);
                return Main.EXIT_INPUT_FAILED;
            }
            System.out.println("extraction, 1 thread, warm: "
                    + ExtractionEval.bench(extraction, new DefaultArticleExtractor(), rounds == null ? 10 : rounds));
            return Main.EXIT_OK;
        }
        if (ingest != null) {
            int workers = threads.size() == 1 ? threads.get(0) : Runtime.getRuntime().availableProcessors();
            return new IngestBench(ingest, workers, rounds == null ? 3 : rounds, System.out).run();
        }
        Path input = corpus != null ? corpus : defaultCorpus();
        if (input == null || !Files.isRegularFile(input)) {
            System.err.println("newsgraph bench: corpus not found" + (input == null ? "" : ": " + input)
                    + " (give --corpus FILE.jsonl; the default is shared/corpus/voa/voa_stories.jsonl beside the project)");
            return Main.EXIT_INPUT_FAILED;
        }
        if (parserArticles > 0) {
            System.out.println(parserBench(input, parserArticles));
            return Main.EXIT_OK;
        }
        return new PipelineBench(input, threads, baselineArticles, baselineHeap, System.out).run();
    }

    private static ParserBench.Result parserBench(Path input, int articles) throws Exception {
        List<String> bodies = new ArrayList<>();
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        try (var records = new InputReader().read(input.toString())) {
            for (var r : records.filter(r -> r instanceof RawDocument).limit(articles).toList()) {
                bodies.add(extractor.extract((RawDocument) r).body());
            }
        }
        return ParserBench.run(CoreNlpEngine.shared(), bodies);
    }

    private static Path defaultCorpus() {
        String shared = System.getenv().getOrDefault("NEWSGRAPH_SHARED", "");
        for (String root : List.of(shared, "../shared", "../../shared")) {
            if (!root.isEmpty()) {
                Path p = Path.of(root, "corpus", "voa", "voa_stories.jsonl");
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        return null;
    }
}
