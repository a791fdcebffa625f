package org.newsgraph.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.newsgraph.core.model.Article;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Metadata hit rates on sample pages with partial truth (goose3's test pages): title, opening
 * text, language, and author and publication date wherever the expected fields give them.
 * A field without truth on a page is not counted for that page.
 */
public record SampleCheck(List<Row> rows) {

    public SampleCheck {
        rows = List.copyOf(rows);
    }

    /**
     * One sample page. Each {@code *Hit} is null when the sample gives no truth for that field.
     */
    public record Row(String name, String error, String title, Boolean titleHit, Boolean openingHit, String language,
                      Boolean languageHit, List<String> authors, Boolean authorHit, String published,
                      Boolean dateHit) {

        static Row of(String name, JsonNode expected, Article a) {
            String title = ExtractionEval.text(expected, "title");
            String opening = ExtractionEval.text(expected, "cleaned_text");
            String lang = ExtractionEval.text(expected, "meta_lang");
            String date = ExtractionEval.text(expected, "publish_date");
            List<String> authors = expected.has("authors") ? list(expected.get("authors")) : null;
            String pub = a.published().isKnown() ? a.published().value().toString() : null;
            return new Row(name, null, a.title(),
                    title == null ? null : titleMatches(title, a.title()),
                    opening == null ? null : openingMatches(opening, a.body()),
                    a.language(),
                    lang == null ? null : lang.toLowerCase(Locale.ROOT).startsWith(String.valueOf(a.language())),
                    a.authors(),
                    authors == null || authors.isEmpty() ? null : key(String.join(" ", authors)).equals(key(String.join(" ", a.authors()))),
                    pub,
                    date == null ? null : pub != null && date.startsWith(pub));
        }

        static Row failed(String name, JsonNode expected, String error) {
            Boolean miss = Boolean.FALSE;
            return new Row(name, error, null, expected.has("title") ? miss : null,
                    expected.has("cleaned_text") ? miss : null, null, ExtractionEval.text(expected, "meta_lang") != null ? miss : null,
                    List.of(), expected.has("authors") ? miss : null, null, expected.has("publish_date") ? miss : null);
        }

        private static List<String> list(JsonNode node) {
            return node.isArray() ? java.util.stream.StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList()
                    : List.of(node.asText());
        }
    }

    /** Hits and pages with truth for one field. */
    public record Rate(int hits, int total) {

        @Override
        public String toString() {
            return total == 0 ? "n/a (no truth)" : hits + "/" + total;
        }
    }

    public Rate title() {
        return rate(Row::titleHit);
    }

    public Rate opening() {
        return rate(Row::openingHit);
    }

    public Rate language() {
        return rate(Row::languageHit);
    }

    public Rate author() {
        return rate(Row::authorHit);
    }

    public Rate date() {
        return rate(Row::dateHit);
    }

    private Rate rate(Function<Row, Boolean> field) {
        int hits = 0;
        int total = 0;
        for (Row r : rows) {
            Boolean hit = field.apply(r);
            if (hit != null) {
                total++;
                hits += hit ? 1 : 0;
            }
        }
        return new Rate(hits, total);
    }

    /** Prints the hit rates, then one line per page. */
    public void printTable(PrintStream out) {
        out.println("field       hits");
        out.println("title       " + title());
        out.println("opening     " + opening());
        out.println("language    " + language());
        out.println("author      " + author());
        out.println("date        " + date());
        long authors = rows.stream().filter(r -> !r.authors().isEmpty()).count();
        long dates = rows.stream().filter(r -> r.published() != null).count();
        out.printf(Locale.ROOT, "found: authors on %d/%d pages, date on %d/%d pages%n", authors, rows.size(), dates, rows.size());
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-28s %s %s | %s | %s | %s%n", r.name(), mark(r.titleHit()), r.title(),
                    mark(r.openingHit()), String.join("; ", r.authors()), r.published());
        }
    }

    private static String mark(Boolean hit) {
        return hit == null ? "·" : hit ? "✓" : "✗";
    }

    /** A title hit: equal ignoring case and punctuation, also when the truth carries a site-name suffix. */
    static boolean titleMatches(String expected, String got) {
        if (got == null) {
            return false;
        }
        String g = key(got);
        if (key(expected).equals(g)) {
            return true;
        }
        String[] parts = expected.split("\\s+[-|–—:»]\\s+");
        return parts.length > 1 && key(expected.substring(0, expected.lastIndexOf(parts[parts.length - 1])).replaceFirst("\\s+[-|–—:»]\\s+$", "")).equals(g);
    }

    /**
     * The expected opening (its first paragraph, at most 30 tokens) is found among the first
     * 80 tokens of the body.
     */
    static boolean openingMatches(String expected, String body) {
        List<String> want = ShingleMetric.tokens(expected.strip().split("\\n\\s*\\n")[0]);
        want = want.subList(0, Math.min(30, want.size()));
        List<String> have = ShingleMetric.tokens(body);
        int window = Math.min(have.size() - want.size(), 80);
        if (want.isEmpty()) {
            return true;
        }
        int last = want.size() - 1;
        for (int i = 0; i <= window; i++) {
            // the sample's opening may end inside a word
            if (have.subList(i, i + last).equals(want.subList(0, last)) && have.get(i + last).startsWith(want.get(last))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
