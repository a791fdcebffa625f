package org.newsgraph.cli;

import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.analysis.quote.eval.QuoteEval;
import org.newsgraph.analysis.quote.eval.QuoteEvalRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsgraph eval quotes}: quote attribution against PolNeAR-format gold. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Score quote attribution against gold in the PolNeAR JSON Lines format.")
final class EvalQuotesCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "Gold attributions.")
    Path gold;

    @Option(names = "--errors", defaultValue = "0", paramLabel = "N", description = "Show the N worst errors.")
    int errors;

    @Option(names = "--predictions", paramLabel = "FILE.jsonl",
            description = "Also write the predicted quotes of each article (offsets) for error analysis.")
    Path predictions;

    @Option(names = "--with-nested",
            description = "Also score quotes reported within another quote (PolNeAR annotates none; left out by default).")
    boolean withNested;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        QuoteEval.Report r = new QuoteEvalRunner(ArticleAnalyzer.standard(), withNested).run(gold, predictions);
        out.printf(Locale.ROOT, "%-10s %6s %6s %6s %6s %6s %8s %8s %8s%n", "slice", "gold", "pred", "P", "R", "F1",
                "exactF1", "spkAcc", "q+spkF1");
        row(out, "all", r.all);
        row(out, "marks", r.marks);
        row(out, "no-marks", r.noMarks);
        if (r.nestedLeftOut > 0) {
            out.printf(Locale.ROOT, "(%d quotes reported within another quote left out; --with-nested scores them)%n",
                    r.nestedLeftOut);
        }
        out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        for (QuoteEval.Error e : r.worst(errors)) {
            out.printf("%-7s %s: %s%n        %s%n", e.type(), e.docId(),
                    shorten(e.gold() != null ? e.gold() : e.predicted()), e.detail());
        }
        return Main.EXIT_OK;
    }

    private static void row(PrintStream out, String name, QuoteEval.Counts c) {
        out.printf(Locale.ROOT, "%-10s %6d %6d %6.3f %6.3f %6.3f %8.3f %8.3f %8.3f%n", name, c.gold, c.predicted,
                c.precision(), c.recall(), c.f1(), c.exactF1(), c.speakerAccuracy(), c.quoteSpeakerF1());
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "…";
    }
}
