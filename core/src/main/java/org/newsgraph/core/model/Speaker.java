package org.newsgraph.core.model;

/**
 * Who said a quote.
 *
 * @param name     canonical entity name, or a group phrase ("Iranian officials"); never a pronoun
 * @param entityId the entity id, or null for groups without an entity
 * @param role     the descriptor the article gives the speaker, or null
 * @param mention  the local mention the attribution rests on (may be a pronoun), or null
 */
public record Speaker(String name, String entityId, String role, Span mention) {
}
