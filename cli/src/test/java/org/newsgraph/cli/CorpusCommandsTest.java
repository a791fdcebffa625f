package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.CorpusIndex;

/** ingest, search and export end to end through the command line, on articles written here. */
class CorpusCommandsTest {

    static final List<String> ARTICLES = List.of(
            "Prime Minister Anna Kowalski met farmers in Warsaw on Friday to discuss the drought. "
                    + "The farmers' union said the wheat harvest had fallen by a third this year.\n\n"
                    + "Anna Kowalski promised emergency loans for the worst hit farms in the Dorran valley. "
                    + "Officials in Warsaw said the money would be paid before the winter.",
            "The European Commission opened an investigation into the merger of two rail freight companies. "
                    + "Officials in Brussels said the deal could raise prices for steel makers.\n\n"
                    + "Anna Kowalski, the Polish prime minister, welcomed the investigation on Monday. "
                    + "Polish steel makers had complained about the merger for months.",
            "Shares in Northwind Airlines fell sharply after the company cut its profit forecast. "
                    + "Chief executive Mark Oyelaran blamed higher fuel prices and a strike by baggage handlers.\n\n"
                    + "Analysts in London said the airline would struggle to recover before the summer.");

    @TempDir
    Path tmp;

    /** {exit code, standard output, standard error}, as the assertions below index them. */
    private static String[] run(String... args) {
        CliRun r = CliRun.of(args);
        return new String[] {Integer.toString(r.exitCode()), r.out(), r.err()};
    }

    @Test
    void ingestSearchAndExport() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < ARTICLES.size(); i++) {
            Files.writeString(in.resolve("n" + i + ".txt"), ARTICLES.get(i) + "\n");
        }
        Files.writeString(in.resolve("n0-copy.txt"), ARTICLES.get(0) + "\n");
        String index = tmp.resolve("idx").toString();

        String[] ingest = run("ingest", "--index", index, in.toString());
        assertThat(ingest[0]).isEqualTo("0");
        assertThat(ingest[1]).containsPattern("ingested +3").containsPattern("duplicates +1").containsPattern("failed +0");
        assertThat(run("ingest", "--index", index, in.toString())[1]).containsPattern("ingested +0").containsPattern("duplicates +4");

        String[] articles = run("search", "articles", "--index", index, "steel");
        assertThat(articles[1]).contains("**steel**").doesNotContain("Northwind");

        String[] entity = run("search", "entities", "--index", index, "-f", "json", "Kowalski");
        assertThat(entity[1]).contains("\"name\" : \"Anna Kowalski\"").contains("\"articles\" : 2");

        String[] facets = run("search", "facets", "--index", index, "--from", "2000-01-01");
        assertThat(facets[0]).isEqualTo("0");
        assertThat(run("search", "facets", "--index", index, "--from", "yesterday")[0]).isEqualTo("2");

        Path csv = tmp.resolve("entities.csv");
        assertThat(run("export", "entities", "--index", index, "--format", "csv", "-o", csv.toString())[0]).isEqualTo("0");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("key,name,type,articles,mentions,first_seen,last_seen,aliases");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("PERSON:anna kowalski,Anna Kowalski,PERSON,2,"));
        String[] quotes = run("export", "quotes", "--index", index, "--format", "csv", "--attribution", "Speech");
        assertThat(quotes[0]).isEqualTo("0");
        assertThat(quotes[1].lines().findFirst()).hasValueSatisfying(h -> assertThat(h).endsWith(",url,attribution"));
        assertThat(quotes[1].lines().skip(1)).isNotEmpty().allSatisfy(r -> assertThat(r).endsWith(",speech"));
        String[] bogus = run("search", "quotes", "--index", index, "--attribution", "rumour");
        assertThat(bogus[0]).isEqualTo("2");
        assertThat(bogus[2]).contains("not an attribution");
        String[] graph = run("export", "network", "--index", index, "--format", "graphml");
        assertThat(graph[1]).contains("<graphml").contains("<edge");
        assertThat(run("export", "network", "--index", index, "--format", "csv")[0]).isEqualTo("2");
    }

    @Test
    void aSecondIngestIntoAnIndexInUseIsRefused() throws Exception {
        Path index = tmp.resolve("busy");
        Path text = tmp.resolve("a.txt");
        Files.writeString(text, ARTICLES.get(2) + "\n");
        try (CorpusIndex writer = CorpusIndex.open(index)) {
            String[] r = run("ingest", "--index", index.toString(), text.toString());
            assertThat(r[0]).isEqualTo("1");
            assertThat(r[2]).contains("being written by another ingest");
        }
    }

    @Test
    void searchingWithoutAnIndexSaysHowToMakeOne() {
        String[] r = run("search", "quotes", "--index", tmp.resolve("none").toString(), "--by", "Kowalski");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("newsgraph ingest --index");
    }
}
