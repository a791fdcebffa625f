package org.newsgraph.nlp;

import java.util.List;

/**
 * A greedy arc-standard dependency parser over a Stanford neural parser model, computing exactly
 * the parses of CoreNLP's {@code nndep.DependencyParser} on the same model (proved by
 * {@code ArcStandardParserTest}), several times faster: features are kept as integer ids in arrays
 * updated with each arc instead of being re-read through string maps, feature contributions to the
 * hidden layer are cached without locking ({@link HiddenContributions}), the output layer is a
 * loop the JIT vectorises, and the network is not asked when only one transition is possible.
 *
 * <p>Every sum is made in CoreNLP's order and precision, so the scores, and with them the chosen
 * transitions, are the same to the last bit. Thread-safe.
 *
 * <pre>{@code
 * ArcStandardParser parser = new ArcStandardParser(NndepModel.fromClasspath(MODEL));
 * ArcStandardParser.Tree t = parser.parse(new String[]{"Iran", "fired", "missiles"}, new String[]{"NNP", "VBD", "NNS"});
 * }</pre>
 */
public final class ArcStandardParser {

    /** CoreNLP's default count of pre-computed feature contributions ({@code numPreComputed}). */
    public static final int CORENLP_PRECOMPUTED = 20_000;
    /**
     * Other feature contributions kept at most (8 kB each): the words of a large corpus at all
     * positions would fill the heap; a news article's fit many times over.
     */
    static final int MAX_ROUNDED = 20_000;

    private static final int NONE = -1;
    /** Positions of the 18 word features; tags are at +18, labels (12) at 36. */
    private static final int TAG_OFFSET = 18;
    private static final int LABEL_OFFSET = 36;

    private final NndepModel model;
    private final HiddenContributions contributions;
    /** {@code w2} transposed and widened: {@code [hidden][transition]}. */
    private final double[][] w2t;
    private final double[] b1;
    private final int nLabels;
    private final int shift;
    private final int wordNull;
    private final int wordRoot;
    private final int tagNull;
    private final int tagRoot;
    private final int labelNull;
    /** Feature id of each label index. */
    private final int[] labelFeature;

    /** A parser with CoreNLP's default configuration of {@code model}. */
    public ArcStandardParser(NndepModel model) {
        this(model, CORENLP_PRECOMPUTED);
    }

    /** @param precomputed the {@code numPreComputed} of the CoreNLP configuration to reproduce */
    public ArcStandardParser(NndepModel model, int precomputed) {
        if (model.numFeatures != 48) {
            throw new IllegalArgumentException("expected the 48 features of Chen & Manning's parser, not " + model.numFeatures);
        }
        this.model = model;
        this.contributions = new HiddenContributions(model, precomputed, MAX_ROUNDED);
        int t = model.transitionCount();
        this.w2t = new double[model.hiddenSize][t];
        for (int r = 0; r < t; r++) {
            for (int i = 0; i < model.hiddenSize; i++) {
                w2t[i][r] = model.w2[r][i];
            }
        }
        this.b1 = new double[model.hiddenSize];
        for (int i = 0; i < b1.length; i++) {
            b1[i] = model.b1[i];
        }
        this.nLabels = model.labels.size();
        this.shift = 2 * nLabels;
        this.wordNull = model.wordId(NndepModel.NULL);
        this.wordRoot = model.wordId(NndepModel.ROOT);
        this.tagNull = model.tagId(NndepModel.NULL);
        this.tagRoot = model.tagId(NndepModel.ROOT);
        this.labelNull = model.labelId(NndepModel.NULL);
        this.labelFeature = new int[nLabels];
        for (int l = 0; l < nLabels; l++) {
            labelFeature[l] = model.labelId(model.labels.get(l));
        }
    }

    /** The dependency labels, the root label first. */
    public List<String> labels() {
        return model.labels;
    }

    /**
     * A parse: for token {@code i} (0-based) its head {@code heads[i]} (0-based, -1 for the root)
     * and its label index {@code labels[i]} into {@link #labels()}.
     */
    public record Tree(int[] heads, int[] labels) {
    }

    /** Parses one sentence given its word forms and part-of-speech tags. */
    public Tree parse(String[] words, String[] tags) {
        int n = words.length;
        if (tags.length != n) {
            throw new IllegalArgumentException(n + " words but " + tags.length + " tags");
        }
        State s = new State(n);
        for (int i = 1; i <= n; i++) {
            s.word[i] = model.wordId(words[i - 1]);
            s.tag[i] = model.tagId(tags[i - 1]);
        }
        s.word[0] = wordRoot;
        s.tag[0] = tagRoot;
        int[] features = new int[48];
        double[] hidden = new double[model.hiddenSize];
        double[] scores = new double[model.transitionCount()];
        while (!(s.stackSize == 1 && s.next > n)) {
            boolean bufferEmpty = s.next > n;
            if (s.stackSize <= 2) {
                // the only possible move: shift, or the root arc once all words are in
                if (bufferEmpty) {
                    s.arc(s.stack[0], s.stack[1], 0);
                    s.stackSize--;
                } else {
                    s.stack[s.stackSize++] = s.next++;
                }
                continue;
            }
            features(s, features);
            score(features, hidden, scores);
            // the best transition possible, the first of equals, as CoreNLP chooses
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < scores.length; j++) {
                if (scores[j] > bestScore && possible(j, bufferEmpty)) {
                    bestScore = scores[j];
                    best = j;
                }
            }
            int top = s.stack[s.stackSize - 1];
            int second = s.stack[s.stackSize - 2];
            if (best == shift) {
                s.stack[s.stackSize++] = s.next++;
            } else if (best < nLabels) { // left arc: the second word depends on the top one
                s.arc(top, second, best);
                s.stack[s.stackSize - 2] = top;
                s.stackSize--;
            } else { // right arc
                s.arc(second, top, best - nLabels);
                s.stackSize--;
            }
        }
        int[] heads = new int[n];
        int[] labels = new int[n];
        for (int i = 1; i <= n; i++) {
            heads[i - 1] = s.head[i] - 1;
            labels[i - 1] = s.label[i];
        }
        return new Tree(heads, labels);
    }

    /** With more than two items on the stack: any arc but the root's; shift while words remain. */
    private boolean possible(int transition, boolean bufferEmpty) {
        if (transition == shift) {
            return !bufferEmpty;
        }
        int label = transition < nLabels ? transition : transition - nLabels;
        return label != 0;
    }

    /** The 48 feature ids of Chen &amp; Manning's parser: words, tags and labels around stack and buffer. */
    private void features(State s, int[] f) {
        for (int j = 2; j >= 0; j--) {
            int x = s.stack(j);
            f[2 - j] = s.wordOf(x, wordNull);
            f[TAG_OFFSET + 2 - j] = s.tagOf(x, tagNull);
        }
        for (int j = 0; j <= 2; j++) {
            int x = s.buffer(j);
            f[3 + j] = s.wordOf(x, wordNull);
            f[TAG_OFFSET + 3 + j] = s.tagOf(x, tagNull);
        }
        for (int j = 0; j <= 1; j++) {
            int k = s.stack(j);
            int lc1 = s.child(s.left1, k);
            int rc1 = s.child(s.right1, k);
            int[] nodes = {lc1, rc1, s.child(s.left2, k), s.child(s.right2, k), s.child(s.left1, lc1),
                    s.child(s.right1, rc1)};
            for (int m = 0; m < 6; m++) {
                int x = nodes[m];
                int p = 6 + 6 * j + m;
                f[p] = s.wordOf(x, wordNull);
                f[TAG_OFFSET + p] = s.tagOf(x, tagNull);
                f[LABEL_OFFSET + 6 * j + m] = x > 0 ? labelFeature[s.label[x]] : labelNull;
            }
        }
    }

    /** The network's score of every transition, in CoreNLP's arithmetic. */
    private void score(int[] features, double[] hidden, double[] scores) {
        java.util.Arrays.fill(hidden, 0);
        for (int p = 0; p < features.length; p++) {
            double[] c = contributions.of(features[p], p);
            for (int i = 0; i < hidden.length; i++) {
                hidden[i] += c[i];
            }
        }
        for (int i = 0; i < hidden.length; i++) {
            double h = hidden[i] + b1[i];
            hidden[i] = h * h * h;
        }
        java.util.Arrays.fill(scores, 0);
        for (int i = 0; i < hidden.length; i++) {
            double h = hidden[i];
            double[] w = w2t[i];
            for (int r = 0; r < scores.length; r++) {
                scores[r] += h * w[r];
            }
        }
    }

    /** A parser configuration: stack, buffer and the arcs so far, with each word's outermost children. */
    private static final class State {
        final int n;
        final int[] word;
        final int[] tag;
        final int[] stack;
        int stackSize = 1; // the root
        int next = 1; // first word of the buffer
        final int[] head;
        final int[] label;
        /** Leftmost and second leftmost left child, rightmost and second rightmost right child. */
        final int[] left1;
        final int[] left2;
        final int[] right1;
        final int[] right2;

        State(int n) {
            this.n = n;
            word = new int[n + 1];
            tag = new int[n + 1];
            stack = new int[n + 1];
            head = new int[n + 1];
            label = new int[n + 1];
            left1 = new int[n + 1];
            left2 = new int[n + 1];
            right1 = new int[n + 1];
            right2 = new int[n + 1];
            java.util.Arrays.fill(head, NONE);
            java.util.Arrays.fill(left1, NONE);
            java.util.Arrays.fill(left2, NONE);
            java.util.Arrays.fill(right1, NONE);
            java.util.Arrays.fill(right2, NONE);
        }

        int stack(int j) {
            return j < stackSize ? stack[stackSize - 1 - j] : NONE;
        }

        int buffer(int j) {
            return next + j <= n ? next + j : NONE;
        }

        int child(int[] of, int k) {
            return k < 0 ? NONE : of[k];
        }

        int wordOf(int x, int nullId) {
            return x < 0 ? nullId : word[x];
        }

        int tagOf(int x, int nullId) {
            return x < 0 ? nullId : tag[x];
        }

        void arc(int h, int d, int l) {
            head[d] = h;
            label[d] = l;
            if (d < h) {
                if (left1[h] == NONE || d < left1[h]) {
                    left2[h] = left1[h];
                    left1[h] = d;
                } else if (left2[h] == NONE || d < left2[h]) {
                    left2[h] = d;
                }
            } else {
                if (right1[h] == NONE || d > right1[h]) {
                    right2[h] = right1[h];
                    right1[h] = d;
                } else if (right2[h] == NONE || d > right2[h]) {
                    right2[h] = d;
                }
            }
        }
    }
}
