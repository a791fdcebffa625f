package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The weights and vocabularies of a Stanford neural dependency parser model (Chen &amp; Manning
 * 2014), read from CoreNLP's text model format: seven {@code name=value} header lines (words,
 * tags, labels, embedding size, hidden size, feature count, pre-computed count), one embedding line
 * per word, tag and label, the input-to-hidden weights one column per line, the hidden bias, the
 * hidden-to-output weights one column per line, and the ids of the pre-computed (feature id ×
 * position) pairs.
 *
 * <p>Numbers are parsed as CoreNLP parses them ({@link Float#parseFloat}), and ids are given as it
 * gives them, so a parser on this model can reproduce CoreNLP's parses exactly.
 */
public final class NndepModel {

    /** CoreNLP's spellings of the special vocabulary entries. */
    static final String UNKNOWN = "-UNKNOWN-";
    static final String NULL = "-NULL-";
    static final String ROOT = "-ROOT-";

    final int embeddingSize;
    final int hiddenSize;
    final int numFeatures;
    /** Embeddings of words, then tags, then labels: row = feature id. */
    final float[][] embeddings;
    /**
     * Input-to-hidden weights by input, {@code [feature position × embeddingSize + k][hidden]}: the
     * transpose of CoreNLP's matrix, as the file stores it, so that one input's weights are adjacent.
     */
    final float[][] w1t;
    final float[] b1;
    /** Hidden-to-output weights {@code [transition][hidden]}. */
    final float[][] w2;
    /**
     * Keys {@code featureId × numFeatures + position} in the model's order: CoreNLP pre-computes the
     * hidden-layer contributions of a leading share of them in double precision.
     */
    final int[] preComputed;
    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> tagIds;
    private final Map<String, Integer> labelIds;
    /** Dependency labels without the leading {@code -NULL-}; the first one is the root label. */
    final List<String> labels;

    private NndepModel(int embeddingSize, int hiddenSize, int numFeatures, float[][] embeddings, float[][] w1t,
                       float[] b1, float[][] w2, int[] preComputed, List<String> words, List<String> tags,
                       List<String> labelsWithNull) {
        this.embeddingSize = embeddingSize;
        this.hiddenSize = hiddenSize;
        this.numFeatures = numFeatures;
        this.embeddings = embeddings;
        this.w1t = w1t;
        this.b1 = b1;
        this.w2 = w2;
        this.preComputed = preComputed;
        // one id space, words first, as CoreNLP numbers them (a later duplicate wins, as there)
        int id = 0;
        wordIds = new HashMap<>(words.size() * 2);
        for (String w : words) {
            wordIds.put(w, id++);
        }
        tagIds = new HashMap<>();
        for (String t : tags) {
            tagIds.put(t, id++);
        }
        labelIds = new HashMap<>();
        for (String l : labelsWithNull) {
            labelIds.put(l, id++);
        }
        this.labels = List.copyOf(labelsWithNull.subList(1, labelsWithNull.size()));
        if (w2.length != 2 * labels.size() + 1) {
            throw new IllegalArgumentException("model has " + w2.length + " outputs for " + labels.size() + " labels");
        }
    }

    /** Reads a model from the class path (gzipped when the name ends in {@code .gz}). */
    public static NndepModel fromClasspath(String resource) {
        try (InputStream raw = NndepModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalArgumentException("no parser model on the class path at " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser model " + resource, e);
        }
    }

    /** Reads a model in CoreNLP's text format. */
    public static NndepModel read(BufferedReader in) throws IOException {
        String first = in.readLine();
        if (first != null && first.startsWith("language=")) {
            in.readLine(); // the newer format names language and treebank pack first: not needed here
            first = in.readLine();
        }
        int[] header = new int[7];
        for (int k = 0; k < 7; k++) {
            String line = k == 0 ? first : in.readLine();
            if (line == null || line.indexOf('=') < 0) {
                throw new IOException("bad parser model header line " + (k + 1) + ": " + line);
            }
            header[k] = Integer.parseInt(line.substring(line.indexOf('=') + 1));
        }
        int nWords = header[0];
        int nTags = header[1];
        int nLabels = header[2];
        int eSize = header[3];
        int hSize = header[4];
        int nFeatures = header[5];
        int nPre = header[6];

        float[][] e = new float[nWords + nTags + nLabels][eSize];
        List<String> words = new ArrayList<>(nWords);
        List<String> tags = new ArrayList<>(nTags);
        List<String> labels = new ArrayList<>(nLabels);
        int row = 0;
        for (List<String> names : List.of(words, tags, labels)) {
            int count = names == words ? nWords : names == tags ? nTags : nLabels;
            for (int k = 0; k < count; k++, row++) {
                String line = require(in.readLine());
                int sp = line.indexOf(' ');
                names.add(line.substring(0, sp < 0 ? line.length() : sp));
                floats(line, sp + 1, e[row], eSize);
            }
        }
        float[][] w1t = new float[eSize * nFeatures][hSize];
        for (float[] column : w1t) {
            floats(require(in.readLine()), 0, column, hSize);
        }
        float[] b1 = new float[hSize];
        floats(require(in.readLine()), 0, b1, hSize);
        float[][] w2 = new float[nLabels * 2 - 1][hSize];
        float[] outColumn = new float[w2.length];
        for (int j = 0; j < hSize; j++) {
            floats(require(in.readLine()), 0, outColumn, w2.length);
            for (int i = 0; i < w2.length; i++) {
                w2[i][j] = outColumn[i];
            }
        }
        int[] pre = new int[nPre];
        int read = 0;
        while (read < nPre) {
            for (String id : require(in.readLine()).split(" ")) {
                if (read < nPre) {
                    pre[read] = Integer.parseInt(id);
                }
                read++;
            }
        }
        return new NndepModel(eSize, hSize, nFeatures, e, w1t, b1, w2, pre, words, tags, labels);
    }

    private static String require(String line) throws IOException {
        if (line == null) {
            throw new IOException("parser model ends early");
        }
        return line;
    }

    /** Parses {@code count} space-separated floats of {@code line} from {@code from} into {@code out}. */
    private static void floats(String line, int from, float[] out, int count) throws IOException {
        int p = from;
        for (int i = 0; i < count; i++) {
            int sp = line.indexOf(' ', p);
            int end = sp < 0 ? line.length() : sp;
            if (p >= end && p >= line.length()) {
                throw new IOException("parser model line has " + i + " numbers, expected " + count);
            }
            out[i] = Float.parseFloat(line.substring(p, end));
            p = end + 1;
        }
    }

    /** The feature id of a word form ({@code -UNKNOWN-}'s when the model does not know it). */
    int wordId(String word) {
        Integer id = wordIds.get(word);
        return id != null ? id : wordIds.get(UNKNOWN);
    }

    /** The feature id of a part-of-speech tag ({@code -UNKNOWN-}'s when the model does not know it). */
    int tagId(String tag) {
        Integer id = tagIds.get(tag);
        return id != null ? id : tagIds.get(UNKNOWN);
    }

    /** The feature id of a dependency label or of {@code -NULL-}. */
    int labelId(String label) {
        return labelIds.get(label);
    }

    /** Number of transitions: a left and a right arc per label, and shift. */
    int transitionCount() {
        return w2.length;
    }
}
