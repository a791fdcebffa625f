package org.newsgraph.analysis.event;

import org.newsgraph.analysis.AnalysisContext;
import org.newsgraph.analysis.EventExtractor;
import org.newsgraph.analysis.entity.EntityMention;
import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.analysis.entity.KnownNames;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.EventDate;
import org.newsgraph.core.model.Participant;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.time.DateMention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The standard event stage: finds PLOVER event triggers with the shipped lexicon, parses only the
 * sentences that have one, and reads actor, recipients, location, date and modality off the
 * dependency tree. Triggers of one event ("killed in an airstrike", "the airstrike that killed")
 * are merged; an event that is the content of another ("threatened to shell") is left to it.
 *
 * <pre>{@code
 * List<Event> events = new PloverEventExtractor().extract(context, quotes);
 * }</pre>
 */
public final class PloverEventExtractor implements EventExtractor {

    /** Prepositions that introduce the target of an act, most telling first. */
    private static final List<String> TARGET_CASES = List.of("against", "on", "upon", "at", "to", "toward",
            "towards", "with", "into", "for", "from");
    private static final List<String> NOMINAL_TARGET_CASES = List.of("against", "on", "upon", "at", "to", "toward",
            "towards", "with", "of");
    /** Prepositions under which a nominal event is the means of the verb's act, not its cause or time. */
    private static final Set<String> INSTRUMENT_CASES = Set.of("in", "with", "by", "through", "during");
    private static final Set<String> LOCATIVE_CASES = Set.of("in", "at", "near", "outside", "inside", "across",
            "throughout", "around");
    /** Types whose negation is a refusal: "will not accept" is a REJECT. */
    private static final Set<PloverType> COOPERATIVE = Set.of(PloverType.AGREE, PloverType.SUPPORT,
            PloverType.CONCEDE, PloverType.COOPERATE, PloverType.AID, PloverType.CONSULT);
    private static final int MAX_CLIMB = 3;
    /**
     * Default parse budget: the share of sentences parsed per article. Chosen so that the stage adds
     * about a quarter to the time of {@code analyze} on news (measured on VOA stories; see the README
     * of this package's tests).
     */
    public static final double DEFAULT_PARSE_SHARE = 0.2;
    private static final int MIN_PARSES = 3;

    private final EventLexicon lexicon;
    private final KnownNames known;
    private final TriggerMatcher matcher;
    private final double parseShare;

    /**
     * The shipped lexicon and names, with the parse budget of system property
     * {@code newsgraph.events.parseShare} (default {@value #DEFAULT_PARSE_SHARE}).
     */
    public PloverEventExtractor() {
        this(EventLexicon.defaults(), KnownNames.defaults(), configuredShare());
    }

    private static double configuredShare() {
        String v = System.getProperty("newsgraph.events.parseShare");
        try {
            return v == null ? DEFAULT_PARSE_SHARE : Math.max(0, Math.min(1, Double.parseDouble(v)));
        } catch (NumberFormatException e) {
            return DEFAULT_PARSE_SHARE;
        }
    }

    /**
     * @param parseShare the largest share of an article's sentences to parse (1 parses every sentence
     *                   that may hold an event); parsing dominates the cost of this stage
     */
    public PloverEventExtractor(EventLexicon lexicon, KnownNames known, double parseShare) {
        this.lexicon = lexicon;
        this.known = known;
        this.matcher = new TriggerMatcher(lexicon);
        this.parseShare = parseShare;
    }

    @Override
    public List<Event> extract(AnalysisContext context, List<Quote> quotes) {
        return mentions(context, quotes).stream().map(EventMention::event).toList();
    }

    /** The events with the phrases their participants were read from, in text order. */
    public List<EventMention> mentions(AnalysisContext context, List<Quote> quotes) {
        AnnotatedText text = context.text();
        ParticipantResolver participants = new ParticipantResolver(context, known, lexicon);
        ModalityDetector modality = new ModalityDetector(text);
        EventDater dater = new EventDater(context);
        List<Frame> all = new ArrayList<>();
        for (Sentence s : worthParsing(text, context.entities(), context.timex())) {
            DependencyGraph g = text.parse(s.index());
            List<TriggerMatcher.Trigger> triggers = matcher.find(text, context.entities(), s, g);
            if (triggers.isEmpty()) {
                continue;
            }
            List<Frame> frames = new ArrayList<>();
            for (TriggerMatcher.Trigger t : triggers) {
                frames.add(new Frame(s, g, t));
            }
            mergeAndSuppress(text, g, frames, participants);
            for (Frame f : frames) {
                if (f.alive) {
                    fill(text, context.entities(), g, f, participants, modality, dater);
                    all.add(f);
                }
            }
        }
        all.sort(Comparator.comparingInt(f -> f.trigger.token()));
        List<EventMention> out = new ArrayList<>();
        int n = 0;
        for (Frame f : all) {
            out.add(f.toMention("v" + (++n), text, quotes));
        }
        return out;
    }

    /**
     * The sentences to parse, in text order: every sentence that may hold an event while they are few,
     * else the most promising ones up to the parse budget (verb triggers with a named actor before
     * them first, earlier sentences before later ones).
     */
    private List<Sentence> worthParsing(AnnotatedText text, EntitySet entities, List<DateMention> timex) {
        List<Sentence> candidates = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        java.util.function.Predicate<Sentence> hasDate = s -> timex.stream().anyMatch(m -> s.span().contains(m.span()));
        for (Sentence s : text.sentences()) {
            int score = matcher.score(text, entities, s);
            // a repeated sentence (a caption printed twice) reports nothing new
            if (score > 0 && seen.add(s.span().text(text.body()))) {
                candidates.add(s);
                scores.add(score + (hasDate.test(s) ? 1 : 0) - (opensQuote(text, s) ? 2 : 0));
            }
        }
        int budget = Math.max(MIN_PARSES, (int) Math.ceil(parseShare * text.sentences().size()));
        if (candidates.size() <= budget) {
            return candidates;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -scores.get(i)).thenComparingInt(i -> i));
        List<Sentence> chosen = new ArrayList<>();
        for (int i : order.subList(0, budget)) {
            chosen.add(candidates.get(i));
        }
        chosen.sort(Comparator.comparingInt(Sentence::index));
        return chosen;
    }

    /** Opinion and forecast live in quotations; reported events mostly outside them. */
    private static boolean opensQuote(AnnotatedText text, Sentence s) {
        String first = text.text(text.token(s.firstToken()));
        return first.equals("“") || first.equals("\"") || first.equals("``");
    }

    /** The state of one event while its sentence is read. */
    private static final class Frame {
        final Sentence sentence;
        final DependencyGraph graph;
        final TriggerMatcher.Trigger trigger;
        final List<Frame> parts = new ArrayList<>();
        PloverType type;
        String mode;
        boolean alive = true;
        ResolvedParticipant actor;
        final List<ResolvedParticipant> coActors = new ArrayList<>();
        final List<ResolvedParticipant> recipients = new ArrayList<>();
        ResolvedParticipant location;
        EventDate date;
        String modality;
        int depth;

        Frame(Sentence sentence, DependencyGraph graph, TriggerMatcher.Trigger trigger) {
            this.sentence = sentence;
            this.graph = graph;
            this.trigger = trigger;
            this.type = trigger.entry().type();
            this.mode = trigger.entry().mode();
            int d = 0;
            for (int t = trigger.token(); graph.head(t) >= 0 && d < 100; t = graph.head(t)) {
                d++;
            }
            this.depth = d;
        }

        int token() {
            return trigger.token();
        }

        boolean verb() {
            return trigger.entry().verb();
        }

        List<Integer> tokens() {
            List<Integer> out = new ArrayList<>();
            out.add(token());
            parts.forEach(p -> out.add(p.token()));
            return out;
        }

        EventMention toMention(String id, AnnotatedText text, List<Quote> quotes) {
            Span triggerSpan = text.token(token()).span();
            String reportedBy = null;
            for (Quote q : quotes) {
                if (q.content() != null && q.content().contains(triggerSpan) && q.speaker() != null) {
                    reportedBy = q.speaker().name();
                    break;
                }
            }
            List<Participant> rec = new ArrayList<>();
            List<Span> recSpans = new ArrayList<>();
            for (ResolvedParticipant r : recipients) {
                rec.add(r.participant());
                recSpans.add(r.span());
            }
            List<Span> actorSpans = new ArrayList<>();
            if (actor != null) {
                actorSpans.add(actor.span());
            }
            for (ResolvedParticipant c : coActors) {
                actorSpans.add(c.span());
                if (recipients.isEmpty() && type.isReciprocal()) {
                    rec.add(c.participant()); // "Kenya and Uganda agreed": each party is the other's recipient
                }
            }
            Event e = new Event(id, type.name(), mode, sentence.span(), triggerSpan,
                    actor == null ? null : actor.participant(), rec,
                    location == null ? null : location.participant(), date, modality, reportedBy);
            return new EventMention(e, actorSpans, recSpans, depth);
        }
    }

    /**
     * Merges the triggers of one event (same type, one governing the other) and drops triggers that
     * are the content of another event ("agreed to cooperate", "stopped its attacks").
     */
    private static void mergeAndSuppress(AnnotatedText text, DependencyGraph g, List<Frame> frames,
                                         ParticipantResolver resolver) {
        List<Frame> deepestFirst = new ArrayList<>(frames);
        deepestFirst.sort(Comparator.comparingInt((Frame f) -> -f.depth));
        for (Frame c : deepestFirst) {
            int antecedent = -1;
            Integer relative = c.verb() ? relativeSubject(text, g, c.token()) : null;
            if (relative != null) {
                antecedent = resolver.relativeAntecedent(g, relative);
            }
            for (Frame p : frames) {
                if (p == c || !p.alive) {
                    continue;
                }
                if (p.type == c.type && (g.head(c.token()) == p.token() || antecedent == p.token())) {
                    absorb(p, c);
                    break;
                }
                if (p.type != c.type && isContentOf(text, g, c.token(), p.token())) {
                    c.alive = false;
                    break;
                }
            }
        }
    }

    private static void absorb(Frame parent, Frame child) {
        child.alive = false;
        parent.parts.add(child);
        parent.parts.addAll(child.parts);
        if (parent.mode == null) {
            parent.mode = child.mode;
        }
    }

    /** True when {@code c} is the object or complement of {@code p}, possibly through "all of". */
    private static boolean isContentOf(AnnotatedText text, DependencyGraph g, int c, int p) {
        int t = c;
        for (int steps = 0; steps < MAX_CLIMB && t >= 0; steps++) {
            String rel = g.relation(t);
            int up = g.head(t);
            if (up == p) {
                return rel.equals("obj") || rel.equals("xcomp") || rel.equals("ccomp") || isPurpose(text, g, t);
            }
            if (!(rel.equals("nmod") || rel.equals("obj") || rel.equals("xcomp"))) {
                return false;
            }
            t = up;
        }
        return false;
    }

    /** An infinitive clause the parser made adverbial: "called on Tehran to work with …". */
    private static boolean isPurpose(AnnotatedText text, DependencyGraph g, int clause) {
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

    private void fill(AnnotatedText text, EntitySet entities, DependencyGraph g, Frame f, ParticipantResolver resolver,
                      ModalityDetector modality, EventDater dater) {
        if (f.verb()) {
            verbArguments(text, g, f, resolver);
        } else {
            nounArguments(text, g, f, resolver);
        }
        for (Frame part : f.parts) {
            // a merged trigger fills what the main one lacks ("the U.S. airstrike that killed X")
            Frame tmp = new Frame(part.sentence, g, part.trigger);
            if (tmp.verb()) {
                verbArguments(text, g, tmp, resolver);
            } else {
                nounArguments(text, g, tmp, resolver);
            }
            if (f.actor == null) {
                f.actor = tmp.actor;
            }
            for (ResolvedParticipant r : tmp.recipients) {
                addRecipient(f, r);
            }
        }
        if (f.type == PloverType.ASSAULT && f.mode == null) {
            f.mode = modeFromDependents(text, g, f.tokens());
        }
        f.location = location(text, g, f, entities);
        List<Integer> anchors = f.tokens();
        Integer relative = f.verb() ? relativeSubject(text, g, f.token()) : null;
        if (relative != null && resolver.relativeAntecedent(g, relative) >= 0) {
            anchors.add(resolver.relativeAntecedent(g, relative)); // "a resolution (passed Friday) that asked"
        }
        f.date = dater.date(f.sentence, g, anchors);
        f.modality = modality.modality(g, f.token(), f.verb());
        recodeStatedIntent(text, g, f, resolver, modality);
        if (ModalityDetector.NEGATED.equals(f.modality) && COOPERATIVE.contains(f.type)
                && !modality.conditional(g, f.token())) {
            f.type = PloverType.REJECT; // "will not accept refugees" is a refusal, and a fact
            f.modality = null;
        }
    }

    /**
     * PLOVER codes what an actor says it will do as a promise or a threat, and what it says another
     * must do as a demand: "Hungary said it will support …" is AGREE, "farmers said they would blockade
     * Paris" THREATEN, "Russia said Sudan must return …" REQUEST. The statement is a fact; the act is not.
     */
    private void recodeStatedIntent(AnnotatedText text, DependencyGraph g, Frame f, ParticipantResolver resolver,
                                    ModalityDetector modality) {
        if (!(ModalityDetector.FUTURE.equals(f.modality) || ModalityDetector.HYPOTHETICAL.equals(f.modality))) {
            return;
        }
        int clause = f.verb() ? f.token() : g.head(f.token());
        if (clause < 0) {
            return;
        }
        boolean must = modality.obligation(g, clause);
        while (g.head(clause) >= 0 && (g.relation(clause).equals("xcomp") || g.relation(clause).equals("conj"))) {
            clause = g.head(clause);
            must |= modality.obligation(g, clause);
        }
        Integer speakerToken = speakerOf(text, g, clause);
        if (speakerToken == null) {
            return;
        }
        ResolvedParticipant speaker = resolver.resolve(g, speakerToken, false);
        if (speaker == null) {
            return;
        }
        if (must) {
            if (f.actor != null && !f.actor.sameAs(speaker)) {
                f.recipients.clear();
                f.recipients.add(f.actor);
            }
            f.actor = speaker;
            f.type = PloverType.REQUEST;
            f.modality = null;
        } else if (f.actor == null || f.actor.sameAs(speaker)) {
            f.actor = speaker;
            f.type = COOPERATIVE.contains(f.type) || f.type == PloverType.RETREAT || f.type == PloverType.AGREE
                    ? PloverType.AGREE : PloverType.THREATEN;
            f.modality = null;
        }
    }

    /** Who reports the clause: the subject of the communication verb it complements or that hangs from it. */
    private static Integer speakerOf(AnnotatedText text, DependencyGraph g, int clause) {
        int cue = -1;
        if (g.relation(clause).equals("ccomp") && g.head(clause) >= 0) {
            cue = g.head(clause);
        } else {
            for (Dependency d : g.children(clause)) {
                if ((d.relation().equals("parataxis") || d.relation().equals("ccomp") || d.relation().equals("dep"))
                        && d.dependent() > clause) {
                    cue = d.dependent();
                }
            }
        }
        if (cue < 0 || !ParticipantResolver.COMMUNICATION.contains(text.token(cue).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<Integer> subjects = g.children(cue, "nsubj");
        return subjects.isEmpty() ? null : subjects.get(0);
    }

    private void verbArguments(AnnotatedText text, DependencyGraph g, Frame f, ParticipantResolver resolver) {
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

    private void nounArguments(AnnotatedText text, DependencyGraph g, Frame f, ParticipantResolver resolver) {
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
    private void chooseRecipients(AnnotatedText text, DependencyGraph g, Frame f, ParticipantResolver resolver,
                                  List<Integer> candidates, boolean verb) {
        for (int pass = 0; pass < 2 && f.recipients.isEmpty(); pass++) {
            chooseRecipients(text, g, f, resolver, candidates, verb, pass == 0);
        }
    }

    /** Named recipients first; only then a plural common noun object ("arrested twelve activists"). */
    private void chooseRecipients(AnnotatedText text, DependencyGraph g, Frame f, ParticipantResolver resolver,
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

    private static void addRecipient(Frame f, ResolvedParticipant r) {
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
    private static Integer relativeSubject(AnnotatedText text, DependencyGraph g, int verb) {
        List<Integer> subjects = g.children(verb, "nsubj");
        if (!subjects.isEmpty()) {
            int s = subjects.get(0);
            return ParticipantResolver.RELATIVE.contains(text.text(text.token(s)).toLowerCase(Locale.ROOT)) ? s : null;
        }
        int first = text.sentences().get(text.token(verb).sentence()).firstToken();
        for (int i = verb - 1; i >= first; i--) {
            String tag = text.token(i).tag();
            if (tag.startsWith("RB") || tag.equals("MD") || tag.startsWith("VB")) {
                continue; // "that also killed", "which has been fired"
            }
            String w = text.text(text.token(i)).toLowerCase(Locale.ROOT);
            return ParticipantResolver.RELATIVE.contains(w) && (tag.startsWith("W") || tag.equals("IN")) ? i : null;
        }
        return null;
    }

    /** The agent of a passive: the "by" phrase. */
    private static Integer byPhrase(AnnotatedText text, DependencyGraph g, int head) {
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

    private static boolean hasCase(AnnotatedText text, DependencyGraph g, int token, Set<String> cases) {
        for (int c : g.children(token, "case")) {
            if (cases.contains(text.token(c).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private String modeFromDependents(AnnotatedText text, DependencyGraph g, List<Integer> triggers) {
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
    private static ResolvedParticipant location(AnnotatedText text, DependencyGraph g, Frame f, EntitySet entities) {
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
}
