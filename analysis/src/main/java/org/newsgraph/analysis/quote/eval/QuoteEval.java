package org.newsgraph.analysis.quote.eval;

import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.model.Speaker;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores predicted quotes against gold attributions of the same text. Spans are compared as sets
 * of word tokens (letters and digits), so punctuation and quotation marks at the edges do not
 * count. A prediction matches a gold content when the shared words are at least half of both
 * (one-to-one, best overlaps first); it matches exactly when the word sets are equal. The speaker
 * of a matched quote is right when its mention shares a word with the gold source, or its name
 * shares a word with it; a gold attribution without source wants no speaker. A gold attribution
 * whose source is only a reporting verb ("said") and whose cue holds a name has its two roles
 * swapped by the annotator ({@code “…,” said Hester} with source "said", cue "Hester"): its cue
 * is read as the source (system property {@code newsgraph.eval.sourcesAsAnnotated=true} scores the
 * roles as annotated). Predicted quotes
 * with the same cue count as one attribution (their words united), as a split quotation is one
 * attribution with a discontinuous content in the gold. Quotes with marks
 * (gold: {@code content_has_quote_marks}; predicted: direct and partial) and without are also
 * scored apart. Quotes reported within another quote ({@link Quote#nested()}) are left out unless
 * asked for: PolNeAR annotates no nested attribution (none of its 2,320 dev cues lies in another
 * attribution's content), so the gold has only the outer statement.
 */
public final class QuoteEval {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final double MIN_OVERLAP = 0.5;

    /** Counts for one slice; gold-side and predicted-side counts differ only in which side is sliced. */
    public static final class Counts {
        public int gold;
        public int predicted;
        public int matchedGold;
        public int matchedPredicted;
        public int exactGold;
        public int exactPredicted;
        public int speakerRightGold;
        public int speakerRightPredicted;

        public double precision() {
            return ratio(matchedPredicted, predicted);
        }

        public double recall() {
            return ratio(matchedGold, gold);
        }

        public double f1() {
            return f(precision(), recall());
        }

        public double exactF1() {
            return f(ratio(exactPredicted, predicted), ratio(exactGold, gold));
        }

        /** Speaker accuracy on matched quotes. */
        public double speakerAccuracy() {
            return ratio(speakerRightGold, matchedGold);
        }

        public double quoteSpeakerF1() {
            return f(ratio(speakerRightPredicted, predicted), ratio(speakerRightGold, gold));
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One error for tuning; {@code size} orders them (bigger misses first). */
    public record Error(String type, String docId, String gold, String predicted, String detail, int size) {
    }

    /** The scores of a gold set. */
    public static final class Report {
        public final Counts all = new Counts();
        public final Counts marks = new Counts();
        public final Counts noMarks = new Counts();
        public final List<Error> errors = new ArrayList<>();
        /** Predicted quotes left out of the scores because another quote reports them. */
        public int nestedLeftOut;

        /** The errors, worst first. */
        public List<Error> worst(int n) {
            return errors.stream().sorted(Comparator.comparingInt(Error::size).reversed()).limit(n).toList();
        }
    }

    private final Report report = new Report();
    private final boolean withNested;

    /** Scores the quotes the article itself reports (nested ones left out). */
    public QuoteEval() {
        this(false);
    }

    /** @param withNested whether quotes reported within another quote are scored too */
    public QuoteEval(boolean withNested) {
        this.withNested = withNested;
    }

    /** Adds one article: its gold attributions and the predicted quotes of the same text. */
    public void add(GoldArticle article, List<Quote> quotes) {
        String text = article.text();
        List<int[]> words = words(text);
        List<GoldAttribution> gold = article.attributions();
        List<BitSet> g = gold.stream().map(a -> cover(words, a.content())).toList();
        // quotes sharing a cue are one attribution (a quotation split by "he said"), as in the gold
        List<Quote> predicted = new ArrayList<>();
        List<BitSet> p = new ArrayList<>();
        java.util.Map<Span, Integer> byCue = new java.util.HashMap<>();
        for (Quote q : quotes) {
            if (q.nested() && !withNested) {
                report.nestedLeftOut++;
                continue;
            }
            BitSet w = cover(words, List.of(q.content()));
            Integer k = q.cue() == null ? null : byCue.get(q.cue());
            if (k == null) {
                if (q.cue() != null) {
                    byCue.put(q.cue(), predicted.size());
                }
                predicted.add(q);
                p.add(w);
            } else {
                Quote first = predicted.get(k);
                QuoteKind kind = first.kind() == QuoteKind.INDIRECT ? q.kind() : first.kind();
                predicted.set(k, new Quote(first.id(), kind, first.content().union(q.content()), first.speaker(), first.cue()));
                p.get(k).or(w);
            }
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                BitSet inter = (BitSet) g.get(i).clone();
                inter.and(p.get(j));
                int max = Math.max(g.get(i).cardinality(), p.get(j).cardinality());
                double o = max == 0 ? 0 : (double) inter.cardinality() / max;
                if (o >= MIN_OVERLAP) {
                    pairs.add(new double[]{o, i, j});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        int[] goldToPred = new int[g.size()];
        int[] predToGold = new int[p.size()];
        java.util.Arrays.fill(goldToPred, -1);
        java.util.Arrays.fill(predToGold, -1);
        for (double[] pair : pairs) {
            int i = (int) pair[1];
            int j = (int) pair[2];
            if (goldToPred[i] < 0 && predToGold[j] < 0) {
                goldToPred[i] = j;
                predToGold[j] = i;
            }
        }
        for (int i = 0; i < g.size(); i++) {
            GoldAttribution a = gold.get(i);
            int j = goldToPred[i];
            for (Counts c : slices(a.marks())) {
                c.gold++;
                if (j >= 0) {
                    c.matchedGold++;
                    if (g.get(i).equals(p.get(j))) {
                        c.exactGold++;
                    }
                    if (speakerRight(text, words, a, predicted.get(j).speaker())) {
                        c.speakerRightGold++;
                    }
                }
            }
            if (j >= 0 && !g.get(i).equals(p.get(j))) {
                report.errors.add(new Error("inexact", article.docId(), show(text, a.content()),
                        predicted.get(j).content().text(text), "predicted " + predicted.get(j).content().text(text), 0));
            }
            if (j < 0) {
                report.errors.add(new Error(a.marks() ? "miss-m" : "miss", article.docId(), show(text, a.content()), null,
                        "cue " + show(text, a.cue()) + ", source " + show(text, a.source()), g.get(i).cardinality()));
            } else if (!speakerRight(text, words, a, predicted.get(j).speaker())) {
                Speaker s = predicted.get(j).speaker();
                report.errors.add(new Error("speaker", article.docId(), show(text, a.content()), null,
                        "gold source " + show(text, a.source()) + " / predicted "
                                + (s == null ? "none" : s.name() + (s.mention() == null ? "" : " [" + s.mention().text(text) + "]")),
                        g.get(i).cardinality()));
            }
        }
        for (int j = 0; j < p.size(); j++) {
            Quote q = predicted.get(j);
            int i = predToGold[j];
            for (Counts c : slices(q.kind() != QuoteKind.INDIRECT)) {
                c.predicted++;
                if (i >= 0) {
                    c.matchedPredicted++;
                    if (g.get(i).equals(p.get(j))) {
                        c.exactPredicted++;
                    }
                    if (speakerRight(text, words, gold.get(i), q.speaker())) {
                        c.speakerRightPredicted++;
                    }
                }
            }
            if (i < 0) {
                report.errors.add(new Error("false", article.docId(), null, q.content().text(text),
                        q.kind().label() + ", cue " + (q.cue() == null ? "none" : q.cue().text(text)),
                        p.get(j).cardinality()));
            }
        }
    }

    public Report report() {
        return report;
    }

    private List<Counts> slices(boolean marks) {
        return List.of(report.all, marks ? report.marks : report.noMarks);
    }

    /** Reporting verbs an annotator may have marked as the source, the name as the cue. */
    private static final java.util.Set<String> SWAPPABLE = java.util.Set.of("said", "says", "say", "told", "asked",
            "added", "wrote", "according to");
    private static final boolean AS_ANNOTATED = Boolean.getBoolean("newsgraph.eval.sourcesAsAnnotated");

    /** The gold source, or the gold cue when the two roles are swapped (see the class comment). */
    private static List<Span> source(String text, GoldAttribution a) {
        if (AS_ANNOTATED || a.source().isEmpty() || a.cue().isEmpty()) {
            return a.source();
        }
        String source = show(text, a.source()).trim().toLowerCase(Locale.ROOT);
        String cue = show(text, a.cue()).trim();
        boolean named = cue.chars().anyMatch(Character::isUpperCase) && !SWAPPABLE.contains(cue.toLowerCase(Locale.ROOT));
        return SWAPPABLE.contains(source) && named ? a.cue() : a.source();
    }

    private static boolean speakerRight(String text, List<int[]> words, GoldAttribution a, Speaker s) {
        if (a.source().isEmpty()) {
            return s == null;
        }
        if (s == null) {
            return false;
        }
        List<Span> sourceSpans = source(text, a);
        BitSet src = cover(words, sourceSpans);
        if (s.mention() != null && src.intersects(cover(words, List.of(s.mention())))) {
            return true;
        }
        if (s.name() == null) {
            return false;
        }
        String source = show(text, sourceSpans).toLowerCase(Locale.ROOT);
        for (String w : s.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(source).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new int[]{m.start(), m.end()});
        }
        return out;
    }

    private static BitSet cover(List<int[]> words, List<Span> spans) {
        BitSet b = new BitSet();
        for (Span s : spans) {
            int lo = 0;
            int hi = words.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (words.get(mid)[1] <= s.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < words.size() && words.get(i)[0] < s.end(); i++) {
                b.set(i);
            }
        }
        return b;
    }

    private static String show(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (!sb.isEmpty()) {
                sb.append(" … ");
            }
            sb.append(s.text(text));
        }
        return sb.isEmpty() ? "none" : sb.toString().replace('\n', ' ');
    }
}
