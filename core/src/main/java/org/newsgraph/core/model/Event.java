package org.newsgraph.core.model;

import java.util.List;

/**
 * A political event coded in PLOVER.
 *
 * @param type       one of PLOVER's 16 types
 * @param mode       PLOVER mode, or null
 * @param span       the sentence or clause reporting the event
 * @param trigger    the event predicate ("fired", "airstrike"), or null
 * @param modality   null for a reported fact, else {@code negated}, {@code hypothetical} or {@code future}
 * @param reportedBy the speaker when the event is stated inside a quote, else null
 */
public record Event(String id, String type, String mode, Span span, Span trigger, Participant actor,
                    List<Participant> recipients, Participant location, EventDate date,
                    String modality, String reportedBy) {

    public Event {
        recipients = List.copyOf(recipients);
    }
}
