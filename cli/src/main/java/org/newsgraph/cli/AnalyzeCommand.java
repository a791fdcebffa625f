package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.newsgraph.analysis.NewsPipeline;
import org.newsgraph.analysis.batch.BatchAnalyzer;
import org.newsgraph.analysis.batch.BatchResult;
import org.newsgraph.core.json.AnalysisJson;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.source.SkipLog;
import org.newsgraph.ingest.source.SourceReader;
import org.newsgraph.ingest.read.InputRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code newsgraph analyze}: articles in, analyses out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse news articles: clean text, entities, quotes and events.",
                "Inputs: plain text, HTML, JSON Lines (one record per line), RSS/Atom feeds, WARC archives, each optionally",
                "gzip-compressed; a directory means every such file below it; - reads standard input."})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { text, json, jsonl }

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output: text (a readable report), json (one object per article), jsonl (one line per article). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-t", "--threads"}, defaultValue = "0", description = "Worker threads (default: all cores).")
    int threads;

    @Option(names = "--no-color", description = "No colours in the text report (also when NO_COLOR is set or output is not a terminal).")
    boolean noColor;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Input files or directories; - reads standard input.")
    List<String> files;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        boolean color = !noColor && System.console() != null && System.getenv("NO_COLOR") == null;
        TextReport report = new TextReport(color);
        ObjectWriter pretty = AnalysisJson.mapper().writerWithDefaultPrettyPrinter();
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        int[] failures = {0};
        long[] seq = {0};
        SkipLog skips = new SkipLog();
        try (BatchAnalyzer batch = new BatchAnalyzer(NewsPipeline.standard(), workers)) {
            for (String file : files) {
                Stream<InputRecord> records;
                try {
                    records = new SourceReader().read(file, skips);
                } catch (InputException e) {
                    System.err.println("newsgraph: " + e.getMessage());
                    failures[0]++;
                    continue;
                }
                seq[0] = batch.run(records, seq[0], r -> {
                    if (!r.ok()) {
                        failures[0]++;
                        System.err.println("newsgraph: " + describe(r) + ": " + r.error());
                        if (format == Format.jsonl) {
                            out.println(AnalysisJson.errorJson(r.source().id(), r.error()).toString());
                        }
                        return;
                    }
                    try {
                        switch (format) {
                            case json -> out.println(pretty.writeValueAsString(AnalysisJson.toJson(r.analysis())));
                            case jsonl -> out.println(AnalysisJson.mapper().writeValueAsString(AnalysisJson.toJson(r.analysis())));
                            default -> out.println(report.render(r.analysis()));
                        }
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                    out.flush();
                });
            }
        }
        out.flush();
        if (skips.total() > 0) {
            System.err.println("newsgraph: skipped " + skips.total() + " records that are not articles " + skips.counts());
        }
        return failures[0] == 0 ? Main.EXIT_OK : Main.EXIT_INPUT_FAILED;
    }

    private static String describe(BatchResult r) {
        return r.source().id() != null ? r.source().uri() + " [" + r.source().id() + "]" : r.source().uri();
    }
}
