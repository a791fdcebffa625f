package org.newsgraph.analysis.event;

import org.newsgraph.analysis.entity.EntityMention;
import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Participant;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an event's arguments off the dependency parse: agent and patients of verbs (active,
 * passive, subjectless participles and infinitives), of nominal events ("the U.S. airstrike on …",
 * "launched an attack"), the place, and the weapon that sets an ASSAULT's mode.
 */
final class ArgumentReader {

    /** Prepositions that introduce the target of an act, most telling first. */
    private static final List<String> TARGET_CASES = List.of("against", "on", "upon", "at", "to", "toward",
            "towards", "with", "into", "for", "from");
    private static final List<String> NOMINAL_TARGET_CASES = List.of("against", "on", "upon", "at", "to", "toward",
            "towards", "with", "of");
    /** Prepositions under which a nominal event is the means of the verb's act, not its cause or time. */
    private static final Set<String> INSTRUMENT_CASES = Set.of("in", "with", "by", "through", "during");
    private static final Set<String> LOCATIVE_CASES = Set.of("in", "at", "near", "outside", "inside", "across",
            "throughout", "around");
    private static final int MAX_CLIMB = 3;

    private final EventLexicon lexicon;

    ArgumentReader(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void verbArguments(AnnotatedText text, DependencyGraph g, EventFrame f, ParticipantResolver resolver) {
        int t = f.token();
        boolean passive = !g.children(t, "nsubj:pass").isEmpty() || !g.children(t, "aux:pass").isEmpty()
                || text.token(t).tag().equals("VBN") && byPhrase(text, g, t) != null && g.children(t, "aux").isEmpty();
        List<Integer> patients = new ArrayList<>();
        List<Integer> patientsOfGoverning = new ArrayList<>();
        Integer agent = null;
        if (passive) {
            agent = byPhrase(text, g, t);
            patients.addAll(g.children(t, "nsubj:pass"));
        } else {
            List<Integer> subjects = g.children(t, "nsubj");
            agent = subjects.isEmpty() ? relativeSubject(text, g, t) : subjects.get(0);
        }
        if (agent == null && !passive) {
            agent = inheritedSubject(text, g, t);
            if (agent != null && f.type == PloverType.THREATEN && g.head(t) >= 0) {
                // "labeled the U.S. strike an act of war, vowing revenge": revenge on the one just condemned
                patientsOfGoverning.addAll(g.children(g.head(t), "iobj"));
                patientsOfGoverning.addAll(g.children(g.head(t), "obj"));
            }
        }
        if (agent == null && !passive) {
            agent = strandedSubject(text, g, t);
        }
        if (g.relation(t).equals("acl") && text.token(t).tag().equals("VBN") && g.head(t) >= 0
                && g.children(t, "obj").isEmpty() && g.children(t, "advcl").isEmpty()) {
            patients.add(g.head(t)); // "forces backed by Iran"
            agent = byPhrase(text, g, t);
        }
        if (agent != null) {
            f.actor = resolver.resolve(g, agent, false);
            if (f.actor != null) {
                for (int c : g.children(agent, "conj")) {
                    ResolvedParticipant r = resolver.resolve(g, c, false);
                    if (r != null) {
                        f.coActors.add(r);
                    }
                }
            }
        }
        patients.addAll(g.children(t, "obj"));
        patients.addAll(g.children(t, "iobj"));
        patients.addAll(obliques(text, g, t, TARGET_CASES));
        for (Dependency d : g.children(t)) {
            if (d.relation().equals("xcomp") || isPurpose(text, g, d.dependent())) {
                patients.addAll(g.children(d.dependent(), "nsubj")); // "called on Tehran to work" parsed as a clause
                patients.addAll(g.children(d.dependent(), "obj"));
            }
        }
        for (int x : g.children(t, "ccomp")) {
            patients.addAll(g.children(x, "nsubj"));
        }
        chooseRecipients(text, g, f, resolver, patients, true);
        if (f.recipients.isEmpty()) {
            for (int p : patientsOfGoverning) {
                ResolvedParticipant r = resolver.resolve(g, p, true);
                if (r == null) {
                    r = namedInside(text, g, p, resolver);
                }
                if (r != null) {
                    addRecipient(f, r);
                    break;
                }
            }
        }
    }

    void nounArguments(AnnotatedText text, DependencyGraph g, EventFrame f, ParticipantResolver resolver) {
        int n = f.token();
        List<Integer> agents = new ArrayList<>(g.children(n, "nmod:poss"));
        for (Dependency d : g.children(n)) {
            if ((d.relation().equals("compound") || d.relation().equals("amod")) && isNamed(resolver, g, d.dependent())) {
                agents.add(d.dependent());
            }
        }
        Integer by = byPhrase(text, g, n);
        if (by != null) {
            agents.add(by);
        }
        int verb = governingVerb(text, g, n);
        boolean lightObject = verb >= 0;
        if (agents.isEmpty() && lightObject) {
            List<Integer> subjects = g.children(verb, "nsubj");
            if (!subjects.isEmpty()) {
                agents.add(subjects.get(0));
            } else {
                Integer inherited = inheritedSubject(text, g, verb);
                if (inherited != null) {
                    agents.add(inherited);
                }
            }
        }
        for (int a : agents) {
            ResolvedParticipant r = resolver.resolve(g, a, false);
            if (r != null) {
                f.actor = r;
                break;
            }
        }
        List<Integer> patients = new ArrayList<>();
        patients.addAll(nominalTargets(text, g, n));
        if (lightObject) {
            patients.addAll(obliques(text, g, verb, TARGET_CASES)); // "imposed sanctions on X"
        }
        chooseRecipients(text, g, f, resolver, patients, false);
    }

    /**
     * The verb a nominal event is the object or instrument of ("launched an attack", "gave … dollars
     * of aid", "killed … in an attack"), whose subject is the event's agent; -1 when none.
     */
    private static int governingVerb(AnnotatedText text, DependencyGraph g, int noun) {
        int t = noun;
        for (int steps = 0; steps < 2; steps++) {
            String rel = g.relation(t);
            int up = g.head(t);
            if (up < 0) {
                return -1;
            }
            boolean through = rel.equals("obj") || rel.equals("obl") && hasCase(text, g, t, INSTRUMENT_CASES)
                    || rel.equals("nmod") && hasCase(text, g, t, Set.of("of"));
            if (!through) {
                return -1;
            }
            if (text.token(up).isVerb()) {
                return rel.equals("nmod") && steps == 0 ? -1 : up;
            }
            t = up;
        }
        return -1;
    }

    private boolean isNamed(ParticipantResolver resolver, DependencyGraph g, int token) {
        ResolvedParticipant r = resolver.resolve(g, token, true);
        return r != null && r.named();
    }

    /** The first candidate that names a recipient (with its conjuncts); unnamed common nouns only as objects. */
    private void chooseRecipients(AnnotatedText text, DependencyGraph g, EventFrame f, ParticipantResolver resolver,
                                  List<Integer> candidates, boolean verb) {
        for (int pass = 0; pass < 2 && f.recipients.isEmpty(); pass++) {
            chooseRecipients(text, g, f, resolver, candidates, verb, pass == 0);
        }
    }

    /** Named recipients first; only then a plural common noun object ("arrested twelve activists"). */
    private void chooseRecipients(AnnotatedText text, DependencyGraph g, EventFrame f, ParticipantResolver resolver,
                                  List<Integer> candidates, boolean verb, boolean namedOnly) {
        for (int c : candidates) {
            if (lexicon.modeOf(text.token(c).lemma()) != null) {
                continue; // "fired missiles at …": the weapon is no recipient
            }
            boolean object = verb && (g.relation(c).equals("obj") || g.relation(c).startsWith("nsubj:pass"));
            boolean plural = text.token(c).tag().equals("NNS") || text.token(c).tag().equals("NNPS");
            ResolvedParticipant r = resolver.resolve(g, c, namedOnly || !(object && plural));
            if (r == null && namedOnly) {
                r = namedInside(text, g, c, resolver);
            }
            if (r == null || namedOnly && !r.named() || f.actor != null && r.sameAs(f.actor)) {
                continue;
            }
            addRecipient(f, r);
            for (int k : g.children(c, "conj")) {
                ResolvedParticipant rk = resolver.resolve(g, k, true);
                if (rk != null) {
                    addRecipient(f, rk);
                }
            }
            for (int other : candidates) {
                // "killed, along with Soleimani and several others, the Iraqi leader": every victim named
                if (other != c && hasCase(text, g, other, Set.of("along", "together"))) {
                    ResolvedParticipant ro = resolver.resolve(g, other, true);
                    if (ro != null) {
                        addRecipient(f, ro);
                    }
                }
            }
            return;
        }
    }

    static void addRecipient(EventFrame f, ResolvedParticipant r) {
        if (f.actor != null && r.sameAs(f.actor)) {
            return;
        }
        for (ResolvedParticipant x : f.recipients) {
            if (x.sameAs(r)) {
                return;
            }
        }
        f.recipients.add(r);
    }

    /** A named participant deeper inside a phrase ("two bases housing U.S. forces"), skipping places. */
    private ResolvedParticipant namedInside(AnnotatedText text, DependencyGraph g, int head, ParticipantResolver resolver) {
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[]{head, 0});
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            for (Dependency d : g.children(cur[0])) {
                int x = d.dependent();
                if (d.relation().equals("acl:relcl") || d.relation().startsWith("nsubj") || hasCase(text, g, x, LOCATIVE_CASES)
                        && !hasCase(text, g, x, Set.of("at", "on"))) {
                    continue;
                }
                ResolvedParticipant r = resolver.resolve(g, x, true);
                if (r != null && r.named() && !text.token(x).isPronoun()) {
                    return r;
                }
                if (cur[1] < 3) {
                    queue.add(new int[]{x, cur[1] + 1});
                }
            }
        }
        return null;
    }

    /**
     * The relative pronoun a verb's clause opens with ("the airstrike that also killed …"), found on
     * the tokens when the parser did not make it the subject; null when the verb has another subject.
     */
    static Integer relativeSubject(AnnotatedText text, DependencyGraph g, int verb) {
        List<Integer> subjects = g.children(verb, "nsubj");
        if (!subjects.isEmpty()) {
            int s = subjects.get(0);
            return ParticipantResolver.RELATIVE.contains(text.lowerWord(s)) ? s : null;
        }
        int first = text.sentenceOf(verb).firstToken();
        for (int i = verb - 1; i >= first; i--) {
            String tag = text.token(i).tag();
            if (tag.startsWith("RB") || tag.equals("MD") || tag.startsWith("VB")) {
                continue; // "that also killed", "which has been fired"
            }
            String w = text.lowerWord(i);
            return ParticipantResolver.RELATIVE.contains(w) && (tag.startsWith("W") || tag.equals("IN")) ? i : null;
        }
        return null;
    }

    /** The agent of a passive: the "by" phrase. */
    static Integer byPhrase(AnnotatedText text, DependencyGraph g, int head) {
        for (Dependency d : g.children(head)) {
            String rel = d.relation();
            if ((rel.startsWith("obl") || rel.startsWith("nmod")) && hasCase(text, g, d.dependent(), Set.of("by"))) {
                return d.dependent();
            }
        }
        return null;
    }

    /** The subject of the clause a subjectless verb depends on ("vowing revenge", "agreed to help"). */
    private static Integer inheritedSubject(AnnotatedText text, DependencyGraph g, int verb) {
        int t = verb;
        for (int steps = 0; steps < MAX_CLIMB; steps++) {
            String rel = g.relation(t);
            int up = g.head(t);
            boolean participle = rel.equals("dep") && text.token(t).tag().matches("VBG|VBN");
            if (up < 0 || !(rel.equals("xcomp") || rel.equals("advcl") || rel.equals("conj") || participle)) {
                return null;
            }
            if (rel.equals("xcomp")) {
                List<Integer> objects = g.children(up, "obj"); // "urged Iran to stop": object control
                if (!objects.isEmpty() && text.token(objects.get(0)).isNoun()) {
                    return objects.get(0);
                }
            }
            List<Integer> subjects = g.children(up, "nsubj");
            if (!subjects.isEmpty()) {
                return subjects.get(0);
            }
            t = up;
        }
        return null;
    }

    /**
     * The subject of a verb the parser left without one, when the sentence's root is a name before it:
     * "Trump in a statement … called on Tehran" parsed with "Trump" as root.
     */
    private static Integer strandedSubject(AnnotatedText text, DependencyGraph g, int verb) {
        if (!text.token(verb).isVerb()) {
            return null;
        }
        for (int root : g.roots()) {
            if (root < verb && text.token(root).isProperNoun() && !text.token(root).ner().equals("O")) {
                return root;
            }
        }
        return null;
    }

    private static List<Integer> obliques(AnnotatedText text, DependencyGraph g, int head, List<String> cases) {
        List<Integer> out = new ArrayList<>();
        for (String c : cases) {
            for (int o : g.children(head, "obl")) {
                if (hasCase(text, g, o, Set.of(c)) && !out.contains(o)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private static List<Integer> nominalTargets(AnnotatedText text, DependencyGraph g, int head) {
        List<Integer> out = new ArrayList<>();
        for (String c : NOMINAL_TARGET_CASES) {
            for (int o : g.children(head, "nmod")) {
                if (hasCase(text, g, o, Set.of(c)) && !out.contains(o)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    static boolean hasCase(AnnotatedText text, DependencyGraph g, int token, Set<String> cases) {
        for (int c : g.children(token, "case")) {
            if (cases.contains(text.token(c).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    String modeFromDependents(AnnotatedText text, DependencyGraph g, List<Integer> triggers) {
        for (int t : triggers) {
            for (Dependency d : g.children(t)) {
                String mode = lexicon.modeOf(text.token(d.dependent()).lemma());
                if (mode != null) {
                    return mode;
                }
                for (int c : g.children(d.dependent(), "compound")) {
                    mode = lexicon.modeOf(text.token(c).lemma());
                    if (mode != null) {
                        return mode;
                    }
                }
            }
        }
        return null;
    }

    /** The nearest place phrase ("in Baghdad", "at Baghdad airport") under the event's triggers. */
    static ResolvedParticipant location(AnnotatedText text, DependencyGraph g, EventFrame f, EntitySet entities) {
        Deque<int[]> queue = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        for (int t : f.tokens()) {
            queue.add(new int[]{t, 0});
            seen.add(t);
        }
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            for (Dependency d : g.children(cur[0])) {
                int x = d.dependent();
                if (d.relation().startsWith("nsubj") || !seen.add(x)) {
                    continue;
                }
                if (hasCase(text, g, x, LOCATIVE_CASES)) {
                    ResolvedParticipant place = place(entities, g, x);
                    if (place != null) {
                        return place;
                    }
                }
                if (cur[1] < 4) {
                    queue.add(new int[]{x, cur[1] + 1});
                }
            }
        }
        return null;
    }

    /** A place entity heading {@code token}'s phrase or modifying it ("Baghdad airport"). */
    private static ResolvedParticipant place(EntitySet entities, DependencyGraph g, int token) {
        List<Integer> candidates = new ArrayList<>();
        candidates.add(token);
        candidates.addAll(g.children(token, "compound"));
        for (int c : candidates) {
            EntityMention m = entities.mentionAtToken(c);
            if (m == null) {
                continue;
            }
            Entity e = entities.byId(m.entityId());
            if (e.type() == EntityType.GPE || e.type() == EntityType.LOC) {
                Participant p = new Participant(e.name(), e.id(), entities.country(e.id()));
                return new ResolvedParticipant(p, m.span(), true);
            }
        }
        return null;
    }

    /** An infinitive clause the parser made adverbial: "called on Tehran to work with …". */
    static boolean isPurpose(AnnotatedText text, DependencyGraph g, int clause) {
        if (!g.relation(clause).equals("advcl")) {
            return false;
        }
        for (int m : g.children(clause, "mark")) {
            if (text.text(text.token(m)).equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }
}
