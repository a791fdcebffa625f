package org.newsgraph.analysis.event;

import org.newsgraph.analysis.entity.EntityMention;
import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.core.model.EntityType;
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

    /** "X said Y must do Z" is a demand by X even when Z is no trigger (PLOVER REQUEST). */
    static final LexiconEntry OBLIGATION = new LexiconEntry("must", true, List.of(), PloverType.REQUEST, null);

    private final EventLexicon lexicon;

    TriggerMatcher(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * How worth parsing a sentence is, from tags, lemmas and entities alone: 0 when no lexicon
     * entry can match; more for a verb trigger than a noun, and more when a named actor precedes it.
     */
    int score(AnnotatedText text, EntitySet entities, Sentence sentence) {
        Candidate c = best(text, entities, sentence);
        return c == null ? 0 : c.score();
    }

    /** A likely trigger before parsing, and how worth parsing its sentence is. */
    record Candidate(int token, int score) {
    }

    /** The likeliest trigger of a sentence, as {@link #score} rates it (the first of equals), or null. */
    Candidate best(AnnotatedText text, EntitySet entities, Sentence sentence) {
        int best = 0;
        int bestToken = -1;
        boolean namedBefore = false;
        Set<String> lemmas = new HashSet<>();
        for (Token t : text.tokens(sentence)) {
            lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
        }
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token t = text.token(i);
            EntityMention m = entities.mentionAtToken(i);
            if (m != null) {
                EntityType type = entities.byId(m.entityId()).type();
                namedBefore |= type != EntityType.LOC && type != EntityType.OTHER;
                continue;
            }
            namedBefore |= t.isNoun() && ParticipantResolver.GOVERNMENT.contains(t.lemma().toLowerCase(Locale.ROOT));
            int s = 0;
            if (t.tag().equals("MD") && text.text(t).equalsIgnoreCase("must")) {
                s = 2;
            } else if (possible(text, t, lemmas)) {
                // a verb in the past reports what happened; a noun often only refers back to it
                s = t.isVerb() ? (t.tag().equals("VBD") ? 4 : t.tag().equals("VBG") ? 2 : 3) : 1;
            }
            if (s > 0 && s + (namedBefore ? 2 : 0) > best) {
                best = s + (namedBefore ? 2 : 0);
                bestToken = i;
            }
        }
        return bestToken < 0 ? null : new Candidate(bestToken, best);
    }

    /** A lexicon entry could match: the words a multi-word entry needs occur in the sentence. */
    private boolean possible(AnnotatedText text, Token t, Set<String> lemmas) {
        if (t.isNoun() && t.index() + 1 < text.tokens().size() && text.token(t.index() + 1).isNoun()
                && text.token(t.index() + 1).sentence() == t.sentence()) {
            return false; // "aid groups", "riot police": a modifier
        }
        if (insideHyphenWord(text, t.index())) {
            return false;
        }
        for (LexiconEntry e : entries(t)) {
            if (lemmas.containsAll(e.needs())) {
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
            if (candidates.isEmpty() && isReportedObligation(text, g, i)) {
                out.add(new Trigger(i, OBLIGATION));
                continue;
            }
            // "Popular Mobilization Forces" names a group; it reports no mobilisation
            if (candidates.isEmpty() || entities.mentionAtToken(i) != null || insideHyphenWord(text, i)) {
                continue;
            }
            if (text.token(i).isNoun() && g.relation(i).equals("compound")
                    || text.token(i).isVerb() && g.relation(i).equals("amod")) {
                continue; // "aid groups", "riot police", "shared priorities": a modifier names no event
            }
            Set<String> dependents = dependentLemmas(text, g, i, text.token(i).isVerb());
            for (LexiconEntry e : candidates) {
                if (dependents.containsAll(e.needs())) {
                    out.add(new Trigger(i, e));
                    break;
                }
            }
        }
        return out;
    }

    /** A verb under "must" in a clause reported by a communication verb. */
    private static boolean isReportedObligation(AnnotatedText text, DependencyGraph g, int i) {
        if (!text.token(i).isVerb() || !g.relation(i).equals("ccomp") || g.head(i) < 0) {
            return false;
        }
        String cue = text.token(g.head(i)).lemma().toLowerCase(Locale.ROOT);
        if (!ParticipantResolver.COMMUNICATION.contains(cue)) {
            return false;
        }
        for (int a : g.children(i, "aux")) {
            if (text.text(text.token(a)).equalsIgnoreCase("must")) {
                return true;
            }
        }
        return false;
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

    /**
     * Lemmas of the dependents and of their prepositions and particles ("call on X": on): after a
     * verb, before a noun, as the words of an entry stand.
     */
    private static Set<String> dependentLemmas(AnnotatedText text, DependencyGraph g, int token, boolean after) {
        Set<String> out = new HashSet<>();
        for (Dependency d : g.children(token)) {
            if (after != d.dependent() > token) {
                continue; // "for what he called a meeting" is no "call for"
            }
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
