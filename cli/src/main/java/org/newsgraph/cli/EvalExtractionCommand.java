package org.newsgraph.cli;

import org.newsgraph.ingest.DefaultArticleExtractor;
import org.newsgraph.ingest.eval.ExtractionEval;
import org.newsgraph.ingest.eval.ExtractionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newsgraph eval extraction}: body extraction against the article-extraction-benchmark metric. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Score article-body extraction on a gold folder (html/<id>.html.gz + ground-truth.json) with the",
                "benchmark's shingle metric: F1, precision, recall and pages/s. --samples also checks title, author,",
                "date and language on pages with expected JSON beside them."})
final class EvalExtractionCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, description = "Gold folder, e.g. ../shared/gold/extraction/aeb-dev")
    Path gold;

    @Option(names = "--errors", defaultValue = "0", description = "Show the N worst pages with what was lost or added.")
    int errors;

    @Option(names = "--samples", description = "Folder of pages with expected metadata JSON, e.g. ../shared/samples/html/goose3")
    Path samples;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(gold)) {
            System.err.println("newsgraph eval extraction: no gold folder at " + gold);
            return Main.EXIT_INPUT_FAILED;
        }
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        ExtractionResult result = ExtractionEval.run(gold, extractor);
        result.printTable(System.out);
        if (errors > 0) {
            result.printErrors(System.out, errors);
        }
        if (samples != null) {
            ExtractionEval.checkSamples(samples, extractor).printTable(System.out);
        }
        return Main.EXIT_OK;
    }
}
