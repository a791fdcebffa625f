package org.newsgraph.cli.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The baseline: CoreNLP's own full quote pipeline (tokenize, ssplit, pos, lemma, ner, depparse,
 * coref, quote with attribution) on one thread, run in a child JVM so that its heap does not
 * distort newsgraph's numbers. Reads bodies (one per line, JSON strings) from a file and prints
 * {@code tokens nanos quotes} on standard output.
 */
public final class CoreNlpQuoteBaseline {

    private CoreNlpQuoteBaseline() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("quote.attributeQuotes", "true");
        long load0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        long loadNanos = System.nanoTime() - load0;
        long tokens = 0;
        long quotes = 0;
        long t0 = System.nanoTime();
        for (String line : lines) {
            // CoreNLP's annotate(Iterable, 1) annotates twice (shared/notes/corenlp.md): use a plain loop
            Annotation doc = new Annotation(json.readValue(line, String.class));
            pipeline.annotate(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
            List<?> q = doc.get(CoreAnnotations.QuotationsAnnotation.class);
            quotes += q == null ? 0 : q.size();
        }
        long nanos = System.nanoTime() - t0;
        System.out.println(tokens + " " + nanos + " " + quotes + " " + loadNanos);
    }
}
