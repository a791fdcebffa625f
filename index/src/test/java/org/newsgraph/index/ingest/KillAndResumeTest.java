package org.newsgraph.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest, then the same ingest again: the index opens, resumes, and
 * ends up holding exactly what an uninterrupted ingest stores.
 */
class KillAndResumeTest {

    static final int ARTICLES = 24;
    static final int BATCH = 4;

    @TempDir
    Path tmp;

    @Test
    void killedIngestResumesToTheSameIndexAsAnUninterruptedOne() throws Exception {
        Path sources = tmp.resolve("in");
        CorpusFixtures.write(sources, ARTICLES);
        Files.writeString(sources.resolve("z-copy.txt"), CorpusFixtures.article(3) + "\n"); // an exact duplicate

        Path killed = tmp.resolve("killed");
        Process child = start(killed, sources);
        int storedWhenKilled = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                // kill once a batch is committed and more is under way
                if (line.startsWith("stored ") && Integer.parseInt(line.substring(7)) >= BATCH + 2 && committed(killed)) {
                    storedWhenKilled = Integer.parseInt(line.substring(7));
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no commit
                    break;
                }
            }
        }
        child.waitFor(60, TimeUnit.SECONDS);
        assertThat(storedWhenKilled).as("the child was killed mid-ingest").isBetween(BATCH + 2, ARTICLES - 1);
        int afterKill = dump(killed).stream().filter(s -> s.startsWith("kind=article")).toList().size();
        // commits run in the background: the batch being committed and the one being filled may be lost
        assertThat(afterKill).as("committed batches survive, at most the batches in flight are lost")
                .isGreaterThanOrEqualTo(Math.max(BATCH, storedWhenKilled - 2 * BATCH)).isLessThan(ARTICLES);

        assertThat(run(killed, sources)).contains("done ingested=" + (ARTICLES - afterKill) + " duplicates=" + (afterKill + 1));
        Path clean = tmp.resolve("clean");
        assertThat(run(clean, sources)).contains("done ingested=" + ARTICLES + " duplicates=1");

        List<String> resumed = dump(killed);
        assertThat(resumed).isEqualTo(dump(clean));
        assertThat(resumed.stream().filter(s -> s.startsWith("kind=article")).count()).isEqualTo(ARTICLES);
        // and once more: nothing new
        assertThat(run(killed, sources)).contains("done ingested=0 duplicates=" + (ARTICLES + 1));
        assertThat(dump(killed)).isEqualTo(resumed);
    }

    private static boolean committed(Path index) throws IOException {
        try (var dir = FSDirectory.open(index)) {
            return DirectoryReader.indexExists(dir);
        }
    }

    private static Process start(Path index, Path sources) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", IngestChild.class.getName(), index.toString(),
                Integer.toString(BATCH), sources.toString()));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String run(Path index, Path sources) throws Exception {
        Process p = start(index, sources);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** Every live document as a sorted line of its stored fields (binary JSON as text), sorted. */
    static List<String> dump(Path index) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    Document doc = stored.document(d);
                    List<String> fields = new ArrayList<>();
                    for (IndexableField f : doc.getFields()) {
                        String v = f.binaryValue() != null ? f.binaryValue().utf8ToString()
                                : f.numericValue() != null ? f.numericValue().toString() : f.stringValue();
                        fields.add(f.name() + "=" + v);
                    }
                    fields.sort(null);
                    String kind = doc.getBinaryValue("json") != null ? "article" : doc.get("key") != null ? "mention"
                            : doc.get("speaker_name") != null || doc.get("quote_kind") != null ? "quote" : "event";
                    lines.add("kind=" + kind + File.separator + String.join("|", fields));
                }
            }
        }
        lines.sort(null);
        return lines;
    }
}
