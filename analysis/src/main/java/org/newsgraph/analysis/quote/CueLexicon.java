package org.newsgraph.analysis.quote;

import org.newsgraph.analysis.TableResource;
import org.newsgraph.nlp.Token;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reporting-verb lexicon ({@code cues.tsv}): verb lemmas and their {@link CueClass}.
 */
public final class CueLexicon {

    private static final CueLexicon DEFAULT = load("cues.tsv");

    private final Map<String, CueClass> classes;
    /** Noun lemmas, kept apart: many are verbs too ("claim", "promise", "fear"). */
    private final java.util.Set<String> nouns;
    /** Nouns and adjectives of stance by lemma or word form, kept apart like the nouns. */
    private final Map<String, NominalFrame> nominals;

    CueLexicon(Map<String, CueClass> classes) {
        this(classes, java.util.Set.of());
    }

    CueLexicon(Map<String, CueClass> classes, java.util.Set<String> nouns) {
        this(classes, nouns, Map.of());
    }

    CueLexicon(Map<String, CueClass> classes, java.util.Set<String> nouns, Map<String, NominalFrame> nominals) {
        this.classes = Map.copyOf(classes);
        this.nouns = java.util.Set.copyOf(nouns);
        this.nominals = Map.copyOf(nominals);
    }

    /** The shipped lexicon. */
    public static CueLexicon defaults() {
        return DEFAULT;
    }

    /** The class of a lemma, or null when it is no cue. */
    public CueClass classOf(String lemma) {
        return lemma == null ? null : classes.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** The class of a verb token, or null when it is not a verb of the lexicon. */
    public CueClass classOf(Token token) {
        return token.isVerb() ? classOf(token.lemma()) : null;
    }

    /** True for a common noun of statement ("claim", "warning"): see {@code cues.tsv}. */
    public boolean isNounCue(Token token) {
        return token.isNoun() && !token.isProperNoun() && token.lemma() != null
                && nouns.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The frame of a noun or adjective of stance ("criticism", "eager", "worried"), matched by
     * its lower-case word form, else a noun by its lemma; or null.
     */
    public NominalFrame nominalOf(Token token, String word) {
        if (token.isProperNoun() || !(token.isNoun() || token.tag().startsWith("JJ") || token.tag().equals("VBN"))) {
            return null;
        }
        // by its form first ("attacks on" is a stance, "an attack on" mostly violence), then a noun by its lemma;
        // an adjective only by its form, so "worried" is no "worry"
        NominalFrame f = nominals.get(word.toLowerCase(Locale.ROOT));
        return f != null || !token.isNoun() || token.lemma() == null ? f : nominals.get(token.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * True for a verb whose class makes a quote on its own (everything but intentions and verbs of
     * regarding, which need their "as" phrase).
     */
    public boolean isCue(Token token) {
        CueClass c = classOf(token);
        return c != null && c != CueClass.VIEW;
    }

    private static CueLexicon load(String resource) {
        Map<String, CueClass> map = new HashMap<>();
        java.util.Set<String> nouns = new java.util.HashSet<>();
        Map<String, NominalFrame> nominals = new HashMap<>();
        for (String[] cols : TableResource.rows(CueLexicon.class, resource)) {
            CueClass c = CueClass.valueOf(cols[1].trim().toUpperCase(Locale.ROOT));
            if (c == CueClass.NOMINAL) {
                nominals.put(cols[0].trim(), new NominalFrame(java.util.Set.of(cols[2].trim().split(" ")),
                        org.newsgraph.core.model.Attribution.parse(cols[3])));
            } else if (c == CueClass.NOUN) {
                nouns.add(cols[0].trim());
            } else {
                map.putIfAbsent(cols[0].trim(), c);
            }
        }
        return new CueLexicon(map, nouns, nominals);
    }
}
