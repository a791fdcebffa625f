package org.newsgraph.core.model;

/**
 * An event's actor, recipient or location.
 *
 * @param name     canonical entity name or the phrase used
 * @param entityId the entity id, or null
 * @param country  ISO 3166 alpha-3 code of the participant's country when known, else null
 */
public record Participant(String name, String entityId, String country) {
}
