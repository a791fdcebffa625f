package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * An object that names an attitude and then what it is about ({@code expressed [deep concern
 * about] the policy}, {@code offered [an emotional defense of] the city}): the verb and the noun
 * together are the cue, and the content is the topic after the preposition. Ranges are inclusive
 * token indices.
 */
final class StanceNoun {

    /** Nouns of attitude or judgment that a light verb ("express", "offer", "voice") turns into a cue. */
    private static final Set<String> STANCES = Set.of("concern", "misgiving", "doubt", "support", "opposition",
            "criticism", "disdain", "skepticism", "scepticism", "outrage", "frustration", "dismay", "anger", "opinion",
            "defense", "defence", "praise", "discomfort", "sympathy", "condolence", "confidence", "admiration",
            "contempt", "approval", "disapproval", "reservation", "worry", "fear", "optimism", "pessimism", "regret",
            "gratitude", "apology", "objection", "complaint", "displeasure", "unease", "alarm", "enthusiasm",
            "disgust", "solidarity", "condemnation", "assessment", "view", "thought");
    /** Verbs that take an attitude noun to make a statement of it. */
    private static final Set<String> LIGHT_VERBS = Set.of("express", "voice", "offer", "signal", "raise", "show",
            "give", "share", "register", "air", "convey", "extend", "declare", "state", "lodge");
    /** Prepositions that introduce what the attitude is about. */
    private static final Set<String> ABOUT = Set.of("about", "of", "on", "for", "with", "over", "against", "toward",
            "towards", "at", "regarding");

    private final AnnotatedText text;

    StanceNoun(AnnotatedText text) {
        this.text = text;
    }

    /**
     * Where the content of the object {@code [lo, hi]} of the verb at {@code cue} starts: after
     * "(determiner, adjectives) attitude-noun preposition" when the object opens so, else {@code lo}.
     */
    int topicStart(int cue, int lo, int hi) {
        if (!LIGHT_VERBS.contains(text.token(cue).lemma().toLowerCase(Locale.ROOT))) {
            return lo;
        }
        int t = lo;
        while (t <= hi && modifier(text.token(t))) {
            t++;
        }
        if (t + 2 > hi) {
            return lo; // no room for a noun, its preposition and a topic
        }
        Token noun = text.token(t);
        if (!noun.isNoun() || !STANCES.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
            return lo;
        }
        String prep = text.lowerWord(t + 1);
        return ABOUT.contains(prep) ? t + 2 : lo;
    }

    private static boolean modifier(Token k) {
        String tag = k.tag();
        return tag.equals("DT") || tag.equals("PRP$") || tag.startsWith("JJ") || tag.equals("RB") || tag.equals("CD");
    }
}
