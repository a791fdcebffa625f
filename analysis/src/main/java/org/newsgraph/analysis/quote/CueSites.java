package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;

/**
 * Where an article's tokens are cues: the lexicon's cue words less those used as modifiers, the
 * phrase "according to" and the verbs of seeing something as something.
 */
final class CueSites {

    private final AnnotatedText text;
    private final CueLexicon cues;
    private final ParticipleModifier participles;

    CueSites(AnnotatedText text, CueLexicon cues) {
        this.text = text;
        this.cues = cues;
        this.participles = new ParticipleModifier(text);
    }

    /**
     * A cue verb, unless it is part of a hyphenated compound ("Iran-backed", "U.S.-led", "talk-radio",
     * "sought-after") or a participle modifying a noun ("pledged delegates", "a play called …").
     */
    boolean isCueAt(int t) {
        if (!cues.isCue(text.token(t))) {
            return false;
        }
        return !(t > 0 && text.token(t - 1).end() == text.token(t).start() && text.text(text.token(t - 1)).equals("-"))
                && !hyphenAfter(t) && !participles.at(t);
    }

    private boolean hyphenAfter(int t) {
        int end = text.token(t).end();
        return end < text.body().length() && text.body().charAt(end) == '-';
    }

    boolean isAccording(int t) {
        return t + 1 < text.tokens().size() && text.text(text.token(t)).equalsIgnoreCase("according")
                && text.text(text.token(t + 1)).equalsIgnoreCase("to");
    }

    /** A cue of a state of mind: a wish, plan or belief ("wanted", "decided", "expects"), not an act of saying. */
    boolean isStateOfMindAt(int t) {
        CueClass c = cues.classOf(text.token(t));
        return (c == CueClass.INTENTION || c == CueClass.THOUGHT) && isCueAt(t);
    }

    boolean isViewAt(int t) {
        return cues.classOf(text.token(t)) == CueClass.VIEW;
    }
}
