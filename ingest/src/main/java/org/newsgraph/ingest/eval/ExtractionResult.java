package org.newsgraph.ingest.eval;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The body-extraction score of a gold set: corpus precision (mean over pages with a non-empty
 * prediction), recall (mean over all pages), their harmonic mean, speed and the page scores.
 *
 * @param pagesPerSecond pages extracted per second of extraction time on one thread
 */
public record ExtractionResult(double f1, double precision, double recall, int pages, double pagesPerSecond,
                               List<PageScore> pageScores) {

    public ExtractionResult {
        pageScores = List.copyOf(pageScores);
    }

    /** Computes the corpus scores from page scores. */
    static ExtractionResult of(List<PageScore> scores, double seconds) {
        double p = scores.stream().filter(PageScore::hasPrediction).mapToDouble(PageScore::precision).average().orElse(0);
        double r = scores.stream().mapToDouble(PageScore::recall).average().orElse(0);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ExtractionResult(f, p, r, scores.size(), seconds > 0 ? scores.size() / seconds : 0, scores);
    }

    /** The {@code n} pages with the lowest F1, worst first. */
    public List<PageScore> worst(int n) {
        return pageScores.stream().sorted(Comparator.comparingDouble(PageScore::f1).thenComparing(PageScore::id))
                .limit(Math.max(0, n)).toList();
    }

    /** Prints F1, precision, recall, pages and pages/s as a small table. */
    public void printTable(PrintStream out) {
        out.println("metric      value");
        out.printf(Locale.ROOT, "F1          %.3f%n", f1);
        out.printf(Locale.ROOT, "precision   %.3f%n", precision);
        out.printf(Locale.ROOT, "recall      %.3f%n", recall);
        out.printf(Locale.ROOT, "pages       %d%n", pages);
        out.printf(Locale.ROOT, "pages/s     %.1f%n", pagesPerSecond);
    }

    /** Prints the {@code n} worst pages with the text that was lost and added. */
    public void printErrors(PrintStream out, int n) {
        for (PageScore s : worst(n)) {
            out.printf(Locale.ROOT, "== %s  F1 %.3f  P %.3f  R %.3f  %s%n", s.id(), s.f1(), s.precision(), s.recall(),
                    s.url() == null ? "" : s.url());
            if (s.error() != null) {
                out.println("   error: " + s.error());
            }
            for (String run : s.lost()) {
                out.println("   - " + abbreviate(run));
            }
            for (String run : s.added()) {
                out.println("   + " + abbreviate(run));
            }
        }
    }

    private static String abbreviate(String run) {
        return run.length() <= 300 ? run : run.substring(0, 150) + " … " + run.substring(run.length() - 140);
    }
}
