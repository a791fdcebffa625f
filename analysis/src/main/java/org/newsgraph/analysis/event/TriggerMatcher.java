package org.newsgraph.analysis.event;

import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds event triggers: first cheaply, on lemmas and tags alone, to decide which sentences are
 * worth parsing; then on the parse, where multi-word entries ("call on", "hunger strike") check
 * their required dependents.
 */
final class TriggerMatcher {

    /** A matched trigger token and its lexicon entry. */
    record Trigger(int token, LexiconEntry entry) {
    }

    private final EventLexicon lexicon;

    TriggerMatcher(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** True when some token of the sentence could be a trigger (no parse needed). */
    boolean mayHaveTrigger(AnnotatedText text, EntitySet entities, Sentence sentence) {
        for (Token t : text.tokens(sentence)) {
            if (!entries(t).isEmpty() && entities.mentionAtToken(t.index()) == null) {
                return true;
            }
        }
        return false;
    }

    /** The triggers of a parsed sentence, in token order. */
    List<Trigger> find(AnnotatedText text, EntitySet entities, Sentence sentence, DependencyGraph g) {
        List<Trigger> out = new ArrayList<>();
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            List<LexiconEntry> candidates = entries(text.token(i));
            // "Popular Mobilization Forces" names a group; it reports no mobilisation
            if (candidates.isEmpty() || entities.mentionAtToken(i) != null || insideHyphenWord(text, i)) {
                continue;
            }
            Set<String> dependents = dependentLemmas(text, g, i);
            for (LexiconEntry e : candidates) {
                if (dependents.containsAll(e.needs())) {
                    out.add(new Trigger(i, e));
                    break;
                }
            }
        }
        return out;
    }

    /** "Iran-backed": a modifier, not an act of backing. */
    private static boolean insideHyphenWord(AnnotatedText text, int i) {
        Token t = text.token(i);
        return i > 0 && text.token(i - 1).end() == t.start() && text.text(text.token(i - 1)).equals("-")
                || text.text(t).contains("-") && !text.text(t).startsWith("-") && t.tag().startsWith("VBN");
    }

    private List<LexiconEntry> entries(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (t.isVerb()) {
            return lexicon.verb(lemma);
        }
        if (t.isNoun() && !t.isProperNoun()) {
            return lexicon.noun(lemma);
        }
        return List.of();
    }

    /** Lemmas of the dependents and of their prepositions and particles ("call on X": on). */
    private static Set<String> dependentLemmas(AnnotatedText text, DependencyGraph g, int token) {
        Set<String> out = new HashSet<>();
        for (Dependency d : g.children(token)) {
            out.add(text.token(d.dependent()).lemma().toLowerCase(Locale.ROOT));
            for (Dependency dd : g.children(d.dependent())) {
                if (dd.relation().equals("case") || dd.relation().equals("mark")) {
                    out.add(text.token(dd.dependent()).lemma().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
