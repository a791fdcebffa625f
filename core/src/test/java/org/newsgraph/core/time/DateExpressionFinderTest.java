package org.newsgraph.core.time;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateExpressionFinderTest {

    private final DateExpressionFinder finder = new DateExpressionFinder();

    private List<String> found(String text) {
        return finder.find(text).stream().map(m -> m.kind() + ":" + m.span().text(text)).toList();
    }

    @Test
    void findsExplicitDatesInNewsStyles() {
        assertThat(found("The vote on Jan. 7, 2020 and the one on 12 March 2021 and 2019-11-30."))
                .containsExactly("FULL_DATE:Jan. 7, 2020", "FULL_DATE:12 March 2021", "FULL_DATE:2019-11-30");
    }

    @Test
    void findsMonthsYearsAndMonthDays() {
        assertThat(found("It was defeated in December 2017, returned in June and rose in 2014; talks resume Sept. 4."))
                .containsExactly("MONTH_YEAR:December 2017", "MONTH:June", "YEAR:2014", "MONTH_DAY:Sept. 4");
    }

    @Test
    void findsWeekdaysWithTheirDirection() {
        List<DateMention> m = finder.find("The strike last Friday was answered on Tuesday; talks are set for next Monday.");
        assertThat(m).extracting(DateMention::weekday)
                .containsExactly(DayOfWeek.FRIDAY, DayOfWeek.TUESDAY, DayOfWeek.MONDAY);
        assertThat(m).extracting(DateMention::direction).containsExactly(-1, null, 1);
        assertThat(m.get(0).span().text("The strike last Friday was")).isEqualTo("last Friday");
    }

    @Test
    void findsDeicticAndRelativePeriods() {
        assertThat(found("He left yesterday, three days ago the army moved, and last week the talks failed."))
                .containsExactly("DAY_DEIXIS:yesterday", "RELATIVE_PERIOD:three days ago", "RELATIVE_PERIOD:last week");
    }

    @Test
    void ignoresModalMayAndMoneyAndTimes() {
        assertThat(found("Forces may not have said it; it cost $2019 at 10:30.")).isEmpty();
    }
}
