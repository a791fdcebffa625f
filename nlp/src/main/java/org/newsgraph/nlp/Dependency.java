package org.newsgraph.nlp;

/**
 * One arc of a Universal Dependencies parse, between text-wide token indices.
 *
 * @param governor  head token index, or -1 for the root arc
 * @param dependent dependent token index
 * @param relation  relation name with subtype, e.g. {@code nsubj}, {@code nsubj:pass}, {@code obl:tmod}
 */
public record Dependency(int governor, int dependent, String relation) {
}
