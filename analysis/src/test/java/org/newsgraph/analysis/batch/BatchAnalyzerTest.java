package org.newsgraph.analysis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.NewsPipeline;
import org.newsgraph.core.model.Source;
import org.newsgraph.ingest.read.BadRecord;
import org.newsgraph.ingest.read.ContentType;
import org.newsgraph.ingest.read.InputRecord;
import org.newsgraph.ingest.read.RawDocument;

class BatchAnalyzerTest {

    private static final String SHORT = "Officials in Lagos said on Monday that the bridge would reopen next week.";
    private static final String LONG = String.join("\n\n", java.util.Collections.nCopies(12,
            "The finance minister, Ana Ruiz, told reporters in Madrid that the budget would be cut. "
                    + "\"We have no choice,\" she said, adding that pensions would be protected."));

    @Test
    void resultsComeBackInInputOrderWhateverTheirLength() {
        List<InputRecord> records = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // a long article every fifth record holds the head of the window while short ones finish
            String text = (i % 5 == 0 ? LONG : SHORT) + "\n\nRecord " + i + ".";
            records.add(RawDocument.of(new Source("mem:" + i, "text", null), ContentType.TEXT, text));
        }
        records.add(7, new BadRecord(new Source("mem:bad", "jsonl", "line 8"), "not JSON"));
        List<BatchResult> results = new ArrayList<>();
        try (BatchAnalyzer batch = new BatchAnalyzer(NewsPipeline.standard(), 3)) {
            long next = batch.run(records.stream(), 100, results::add);
            assertThat(next).isEqualTo(100 + records.size());
        }
        assertThat(results).extracting(BatchResult::sequence)
                .containsExactlyElementsOf(Stream.iterate(100L, s -> s + 1).limit(records.size()).toList());
        assertThat(results).extracting(r -> r.source().uri())
                .containsExactlyElementsOf(records.stream().map(r -> r instanceof RawDocument d ? d.source().uri()
                        : ((BadRecord) r).source().uri()).toList());
        BatchResult bad = results.get(7);
        assertThat(bad.ok()).isFalse();
        assertThat(bad.error()).isEqualTo("not JSON");
        assertThat(results.stream().filter(BatchResult::ok)).hasSize(30)
                .allSatisfy(r -> assertThat(r.analysis().article().body()).endsWith("Record " + r.source().uri().substring(4) + "."));
    }
}
