package org.newsgraph.analysis.quote;

import org.newsgraph.analysis.entity.EntityMention;
import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.model.Speaker;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the subject of a reporting cue into a {@link Speaker}, and keeps track of who has spoken
 * so far in the article: names go to their canonical entity; "he"/"she" to the last person who
 * spoke in the paragraph (else the last person named there, else the last person who spoke),
 * respecting the gender learnt from titles and earlier pronouns; definite title phrases ("the
 * former CIA official", "the former observer") to the person whose description holds their noun
 * or, for person nouns, shares a word, else to the last person who spoke; other noun phrases
 * ("Iranian officials", "the coalition", "One Republican", "Some") are group speakers, as are
 * people joined by "and". "it" and "they" go to the last group that spoke, else to the
 * organisation just named or the definite subject of the previous sentence; relative pronouns
 * to their antecedent; the writer's own "I" and "we" outside quotation marks to
 * {@link #AUTHOR}. One instance per article.
 */
final class SpeakerTracker {

    /** Nouns that, after "the", stand for a person named earlier. */
    private static final Set<String> PERSON_NOUNS = Set.of("official", "minister", "president", "spokesman",
            "spokeswoman", "spokesperson", "analyst", "expert", "researcher", "professor", "director", "senator",
            "governor", "candidate", "nominee", "officer", "chief", "leader", "ambassador", "secretary", "lawmaker",
            "congressman", "congresswoman", "mayor", "chairman", "chairwoman", "commander", "general", "diplomat",
            "adviser", "advisor", "economist", "author", "businessman", "businesswoman", "billionaire", "lawyer",
            "attorney", "judge", "representative", "strategist", "pollster", "founder", "executive", "ceo", "manager",
            "aide", "veteran", "scholar", "fellow", "politician", "activist", "premier", "chancellor", "king",
            "prince", "cleric", "mogul", "man", "woman", "speaker", "host", "reporter", "journalist", "writer",
            "republican", "democrat", "contender", "challenger", "incumbent");
    /** Head nouns of institutions that speak for the organisation or country named in them. */
    private static final Set<String> INSTITUTIONS = Set.of("regime", "government", "ministry", "administration",
            "military", "army", "office", "campaign", "department", "agency", "spokesman", "spokeswoman",
            "spokesperson", "embassy", "parliament", "cabinet", "leadership", "command", "council", "committee");
    private static final Set<String> NP_EXCLUDED = Set.of("appos", "acl", "acl:relcl", "punct", "parataxis", "advcl",
            "dep", "cc", "conj", "case");

    /** The speaker of the writer's own first person; not a pronoun, and no entity of the text. */
    static final String AUTHOR = "the author";

    private record Spoken(Speaker speaker, int paragraph, boolean person) {
    }

    private final AnnotatedText text;
    private final String body;
    private final EntitySet entities;
    private final RoleFinder.Roles roles;
    private final Paragraphs paragraphs;
    private final boolean[] quoted;
    private final List<Spoken> spoken = new ArrayList<>();

    SpeakerTracker(AnnotatedText text, EntitySet entities, RoleFinder.Roles roles, Paragraphs paragraphs,
                   boolean[] quoted) {
        this.text = text;
        this.body = text.body();
        this.entities = entities;
        this.roles = roles;
        this.paragraphs = paragraphs;
        this.quoted = quoted;
    }

    /** Remembers a speaker for the pronouns and titles that follow. */
    void record(Speaker speaker, int offset) {
        if (speaker == null || speaker.name() == null || speaker.name().equals(AUTHOR)) {
            return; // the writer is no antecedent for "he" or "they"
        }
        Entity e = entities.byId(speaker.entityId());
        spoken.add(new Spoken(speaker, paragraphs.at(offset), e != null && e.type() == EntityType.PERSON));
    }

    /** The last speaker of the paragraph holding {@code offset}, or null. */
    Speaker lastInParagraph(int offset) {
        int p = paragraphs.at(offset);
        for (int i = spoken.size() - 1; i >= 0; i--) {
            if (spoken.get(i).paragraph == p) {
                return spoken.get(i).speaker;
            }
            if (spoken.get(i).paragraph < p) {
                break;
            }
        }
        return null;
    }

    /**
     * The speaker a name written apart stands for (a transcript's "PENCE"): the entity whose name
     * has that word, case aside; else the name as written, without an entity.
     */
    Speaker byName(String written, Span mention) {
        String w = written.trim().toLowerCase(Locale.ROOT);
        for (int i = entities.mentions().size() - 1; i >= 0; i--) {
            Entity e = entities.byId(entities.mentions().get(i).entityId());
            if (e == null || e.type() != EntityType.PERSON) {
                continue;
            }
            for (String part : e.name().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (part.equals(w)) {
                    return new Speaker(e.name(), e.id(), roles.first(e.id()), mention);
                }
            }
        }
        return new Speaker(written.trim(), null, null, mention);
    }

    /** The speaker a subject stands for; {@code graph} may be null (then only the token is read). */
    Speaker resolve(int head, DependencyGraph graph) {
        return resolve(head, graph, null);
    }

    /** As {@link #resolve(int, DependencyGraph)}, with the subject's noun phrase found by the caller. */
    Speaker resolve(int head, DependencyGraph graph, Span phrase) {
        Token t = text.token(head);
        if ((t.tag().equals("WP") || t.tag().equals("WDT")) && graph != null) {
            int clause = graph.head(head);
            if (clause >= 0 && graph.relation(clause).startsWith("acl") && graph.head(clause) >= 0) {
                Speaker antecedent = resolve(graph.head(clause), graph, null); // "an architect who said …"
                return antecedent == null ? null
                        : new Speaker(antecedent.name(), antecedent.entityId(), antecedent.role(), t.span());
            }
            return null;
        }
        if (t.tag().equals("WP") || t.tag().equals("WDT")) {
            // "Luis Rubio, who heads …, said", "the police department which reported …"
            int a = antecedent(head);
            Speaker antecedent = a < 0 ? null : resolve(a, null, leftPhrase(a));
            return antecedent == null ? null
                    : new Speaker(antecedent.name(), antecedent.entityId(), antecedent.role(), t.span());
        }
        if (phrase != null && peopleJoined(phrase)) {
            return new Speaker(phrase.text(body), null, null, phrase); // "Mr. Grassley and Mr. Leahy say"
        }
        EntityMention m = entities.mentionAtToken(head);
        if (m == null && graph != null) {
            for (Dependency d : graph.children(head)) {
                if (d.relation().equals("compound") || d.relation().startsWith("flat")
                        || (t.isNoun() && !t.isProperNoun() && (d.relation().equals("dep") || d.relation().equals("appos")))) {
                    EntityMention cm = entities.mentionAtToken(d.dependent());
                    if (cm != null && isPerson(cm.entityId())) {
                        m = cm;
                    }
                }
            }
        }
        if (m != null && entities.byId(m.entityId()) != null && !t.tag().startsWith("JJ")) {
            // ("One Republican" is a person of the party, not the party: a phrase, below)
            Entity e = entities.byId(m.entityId());
            if (e.type() != EntityType.NORP || t.isProperNoun()) {
                String role = roles.at(m.firstToken());
                if (role == null) {
                    role = apposition(head, graph);
                }
                if (role == null || (RoleFinder.isBare(role) && roles.first(e.id()) != null)) {
                    role = roles.first(e.id()); // a fuller description given elsewhere beats a bare "Sen."
                }
                return new Speaker(e.name(), e.id(), role, m.span());
            }
        }
        if (t.isPronoun()) {
            return pronoun(head);
        }
        Span np = phrase != null ? phrase : nounPhrase(head, graph);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean definite = head > 0 && np.start() < t.start()
                && body.substring(np.start(), Math.min(np.end(), np.start() + 4)).equalsIgnoreCase("the ");
        if (definite && t.tag().equals("NN")) {
            Speaker titled = titled(head, np, PERSON_NOUNS.contains(lemma));
            if (titled != null) {
                return titled;
            }
        }
        String entityId = null;
        if (INSTITUTIONS.contains(lemma)) {
            for (EntityMention inner : entities.mentionsIn(np)) {
                Entity e = entities.byId(inner.entityId());
                if (e != null && e.type() != EntityType.PERSON) {
                    entityId = e.id();
                }
            }
        }
        boolean adjectiveAsNoun = (t.tag().startsWith("JJ") && "MISC".equals(t.ner())) // "One Republican"
                || SubjectFinder.QUANTIFIERS.contains(lemma); // "Many speculated"
        if (!t.isNoun() && !t.tag().equals("CD") && !t.tag().equals("DT") && !adjectiveAsNoun) {
            return null;
        }
        return new Speaker(np.text(body), entityId, null, np);
    }

    /**
     * The noun a relative pronoun refers to: the noun right before it (past a comma), or the name an
     * apposition there describes ("McConnell, now the majority leader, who …"); -1 when none.
     */
    private int antecedent(int wp) {
        int first = text.sentenceOf(wp).firstToken();
        int t = wp - 1;
        if (t >= first && text.text(text.token(t)).equals(",")) {
            t--;
        }
        if (t < first || !text.token(t).isNoun() || quoted[t]) {
            return -1;
        }
        if (entities.mentionAtToken(t) != null) {
            return t;
        }
        // an apposition: back over its phrase to a comma and the name before it
        int k = t;
        while (k > first && k > t - 12 && !text.text(text.token(k)).equals(",")) {
            k--;
        }
        if (k > first && text.text(text.token(k)).equals(",") && entities.mentionAtToken(k - 1) != null
                && isPerson(entities.mentionAtToken(k - 1).entityId())) {
            return k - 1;
        }
        int person = personBeforePhrase(wp, t, first);
        return person >= 0 ? person : t;
    }

    /**
     * "listeners to his radio program who said …": "who" speaks for a person, so when the noun before
     * it names no person, the person noun before its prepositional phrase is the antecedent; -1 if none.
     */
    private int personBeforePhrase(int wp, int noun, int first) {
        if (!text.text(text.token(wp)).equalsIgnoreCase("who") || PersonNouns.is(text.token(noun).lemma())) {
            return -1;
        }
        int k = noun;
        while (k - 1 >= first && isPhraseWord(text.token(k - 1))) {
            k--;
        }
        int before = k - 2;
        if (before < first || !text.token(k - 1).tag().equals("IN") || !text.token(before).isNoun() || quoted[before]) {
            return -1;
        }
        EntityMention m = entities.mentionAtToken(before);
        boolean person = m != null ? isPerson(m.entityId()) : PersonNouns.is(text.token(before).lemma());
        return person ? before : -1;
    }

    private static boolean isPhraseWord(Token p) {
        String tag = p.tag();
        return p.isNoun() || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("POS") || tag.equals("PRP$")
                || tag.equals("CD") || tag.equals("HYPH");
    }

    /** The noun phrase ending at {@code head}, read leftwards over determiners, modifiers and nouns. */
    private Span leftPhrase(int head) {
        int first = text.sentenceOf(head).firstToken();
        int lo = head;
        while (lo - 1 >= first) {
            if (!isPhraseWord(text.token(lo - 1)) || quoted[lo - 1]) {
                break;
            }
            lo--;
        }
        return text.span(lo, head + 1);
    }

    private boolean isPerson(String entityId) {
        Entity e = entities.byId(entityId);
        return e != null && e.type() == EntityType.PERSON;
    }

    private String apposition(int head, DependencyGraph graph) {
        if (graph == null) {
            return null;
        }
        for (int a : graph.children(head, "appos")) {
            int[] b = graph.subtreeBounds(a);
            Token last = text.token(b[1]);
            if (text.text(last).equals(",")) {
                b[1]--;
            }
            if (b[1] >= b[0] && b[1] - b[0] < 25) {
                return text.text(b[0], b[1] + 1);
            }
        }
        return null;
    }

    /** The subject's noun phrase without appositions and clauses. */
    private Span nounPhrase(int head, DependencyGraph graph) {
        if (graph == null) {
            return text.token(head).span();
        }
        int lo = head;
        int hi = head;
        for (Dependency d : graph.children(head)) {
            if (NP_EXCLUDED.contains(d.relation())) {
                continue;
            }
            int[] b = graph.subtreeBounds(d.dependent());
            lo = Math.min(lo, b[0]);
            hi = Math.max(hi, b[1]);
        }
        return text.span(lo, hi + 1);
    }

    /** A possessive determiner stands for its personal pronoun ("his promise" is what he promised). */
    private static final Map<String, String> POSSESSIVES = Map.of("his", "he", "her", "she", "their", "they",
            "its", "it", "my", "i", "our", "we");

    private Speaker pronoun(int head) {
        Token t = text.token(head);
        String w = POSSESSIVES.getOrDefault(text.text(t).toLowerCase(Locale.ROOT), text.text(t).toLowerCase(Locale.ROOT));
        int offset = t.start();
        int p = paragraphs.at(offset);
        Span mention = t.span();
        if (w.equals("he") || w.equals("she")) {
            char g = w.equals("he") ? 'm' : 'f';
            String id = null;
            for (int i = spoken.size() - 1; i >= 0 && id == null; i--) {
                Spoken s = spoken.get(i);
                if (s.paragraph != p) {
                    break;
                }
                if (s.person && compatible(s.speaker.entityId(), g)) {
                    id = s.speaker.entityId();
                }
            }
            if (id == null) {
                id = lastPersonMention(head, g, p);
            }
            for (int i = spoken.size() - 1; i >= 0 && id == null; i--) {
                Spoken s = spoken.get(i);
                if (s.person && compatible(s.speaker.entityId(), g)) {
                    id = s.speaker.entityId();
                }
            }
            if (id == null) {
                id = lastPersonMention(head, g, -1);
            }
            if (id == null) {
                return null;
            }
            roles.learnGender(id, g);
            Entity e = entities.byId(id);
            return new Speaker(e.name(), id, roles.first(id), mention);
        }
        if ((w.equals("i") || w.equals("we")) && !quoted[head]) {
            // outside quotation marks the first person is the writer ("as I have suggested", "we know")
            return new Speaker(AUTHOR, null, null, mention);
        }
        if (w.equals("they") || w.equals("it")) {
            boolean plural = w.equals("they");
            for (int i = spoken.size() - 1; i >= 0; i--) {
                Spoken s = spoken.get(i);
                if (s.paragraph < p - 2) {
                    break;
                }
                // "Mr. Grassley and Mr. Leahy say …  they say": a pair of people is a "they"
                boolean pair = plural && s.speaker.mention() != null && s.speaker.mention().text(body).contains(" and ");
                if (!s.person || pair) {
                    String name = pair ? s.speaker.mention().text(body) : s.speaker.name();
                    return new Speaker(name, pair ? null : s.speaker.entityId(), pair ? null : s.speaker.role(), mention);
                }
            }
            return nonPersonBefore(head, mention);
        }
        return null;
    }

    /** Two or more people joined by "and" in one subject: together they are a group speaker. */
    private boolean peopleJoined(Span phrase) {
        if (!phrase.text(body).contains(" and ")) {
            return false;
        }
        return entities.mentionsIn(phrase).stream().filter(m -> isPerson(m.entityId()))
                .map(EntityMention::entityId).distinct().count() >= 2;
    }

    /**
     * "The city sent a letter. It says …": with no group that spoke lately, the organisation or
     * place last named in this or the previous sentence, else the subject opening the previous
     * sentence when it is a definite noun phrase ("The city"); null when neither.
     */
    private Speaker nonPersonBefore(int head, Span mention) {
        int sentence = text.token(head).sentence();
        int from = text.sentences().get(Math.max(0, sentence - 1)).firstToken();
        for (int t = head - 1; t >= from; t--) {
            EntityMention m = entities.mentionAtToken(t);
            if (m == null || quoted[t]) {
                continue;
            }
            Entity e = entities.byId(m.entityId());
            if (e != null && (e.type() == EntityType.ORG || e.type() == EntityType.GPE)) {
                return new Speaker(e.name(), e.id(), null, mention);
            }
            if (e != null && e.type() == EntityType.PERSON) {
                break; // a person named since is the more likely topic: no guess
            }
        }
        if (sentence == 0) {
            return null;
        }
        org.newsgraph.nlp.Sentence prev = text.sentences().get(sentence - 1);
        int t = prev.firstToken();
        if (!text.text(text.token(t)).equalsIgnoreCase("the")) {
            return null;
        }
        t++;
        int last = -1;
        while (t < prev.endToken() && (text.token(t).isNoun() || text.token(t).tag().startsWith("JJ")) && !quoted[t]) {
            if (text.token(t).isNoun()) {
                last = t;
            }
            t++;
        }
        if (last < 0 || t >= prev.endToken() || !text.token(t).isVerb() || PERSON_NOUNS.contains(text.token(last).lemma())) {
            return null;
        }
        return new Speaker(text.text(prev.firstToken(), last + 1), null, null, mention);
    }

    private boolean compatible(String entityId, char g) {
        Character known = roles.gender(entityId);
        return known == null || known == g;
    }

    /** The last person named before {@code head} outside quotations, in paragraph {@code p} (or anywhere for -1). */
    private String lastPersonMention(int head, char g, int p) {
        List<EntityMention> all = entities.mentions();
        for (int i = all.size() - 1; i >= 0; i--) {
            EntityMention m = all.get(i);
            if (m.firstToken() >= head || quoted[m.firstToken()]) {
                continue;
            }
            if (p >= 0 && paragraphs.at(m.span().start()) != p) {
                if (paragraphs.at(m.span().start()) < p) {
                    return null;
                }
                continue;
            }
            if (isPerson(m.entityId()) && compatible(m.entityId(), g)) {
                return m.entityId();
            }
        }
        return null;
    }

    /** "the former CIA official": the person whose description shares a word, else the last person speaker. */
    private Speaker titled(int head, Span np, boolean personNoun) {
        String lemma = text.token(head).lemma().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : np.text(body).split("[\\s-]+")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.length() > 2 && !lw.equals("the") && !lw.equals("former") && !lw.equals(lemma)) {
                words.add(lw);
            }
        }
        String best = null;
        List<EntityMention> all = entities.mentions();
        for (int pass = 0; pass < (personNoun ? 2 : 1) && best == null; pass++) {
            for (int i = all.size() - 1; i >= 0 && best == null; i--) {
                EntityMention m = all.get(i);
                if (m.firstToken() >= head || !isPerson(m.entityId())) {
                    continue;
                }
                String role = roles.first(m.entityId());
                if (role == null) {
                    continue;
                }
                String lr = role.toLowerCase(Locale.ROOT);
                if (pass == 0 && lr.contains(lemma)) {
                    best = m.entityId();
                } else if (pass == 1 && words.stream().anyMatch(lr::contains)) {
                    best = m.entityId();
                }
            }
        }
        for (int i = spoken.size() - 1; i >= 0 && best == null && personNoun; i--) {
            if (spoken.get(i).person) {
                best = spoken.get(i).speaker.entityId();
            }
        }
        if (best == null) {
            return null;
        }
        Entity e = entities.byId(best);
        return new Speaker(e.name(), e.id(), roles.first(e.id()), np);
    }
}
