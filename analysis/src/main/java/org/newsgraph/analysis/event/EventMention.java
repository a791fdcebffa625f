package org.newsgraph.analysis.event;

import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Span;

import java.util.List;

/**
 * An extracted event with the evidence behind its participants, for evaluation and debugging.
 *
 * @param actorSpans     the phrases naming the actor (several for conjoined parties of a reciprocal event)
 * @param recipientSpans the phrases naming the recipients
 * @param depth          the trigger's distance from the root of its sentence's parse: the smallest is the
 *                       sentence's main event
 */
public record EventMention(Event event, List<Span> actorSpans, List<Span> recipientSpans, int depth) {

    public EventMention {
        actorSpans = List.copyOf(actorSpans);
        recipientSpans = List.copyOf(recipientSpans);
    }
}
