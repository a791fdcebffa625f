package org.newsgraph.analysis.event.eval;

import org.newsgraph.analysis.event.PloverType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of an event-coding run over gold sentences: type accuracy and per-type precision, recall
 * and F1 of each sentence's main event, and span-overlap F1 of actors and recipients.
 */
public final class EventScores {

    /** Counts of one type. */
    public static final class TypeCounts {
        int tp;
        int fp;
        int fn;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            return f1(precision(), recall());
        }

        public int support() {
            return tp + fn;
        }

        static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Overlap counts of participant spans. */
    public static final class SpanCounts {
        int matched;
        int predicted;
        int gold;

        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            return TypeCounts.f1(precision(), recall());
        }
    }

    private final Map<PloverType, TypeCounts> types = new EnumMap<>(PloverType.class);
    private final SpanCounts actors = new SpanCounts();
    private final SpanCounts recipients = new SpanCounts();
    private final List<String> errors = new ArrayList<>();
    private int sentences;
    private int correct;
    private int noEvent;

    EventScores() {
        for (PloverType t : PloverType.values()) {
            types.put(t, new TypeCounts());
        }
    }

    void addType(PloverType gold, PloverType predicted) {
        sentences++;
        if (predicted == null) {
            noEvent++;
        }
        if (gold == predicted) {
            correct++;
            types.get(gold).tp++;
            return;
        }
        if (gold != null) {
            types.get(gold).fn++;
        }
        if (predicted != null) {
            types.get(predicted).fp++;
        }
    }

    void addActors(int matched, int predicted, int gold) {
        actors.matched += matched;
        actors.predicted += predicted;
        actors.gold += gold;
    }

    void addRecipients(int matched, int predicted, int gold) {
        recipients.matched += matched;
        recipients.predicted += predicted;
        recipients.gold += gold;
    }

    void addError(String line) {
        errors.add(line);
    }

    public int sentences() {
        return sentences;
    }

    public double typeAccuracy() {
        return sentences == 0 ? 0 : (double) correct / sentences;
    }

    /** Mean F1 over the types that occur in the gold data or the predictions. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (TypeCounts c : types.values()) {
            if (c.tp + c.fp + c.fn > 0) {
                sum += c.f1();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    public SpanCounts actors() {
        return actors;
    }

    public SpanCounts recipients() {
        return recipients;
    }

    public TypeCounts type(PloverType t) {
        return types.get(t);
    }

    /** One line per sentence whose main event got the wrong type or none. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** A plain-text report: summary lines, then one row per type. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "sentences        %d (no event found: %d)%n", sentences, noEvent));
        b.append(String.format(Locale.ROOT, "type accuracy    %.3f%n", typeAccuracy()));
        b.append(String.format(Locale.ROOT, "type macro-F1    %.3f%n", macroF1()));
        b.append(String.format(Locale.ROOT, "actor F1         %.3f  (P %.3f, R %.3f; %d matched, %d predicted, %d gold)%n",
                actors.f1(), actors.precision(), actors.recall(), actors.matched, actors.predicted, actors.gold));
        b.append(String.format(Locale.ROOT, "recipient F1     %.3f  (P %.3f, R %.3f; %d matched, %d predicted, %d gold)%n",
                recipients.f1(), recipients.precision(), recipients.recall(), recipients.matched,
                recipients.predicted, recipients.gold));
        b.append(String.format(Locale.ROOT, "%n%-10s %7s %7s %7s %7s%n", "type", "gold", "P", "R", "F1"));
        for (Map.Entry<PloverType, TypeCounts> e : types.entrySet()) {
            TypeCounts c = e.getValue();
            b.append(String.format(Locale.ROOT, "%-10s %7d %7.3f %7.3f %7.3f%n", e.getKey(), c.support(),
                    c.precision(), c.recall(), c.f1()));
        }
        return b.toString();
    }
}
