package org.newsgraph.analysis.event;

import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.EventDate;
import org.newsgraph.core.model.Participant;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/** The state of one event while its sentence is read: trigger, merged triggers, participants, place, time. */
final class EventFrame {

    final Sentence sentence;
    final DependencyGraph graph;
    final TriggerMatcher.Trigger trigger;
    final List<EventFrame> parts = new ArrayList<>();
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

    EventFrame(Sentence sentence, DependencyGraph graph, TriggerMatcher.Trigger trigger) {
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
