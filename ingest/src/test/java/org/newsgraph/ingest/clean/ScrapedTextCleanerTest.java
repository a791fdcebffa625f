package org.newsgraph.ingest.clean;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Removed;
import org.newsgraph.ingest.SharedData;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ScrapedTextCleanerTest {

    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();

    private static final String SCRAPED = """
            Skip to main content

            Menu

            Lighthouse keeper's cottage to become a museum

            By Sam Reid

            March 3, 2021

            FILE - The lighthouse at Port Ellen, Scotland, Jan. 21, 2017.

            The old keeper's cottage at the harbour lighthouse will open as a small museum next spring, the trust that owns it said.

            WATCH: Inside the lighthouse

            Inside the lighthouse
            please wait

            No media source currently available

            0:00 0:01:12 0:00

            Volunteers have spent two winters restoring the cottage's kitchen and the lamp room above it.

            The trust said entry would be free for children under twelve.
            """;

    @Test
    void cleansScrapedTextAndRecordsWhy() {
        CleanedText c = cleaner.clean(SCRAPED, null);
        assertThat(c.title()).isEqualTo("Lighthouse keeper's cottage to become a museum");
        assertThat(c.authors()).containsExactly("Sam Reid");
        assertThat(c.dateline()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(c.body().split("\n\n")).containsExactly(
                "The old keeper's cottage at the harbour lighthouse will open as a small museum next spring, the trust that owns it said.",
                "Volunteers have spent two winters restoring the cottage's kitchen and the lamp room above it.",
                "The trust said entry would be free for children under twelve.");
        assertThat(c.removed()).contains(new Removed("FILE - The lighthouse at Port Ellen, Scotland, Jan. 21, 2017.", "caption"),
                new Removed("please wait", "media-player"), new Removed("0:00 0:01:12 0:00", "media-player"));
    }

    @Test
    void markupOriginKeepsRepeatedLinesAndShortPlayerWords() {
        String text = "Meal 1\n\nEat every 2–3 hours\n\nOatmeal with berries and a spoon of yoghurt.\n\nMeal 2\n\nEat every 2–3 hours\n\n"
                + "Watch the video we made about it\n\nSalad with beans.";
        CleanedText markup = cleaner.clean(text, "Meal plan", ScrapedTextCleaner.Origin.MARKUP);
        assertThat(markup.body()).contains("Meal 2\n\nEat every 2–3 hours\n\nWatch the video we made about it");
        CleanedText scraped = cleaner.clean(text, "Meal plan", ScrapedTextCleaner.Origin.SCRAPED);
        assertThat(scraped.removed()).extracting(Removed::reason).contains("duplicate");
    }

    @Test
    void callsToActionAreChrome() {
        String text = "The pier will reopen in June after repairs to its deck.\n\n"
                + "This website uses cookies to improve your experience. You can opt out if you wish. Accept\n\n"
                + "Follow us on Twitter and Facebook for more news from the coast.\n\n"
                + "Like this story? Share it with a friend!\n\n"
                + "Image 2 of 7\n\n"
                + "Related: Pier owners fined over safety report\n\n"
                + "Fishing from the pier will be allowed again from July.";
        CleanedText c = cleaner.clean(text, "Pier to reopen", ScrapedTextCleaner.Origin.MARKUP);
        assertThat(c.body()).isEqualTo("The pier will reopen in June after repairs to its deck.\n\n"
                + "Fishing from the pier will be allowed again from July.");
        assertThat(c.removed()).extracting(Removed::reason).containsOnly("navigation");
    }

    @Test
    void seedArticle() throws IOException {
        String seed = Files.readString(SharedData.require("seed/000_0fded8dae1524995.txt"));
        CleanedText c = cleaner.clean(seed, null);
        assertThat(c.title()).isEqualTo("New US-Iran Tensions Boon for IS, Other Extremist Groups");
        assertThat(c.body()).startsWith("The Islamic State group (IS) could be the major beneficiary")
                .contains("“The destruction of ISIS is good for Iran,")
                .endsWith("damage its interests in the region,” Rahimi told VOA.");
        assertThat(c.body()).doesNotContain("Accessibility links", "Breaking News", "please wait", "No media source",
                "0:00", "WATCH:", "FILE -", "A picture of Iranian Major General");
        assertThat(c.removed()).filteredOn(r -> r.reason().equals("caption")).extracting(Removed::text)
                .anySatisfy(t -> assertThat(t).startsWith("FILE - An Iraqi soldier"))
                .anySatisfy(t -> assertThat(t).startsWith("A picture of Iranian Major General"));
    }
}
