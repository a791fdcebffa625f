package org.newsgraph.core.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 1, 8);
    private final DateExpressionFinder finder = new DateExpressionFinder();
    private final DateResolver resolver = new DateResolver(PUBLISHED);

    private String resolve(String text) {
        DateMention m = finder.find(text).get(0);
        ResolvedDate d = resolver.resolve(m).orElseThrow();
        return d.value() + "/" + d.precision();
    }

    @Test
    void weekdaysPointBackFromPublication() {
        assertThat(resolve("the strike last Friday")).isEqualTo("2020-01-03/day");
        assertThat(resolve("said in a statement Sunday")).isEqualTo("2020-01-05/day");
        assertThat(resolve("fired missiles Tuesday")).isEqualTo("2020-01-07/day");
        assertThat(resolve("said Wednesday")).isEqualTo("2020-01-08/day");
        assertThat(resolve("will meet next Monday")).isEqualTo("2020-01-13/day");
    }

    @Test
    void monthsAndDaysWithoutYearLookBack() {
        assertThat(resolve("defeated in December")).isEqualTo("2019-12-01/month");
        assertThat(resolve("met on Dec. 30")).isEqualTo("2019-12-30/day");
        assertThat(resolve("met on Jan. 3")).isEqualTo("2020-01-03/day");
    }

    @Test
    void deixisAndPeriods() {
        assertThat(resolve("left yesterday")).isEqualTo("2020-01-07/day");
        assertThat(resolve("talks last week")).isEqualTo("2019-12-30/week");
        assertThat(resolve("two days ago")).isEqualTo("2020-01-06/day");
        assertThat(resolve("last year")).isEqualTo("2019-01-01/year");
    }

    @Test
    void unresolvableWithoutReference() {
        DateMention weekday = finder.find("on Sunday").get(0);
        assertThat(new DateResolver(null).resolve(weekday)).isEmpty();
        DateMention full = finder.find("on Jan. 7, 2020").get(0);
        assertThat(new DateResolver(null).resolve(full)).isPresent();
    }

    @Test
    void impossibleDatesAreNotResolved() {
        assertThat(resolver.resolve(finder.find("Feb. 31, 2020").get(0))).isEmpty();
    }
}
