package org.newsgraph.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.Source;
import org.newsgraph.ingest.ArticleExtractor;
import org.newsgraph.ingest.read.ContentType;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.RawDocument;
import org.newsgraph.ingest.read.TextDecoder;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Measures an {@link ArticleExtractor} on a body-extraction gold set laid out like the
 * article-extraction-benchmark: {@code ground-truth.json} ({@code {"<id>": {"articleBody": …,
 * "url": …}}}) beside {@code html/<id>.html.gz} (or {@code .html}).
 *
 * <pre>{@code
 * ExtractionResult r = ExtractionEval.run(Path.of("gold/extraction/aeb-dev"), new DefaultArticleExtractor());
 * r.printTable(System.out);
 * r.printErrors(System.out, 5);
 * }</pre>
 */
public final class ExtractionEval {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionEval() {
    }

    /** One gold page: id, URL, decoded HTML and true body. */
    record GoldPage(String id, String url, String html, String truth) {
    }

    /**
     * Extracts every page of the gold set once and scores the bodies; pages/s counts only the
     * time spent in {@link ArticleExtractor#extract}.
     *
     * @throws IOException when the gold set cannot be read
     */
    public static ExtractionResult run(Path goldDir, ArticleExtractor extractor) throws IOException {
        List<GoldPage> pages = load(goldDir);
        List<PageScore> scores = new ArrayList<>();
        long nanos = 0;
        for (GoldPage page : pages) {
            String predicted = "";
            String error = null;
            long start = System.nanoTime();
            try {
                predicted = extractor.extract(document(page)).body();
            } catch (InputException e) {
                error = e.getMessage();
            }
            nanos += System.nanoTime() - start;
            scores.add(new PageScore(page.id(), page.url(), ShingleMetric.score(page.truth(), predicted), error,
                    page.truth(), predicted));
        }
        return ExtractionResult.of(scores, nanos / 1e9);
    }

    /**
     * Extraction speed on one thread, warm.
     *
     * @param pagesPerSecond    pages per second of wall-clock time
     * @param pagesPerCpuSecond pages per second of this thread's CPU time: the same figure without
     *                          the time other processes took the CPU away (shared machines)
     */
    public record Speed(int pages, double pagesPerSecond, double pagesPerCpuSecond) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d pages: %.0f pages/s (%.0f pages per CPU second)", pages,
                    pagesPerSecond, pagesPerCpuSecond);
        }
    }

    /**
     * Measures extraction speed on one thread, warm: extracts all pages until the JIT has settled
     * (at least three rounds or two seconds), then {@code rounds} more times, timed.
     */
    public static Speed bench(Path goldDir, ArticleExtractor extractor, int rounds) throws IOException {
        List<RawDocument> docs = load(goldDir).stream().map(ExtractionEval::document).toList();
        long warmStart = System.nanoTime();
        for (int i = 0; i < 3 || System.nanoTime() - warmStart < 2_000_000_000L && i < 50; i++) {
            extractAll(docs, extractor);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            extractAll(docs, extractor);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : seconds;
        int pages = docs.size() * rounds;
        return new Speed(pages, seconds > 0 ? pages / seconds : 0, cpuSeconds > 0 ? pages / cpuSeconds : 0);
    }

    private static void extractAll(List<RawDocument> docs, ArticleExtractor extractor) {
        for (RawDocument d : docs) {
            try {
                extractor.extract(d);
            } catch (InputException e) {
                // counted like any other page
            }
        }
    }

    /**
     * Checks title, opening text, language, author and date of the sample pages in {@code dir}
     * ({@code name.html} beside {@code name.json} with an {@code expected} object, as in goose3's
     * test data) against what {@code extractor} finds.
     */
    public static SampleCheck checkSamples(Path dir, ArticleExtractor extractor) throws IOException {
        List<SampleCheck.Row> rows = new ArrayList<>();
        List<Path> htmls;
        try (var files = Files.list(dir)) {
            htmls = files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        for (Path html : htmls) {
            String base = html.getFileName().toString().replaceFirst("\\.html$", "");
            Path json = html.resolveSibling(base + ".json");
            if (!Files.exists(json)) {
                continue;
            }
            JsonNode expected = JSON.readTree(json.toFile()).path("expected");
            String url = text(expected, "final_url");
            String content;
            try {
                content = TextDecoder.decode(Files.readAllBytes(html), html.toString());
            } catch (InputException e) {
                rows.add(SampleCheck.Row.failed(base, expected, e.getMessage()));
                continue;
            }
            Source source = new Source(url != null ? url : html.toUri().toString(), "html", null);
            try {
                Article a = extractor.extract(RawDocument.of(source, ContentType.HTML, content));
                rows.add(SampleCheck.Row.of(base, expected, a));
            } catch (InputException e) {
                rows.add(SampleCheck.Row.failed(base, expected, e.getMessage()));
            }
        }
        return new SampleCheck(rows);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static RawDocument document(GoldPage page) {
        Source source = new Source(page.url() != null ? page.url() : page.id(), "html", null);
        return RawDocument.of(source, ContentType.HTML, page.html());
    }

    static List<GoldPage> load(Path goldDir) throws IOException {
        Path truthFile = goldDir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new IOException(goldDir + ": no ground-truth.json here");
        }
        JsonNode truth = JSON.readTree(truthFile.toFile());
        List<GoldPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            Path gz = goldDir.resolve("html").resolve(id + ".html.gz");
            Path plain = goldDir.resolve("html").resolve(id + ".html");
            byte[] bytes;
            if (Files.exists(gz)) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(gz)))) {
                    bytes = in.readAllBytes();
                }
            } else if (Files.exists(plain)) {
                bytes = Files.readAllBytes(plain);
            } else {
                throw new IOException(goldDir + ": no html/" + id + ".html.gz or .html");
            }
            String html;
            try {
                html = TextDecoder.decode(bytes, id);
            } catch (InputException ex) {
                throw new IOException(ex.getMessage(), ex);
            }
            pages.add(new GoldPage(id, text(e.getValue(), "url"), html, e.getValue().path("articleBody").asText("")));
        }
        pages.sort(java.util.Comparator.comparing(GoldPage::id));
        return pages;
    }
}
