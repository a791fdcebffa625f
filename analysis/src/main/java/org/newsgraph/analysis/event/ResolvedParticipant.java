package org.newsgraph.analysis.event;

import org.newsgraph.core.model.Participant;
import org.newsgraph.core.model.Span;

/**
 * A participant and the phrase of the sentence it was read from.
 *
 * @param named true when it rests on a named entity (directly, by metonymy or by anaphora)
 */
record ResolvedParticipant(Participant participant, Span span, boolean named) {

    /** Same participant: same entity, else same name. */
    boolean sameAs(ResolvedParticipant o) {
        Participant a = participant;
        Participant b = o.participant;
        if (a.entityId() != null || b.entityId() != null) {
            return a.entityId() != null && a.entityId().equals(b.entityId());
        }
        return a.name().equalsIgnoreCase(b.name());
    }
}
