package org.newsgraph.nlp;

import org.newsgraph.core.model.Span;

/**
 * A token of an annotated text. The token's characters are {@code body.substring(start, end)};
 * no copy of them is kept.
 *
 * @param index    position in the whole text (0-based)
 * @param sentence index of its sentence
 * @param start    first character offset
 * @param end      end offset (exclusive)
 * @param tag      Penn Treebank part-of-speech tag
 * @param lemma    lemma, lower-cased for non-proper nouns
 * @param ner      CoNLL named-entity label: PERSON, LOCATION, ORGANIZATION, MISC or O
 */
public record Token(int index, int sentence, int start, int end, String tag, String lemma, String ner) {

    public Span span() {
        return new Span(start, end);
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isPronoun() {
        return tag.equals("PRP") || tag.equals("PRP$");
    }
}
