package org.newsgraph.nlp;

/** Tokenizes, splits, tags and labels named entities; thread-safe. */
public interface NlpEngine {

    /** Annotates {@code body}; paragraph breaks ({@code "\n\n"}) always end a sentence. */
    AnnotatedText annotate(String body);
}
