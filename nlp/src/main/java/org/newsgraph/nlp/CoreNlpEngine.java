package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Stanford CoreNLP configured for news at speed: tokenize, ssplit (paragraph breaks end
 * sentences), pos, lemma and the CoNLL 4-class CRF NER without SUTime, numeric classifiers or
 * the fine-grained pass (the most accurate of CoreNLP's English NER configurations on CoNLL and
 * ~14× faster than the default). Dependency parses (CoreNLP's neural English UD model, basic
 * relations, run by our {@link ArcStandardParser}: CoreNLP's parses, ~3.3× faster on VOA) are made only
 * for the sentences a later stage asks for.
 *
 * <p>One instance per JVM ({@link #shared()}); it is thread-safe.
 */
public final class CoreNlpEngine implements NlpEngine, DependencyParser {

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpEngine.class);
    private static volatile CoreNlpEngine shared;

    /** CoreNLP's English Universal Dependencies model for its neural parser. */
    public static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final StanfordCoreNLP pipeline;
    private final TokenParser depparse;

    /**
     * Loads the models (a few seconds). Prefer {@link #shared()}. The dependency parser is our
     * {@link ArcStandardParser} on CoreNLP's model, which makes CoreNLP's parses several times
     * faster; system property {@code newsgraph.parser=corenlp} runs CoreNLP's own instead.
     */
    public CoreNlpEngine() {
        long t0 = System.nanoTime();
        // the parser model loads beside the pipeline's models: two seconds less to the first article
        CompletableFuture<TokenParser> parser = CompletableFuture.supplyAsync(CoreNlpEngine::loadParser);
        pipeline = new StanfordCoreNLP(properties(), true);
        depparse = parser.join();
        LOG.info("CoreNLP models loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * A parser, not CoreNLP's annotator: the annotator also builds enhanced and enhanced++ graphs
     * nobody here reads, a quarter of the cost of a parse.
     */
    private static TokenParser loadParser() {
        return "corenlp".equals(System.getProperty("newsgraph.parser"))
                ? new StanfordTokenParser(PARSER_MODEL)
                : new NeuralTokenParser(new ArcStandardParser(NndepModel.fromClasspath(PARSER_MODEL)));
    }

    /** The JVM-wide engine, loaded on first use. */
    public static CoreNlpEngine shared() {
        CoreNlpEngine e = shared;
        if (e == null) {
            synchronized (CoreNlpEngine.class) {
                e = shared;
                if (e == null) {
                    e = new CoreNlpEngine();
                    shared = e;
                }
            }
        }
        return e;
    }

    /** The pipeline configuration (see the class comment for the reasons). */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    @Override
    public AnnotatedText annotate(String body) {
        Annotation doc = new Annotation(body);
        pipeline.annotate(doc);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        List<Token> tokens = new ArrayList<>();
        for (CoreMap cs : coreSentences) {
            int first = tokens.size();
            int sentenceIndex = sentences.size();
            for (CoreLabel label : cs.get(CoreAnnotations.TokensAnnotation.class)) {
                String ner = label.ner();
                tokens.add(new Token(tokens.size(), sentenceIndex, label.beginPosition(), label.endPosition(),
                        label.tag(), label.lemma(), ner == null ? "O" : ner));
            }
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentenceIndex, tokens.get(first).start(), tokens.get(tokens.size() - 1).end(),
                        first, tokens.size()));
            }
        }
        return new AnnotatedText(body, sentences, tokens, this, coreSentences.toArray());
    }

    @Override
    public DependencyGraph parse(AnnotatedText text, int sentenceIndex) {
        Sentence sentence = text.sentences().get(sentenceIndex);
        return parse(text, sentenceIndex, sentence.firstToken(), sentence.endToken());
    }

    @Override
    public DependencyGraph parse(AnnotatedText text, int sentenceIndex, int firstToken, int endToken) {
        CoreMap cs = (CoreMap) text.engineSentence(sentenceIndex);
        Sentence sentence = text.sentences().get(sentenceIndex);
        if (cs == null) {
            throw new IllegalArgumentException("text was not annotated by this engine");
        }
        if (firstToken < sentence.firstToken() || endToken > sentence.endToken() || firstToken >= endToken) {
            throw new IllegalArgumentException("tokens [" + firstToken + "," + endToken + ") are not in sentence " + sentenceIndex);
        }
        List<CoreLabel> all = cs.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> window = all.subList(firstToken - sentence.firstToken(), endToken - sentence.firstToken());
        TokenParser.ParsedTokens parsed = depparse.parse(window);
        List<Dependency> arcs = new ArrayList<>(endToken - firstToken);
        for (int i = 0; i < parsed.heads().length; i++) {
            int head = parsed.heads()[i];
            if (head >= -1) {
                arcs.add(new Dependency(head < 0 ? -1 : firstToken + head, firstToken + i, parsed.relations()[i]));
            }
        }
        return new DependencyGraph(sentence, arcs);
    }
}
