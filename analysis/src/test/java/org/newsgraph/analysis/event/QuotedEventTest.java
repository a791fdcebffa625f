package org.newsgraph.analysis.event;

import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.AnalysisContext;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.model.Speaker;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedEventTest {

    private static final String BODY = "“Iran tolerated al-Qaida operations and the regime threatened to target the "
            + "United States,” Norman Roule said. Iran fired missiles at two bases in Iraq on Tuesday.";

    @Test
    void eventInsideAQuoteIsReportedByItsSpeaker() {
        AnalysisContext context = EventFixture.context(BODY);
        int start = BODY.indexOf("Iran");
        int end = BODY.indexOf("States") + "States".length();
        int name = BODY.indexOf("Norman Roule");
        Quote quote = new Quote("q1", QuoteKind.DIRECT, new Span(start, end),
                new Speaker("Norman Roule", null, null, new Span(name, name + "Norman Roule".length())),
                new Span(BODY.indexOf("said"), BODY.indexOf("said") + 4));
        List<Event> events = EventFixture.events(context, List.of(quote));
        Event threat = EventFixture.triggeredBy(BODY, events, "threatened").orElseThrow();
        assertThat(threat.type()).isEqualTo("THREATEN");
        assertThat(threat.reportedBy()).isEqualTo("Norman Roule");
        Event fired = EventFixture.triggeredBy(BODY, events, "fired").orElseThrow();
        assertThat(fired.reportedBy()).isNull();
    }

    @Test
    void withoutQuotesNothingIsAttributed() {
        List<Event> events = EventFixture.events(BODY);
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.reportedBy()).isNull());
    }
}
