package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;

/** Parses a run of CoreNLP tokens (word forms and tags set) as a sentence of its own. */
interface TokenParser {

    /** The parse of {@code tokens}; they are not modified. */
    ParsedTokens parse(List<CoreLabel> tokens);

    /**
     * A parse of {@code n} tokens: for token {@code i} its head {@code heads[i]} (an index into the
     * tokens, -1 for the root) and the relation to it ({@code root} for the root).
     */
    record ParsedTokens(int[] heads, String[] relations) {
    }
}
