package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {

    @Test
    void aLightlyEditedCopyIsNearAndADifferentStoryIsFar() {
        String story = CorpusIndexTest.BODY1 + " " + CorpusIndexTest.BODY2;
        String edited = story.replace("said on Monday", "said Monday").replace("within weeks", "within two weeks");
        String other = "Shares in Northwind Airlines fell sharply after the company cut its profit forecast for the "
                + "year. Chief executive Mark Oyelaran blamed higher fuel prices and a strike by baggage handlers at "
                + "three airports. Analysts in London said the airline would struggle to recover before the summer, "
                + "when bookings usually rise, and that the board might have to sell aircraft to pay its debts. "
                + "The union said the strike would go on until wages were raised.";
        long a = SimHash.of(story);
        assertThat(SimHash.distance(a, SimHash.of(edited))).isLessThanOrEqualTo(SimHash.MAX_DISTANCE);
        assertThat(SimHash.distance(a, SimHash.of(other))).isGreaterThan(SimHash.MAX_DISTANCE * 3);
        assertThat(SimHash.distance(SimHash.of(CorpusIndexTest.BODY1), SimHash.of(CorpusIndexTest.BODY2)))
                .isGreaterThan(SimHash.MAX_DISTANCE);
    }

    @Test
    void shortTextsAreNotFingerprinted() {
        assertThat(SimHash.of("Too short to judge.")).isZero();
    }

    @Test
    void canonicalUrlsIgnoreTrackingAndCosmetics() {
        assertThat(CanonicalUrl.of("https://WWW.Example.org/a/b/?utm_source=x&id=3#top"))
                .isEqualTo(CanonicalUrl.of("http://example.org/a/b?id=3"));
        assertThat(CanonicalUrl.of("https://example.org/a?id=3")).isNotEqualTo(CanonicalUrl.of("https://example.org/a?id=4"));
        assertThat(CanonicalUrl.of("file:/tmp/x.txt")).isEqualTo("file:/tmp/x.txt");
    }
}
