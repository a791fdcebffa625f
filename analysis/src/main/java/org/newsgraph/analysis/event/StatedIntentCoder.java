package org.newsgraph.analysis.event;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;

import java.util.List;
import java.util.Locale;

/**
 * Codes stated intentions the PLOVER way: what an actor says it will do is a promise (AGREE) or a
 * threat (THREATEN), what it says another must do is a demand (REQUEST).
 */
final class StatedIntentCoder {

    /**
     * PLOVER codes what an actor says it will do as a promise or a threat, and what it says another
     * must do as a demand: "Hungary said it will support …" is AGREE, "farmers said they would blockade
     * Paris" THREATEN, "Russia said Sudan must return …" REQUEST. The statement is a fact; the act is not.
     */
    void recode(AnnotatedText text, DependencyGraph g, EventFrame f, ParticipantResolver resolver,
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
        } else if (f.actor == null || f.actor.sameAs(speaker) || sameCountry(f.actor, speaker)) {
            // an official speaks for the state: "Portugal will support …, the Portuguese president said"
            if (f.actor == null) {
                f.actor = speaker;
            }
            boolean promise = f.type.isCooperative() || f.type == PloverType.RETREAT;
            // "will withdraw … unless …" is a threat whatever is offered
            f.type = promise && !conditional(text, g, clause) ? PloverType.AGREE : PloverType.THREATEN;
            f.modality = null;
        }
    }

    private static boolean sameCountry(ResolvedParticipant a, ResolvedParticipant b) {
        String x = a.participant().country();
        return x != null && x.equals(b.participant().country());
    }

    /** The clause or a clause under it is a condition ("unless the president agrees to step down"). */
    private static boolean conditional(AnnotatedText text, DependencyGraph g, int clause) {
        for (Dependency d : g.children(clause)) {
            for (int m : g.children(d.dependent(), "mark")) {
                String w = text.lowerWord(m);
                if (w.equals("unless") || w.equals("if")) {
                    return true;
                }
            }
        }
        return false;
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
}
