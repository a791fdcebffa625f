package org.newsgraph.nlp;

/** Parses single sentences of an annotated text on demand. */
public interface DependencyParser {

    /** The dependency graph of sentence {@code sentenceIndex} of {@code text}. */
    DependencyGraph parse(AnnotatedText text, int sentenceIndex);
}
