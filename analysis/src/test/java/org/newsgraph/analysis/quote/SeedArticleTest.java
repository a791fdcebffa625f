package org.newsgraph.analysis.quote;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.NewsPipeline;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Source;
import org.newsgraph.ingest.read.ContentType;
import org.newsgraph.ingest.read.RawDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The user's example article, read from the shared folder (skipped when it is absent). */
class SeedArticleTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        String shared = System.getProperty("newsgraph.shared");
        Path seed = shared == null ? null : Path.of(shared, "seed", "000_0fded8dae1524995.txt");
        assumeTrue(seed != null && Files.isRegularFile(seed), "shared seed article not found (newsgraph.shared)");
        RawDocument doc = RawDocument.of(new Source(seed.toUri().toString(), "text", null), ContentType.TEXT,
                Files.readString(seed));
        analysis = NewsPipeline.standard().process(doc);
    }

    private Quote quoteWith(String contentPart) {
        String body = analysis.article().body();
        return analysis.quotes().stream().filter(q -> q.content().text(body).contains(contentPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + contentPart + "'"));
    }

    private void said(String contentPart, String speaker, boolean marked) {
        Quote q = quoteWith(contentPart);
        assertThat(q.speaker()).as(contentPart).isNotNull();
        assertThat(q.speaker().name()).as(contentPart).isEqualTo(speaker);
        assertThat(q.kind() != QuoteKind.INDIRECT).as(contentPart + " kind " + q.kind()).isEqualTo(marked);
    }

    @Test
    void everyDirectAndPartialQuoteHasItsFullNameSpeaker() {
        said("repeated rocket attacks", "The U.S.-led counter-IS coalition in Iraq and Syria", true);
        said("Obviously, the U.S. operation", "Sarhang Hamasaeed", true);
        said("The Iraqi forces may not have stated", "Sarhang Hamasaeed", true);
        said("harsh revenge", "Iran’s regime", true);
        said("ISIS is observing these developments", "Ahmet Yayla", true);
        said("The Kurds are on high alert", "Ahmet Yayla", true);
        said("The destruction of ISIS is good for Iran", "Donald Trump", true);
        said("a ruthless terrorist", "Donald Trump", true);
        said("The most effective force fighting Daesh", "Mohammad Javad Zarif", true);
        said("Despite its rhetoric", "Norman Roule", true);
        said("In Syria, Iran’s activities", "Norman Roule", true);
        said("As numerous public reports show", "Norman Roule", true);
        said("After Soleimani’s death", "Mohammad Jawad Rahimi", true);
        String body = analysis.article().body();
        assertThat(quoteWith("Obviously").content().text(body)).doesNotStartWith("“");
    }

    @Test
    void indirectStatementsWithSpeakersAndRoles() {
        said("the withdrawal of the forces could imperil", "Experts", false);
        said("has resurged in recent months", "Sarhang Hamasaeed", false);
        said("will be exploited by IS", "Sarhang Hamasaeed", false);
        said("the recent escalation had forced", "Ahmet Yayla", false);
        said("particularly vulnerable", "Ahmet Yayla", false);
        said("played a minor role", "Norman Roule", false);
        said("has turned its eye", "Norman Roule", false);
        said("makes it more likely for Iran", "Mohammad Jawad Rahimi", false);
        assertThat(quoteWith("has resurged").speaker().role())
                .isEqualTo("the director of Middle East Programs at the U.S. Institute of Peace");
        assertThat(quoteWith("the recent escalation had forced").speaker().role())
                .isEqualTo("a counterterrorism researcher and professor at DeSales University in Pennsylvania");
        assertThat(quoteWith("The most effective force").speaker().role()).isEqualTo("Iran’s foreign minister");
        assertThat(quoteWith("played a minor role").speaker().role()).isEqualTo("retired CIA officer and top Iran analyst");
        assertThat(quoteWith("will be exploited by IS").cue().text(analysis.article().body())).isEqualTo("warned");
    }

    @Test
    void noSpeakerIsAPronoun() {
        List<String> names = analysis.quotes().stream().filter(q -> q.speaker() != null)
                .map(q -> q.speaker().name().toLowerCase()).toList();
        assertThat(names).doesNotContain("he", "she", "they", "it");
    }
}
