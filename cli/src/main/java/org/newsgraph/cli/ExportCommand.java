package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.index.CorpusSearcher;
import org.newsgraph.index.export.CorpusExporter;
import org.newsgraph.index.search.SearchFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph export}: the corpus as JSON Lines, CSV or GraphML. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export quotes, events or entities (JSON Lines or CSV) or the co-occurrence network (GraphML).",
                "CSV columns (header row, UTF-8, RFC 4180 quoting):",
                "  quotes:   quote_id, article_id, date, speaker, speaker_key, kind, text, cue, start, end, title, url, attribution",
                "  events:   event_id, article_id, date, type, mode, actor, recipients (joined by '; '), location, "
                        + "trigger, modality, text, title, url",
                "  entities: key, name, type, articles, mentions, first_seen, last_seen, aliases (joined by '|')",
                "start/end are character offsets into the article body; article_id is the body's SHA-256, as in "
                        + "'analyze --format json'. Near-duplicate copies are left out unless --include-duplicates."})
final class ExportCommand implements Callable<Integer> {

    enum What { quotes, events, entities, network }

    enum Format { jsonl, csv, graphml }

    @Parameters(index = "0", paramLabel = "WHAT", description = "quotes, events, entities or network.")
    What what;

    @Option(names = {"-i", "--index"}, defaultValue = IngestCommand.DEFAULT_INDEX,
            description = "Index directory. Default: ./${DEFAULT-VALUE}.")
    Path index;

    @Option(names = {"-f", "--format"}, defaultValue = "jsonl",
            description = "jsonl or csv (quotes, events, entities); graphml (network). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--top", defaultValue = "100", description = "Entities in the network (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--attribution", converter = AttributionConverter.class,
            description = "Quotes of this attribution only: speech, thought or intention.")
    Attribution attribution;

    @Option(names = "--include-duplicates", description = "Include near-duplicate copies.")
    boolean includeDuplicates;

    @Override
    public Integer call() {
        boolean network = what == What.network;
        if (network != (format == Format.graphml)) {
            System.err.println("newsgraph: " + (network ? "the network exports as --format graphml"
                    : "quotes, events and entities export as --format jsonl or csv"));
            return Main.EXIT_USAGE;
        }
        SearchFilter filter = SearchFilter.any().includeDuplicates(includeDuplicates).attribution(attribution);
        try (CorpusSearcher searcher = CorpusSearcher.open(index);
             Writer out = output == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            CorpusExporter exporter = new CorpusExporter(searcher);
            boolean csv = format == Format.csv;
            long n = switch (what) {
                case quotes -> exporter.quotes(filter, csv, out);
                case events -> exporter.events(filter, csv, out);
                case entities -> exporter.entities(filter, csv, out);
                case network -> exporter.graphml(filter, top, out).nodes().size();
            };
            out.flush();
            System.err.println("newsgraph: exported " + n + " " + what + (network ? " nodes" : ""));
            return Main.EXIT_OK;
        } catch (IOException e) {
            System.err.println("newsgraph: " + e.getMessage());
            return Main.EXIT_INPUT_FAILED;
        }
    }
}
