package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.core.json.AnalysisJson;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.Removed;
import org.newsgraph.ingest.DefaultArticleExtractor;
import org.newsgraph.ingest.ExtractedArticle;
import org.newsgraph.ingest.read.BadRecord;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.source.SkipLog;
import org.newsgraph.ingest.source.SourceReader;
import org.newsgraph.ingest.read.InputRecord;
import org.newsgraph.ingest.read.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code newsgraph extract}: the article part of the analysis (no NLP; fast). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the article from pages and texts: title, authors, publication date, language, clean body",
                "and what was removed. No NLP, so it is fast. Inputs as for analyze."})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output: text, json or jsonl. Default: ${DEFAULT-VALUE}.")
    AnalyzeCommand.Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Input files or directories; - reads standard input.")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        int failures = 0;
        SkipLog skips = new SkipLog();
        for (String file : inputs) {
            Stream<InputRecord> records;
            try {
                records = new SourceReader().read(file, skips);
            } catch (InputException e) {
                System.err.println("newsgraph: " + e.getMessage());
                failures++;
                continue;
            }
            for (Iterator<InputRecord> it = records.iterator(); it.hasNext(); ) {
                InputRecord record = it.next();
                try {
                    if (record instanceof BadRecord bad) {
                        throw new InputException(bad.error());
                    }
                    print(out, extractor.extractDetailed((RawDocument) record));
                } catch (InputException e) {
                    failures++;
                    System.err.println("newsgraph: " + e.getMessage());
                    if (format == AnalyzeCommand.Format.jsonl) {
                        out.println(AnalysisJson.errorJson(record.source().id(), e.getMessage()));
                    }
                }
            }
            out.flush();
        }
        out.flush();
        if (skips.total() > 0) {
            System.err.println("newsgraph: skipped " + skips.total() + " records that are not articles " + skips.counts());
        }
        return failures == 0 ? Main.EXIT_OK : Main.EXIT_INPUT_FAILED;
    }

    private void print(PrintStream out, ExtractedArticle extracted) {
        Article a = extracted.article();
        ObjectNode json = AnalysisJson.articleJson(a);
        json.put("canonical_url", extracted.canonicalUrl());
        json.put("site_name", extracted.siteName());
        json.set("field_sources", AnalysisJson.mapper().valueToTree(extracted.sources()));
        try {
            switch (format) {
                case json -> out.println(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
                case jsonl -> out.println(AnalysisJson.mapper().writeValueAsString(json));
                default -> out.println(text(extracted));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(ExtractedArticle extracted) {
        Article a = extracted.article();
        Map<String, Long> reasons = new TreeMap<>(a.removed().stream()
                .collect(Collectors.groupingBy(Removed::reason, Collectors.counting())));
        String date = a.published().isKnown() ? a.published().value() + " (" + a.published().how().label() + ")" : "unknown";
        return (a.title() == null ? "(untitled)" : a.title()) + "\n"
                + "Published " + date + (a.authors().isEmpty() ? "" : " · by " + String.join(", ", a.authors()))
                + " · " + a.source().uri() + (extracted.siteName() == null ? "" : " · " + extracted.siteName()) + "\n\n"
                + a.body() + "\n\n"
                + "Removed: " + (reasons.isEmpty() ? "nothing" : reasons.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))) + "\n";
    }
}
