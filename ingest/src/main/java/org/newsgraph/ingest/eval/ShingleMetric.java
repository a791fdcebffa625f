package org.newsgraph.ingest.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's body metric for one page: texts are cut into tokens
 * ({@code [\p{L}\p{N}_]+}), tokens into overlapping 4-token shingles counted as a multiset, and
 * the true and predicted multisets are compared. The counts are normalised by their sum so every
 * page weighs the same in a corpus mean.
 *
 * <pre>{@code
 * PageScore s = ShingleMetric.score(truth, predicted);
 * s.precision(); s.recall();
 * }</pre>
 */
public final class ShingleMetric {

    /** Shingle length in tokens. */
    public static final int N = 4;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final char SEP = '\u0001';

    private ShingleMetric() {
    }

    /** The tokens of {@code text}: maximal runs of letters, digits and underscores. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The shingle multiset of a token list: one shorter shingle for 1–3 tokens, none for none. */
    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int n = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < n; i++) {
            counts.merge(shingle(tokens, i), 1, Integer::sum);
        }
        return counts;
    }

    private static String shingle(List<String> tokens, int start) {
        StringBuilder sb = new StringBuilder();
        int end = Math.min(tokens.size(), start + N);
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(SEP);
            }
            sb.append(tokens.get(i));
        }
        return sb.toString();
    }

    /** Normalised true positives, false positives and false negatives of one page. */
    public record Counts(double tp, double fp, double fn) {

        /** tp / (tp + fp); 1 when nothing is wrong, 0 when nothing was predicted right. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        /** tp / (tp + fn); 1 when nothing is wrong, 0 when nothing true was found. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores {@code predicted} against {@code truth}. */
    public static Counts score(String truth, String predicted) {
        Map<String, Integer> t = shingles(tokens(truth));
        Map<String, Integer> p = shingles(tokens(predicted));
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            int tc = e.getValue();
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, pc);
            fn += Math.max(0, tc - pc);
        }
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    /**
     * Runs of {@code text}'s tokens whose shingles are missing from {@code other} (beyond the
     * counts {@code other} has): what was lost (text = truth) or added (text = prediction).
     */
    public static List<String> unmatchedRuns(String text, String other) {
        List<String> tokens = tokens(text);
        Map<String, Integer> available = shingles(tokens(other));
        int n = tokens.isEmpty() ? 0 : Math.max(1, tokens.size() - N + 1);
        boolean[] unmatched = new boolean[tokens.size()];
        for (int i = 0; i < n; i++) {
            String s = shingle(tokens, i);
            int left = available.getOrDefault(s, 0);
            if (left > 0) {
                available.put(s, left - 1);
            } else {
                for (int j = i; j < Math.min(tokens.size(), i + N); j++) {
                    unmatched[j] = true;
                }
            }
        }
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (unmatched[i]) {
                if (run.length() > 0) {
                    run.append(' ');
                }
                run.append(tokens.get(i));
            } else if (run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }
}
