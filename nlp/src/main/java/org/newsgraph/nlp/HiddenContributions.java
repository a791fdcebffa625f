package org.newsgraph.nlp;

import java.util.BitSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What one input feature (a word, tag or label id at one of the 48 feature positions) adds to the
 * hidden layer of an {@link NndepModel}: the product of its embedding with its slice of the
 * input-to-hidden weights, made on first use and kept. The first layer of the network is linear, so
 * a transition's hidden layer is the sum of 48 such vectors.
 *
 * <p>The numbers are CoreNLP's to the last bit: keys CoreNLP pre-computes are summed in double
 * precision, the others rounded to float as its cached slices are. Pre-computed keys are few and
 * always kept; the others (rare words at a position) are kept up to a bound, oldest dropped first.
 * Thread-safe: a key two threads miss at once is computed twice, to the same numbers.
 */
final class HiddenContributions {

    private final NndepModel model;
    private final BitSet precise;
    private final AtomicReferenceArray<double[]> table;
    private final ConcurrentLinkedQueue<Integer> roundedOrder = new ConcurrentLinkedQueue<>();
    private final AtomicInteger rounded = new AtomicInteger();
    private final int maxRounded;

    /**
     * @param precomputed how many of the model's pre-computed keys CoreNLP computes in double
     *                    precision (its {@code numPreComputed})
     * @param maxRounded  how many other keys to keep at most
     */
    HiddenContributions(NndepModel model, int precomputed, int maxRounded) {
        this.model = model;
        this.maxRounded = maxRounded;
        this.precise = new BitSet();
        for (int i = 0; i < Math.min(precomputed, model.preComputed.length); i++) {
            precise.set(model.preComputed[i]);
        }
        this.table = new AtomicReferenceArray<>(model.embeddings.length * model.numFeatures);
    }

    /** The hidden-layer contribution of feature id {@code id} at position {@code position}; do not modify. */
    double[] of(int id, int position) {
        int key = id * model.numFeatures + position;
        double[] c = table.get(key);
        if (c == null) {
            c = compute(id, position, precise.get(key));
            table.set(key, c);
            if (!precise.get(key)) {
                roundedOrder.add(key);
                if (rounded.incrementAndGet() > maxRounded) {
                    Integer oldest = roundedOrder.poll();
                    if (oldest != null) {
                        table.set(oldest, null);
                        rounded.decrementAndGet();
                    }
                }
            }
        }
        return c;
    }

    /** Number of contributions kept (for tests and diagnostics). */
    int size() {
        int n = 0;
        for (int i = 0; i < table.length(); i++) {
            if (table.get(i) != null) {
                n++;
            }
        }
        return n;
    }

    private double[] compute(int id, int position, boolean inDouble) {
        float[] e = model.embeddings[id];
        int offset = position * model.embeddingSize;
        double[] out = new double[model.hiddenSize];
        // input by input, so that the hidden units' sums are independent (and the loop vectorises);
        // each sum still adds its float products in CoreNLP's order
        for (int k = 0; k < e.length; k++) {
            float[] w = model.w1t[offset + k];
            float ek = e[k];
            for (int i = 0; i < out.length; i++) {
                out[i] += w[i] * ek;
            }
        }
        if (!inDouble) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) out[i];
            }
        }
        return out;
    }
}
