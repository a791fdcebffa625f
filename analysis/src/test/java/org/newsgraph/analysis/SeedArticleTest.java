package org.newsgraph.analysis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.DateHow;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Removed;
import org.newsgraph.ingest.read.InputReader;
import org.newsgraph.ingest.read.RawDocument;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user's example: a scraped VOA article with page junk. Checks what a careful reader
 * would get from it; the rules behind these results are general (see the unit tests).
 */
class SeedArticleTest {

    static final Path SEED = Path.of("../examples/voa-us-iran-tensions.txt");
    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        RawDocument doc = (RawDocument) new InputReader().read(SEED.toString()).findFirst().orElseThrow();
        analysis = NewsPipeline.standard().process(doc);
    }

    private static Entity named(String name) {
        return analysis.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " missing"));
    }

    @Test
    void titleIsTheHeadline() {
        assertThat(analysis.article().title()).isEqualTo("New US-Iran Tensions Boon for IS, Other Extremist Groups");
    }

    @Test
    void bodyHoldsNoPageJunk() {
        String body = analysis.article().body();
        assertThat(body).doesNotContain("Accessibility links", "Breaking News", "please wait", "No media source",
                "0:00", "WATCH:", "FILE -", "A picture of Iranian Major General", "Expansion\n");
        assertThat(body).startsWith("The Islamic State group (IS) could be");
        assertThat(body).endsWith("damage its interests in the region,” Rahimi told VOA.");
        assertThat(body).contains("\n\nAct of war\n\n", "“The destruction of ISIS is good for Iran");
        assertThat(analysis.article().removed()).extracting(Removed::reason)
                .contains("navigation", "media-player", "caption", "duplicate");
    }

    @Test
    void publicationDateIsInferredFromTheTextsDatesAndWeekdays() {
        assertThat(analysis.article().published().value()).isIn(LocalDate.of(2020, 1, 8), LocalDate.of(2020, 1, 9));
        assertThat(analysis.article().published().how()).isEqualTo(DateHow.INFERRED);
    }

    @Test
    void aliasesAreGrouped() {
        assertThat(named("Islamic State").aliases()).contains("IS", "ISIS", "Daesh", "Islamic State");
        assertThat(named("Islamic State").type()).isEqualTo(EntityType.ORG);
        assertThat(named("United States").aliases()).contains("U.S.", "US", "Washington");
        assertThat(named("Iran").aliases()).contains("Tehran");
        assertThat(named("Qassem Soleimani").aliases()).contains("Soleimani");
        assertThat(named("Qassem Soleimani").mentions()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(named("Abu Mahdi al-Muhandis").type()).isEqualTo(EntityType.PERSON);
        assertThat(named("Sarhang Hamasaeed").aliases()).contains("Hamasaeed");
        assertThat(analysis.entities()).noneMatch(e -> e.type() == EntityType.PERSON
                && (e.name().contains("Daesh") || e.name().startsWith("Abu Mahdi") && !e.name().endsWith("al-Muhandis")));
    }
}
