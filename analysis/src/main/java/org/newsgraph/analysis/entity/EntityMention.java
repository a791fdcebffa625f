package org.newsgraph.analysis.entity;

import org.newsgraph.core.model.Span;

/**
 * One mention of a canonical entity.
 *
 * @param firstToken first token index in the annotated text
 * @param endToken   end token index (exclusive)
 * @param entityId   the entity it names
 */
public record EntityMention(Span span, int firstToken, int endToken, String entityId) {
}
