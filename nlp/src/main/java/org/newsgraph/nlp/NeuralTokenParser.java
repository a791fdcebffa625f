package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;

/**
 * The {@link TokenParser} of the engine: {@link ArcStandardParser} on CoreNLP's English UD model,
 * with the one correction CoreNLP's {@code UniversalEnglishGrammaticalStructure} makes to basic
 * dependencies: a subject of a word with a passive auxiliary is a passive subject
 * ({@code nsubj} → {@code nsubj:pass}, {@code csubj} → {@code csubj:pass}).
 */
final class NeuralTokenParser implements TokenParser {

    private final ArcStandardParser parser;
    private final String[] relations;

    NeuralTokenParser(ArcStandardParser parser) {
        this.parser = parser;
        this.relations = parser.labels().toArray(String[]::new);
    }

    @Override
    public ParsedTokens parse(List<CoreLabel> tokens) {
        String[] words = new String[tokens.size()];
        String[] tags = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).word();
            tags[i] = tokens.get(i).tag();
        }
        ArcStandardParser.Tree t = parser.parse(words, tags);
        String[] rel = new String[words.length];
        for (int i = 0; i < rel.length; i++) {
            rel[i] = t.heads()[i] < 0 ? "root" : relations[t.labels()[i]];
        }
        markPassiveSubjects(t.heads(), rel);
        return new ParsedTokens(t.heads(), rel);
    }

    private static void markPassiveSubjects(int[] heads, String[] rel) {
        boolean[] passive = new boolean[heads.length];
        boolean any = false;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] >= 0 && rel[i].equals("aux:pass")) {
                passive[heads[i]] = true;
                any = true;
            }
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] >= 0 && passive[heads[i]]) {
                if (rel[i].equals("nsubj")) {
                    rel[i] = "nsubj:pass";
                } else if (rel[i].equals("csubj")) {
                    rel[i] = "csubj:pass";
                }
            }
        }
    }
}
