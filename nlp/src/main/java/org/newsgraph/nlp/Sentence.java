package org.newsgraph.nlp;

import org.newsgraph.core.model.Span;

/**
 * A sentence: a character span and its token range {@code [firstToken, endToken)}.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

    public Span span() {
        return new Span(start, end);
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
