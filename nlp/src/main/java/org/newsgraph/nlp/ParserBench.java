package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times CoreNLP's neural dependency parser and ours ({@link ArcStandardParser} on the same model)
 * on the same sentences, one thread, after a warm-up pass, and counts the sentences whose parses
 * differ (none, when ours reproduces CoreNLP's as it should).
 *
 * <pre>{@code
 * ParserBench.Result r = ParserBench.run(CoreNlpEngine.shared(), bodies);
 * }</pre>
 */
public final class ParserBench {

    private ParserBench() {
    }

    /**
     * @param sentences sentences parsed
     * @param tokens    their tokens
     * @param differing sentences whose parses differ (head or relation of any token)
     */
    public record Result(int sentences, long tokens, long oursNanos, long coreNlpNanos, int differing) {

        public double oursSentencesPerSecond() {
            return sentences * 1e9 / oursNanos;
        }

        public double coreNlpSentencesPerSecond() {
            return sentences * 1e9 / coreNlpNanos;
        }

        @Override
        public String toString() {
            return String.format("dependency parser, 1 thread, warm, %d sentences (%d tokens): ours %.0f sentences/s (%.0f tokens/s),"
                            + " CoreNLP nndep %.0f sentences/s (%.0f tokens/s), %.1f× faster; %d sentences parsed differently",
                    sentences, tokens, oursSentencesPerSecond(), tokens * 1e9 / oursNanos, coreNlpSentencesPerSecond(),
                    tokens * 1e9 / coreNlpNanos, (double) coreNlpNanos / oursNanos, differing);
        }
    }

    /** Annotates {@code bodies} with {@code engine}, then parses all their sentences with both parsers. */
    public static Result run(CoreNlpEngine engine, List<String> bodies) {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        long tokens = 0;
        for (String body : bodies) {
            AnnotatedText text = engine.annotate(body);
            for (int s = 0; s < text.sentences().size(); s++) {
                List<CoreLabel> t = ((CoreMap) text.engineSentence(s)).get(CoreAnnotations.TokensAnnotation.class);
                sentences.add(t);
                tokens += t.size();
            }
        }
        TokenParser ours = new NeuralTokenParser(new ArcStandardParser(NndepModel.fromClasspath(CoreNlpEngine.PARSER_MODEL)));
        TokenParser theirs = new StanfordTokenParser(CoreNlpEngine.PARSER_MODEL);
        int differing = 0;
        for (List<CoreLabel> s : sentences) { // warm-up, and the comparison
            TokenParser.ParsedTokens a = ours.parse(s);
            TokenParser.ParsedTokens b = theirs.parse(s);
            if (!Arrays.equals(a.heads(), b.heads()) || !Arrays.equals(a.relations(), b.relations())) {
                differing++;
            }
        }
        long t0 = System.nanoTime();
        for (List<CoreLabel> s : sentences) {
            ours.parse(s);
        }
        long t1 = System.nanoTime();
        for (List<CoreLabel> s : sentences) {
            theirs.parse(s);
        }
        long t2 = System.nanoTime();
        return new Result(sentences.size(), tokens, t1 - t0, t2 - t1, differing);
    }
}
