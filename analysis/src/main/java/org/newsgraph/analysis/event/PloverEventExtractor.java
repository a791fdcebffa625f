package org.newsgraph.analysis.event;

import org.newsgraph.analysis.AnalysisContext;
import org.newsgraph.analysis.EventExtractor;
import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.analysis.entity.KnownNames;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Quote;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    private static final int MAX_CLIMB = 3;
    /**
     * Default parse budget: the largest share of an article's tokens that is parsed (in windows of the
     * likeliest sentences, at least three of them). Parsing a token costs about what tokenising,
     * tagging and entity recognition of it cost together (with {@code nlp.ArcStandardParser}; several
     * times that with CoreNLP's own parser), so the budget bounds the stage's time; at 0.14 the
     * sentences reporting an article's main events still make it (measured on VOA stories and the
     * example article, which needs 0.135), and events add ~10% to analysis time.
     */
    public static final double DEFAULT_PARSE_SHARE = 0.14;

    /**
     * Tokens parsed before and after a sentence's likeliest trigger (system properties
     * {@code newsgraph.events.windowLeft}/{@code windowRight}; a left of 0 parses whole sentences).
     * Actors stand before the trigger, often behind long subjects, and the target, place and date
     * within a few tokens after it; trailing attributions and background are left unparsed. Tuned
     * on PLOVER-style sentences: 20 before costs actor recall, 12 after adds nothing over 8.
     */
    public static final int WINDOW_LEFT = 25;
    public static final int WINDOW_RIGHT = 8;

    private final EventLexicon lexicon;
    private final KnownNames known;
    private final TriggerMatcher matcher;
    private final ParseBudget budget;
    private final ArgumentReader arguments;
    private final StatedIntentCoder intents = new StatedIntentCoder();

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
     * @param parseShare the largest share of an article's tokens to parse (1 parses every sentence
     *                   that may hold an event); parsing dominates the cost of this stage
     */
    public PloverEventExtractor(EventLexicon lexicon, KnownNames known, double parseShare) {
        this.lexicon = lexicon;
        this.known = known;
        this.matcher = new TriggerMatcher(lexicon);
        this.budget = new ParseBudget(matcher, new ParseWindow(Integer.getInteger("newsgraph.events.windowLeft", WINDOW_LEFT),
                Integer.getInteger("newsgraph.events.windowRight", WINDOW_RIGHT)), parseShare);
        this.arguments = new ArgumentReader(lexicon);
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
        List<EventFrame> all = new ArrayList<>();
        for (ParseBudget.Planned planned : budget.select(text, context.entities(), context.timex())) {
            Sentence s = planned.sentence();
            int[] w = {planned.first(), planned.end()};
            DependencyGraph g = text.parseWindow(s.index(), w[0], w[1]);
            // a trigger outside the window has no parse to read
            List<TriggerMatcher.Trigger> triggers = matcher.find(text, context.entities(), s, g).stream()
                    .filter(t -> t.token() >= w[0] && t.token() < w[1]).toList();
            if (triggers.isEmpty()) {
                continue;
            }
            List<EventFrame> frames = new ArrayList<>();
            for (TriggerMatcher.Trigger t : triggers) {
                frames.add(new EventFrame(s, g, t));
            }
            mergeAndSuppress(text, g, frames, participants);
            for (EventFrame f : frames) {
                if (f.alive) {
                    fill(text, context.entities(), g, f, participants, modality, dater);
                    all.add(f);
                }
            }
        }
        all.sort(Comparator.comparingInt(f -> f.trigger.token()));
        List<EventMention> out = new ArrayList<>();
        int n = 0;
        for (EventFrame f : all) {
            out.add(f.toMention("v" + (++n), text, quotes));
        }
        return out;
    }

    /**
     * Merges the triggers of one event (same type, one governing the other) and drops triggers that
     * are the content of another event ("agreed to cooperate", "stopped its attacks").
     */
    private static void mergeAndSuppress(AnnotatedText text, DependencyGraph g, List<EventFrame> frames,
                                         ParticipantResolver resolver) {
        List<EventFrame> deepestFirst = new ArrayList<>(frames);
        deepestFirst.sort(Comparator.comparingInt((EventFrame f) -> -f.depth));
        for (EventFrame c : deepestFirst) {
            int antecedent = -1;
            Integer relative = c.verb() ? ArgumentReader.relativeSubject(text, g, c.token()) : null;
            if (relative != null) {
                antecedent = resolver.relativeAntecedent(g, relative);
            }
            for (EventFrame p : frames) {
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

    private static void absorb(EventFrame parent, EventFrame child) {
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
                return rel.equals("obj") || rel.equals("xcomp") || rel.equals("ccomp") || ArgumentReader.isPurpose(text, g, t);
            }
            if (!(rel.equals("nmod") || rel.equals("obj") || rel.equals("xcomp"))) {
                return false;
            }
            t = up;
        }
        return false;
    }


    private void fill(AnnotatedText text, EntitySet entities, DependencyGraph g, EventFrame f, ParticipantResolver resolver,
                      ModalityDetector modality, EventDater dater) {
        if (f.verb()) {
            arguments.verbArguments(text, g, f, resolver);
        } else {
            arguments.nounArguments(text, g, f, resolver);
        }
        for (EventFrame part : f.parts) {
            // a merged trigger fills what the main one lacks ("the U.S. airstrike that killed X")
            EventFrame tmp = new EventFrame(part.sentence, g, part.trigger);
            if (tmp.verb()) {
                arguments.verbArguments(text, g, tmp, resolver);
            } else {
                arguments.nounArguments(text, g, tmp, resolver);
            }
            if (f.actor == null) {
                f.actor = tmp.actor;
            }
            for (ResolvedParticipant r : tmp.recipients) {
                arguments.addRecipient(f, r);
            }
        }
        if (f.type == PloverType.ASSAULT && f.mode == null) {
            f.mode = arguments.modeFromDependents(text, g, f.tokens());
        }
        f.location = arguments.location(text, g, f, entities);
        List<Integer> anchors = f.tokens();
        Integer relative = f.verb() ? ArgumentReader.relativeSubject(text, g, f.token()) : null;
        if (relative != null && resolver.relativeAntecedent(g, relative) >= 0) {
            anchors.add(resolver.relativeAntecedent(g, relative)); // "a resolution (passed Friday) that asked"
        }
        f.date = dater.date(f.sentence, g, anchors);
        f.modality = modality.modality(g, f.token(), f.verb());
        intents.recode(text, g, f, resolver, modality);
        if (ModalityDetector.NEGATED.equals(f.modality) && f.type.isCooperative()
                && !modality.conditional(g, f.token())) {
            f.type = PloverType.REJECT; // "will not accept refugees" is a refusal, and a fact
            f.modality = null;
        }
    }

}
