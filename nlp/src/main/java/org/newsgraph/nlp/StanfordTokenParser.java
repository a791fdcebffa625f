package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CoreNLP's own neural dependency parser behind {@link TokenParser}: the reference that
 * {@link NeuralTokenParser} reproduces, kept to prove it and to time both (system property
 * {@code newsgraph.parser=corenlp} makes the engine use it).
 */
final class StanfordTokenParser implements TokenParser {

    private final DependencyParser parser;

    StanfordTokenParser(String model) {
        this.parser = DependencyParser.loadFromModelFile(model);
    }

    @Override
    public ParsedTokens parse(List<CoreLabel> tokens) {
        // copies numbered from 1, as the parser wants a sentence of its own
        List<CoreLabel> sentence = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            CoreLabel copy = new CoreLabel(t);
            copy.setIndex(sentence.size() + 1);
            sentence.add(copy);
        }
        GrammaticalStructure gs = parser.predict(sentence);
        int[] heads = new int[tokens.size()];
        String[] relations = new String[tokens.size()];
        Arrays.fill(heads, -2);
        Arrays.fill(relations, "dep");
        for (TypedDependency d : gs.typedDependencies()) {
            int gov = d.gov().index();
            int dep = d.dep().index() - 1;
            heads[dep] = gov == 0 ? -1 : gov - 1;
            relations[dep] = gov == 0 ? "root" : d.reln().toString();
        }
        return new ParsedTokens(heads, relations);
    }
}
