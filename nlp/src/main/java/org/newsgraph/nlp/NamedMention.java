package org.newsgraph.nlp;

import org.newsgraph.core.model.Span;

/**
 * A maximal run of tokens with the same NER label, as the tagger produced it.
 *
 * @param label      CoNLL label: PERSON, LOCATION, ORGANIZATION or MISC
 * @param firstToken first token index
 * @param endToken   end token index (exclusive)
 */
public record NamedMention(Span span, String label, int firstToken, int endToken) {
}
