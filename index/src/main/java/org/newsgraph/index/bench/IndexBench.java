package org.newsgraph.index.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.index.CorpusSearcher;
import org.newsgraph.index.search.Hits.CorpusEntity;
import org.newsgraph.index.search.SearchFilter;

/**
 * Query latency on an existing index: every query type, with parameters taken from the index
 * itself (its most reported entities and speakers), run after a warm-up; reports p50 and p95 per
 * type and overall, the index size on disk and the heap in use.
 */
public final class IndexBench {

    /** A query to time, given the round number (so parameters rotate). */
    private interface Timed {
        void run(int round) throws IOException;
    }

    /** Latencies per query type. */
    public record Report(int articles, long indexBytes, long heapBytes, Map<String, double[]> p50p95, double overallP95) {

        public String render() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "index: %,d articles, %.1f MB on disk, heap in use %.0f MB%n", articles,
                    indexBytes / 1e6, heapBytes / 1e6));
            sb.append(String.format(Locale.ROOT, "%-22s %9s %9s%n", "query", "p50 ms", "p95 ms"));
            p50p95.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-22s %9.2f %9.2f%n", k, v[0], v[1])));
            sb.append(String.format(Locale.ROOT, "%-22s %9s %9.2f%n", "all queries", "", overallP95));
            return sb.toString();
        }
    }

    private final CorpusSearcher searcher;
    private final Path dir;

    public IndexBench(CorpusSearcher searcher, Path dir) {
        this.searcher = searcher;
        this.dir = dir;
    }

    public Report run(int rounds) throws IOException {
        SearchFilter any = SearchFilter.any();
        List<CorpusEntity> top = searcher.entities(any, 20);
        List<String> names = top.isEmpty() ? List.of("government") : top.stream().map(CorpusEntity::name).toList();
        List<String> speakers = new ArrayList<>(searcher.facets(any).counts().get("speaker").keySet());
        if (speakers.isEmpty()) {
            speakers = names;
        }
        List<String> words = List.of("government", "said minister", "\"prime minister\"", "election", "market growth",
                "police", "talks AND peace", "film", "technology", "economy");
        List<String> spk = speakers;
        Map<String, Timed> queries = new LinkedHashMap<>();
        queries.put("articles full text", r -> searcher.articles(any.text(words.get(r % words.size())), 10));
        queries.put("articles about X", r -> searcher.articles(any.entity(names.get(r % names.size())), 10));
        queries.put("quotes full text", r -> searcher.quotes(any.text(words.get(r % words.size())), 10));
        queries.put("quotes by X", r -> searcher.quotes(any.speaker(spk.get(r % spk.size())), 10));
        queries.put("quotes about Y", r -> searcher.quotes(any.entity(names.get(r % names.size())), 10));
        queries.put("events between X Y", r -> searcher.events(any.between(names.get(r % names.size()),
                names.get((r + 1) % names.size())), 10));
        queries.put("entities top 20", r -> searcher.entities(r % 2 == 0 ? any : any.text(words.get(r % words.size())), 20));
        queries.put("entity timeline", r -> searcher.timeline(names.get(r % names.size()), any));
        queries.put("network top 25", r -> searcher.network(any, 25));
        queries.put("facets", r -> searcher.facets(r % 2 == 0 ? any : any.text(words.get(r % words.size()))));
        for (Timed q : queries.values()) {
            for (int r = 0; r < Math.min(10, rounds); r++) {
                q.run(r);
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (var e : queries.entrySet()) {
            double[] ms = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                e.getValue().run(r);
                ms[r] = (System.nanoTime() - t) / 1e6;
                all.add(ms[r]);
            }
            out.put(e.getKey(), new double[] {percentile(ms, 50), percentile(ms, 95)});
        }
        double overall = percentile(all.stream().mapToDouble(Double::doubleValue).toArray(), 95);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return new Report(searcher.articleCount(true), size(dir), rt.totalMemory() - rt.freeMemory(), out, overall);
    }

    static double percentile(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        if (v.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
