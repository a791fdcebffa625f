package org.newsgraph.analysis.event;

import org.newsgraph.analysis.AnalysisContext;
import org.newsgraph.analysis.entity.EntityMention;
import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.analysis.entity.KnownName;
import org.newsgraph.analysis.entity.KnownNames;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Participant;
import org.newsgraph.core.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Turns the head token of an argument phrase into a canonical participant: the entity the phrase
 * names, the country behind a government noun ("Iran's regime", "the Iranian regime" → Iran), the
 * entity a definite description or pronoun points back to ("the regime" → the regime named
 * before, "it said it had stopped" → the speaker), else the phrase itself.
 */
final class ParticipantResolver {

    /** Nouns that stand for a state: with a national modifier, or definite, they mean the country. */
    static final Set<String> GOVERNMENT = Set.of("regime", "government", "administration", "authority",
            "leadership", "country", "nation", "state", "kingdom", "republic", "cabinet", "junta");
    /** Texts that speak for whoever issued them: "passed a resolution that asked" → the parliament asked. */
    private static final Set<String> DOCUMENTS = Set.of("resolution", "statement", "letter", "decree", "bill",
            "motion", "declaration", "communique", "order", "memo", "note", "law");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "on", "outside", "inside");
    /** Heads that count or group the actors named in their "of" phrase. */
    private static final Set<String> QUANTITIES = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen",
            "dozens", "ten", "tens", "million", "millions", "score", "scores", "group", "number", "some", "many",
            "most", "all", "third", "half", "one", "two", "three", "four", "five", "several", "majority", "handful",
            "contingent", "batch", "patch", "unit", "band", "crowd");
    static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom");
    /** Heads that cannot act: abstractions, quantities, times. */
    private static final Set<String> NOT_AGENTS = Set.of("decision", "move", "step", "statement", "report",
            "reports", "plan", "number", "part", "way", "time", "year", "day", "week", "month", "deal", "situation",
            "issue", "thing", "lot", "something", "nothing", "what", "this", "these", "those", "there", "result",
            "escalation", "tension", "tensions", "conflict", "war", "crisis", "fight", "campaign", "rise", "death",
            "revenge", "act", "help", "resource", "effort", "policy", "goal", "interest", "attention", "development",
            "weapon", "missile", "rocket", "bomb", "shell", "gun");
    /** Verbs that report a statement; their subject speaks for the reported clause. */
    static final Set<String> COMMUNICATION = Set.of("say", "tell", "announce", "state", "report", "add",
            "declare", "claim", "insist", "confirm", "warn", "write", "note", "explain", "conclude", "reiterate",
            "stress", "indicate", "remind", "signal", "vow", "pledge", "promise");
    private static final int LOOK_BACK_SENTENCES = 5;

    private final AnnotatedText text;
    private final EntitySet entities;
    private final KnownNames known;
    private final EventLexicon lexicon;

    ParticipantResolver(AnalysisContext context, KnownNames known, EventLexicon lexicon) {
        this.text = context.text();
        this.entities = context.entities();
        this.known = known;
        this.lexicon = lexicon;
    }

    /**
     * The participant headed by {@code head}, or null when the phrase names nobody who can act.
     *
     * @param requireNamed accept only participants resting on a named entity
     */
    ResolvedParticipant resolve(DependencyGraph g, int head, boolean requireNamed) {
        return resolve(g, head, requireNamed, 0);
    }

    private ResolvedParticipant resolve(DependencyGraph g, int head, boolean requireNamed, int guard) {
        if (head < 0 || guard > 4) {
            return null;
        }
        Token t = text.token(head);
        String word = text.text(t);
        String lower = word.toLowerCase(Locale.ROOT);
        if (RELATIVE.contains(lower) && (t.tag().startsWith("W") || t.tag().equals("IN"))) {
            int antecedent = relativeAntecedent(g, head);
            return antecedent < 0 ? null : resolve(g, antecedent, requireNamed, guard + 1);
        }
        if (t.isPronoun()) {
            return pronoun(g, head, lower, guard);
        }
        Span phrase = phrase(g, head);
        EntityMention own = entities.mentionAtToken(head);
        if (own != null) {
            String iso = entities.country(own.entityId());
            if (t.tag().equals("JJ") && iso != null && entities.byId(own.entityId()).type() == EntityType.NORP) {
                return ofCountry(iso, phrase); // "Iranian attacks": the national adjective stands for the country
            }
            return ofEntity(own.entityId(), phrase);
        }
        for (var d : g.children(head)) {
            if (d.relation().equals("appos") || d.relation().equals("dep")) {
                EntityMention m = entities.mentionAtToken(d.dependent());
                if (m != null && isActorType(m.entityId()) && d.dependent() > head) {
                    return ofEntity(m.entityId(), phrase.union(m.span()));
                }
            }
        }
        if (!t.isNoun()) {
            return null;
        }
        EntityMention apposed = commaApposition(g, head);
        if (apposed != null) {
            return ofEntity(apposed.entityId(), phrase.union(apposed.span()));
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (DOCUMENTS.contains(lemma) && g.relation(head).equals("obj") && g.head(head) >= 0) {
            for (int s : g.children(g.head(head), "nsubj")) {
                ResolvedParticipant issuer = resolve(g, s, requireNamed, guard + 1);
                if (issuer != null) {
                    return issuer;
                }
            }
        }
        if (NOT_AGENTS.contains(lemma) || isTime(t) || !lexicon.noun(lemma).isEmpty()) {
            return null;
        }
        if (QUANTITIES.contains(lemma)) {
            // "thousands of Iraqi Kurds", "a group of refugees": the people counted
            for (int n : g.children(head, "nmod")) {
                if (hasCase(g, n, Set.of("of"))) {
                    ResolvedParticipant inner = resolve(g, n, requireNamed, guard + 1);
                    if (inner != null) {
                        return new ResolvedParticipant(inner.participant(), phrase.union(inner.span()), inner.named());
                    }
                }
            }
        }
        EntityMention modifier = modifierEntity(g, head);
        if (GOVERNMENT.contains(lemma)) {
            if (modifier != null) {
                String iso = entities.country(modifier.entityId());
                return iso != null ? ofCountry(iso, phrase) : ofEntity(modifier.entityId(), phrase);
            }
            ResolvedParticipant back = antecedentOf(head, lemma, phrase);
            if (back != null) {
                return back;
            }
        }
        if (modifier != null) {
            Entity e = entities.byId(modifier.entityId());
            if (e.type() == EntityType.GPE || e.type() == EntityType.ORG) {
                return ofEntity(modifier.entityId(), phrase); // "U.S. forces", "Hezbollah guerrillas"
            }
            String iso = entities.country(modifier.entityId());
            return new ResolvedParticipant(new Participant(phrase.text(text.body()), null, iso), phrase, true);
        }
        Span extended = phrase;
        String iso = null;
        for (int n : g.children(head, "nmod")) {
            if (n > head && hasCase(g, n, Set.of("of", "from", "in", "loyal"))) {
                int[] b = g.subtreeBounds(n);
                extended = extended.union(text.span(b[0], b[1] + 1));
                if (hasCase(g, n, Set.of("in"))) {
                    continue; // where they are is not whom they belong to
                }
                for (EntityMention m : entities.mentionsIn(text.span(b[0], b[1] + 1))) {
                    if (iso == null) {
                        iso = entities.country(m.entityId());
                    }
                }
            }
        }
        if (requireNamed) {
            return null;
        }
        return new ResolvedParticipant(new Participant(extended.text(text.body()), null, iso), extended, iso != null);
    }

    /**
     * What a relative pronoun stands for: the noun its clause modifies, or, where the parse did not
     * attach the clause, the nearest noun before it that is not a date or a place ("the airstrike in
     * Baghdad last Friday that killed").
     */
    int relativeAntecedent(DependencyGraph g, int pronoun) {
        int verb = g.head(pronoun);
        if (verb >= 0 && g.relation(verb).startsWith("acl") && g.head(verb) >= 0) {
            return g.head(verb);
        }
        int first = text.sentenceOf(pronoun).firstToken();
        for (int i = pronoun - 1; i >= first; i--) {
            Token t = text.token(i);
            if (!t.isNoun() || isTime(t) || hasCase(g, i, PLACE_CASES)) {
                continue;
            }
            return i;
        }
        return -1;
    }

    private static boolean isTime(Token t) {
        String l = t.lemma().toLowerCase(Locale.ROOT);
        return l.matches("monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year"
                + "|hour|minute|second|decade|century|weekend|season|period|night"
                + "|morning|night|evening|afternoon|day|january|february|march|april|may|june|july|august|september"
                + "|october|november|december");
    }

    private boolean hasCase(DependencyGraph g, int token, Set<String> cases) {
        for (int c : g.children(token, "case")) {
            if (cases.contains(text.token(c).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "the commander, Qassem Soleimani," when the parser attached the apposition elsewhere. */
    private EntityMention commaApposition(DependencyGraph g, int head) {
        int end = g.subtreeBounds(head)[1] + 1;
        int sentenceEnd = text.sentenceOf(head).endToken();
        if (end + 1 < sentenceEnd && text.text(text.token(end)).equals(",")) {
            EntityMention m = entities.mentionAtToken(end + 1);
            if (m != null && m.firstToken() == end + 1 && entities.byId(m.entityId()).type() == EntityType.PERSON) {
                return m;
            }
        }
        return null;
    }

    /** The phrase without determiners: pre-modifiers and the head ("U.S.-led counter-IS coalition"). */
    Span phrase(DependencyGraph g, int head) {
        int first = head;
        for (var d : g.children(head)) {
            String rel = d.relation();
            int dep = d.dependent();
            if (dep < head && (rel.equals("compound") || rel.equals("amod") || rel.startsWith("nmod:poss")
                    || rel.equals("nummod") || rel.equals("flat"))) {
                first = Math.min(first, g.subtreeBounds(dep)[0]);
            }
        }
        int end = head + 1;
        for (int f : g.children(head, "flat")) {
            end = Math.max(end, f + 1);
        }
        EntityMention m = entities.mentionAtToken(head);
        if (m != null) {
            first = Math.min(first, m.firstToken());
            end = Math.max(end, m.endToken());
        }
        while (first < head && !hasLetterOrDigit(text.text(text.token(first)))) {
            first++;
        }
        return text.span(first, end);
    }

    /** A named modifier of a common noun: possessor, compound or national adjective. */
    private EntityMention modifierEntity(DependencyGraph g, int head) {
        EntityMention best = null;
        for (var d : g.children(head)) {
            String rel = d.relation();
            if (rel.startsWith("nmod:poss") || rel.equals("compound") || rel.equals("amod")) {
                EntityMention m = entities.mentionAtToken(d.dependent());
                if (m != null && isActorType(m.entityId())) {
                    if (best == null || rel.startsWith("nmod:poss")) {
                        best = m;
                    }
                }
            }
        }
        return best;
    }

    private boolean isActorType(String entityId) {
        EntityType type = entities.byId(entityId).type();
        return type != EntityType.LOC && type != EntityType.OTHER;
    }

    /** "the regime": the country of the last "X's regime" / "X regime", else the last country named. */
    private ResolvedParticipant antecedentOf(int head, String lemma, Span phrase) {
        int firstSentence = Math.max(0, text.token(head).sentence() - LOOK_BACK_SENTENCES);
        int limit = text.sentences().get(firstSentence).firstToken();
        for (int i = head - 1; i >= limit; i--) {
            if (text.token(i).lemma().equalsIgnoreCase(lemma)) {
                for (int k = i - 1; k >= Math.max(limit, i - 3); k--) {
                    EntityMention m = entities.mentionAtToken(k);
                    if (m != null && entities.country(m.entityId()) != null) {
                        return ofCountry(entities.country(m.entityId()), phrase);
                    }
                }
            }
        }
        for (int i = head - 1; i >= limit; i--) {
            EntityMention m = entities.mentionAtToken(i);
            if (m != null && entities.byId(m.entityId()).type() == EntityType.GPE && entities.country(m.entityId()) != null) {
                return ofCountry(entities.country(m.entityId()), phrase);
            }
        }
        return null;
    }

    private ResolvedParticipant pronoun(DependencyGraph g, int head, String lower, int guard) {
        if (lower.equals("i") || lower.equals("we") || lower.equals("you") || lower.equals("me") || lower.equals("us")) {
            return null;
        }
        // "X said (that) it had stopped": the pronoun subject of a reported clause is the speaker
        int verb = g.head(head);
        if (verb >= 0 && g.relation(head).startsWith("nsubj") && g.relation(verb).equals("ccomp")) {
            int cue = g.head(verb);
            if (cue >= 0 && COMMUNICATION.contains(text.token(cue).lemma().toLowerCase(Locale.ROOT))) {
                for (int s : g.children(cue, "nsubj")) {
                    if (!text.token(s).isPronoun()) {
                        ResolvedParticipant r = resolve(g, s, false, guard + 1);
                        if (r != null) {
                            return r;
                        }
                    }
                }
            }
        }
        // "the regime will increase …, but it will also reorganize": the subject of the first conjunct
        if (verb >= 0 && g.relation(head).startsWith("nsubj") && g.relation(verb).equals("conj") && g.head(verb) >= 0) {
            for (int s : g.children(g.head(verb), "nsubj")) {
                if (!text.token(s).isPronoun()) {
                    ResolvedParticipant r = resolve(g, s, false, guard + 1);
                    if (r != null) {
                        return r;
                    }
                }
            }
        }
        boolean person = Set.of("he", "she", "him", "her", "his", "hers").contains(lower);
        int firstSentence = Math.max(0, text.token(head).sentence() - 2);
        int limit = text.sentences().get(firstSentence).firstToken();
        for (int i = head - 1; i >= limit; i--) {
            EntityMention m = entities.mentionAtToken(i);
            if (m == null) {
                continue;
            }
            EntityType type = entities.byId(m.entityId()).type();
            boolean fits = person ? type == EntityType.PERSON : type == EntityType.GPE || type == EntityType.ORG;
            if (fits) {
                return ofEntity(m.entityId(), m.span()); // the span shows where the antecedent is named
            }
            i = m.firstToken();
        }
        return null;
    }

    private ResolvedParticipant ofEntity(String entityId, Span span) {
        Entity e = entities.byId(entityId);
        String iso = entities.country(entityId);
        if (iso == null && e.type() == EntityType.PERSON) {
            // "Portuguese President Mario Soares", "U.S. President Donald Trump": the title gives the country
            for (EntityMention m : entities.mentionsIn(span)) {
                if (!m.entityId().equals(entityId) && entities.country(m.entityId()) != null
                        && entities.byId(m.entityId()).type() != EntityType.PERSON) {
                    iso = entities.country(m.entityId());
                    break;
                }
            }
        }
        return new ResolvedParticipant(new Participant(e.name(), entityId, iso), span, true);
    }

    /** The country with an ISO code, linked to its entity when the article names it. */
    private ResolvedParticipant ofCountry(String iso, Span span) {
        KnownName country = known.country(iso);
        String name = country == null ? iso : country.canonical();
        String id = null;
        for (Entity e : entities.entities()) {
            if (e.type() == EntityType.GPE && iso.equals(entities.country(e.id())) && e.name().equals(name)) {
                id = e.id();
                break;
            }
        }
        return new ResolvedParticipant(new Participant(name, id, iso), span, true);
    }

    private static boolean hasLetterOrDigit(String w) {
        return w.chars().anyMatch(Character::isLetterOrDigit);
    }
}
