package org.newsgraph.analysis.event;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;

import java.util.Locale;
import java.util.Set;

/**
 * Tells reported facts from events that are negated ("doesn't support"), hypothetical ("could
 * imperil", "if …", "possible attacks") or future ("will increase", "plans to impose"), from the
 * auxiliaries, negations and subordinators on the trigger and the clauses that embed it.
 */
final class ModalityDetector {

    static final String NEGATED = "negated";
    static final String HYPOTHETICAL = "hypothetical";
    static final String FUTURE = "future";

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> MODAL_AUX = Set.of("would", "could", "may", "might", "can", "should", "must",
            "'d", "ca");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    /** Verbs whose complement has not happened yet. */
    private static final Set<String> PROSPECTIVE = Set.of("plan", "want", "seek", "try", "hope", "intend", "aim",
            "expect", "prepare", "wish", "attempt", "propose", "consider", "threaten", "vow", "promise", "pledge",
            "urge", "ask", "call", "demand", "need", "decide", "offer", "agree", "willing", "ready", "prepared",
            "able", "determined", "set");
    private static final Set<String> UNREAL_MODIFIERS = Set.of("possible", "potential", "proposed", "planned",
            "future", "likely", "threatened", "alleged", "feared");

    private final AnnotatedText text;

    ModalityDetector(AnnotatedText text) {
        this.text = text;
    }

    /** The modality of the event triggered at {@code trigger}, or null for a reported fact. */
    String modality(DependencyGraph g, int trigger, boolean verb) {
        String found = null;
        int clause = trigger;
        if (!verb) {
            for (int a : g.children(trigger, "amod")) {
                if (UNREAL_MODIFIERS.contains(lemma(a))) {
                    found = HYPOTHETICAL;
                }
            }
            // a nominal event takes the modality of the verb it is the object of ("will impose sanctions")
            String rel = g.relation(trigger);
            if (g.head(trigger) >= 0 && (rel.equals("obj") || rel.startsWith("nsubj:pass"))) {
                clause = g.head(trigger);
            } else {
                return found;
            }
        }
        for (int guard = 0; clause >= 0 && guard < 4; guard++) {
            found = stronger(found, own(g, clause));
            String rel = g.relation(clause);
            int up = g.head(clause);
            if (up < 0) {
                break;
            }
            if (rel.equals("xcomp")) {
                if (PROSPECTIVE.contains(lemma(up))) {
                    found = stronger(found, FUTURE);
                }
                clause = up;
            } else if (rel.equals("conj")) {
                clause = up;
            } else if (rel.equals("advcl") || rel.equals("ccomp")) {
                // only conditions and modals of the embedding clause itself matter: "if X doesn't…"
                break;
            } else {
                break;
            }
        }
        return found;
    }

    /** True when the clause says what someone must or should do ("Sudan must return the helicopter"). */
    boolean obligation(DependencyGraph g, int clause) {
        for (int a : g.children(clause, "aux")) {
            String w = text.lowerWord(a);
            if (w.equals("must") || w.equals("should")) {
                return true;
            }
        }
        return false;
    }

    /** True when the trigger's own clause is a condition ("if Iran doesn't support …"). */
    boolean conditional(DependencyGraph g, int trigger) {
        for (int m : g.children(trigger, "mark")) {
            if (CONDITIONS.contains(lemma(m))) {
                return true;
            }
        }
        return false;
    }

    private String own(DependencyGraph g, int clause) {
        String found = null;
        for (Dependency d : g.children(clause)) {
            String rel = d.relation();
            String w = lemma(d.dependent());
            String surface = text.lowerWord(d.dependent());
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATIONS.contains(surface)) {
                found = stronger(found, NEGATED);
            } else if (rel.startsWith("aux") && (FUTURE_AUX.contains(surface) || FUTURE_AUX.contains(w))) {
                found = stronger(found, FUTURE);
            } else if (rel.startsWith("aux") && (MODAL_AUX.contains(surface) || MODAL_AUX.contains(w))) {
                found = stronger(found, HYPOTHETICAL);
            } else if (rel.equals("mark") && CONDITIONS.contains(w)) {
                found = stronger(found, HYPOTHETICAL);
            }
        }
        return found;
    }

    private String lemma(int token) {
        return text.token(token).lemma().toLowerCase(Locale.ROOT);
    }

    /** negated over hypothetical over future. */
    static String stronger(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(String m) {
        return switch (m) {
            case NEGATED -> 3;
            case HYPOTHETICAL -> 2;
            default -> 1;
        };
    }
}
