package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;

/**
 * A headline in title case, {@code Donald Trump Praises Breitbart's Political Editor}, where the
 * tagger reads every capitalised word as a proper noun and misses the cue verb: in the first
 * paragraph, when most words are capitalised, a word whose lower-cased form (less an -s, -es,
 * -ed or -ing ending) is a cue of the lexicon and that follows a name is the cue, the name before
 * it the source and the rest of the headline the content. Ranges are inclusive token indices.
 */
final class TitleCaseHeadline {

    /** The attribution of a title-case headline: source tokens {@code [sourceFirst, cue)} and the content. */
    record Turn(int sourceFirst, int cue, int[] content) {
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("for", "about", "on", "against", "of",
            "over", "out");

    private final AnnotatedText text;
    private final CueLexicon cues;
    private final int[] quotationOf;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     */
    TitleCaseHeadline(AnnotatedText text, CueLexicon cues, int[] quotationOf) {
        this.text = text;
        this.cues = cues;
        this.quotationOf = quotationOf;
    }

    /** The headline attribution in sentence {@code s}, or null. */
    Turn at(Sentence s) {
        String body = text.body();
        int firstBreak = body.indexOf('\n');
        if (firstBreak < 0 || s.start() > firstBreak) {
            return null;
        }
        int end = s.firstToken();
        int capitals = 0;
        int words = 0;
        while (end < s.endToken() && text.token(end).start() < firstBreak) {
            String w = text.text(text.token(end));
            if (Character.isLetter(w.charAt(0))) {
                words++;
                capitals += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
            end++;
        }
        if (words < 4 || capitals * 4 < words * 3) {
            return null; // not title case: the tagger reads the headline as a sentence
        }
        for (int t = s.firstToken() + 1; t < end - 1; t++) {
            Token k = text.token(t);
            if (quotationOf[t] >= 0 || !k.isProperNoun() && !k.isNoun() || !text.token(t - 1).isProperNoun()) {
                continue;
            }
            CueClass c = cues.classOf(stem(text.text(k)));
            if (c == null || c == CueClass.INTENTION || c == CueClass.VIEW) {
                continue;
            }
            int first = t - 1;
            while (first - 1 >= s.firstToken() && text.token(first - 1).isProperNoun() && quotationOf[first - 1] < 0) {
                first--;
            }
            int lo = t + 1;
            if (lo < end && PARTICLES.contains(text.lowerWord(lo))) {
                lo++; // "Calls for", "Speaks Out": the particle belongs to the cue
            }
            int hi = end - 1;
            while (hi > lo && isPunct(hi)) {
                hi--;
            }
            return hi - lo >= 1 ? new Turn(first, t, new int[]{lo, hi}) : null;
        }
        return null;
    }

    /** The lemma a capitalised headline verb stands for, if the lexicon knows one of its stems ("Praises" → "praise"). */
    private String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] candidates = {w, cut(w, "s"), cut(w, "es"), cut(w, "ed"), cut(w, "d"), cut(w, "ing"), cut(w, "ing") + "e",
                w.endsWith("ies") ? cut(w, "ies") + "y" : null};
        for (String c : candidates) {
            if (c != null && !c.isEmpty() && cues.classOf(c) != null) {
                return c;
            }
        }
        return null;
    }

    private static String cut(String w, String suffix) {
        return w.endsWith(suffix) && w.length() > suffix.length() + 2 ? w.substring(0, w.length() - suffix.length()) : null;
    }

    private boolean isPunct(int t) {
        String w = text.text(text.token(t));
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("!") || w.equals("?");
    }
}
