package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Speaker;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyGraph;

import java.util.HashSet;
import java.util.Set;

/**
 * The speaker of a found cue, from its parse where there is one and from token patterns where not.
 * It keeps the article's budget of parses the token mode may spend on subjects its patterns miss.
 */
final class CueSpeaker {

    private final AnnotatedText text;
    private final SubjectFinder subjects;
    private final SpeakerTracker tracker;
    private final CueSites cueSites;
    private final int[] quotationOf;
    /** How many sentences the token path may parse to find a subject it could not find by patterns. */
    private final int parseBudget;
    private final Set<Integer> parsed = new HashSet<>();

    CueSpeaker(AnnotatedText text, SubjectFinder subjects, SpeakerTracker tracker, CueSites cueSites,
               int[] quotationOf, int parseBudget) {
        this.text = text;
        this.subjects = subjects;
        this.tracker = tracker;
        this.cueSites = cueSites;
        this.quotationOf = quotationOf;
        this.parseBudget = parseBudget;
    }

    /**
     * The speaker of a cue: its subject; else a name right after it ({@code said Sarhang Hamasaeed})
     * or a name or pronoun right before it; else the subject of the clause the cue hangs from
     * ({@code Trump said, … calling Soleimani “…”}).
     */
    Speaker subjectOf(int cue, DependencyGraph g) {
        if (g == null) {
            int[] np = subjects.find(cue);
            if (np != null) {
                return tracker.resolve(np[0], null, text.span(np[1], np[2] + 1));
            }
            if (parseBudget <= 0) {
                return null;
            }
            // the one place the token path reads a parse: a subject the patterns could not find
            int sentence = text.token(cue).sentence();
            if (text.parsedSentenceCount() >= parseBudget && !parsed.contains(sentence)) {
                return null;
            }
            parsed.add(sentence);
            g = text.parse(sentence);
        }
        int c = cue;
        for (int steps = 0; steps < 5 && c >= 0; steps++) {
            if (c != cue && g.relation(cue).equals("xcomp") && g.head(cue) == c && !g.children(c, "obj").isEmpty()) {
                return tracker.resolve(g.children(c, "obj").get(0), g); // "forced Holt to admit": the object does it
            }
            // the subject of an intermediate clause that is neither a cue nor the main clause is not the speaker
            boolean speaks = c == cue || isCueAt(c) || g.head(c) < 0;
            for (int s : g.children(c, "nsubj")) {
                if (!speaks || g.relation(s).equals("nsubj:pass")
                        || (quotationOf[s] >= 0 && quotationOf[s] != quotationOf[cue])) {
                    continue;
                }
                return tracker.resolve(s, g);
            }
            if (c == cue) {
                int adjacent = subjects.adjacent(cue);
                if (adjacent >= 0) {
                    return tracker.resolve(adjacent, g);
                }
            }
            c = g.head(c);
        }
        // the parser missed the subject (", said one official in the chamber" read as an object): token patterns
        int[] np = subjects.find(cue);
        return np == null ? null : tracker.resolve(np[0], null, text.span(np[1], np[2] + 1));
    }

    private boolean isCueAt(int t) {
        return cueSites.isCueAt(t);
    }
}
