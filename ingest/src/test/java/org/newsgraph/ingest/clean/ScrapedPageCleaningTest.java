package org.newsgraph.ingest.clean;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Removed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The cleaner on a scraped page written for this test: every kind of page junk, and the article kept whole. */
class ScrapedPageCleaningTest {

    private static String fixture() throws IOException {
        try (InputStream in = ScrapedPageCleaningTest.class.getResourceAsStream("scraped-port-strike.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsHeadlineBylineAndDateLine() throws IOException {
        CleanedText clean = new ScrapedTextCleaner().clean(fixture(), null);
        assertThat(clean.title()).isEqualTo("Dockworkers Extend Strike as Talks Stall in Port City");
        assertThat(clean.authors()).containsExactly("Lena Moritz", "Omar Haddad");
        assertThat(clean.dateline()).isEqualTo(LocalDate.of(2021, 3, 4));
    }

    @Test
    void keepsEveryArticleSentenceAndNothingElse() throws IOException {
        CleanedText clean = new ScrapedTextCleaner().clean(fixture(), null);
        assertThat(clean.body().split("\n\n")).containsExactly(
                "Dockworkers at the country's largest port extended their strike on Wednesday after talks with employers "
                        + "broke down for the second time in a week.",
                "\"We are not going back until the contract is fair,\" said union leader Piet de Vries, speaking to "
                        + "reporters outside the terminal gates.",
                "Employers said the union's demands would cost the industry millions of euros a year.");
    }

    @Test
    void recordsWhatWasRemovedAndWhy() throws IOException {
        CleanedText clean = new ScrapedTextCleaner().clean(fixture(), null);
        Map<String, List<String>> byReason = clean.removed().stream()
                .collect(Collectors.groupingBy(Removed::reason, Collectors.mapping(Removed::text, Collectors.toList())));
        assertThat(byReason.get("navigation")).contains("Skip to main content", "Menu", "Search", "Share", "Print",
                "READ MORE: Shipping Rates Climb as Ports Clog");
        assertThat(byReason.get("media-player")).contains("Loading...", "0:00 / 2:41", "Video player is currently unavailable");
        assertThat(byReason.get("caption")).hasSize(2).allMatch(t -> t.contains("Cranes stand idle"));
        assertThat(byReason.get("duplicate")).contains("Shipping Rates Climb as Ports Clog",
                "Cranes stand idle at the container terminal in Rotterdam, Netherlands, Feb. 27, 2021.");
    }

    @Test
    void aKnownTitleIsNotRepeatedInTheBody() {
        CleanedText clean = new ScrapedTextCleaner().clean("Rain Returns\n\nRain fell on the valley for the first time in a month.",
                "Rain Returns");
        assertThat(clean.title()).isEqualTo("Rain Returns");
        assertThat(clean.body()).isEqualTo("Rain fell on the valley for the first time in a month.");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String wrapped = "The committee met for six hours on the budget and the\nnew tax on imported fuel before it adjourned.";
        CleanedText clean = new ScrapedTextCleaner().clean(wrapped, "Budget");
        assertThat(clean.body()).isEqualTo("The committee met for six hours on the budget and the new tax on imported fuel before it adjourned.");
    }
}
