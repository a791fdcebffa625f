package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP configured for news at speed: tokenize, ssplit (paragraph breaks end
 * sentences), pos, lemma and the CoNLL 4-class CRF NER without SUTime, numeric classifiers or
 * the fine-grained pass (the most accurate of CoreNLP's English NER configurations on CoNLL and
 * ~14× faster than the default). Dependency parses (the neural parser, basic UD) are made only
 * for the sentences a later stage asks for.
 *
 * <p>One instance per JVM ({@link #shared()}); it is thread-safe.
 */
public final class CoreNlpEngine implements NlpEngine, DependencyParser {

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpEngine.class);
    private static volatile CoreNlpEngine shared;

    private final StanfordCoreNLP pipeline;
    private final DependencyParseAnnotator depparse;

    /** Loads the models (a few seconds). Prefer {@link #shared()}. */
    public CoreNlpEngine() {
        long t0 = System.nanoTime();
        pipeline = new StanfordCoreNLP(properties(), true);
        Properties dp = new Properties();
        dp.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        dp.setProperty("depparse.extradependencies", "NONE");
        depparse = new DependencyParseAnnotator(dp);
        LOG.info("CoreNLP models loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
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
        CoreMap cs = (CoreMap) text.engineSentence(sentenceIndex);
        Sentence sentence = text.sentences().get(sentenceIndex);
        if (cs == null) {
            throw new IllegalArgumentException("text was not annotated by this engine");
        }
        SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            Annotation one = new Annotation(sentence.span().text(text.body()));
            one.set(CoreAnnotations.SentencesAnnotation.class, List.of(cs));
            depparse.annotate(one);
            graph = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        }
        int base = sentence.firstToken() - 1; // IndexedWord indices are 1-based within the sentence
        List<Dependency> arcs = new ArrayList<>(sentence.tokenCount());
        for (IndexedWord root : graph.getRoots()) {
            arcs.add(new Dependency(-1, base + root.index(), "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            arcs.add(new Dependency(base + e.getGovernor().index(), base + e.getDependent().index(), e.getRelation().toString()));
        }
        return new DependencyGraph(sentence, arcs);
    }
}
