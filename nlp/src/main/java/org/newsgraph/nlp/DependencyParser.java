package org.newsgraph.nlp;

/** Parses single sentences of an annotated text on demand, or a window of one. */
public interface DependencyParser {

    /** The dependency graph of sentence {@code sentenceIndex} of {@code text}. */
    DependencyGraph parse(AnnotatedText text, int sentenceIndex);

    /**
     * The dependency graph of the tokens {@code [firstToken, endToken)} of sentence
     * {@code sentenceIndex}, parsed as if they were a sentence of their own: the window's root has
     * no head, and tokens outside the window none either ({@link DependencyGraph#head} is -1 and
     * the relation {@code dep}). Parsing time grows with length, so a clause costs a fraction of
     * its sentence.
     */
    DependencyGraph parse(AnnotatedText text, int sentenceIndex, int firstToken, int endToken);
}
