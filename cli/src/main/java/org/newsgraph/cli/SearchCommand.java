package org.newsgraph.cli;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.core.json.AnalysisJson;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.index.CorpusSearcher;
import org.newsgraph.index.bench.IndexBench;
import org.newsgraph.index.search.Hits.ArticleHit;
import org.newsgraph.index.search.Hits.CorpusEntity;
import org.newsgraph.index.search.Hits.Edge;
import org.newsgraph.index.search.Hits.EventHit;
import org.newsgraph.index.search.Hits.Network;
import org.newsgraph.index.search.Hits.QuoteHit;
import org.newsgraph.index.search.Hits.TimelineDay;
import org.newsgraph.index.search.SearchFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph search}: queries over the corpus index. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the corpus index built by 'newsgraph ingest'.",
                "Names (--by, --about, --actor, …) match an entity by its name or any alias, e.g. ISIS finds Islamic State.",
                "Near-duplicate copies are left out unless --include-duplicates."},
        subcommands = {SearchCommand.Articles.class, SearchCommand.Quotes.class, SearchCommand.Events.class,
                SearchCommand.Entities.class, SearchCommand.Timeline.class, SearchCommand.NetworkCmd.class,
                SearchCommand.FacetsCmd.class, SearchCommand.Show.class, SearchCommand.Bench.class})
final class SearchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    enum Format { text, json }

    /** Options every search shares. */
    static final class Common {
        @Option(names = {"-i", "--index"}, defaultValue = IngestCommand.DEFAULT_INDEX,
                description = "Index directory. Default: ./${DEFAULT-VALUE}.")
        Path index;
        @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text (tables) or json.")
        Format format;
        @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "Most results (default: ${DEFAULT-VALUE}).")
        int limit;
        @Option(names = "--from", description = "First day (YYYY-MM-DD).")
        String from;
        @Option(names = "--to", description = "Last day (YYYY-MM-DD).")
        String to;
        @Option(names = "--source", description = "Source host (voanews.com) or format (rss, atom, warc, jsonl, text, html).")
        String source;
        @Option(names = "--about", description = "Items that mention this entity.")
        String about;
        @Option(names = "--include-duplicates", description = "Count near-duplicate copies too.")
        boolean includeDuplicates;

        SearchFilter filter() {
            return SearchFilter.any().entity(about).dates(day(from), day(to)).source(source).includeDuplicates(includeDuplicates);
        }

        private static LocalDate day(String s) {
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + s);
            }
        }
    }

    /** Runs a search with the common plumbing: open, query, print, exit code. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        Common common = new Common();
        final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        static final ObjectWriter JSON = AnalysisJson.mapper().copy()
                .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
                .writerWithDefaultPrettyPrinter();

        @Override
        public Integer call() {
            SearchFilter filter;
            try {
                filter = common.filter();
            } catch (IllegalArgumentException e) {
                System.err.println("newsgraph: " + e.getMessage());
                return Main.EXIT_USAGE;
            }
            try (CorpusSearcher s = CorpusSearcher.open(common.index)) {
                Object result = search(s, filter);
                if (common.format == Format.json) {
                    out.println(JSON.writeValueAsString(result));
                } else {
                    printText(result);
                }
                return Main.EXIT_OK;
            } catch (IOException e) {
                System.err.println("newsgraph: " + e.getMessage());
                return Main.EXIT_INPUT_FAILED;
            }
        }

        abstract Object search(CorpusSearcher s, SearchFilter f) throws IOException;

        abstract void printText(Object result);

        void table(List<String> header, List<List<String>> rows) {
            int[] w = new int[header.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = header.get(i).length();
                for (List<String> r : rows) {
                    w[i] = Math.min(Math.max(w[i], cell(r.get(i)).length()), i == w.length - 1 ? 200 : 60);
                }
            }
            StringBuilder sb = new StringBuilder();
            line(sb, header, w);
            List<String> rule = new ArrayList<>();
            for (int x : w) {
                rule.add("-".repeat(x));
            }
            line(sb, rule, w);
            rows.forEach(r -> line(sb, r, w));
            out.print(sb);
            if (rows.isEmpty()) {
                out.println("(nothing found)");
            }
        }

        private static void line(StringBuilder sb, List<String> cells, int[] w) {
            for (int i = 0; i < cells.size(); i++) {
                String c = cell(cells.get(i));
                if (c.length() > w[i]) {
                    c = c.substring(0, Math.max(0, w[i] - 1)) + "…";
                }
                sb.append(i == cells.size() - 1 ? c : String.format(Locale.ROOT, "%-" + w[i] + "s  ", c));
            }
            sb.append('\n');
        }

        private static String cell(String s) {
            return s == null ? "" : s.replaceAll("\\s+", " ").strip();
        }

        static String str(Object o) {
            return o == null ? "" : o.toString();
        }
    }

    @Command(name = "articles", mixinStandardHelpOptions = true,
            description = "Full-text search over articles, with highlighted passages (**match**).")
    static final class Articles extends Base {
        @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR, -exclusions.")
        String query;
        @Option(names = "--event-type", description = "Articles reporting an event of this PLOVER type.")
        String eventType;

        @Override
        Object search(CorpusSearcher s, SearchFilter f) throws IOException {
            return s.articles(f.text(query).eventType(eventType), common.limit);
        }

        @Override
        @SuppressWarnings("unchecked")
        void printText(Object result) {
            List<ArticleHit> hits = (List<ArticleHit>) result;
            for (ArticleHit h : hits) {
                out.println(str(h.published()) + "  " + str(h.title()) + (h.dupOf() != null ? "  [near-duplicate]" : ""));
                out.println("    " + h.uri() + "   id " + h.id().substring(0, 12));
                h.highlights().forEach(p -> out.println("    … " + p.replaceAll("\\s+", " ").strip() + " …"));
            }
            if (hits.isEmpty()) {
                out.println("(nothing found)");
            }
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Quotes: full text, by a speaker (--by), about an entity (--about).")
    static final class Quotes extends Base {
        @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words in the quote.")
        String query;
        @Option(names = {"--by", "--speaker"}, description = "Quotes said by this speaker.")
        String speaker;
        @Option(names = "--attribution", converter = AttributionConverter.class,
                description = "speech (said or written), thought or intention.")
        Attribution attribution;

        @Override
        Object search(CorpusSearcher s, SearchFilter f) throws IOException {
            return s.quotes(f.text(query).speaker(speaker).attribution(attribution), common.limit);
        }

        @Override
        @SuppressWarnings("unchecked")
        void printText(Object result) {
            List<List<String>> rows = new ArrayList<>();
            for (QuoteHit q : (List<QuoteHit>) result) {
                String reporter = q.quote() == null ? null : q.quote().path("reported_by").asText(null);
                String who = str(q.speaker()) + (reporter == null ? "" : " (per " + reporter + ")");
                rows.add(List.of(str(q.day()), who, q.highlight() != null ? q.highlight() : str(q.text())));
            }
            table(List.of("date", "speaker", "quote"), rows);
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Events: by type, actor, recipient, or between two parties (--between X Y).")
    static final class Events extends Base {
        @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words in the event's sentence.")
        String query;
        @Option(names = "--type", description = "PLOVER event type (e.g. ASSAULT, PROTEST).")
        String type;
        @Option(names = "--actor", description = "Events done by this entity.")
        String actor;
        @Option(names = "--recipient", description = "Events done to this entity.")
        String recipient;
        @Option(names = "--between", arity = "2", paramLabel = "NAME", description = "Events between two entities, either way.")
        List<String> between;

        @Override
        Object search(CorpusSearcher s, SearchFilter f) throws IOException {
            SearchFilter g = f.text(query).eventType(type).actor(actor).recipient(recipient);
            if (between != null) {
                g = g.between(between.get(0), between.get(1));
            }
            return s.events(g, common.limit);
        }

        @Override
        @SuppressWarnings("unchecked")
        void printText(Object result) {
            List<List<String>> rows = new ArrayList<>();
            for (EventHit e : (List<EventHit>) result) {
                rows.add(List.of(str(e.day()), str(e.type()), str(e.actor()), String.join("; ", e.recipients()), str(e.text())));
            }
            table(List.of("date", "type", "actor", "recipients", "sentence"), rows);
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = "Entities merged across articles, most reported first; or one entity's profile with --name.")
    static final class Entities extends Base {
        @Parameters(arity = "0..1", paramLabel = "NAME", description = "Show this entity only (name or alias).")
        String name;
        @Option(names = "--text", description = "Only articles matching this full-text query.")
        String text;

        @Override
        Object search(CorpusSearcher s, SearchFilter f) throws IOException {
            if (name != null) {
                Optional<CorpusEntity> e = s.entity(name, f);
                return e.map(List::of).orElse(List.of());
            }
            return s.entities(f.text(text), common.limit);
        }

        @Override
        @SuppressWarnings("unchecked")
        void printText(Object result) {
            List<List<String>> rows = new ArrayList<>();
            for (CorpusEntity e : (List<CorpusEntity>) result) {
                rows.add(List.of(e.name(), str(e.type()), Long.toString(e.articles()), Long.toString(e.mentions()),
                        str(e.firstSeen()), str(e.lastSeen()), String.join(" | ", e.aliases())));
            }
            table(List.of("entity", "type", "articles", "mentions", "first seen", "last seen", "aliases"), rows);
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true, description = "Events and quotes involving an entity, per day.")
    static final class Timeline extends Base {
        @Parameters(paramLabel = "NAME", description = "Entity name or alias.")
        String name;

        @Override
        Object search(CorpusSearcher s, SearchFilter f) throws IOException {
            return s.timeline(name, f);
        }

        @Override
        @SuppressWarnings("unchecked")
        void printText(Object result) {
            List<List<String>> rows = new ArrayList<>();
            for (TimelineDay d : (List<TimelineDay>) result) {
                rows.add(List.of(d.day().toString(), Long.toString(d.events()), Long.toString(d.quotes()),
                        "#".repeat((int) Math.min(60, d.events() + d.quotes()))));
            }
            table(List.of("day", "events", "quotes", ""), rows);
        }
    }

    @Command(name = "network", mixinStandardHelpOptions = true,
            description = "Co-occurrence network: the top entities and how many articles name each pair.")
    static final class NetworkCmd extends Base {
        @Option(names = "--top", defaultValue = "25", description = "Entities in the network (default: ${DEFAULT-VALUE}).")
        int top;

        @Override
        Object search(CorpusSearcher s, SearchFilter f) throws IOException {
            return s.network(f, top);
        }

        @Override
        void printText(Object result) {
            Network net = (Network) result;
            Map<String, String> names = new java.util.HashMap<>();
            net.nodes().forEach(n -> names.put(n.key(), n.name()));
            List<List<String>> rows = new ArrayList<>();
            for (Edge e : net.edges().subList(0, Math.min(net.edges().size(), common.limit))) {
                rows.add(List.of(names.get(e.source()), names.get(e.target()), Long.toString(e.weight())));
            }
            table(List.of("entity", "entity", "articles"), rows);
        }
    }

    @Command(name = "facets", mixinStandardHelpOptions = true,
            description = "Counts by source, format, month, entity type, event type, speaker and quote kind.")
    static final class FacetsCmd extends Base {
        @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Only items matching this full-text query.")
        String query;

        @Override
        Object search(CorpusSearcher s, SearchFilter f) throws IOException {
            return s.facets(f.text(query)).counts();
        }

        @Override
        @SuppressWarnings("unchecked")
        void printText(Object result) {
            ((Map<String, Map<String, Long>>) result).forEach((facet, counts) -> {
                out.println(facet + ":");
                counts.entrySet().stream().limit(common.limit)
                        .forEach(e -> out.printf(Locale.ROOT, "  %,8d  %s%n", e.getValue(), e.getKey()));
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "The stored analysis of one article (its id from other searches; a unique prefix is enough).")
    static final class Show extends Base {
        @Parameters(paramLabel = "ID", description = "Article id (SHA-256 of the body) or a prefix of at least 8 characters.")
        String id;

        @Override
        Object search(CorpusSearcher s, SearchFilter f) throws IOException {
            Optional<Analysis> a = s.analysis(id);
            if (a.isEmpty()) {
                throw new IOException("no article with id " + id);
            }
            return AnalysisJson.toJson(a.get());
        }

        @Override
        void printText(Object result) {
            out.println(new TextReport(false).render(AnalysisJson.fromJson((com.fasterxml.jackson.databind.JsonNode) result)));
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Query latency (p50/p95 per query type) on the index, index size and heap.")
    static final class Bench extends Base {
        @Option(names = "--rounds", defaultValue = "50", description = "Runs of each query (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        Object search(CorpusSearcher s, SearchFilter f) throws IOException {
            return new IndexBench(s, common.index).run(rounds);
        }

        @Override
        void printText(Object result) {
            out.print(((IndexBench.Report) result).render());
        }
    }

}
