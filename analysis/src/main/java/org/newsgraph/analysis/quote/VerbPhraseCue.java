package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Speaker;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reporting cues made of a common verb and fixed words, whose verb alone reports nothing:
 * {@code took issue with the plan}, {@code made the case for a tax}, {@code made the case that …},
 * {@code made (it) clear that …}, {@code laid out her plan}, and phrasal verbs of stance
 * ({@code lashed out at the board}, {@code shrugged off the risk}). Each is marked as a cue in about
 * half or more of its occurrences in PolNeAR train ("take issue with" 5 of 5, "make the case" 9 of 12,
 * "make clear" 28 of 49, "lay out" 14 of 29; the phrasal verbs at {@link #PHRASES}). The content is the object or the "that" clause after the
 * phrase; the speaker is the verb's subject and must be found, as for the object of a framing verb.
 */
final class VerbPhraseCue {

    /** A verb lemma, the words that must follow it, and whether a "that" clause (else an object) follows. */
    private record Phrase(String lemma, List<String> words, boolean clause) {
    }

    private static final List<Phrase> PHRASES = List.of(
            new Phrase("take", List.of("issue", "with"), false),
            new Phrase("make", List.of("the", "case", "for"), false),
            new Phrase("make", List.of("the", "case", "that"), true),
            new Phrase("make", List.of("clear", "that"), true),
            new Phrase("make", List.of("it", "clear", "that"), true),
            new Phrase("lay", List.of("out"), false),
            // phrasal verbs of stance with their object (train, marked as a cue / occurrences): "lashed out
            // at" 6/6, "doubled down on" 9/15, "came out for/against/in support of" 11/19, "shrugged off"
            // 7/15, "brushed aside/off" 6/9, "singled out" 5/7; left out as their quotes matched gold in
            // under 0.4 of uses on train: "took aim at" (5/7 marked, 1/5 matched), "played down" (1/6)
            new Phrase("lash", List.of("out", "at"), false),
            new Phrase("double", List.of("down", "on"), false),
            new Phrase("come", List.of("out", "against"), false),
            new Phrase("come", List.of("out", "for"), false),
            new Phrase("come", List.of("out", "in", "support", "of"), false),
            new Phrase("shrug", List.of("off"), false),
            new Phrase("brush", List.of("aside"), false),
            new Phrase("brush", List.of("off"), false),
            new Phrase("single", List.of("out"), false),
            // "agreed with the analysis", "agree with him on trade": a stance on what someone else holds
            // (train: 16 of 38 marked as a cue, 16 of 27 outside quotations)
            new Phrase("agree", List.of("with"), false),
            // a verb with the preposition that takes its topic (train, marked / occurrences): "hinted at" 6/8,
            // "touched on" 3/5, "sided with" 5/10, "weighed in on" 3/7, "balked at" 5/6, "pushed for" 13/20; left out as their quotes
            // matched gold in under 0.4 of uses: "zeroed in on" (1 of 5), "dwelled on" (0 of 2; 0 of 3 as a lexicon
            // cue); "pounced on" (2 of 8 here) is a framing verb of the lexicon, whose object matched 5 of 8
            new Phrase("hint", List.of("at"), false),
            new Phrase("balk", List.of("at"), false),
            new Phrase("push", List.of("for"), false),
            new Phrase("touch", List.of("on"), false),
            new Phrase("side", List.of("with"), false),
            new Phrase("weigh", List.of("in", "on"), false),
            // "did not respond to a request for comment", "responded to the charges" (train: 46 of 98 marked;
            // as a participle only 2 of 13 of its quotes matched: see PARTICIPLE_ADJUNCTS)
            new Phrase("respond", List.of("to"), false));

    /**
     * Verbs whose participle opens an adjunct of another cue ("Responding to the criticism, she said …",
     * "…, responding to a question"): only a finite or bare form is the cue.
     */
    private static final Set<String> PARTICIPLE_ADJUNCTS = Set.of("respond");

    /** Modals before "like to" that make it a wish: "would like to", "'d like to" (not "like to", a habit). */
    private static final Set<String> WISH_MODALS = Set.of("would", "'d");

    private final AnnotatedText text;
    private final int[] quotationOf;
    private final TokenRanges ranges;
    private final ObjectClause objectClause;
    private final ClauseEnd clauseEnd;
    private final CueSpeaker speakers;
    private final FoundQuotes found;
    private final java.util.Set<Integer> usedCues;

    VerbPhraseCue(AttributionContext c) {
        this.text = c.text();
        this.quotationOf = c.marks().quotationOf;
        this.ranges = c.ranges();
        this.objectClause = new ObjectClause(c.text());
        this.clauseEnd = c.clauseEnd();
        this.speakers = c.speakers();
        this.found = c.found();
        this.usedCues = c.usedCues();
    }

    /** A verb outside quotations followed by the fixed words of a cue phrase. */
    boolean isAt(int t) {
        return phraseAt(t) != null || wishAt(t);
    }

    /**
     * Adds the attribution of the cue phrase whose verb is at {@code t}, if it has content and a
     * speaker; returns whether it did.
     */
    boolean attribute(int t, DependencyGraph g) {
        if (wishAt(t)) {
            return wish(t, text.sentenceOf(t), g);
        }
        Phrase p = phraseAt(t);
        return p != null && add(t, p, t + 1 + p.words().size(), text.sentenceOf(t), g);
    }

    /**
     * "would like to" / "'d like to" with its infinitive ("The mayor would like to close the bridge"): a
     * wish, as "wants to" is (train: 16 of 28 marked as a cue outside quotations). Adverbs may stand
     * between the modal and "like" ("would also like to", "would not like to").
     */
    private boolean wishAt(int t) {
        Token v = text.token(t);
        if (quotationOf[t] >= 0 || !text.lowerWord(t).equals("like") || !v.tag().startsWith("VB")) {
            return false;
        }
        Sentence s = text.sentences().get(v.sentence());
        if (t + 2 >= s.endToken() || !text.lowerWord(t + 1).equals("to") || quotationOf[t + 1] >= 0
                || !text.token(t + 2).tag().equals("VB")) {
            return false;
        }
        int k = t - 1;
        while (k >= s.firstToken() && text.token(k).tag().equals("RB")) {
            k--;
        }
        return k >= s.firstToken() && quotationOf[k] < 0 && WISH_MODALS.contains(text.lowerWord(k).replace('\u2019', '\''));
    }

    /** The wish at {@code t}: its infinitive from "to", attributed as an intention to the subject. */
    private boolean wish(int t, Sentence s, DependencyGraph g) {
        int[] range = ranges.trim(t + 1, s.endToken() - 1);
        if (range == null || ranges.coversDirect(range[0], range[1])) {
            return false;
        }
        int hi = ranges.cutAtNextAttribution(range[0], range[1]);
        int end = clauseEnd.end(range[0], hi, false);
        if (end - range[0] < 1) {
            return false;
        }
        Speaker sp = speakers.subjectOf(t, g);
        if (sp == null) {
            return false;
        }
        QuoteKind kind = ranges.containsQuotation(range[0], end) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(t);
        found.add(new Found(kind, text.span(range[0], end + 1), sp, text.token(t).span(), t), Attribution.INTENTION);
        return true;
    }

    private Phrase phraseAt(int t) {
        Token v = text.token(t);
        if (!v.isVerb() || v.lemma() == null || quotationOf[t] >= 0) {
            return null;
        }
        Sentence s = text.sentences().get(v.sentence());
        String lemma = v.lemma().toLowerCase(Locale.ROOT);
        if (v.tag().equals("VBG") && PARTICIPLE_ADJUNCTS.contains(lemma)) {
            return null;
        }
        for (Phrase p : PHRASES) {
            if (p.lemma().equals(lemma) && follows(t + 1, p.words(), s)) {
                return p;
            }
        }
        return null;
    }

    private boolean add(int t, Phrase p, int after, Sentence s, DependencyGraph g) {
        int lo = p.clause() ? after - 1 : after; // the clause keeps its "that", as after "said that"
        int hi = p.clause() ? s.endToken() - 1 : objectEnd(after, s);
        if (hi < lo || p.clause() && !ranges.subjectBeforeFinite(lo + 1, hi)) {
            return false;
        }
        int[] r = ranges.trim(lo, hi);
        if (r == null || ranges.coversDirect(r[0], r[1])) {
            return false;
        }
        int end = clauseEnd.end(r[0], ranges.cutAtNextAttribution(r[0], r[1]), !p.clause());
        Speaker sp = speakers.subjectOf(t, g);
        if (sp == null) {
            return false;
        }
        QuoteKind kind = ranges.containsQuotation(r[0], end) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(t);
        found.add(new Found(kind, text.span(r[0], end + 1), sp, text.span(t, lo), t), Attribution.SPEECH);
        return true;
    }

    /**
     * The last token of the object after a phrase: up to a clause boundary, a quotation or a finite
     * verb that is not of a clause opened inside the object ("agreed with the mayor that the pier was …").
     */
    private int objectEnd(int lo, Sentence s) {
        int hi = lo;
        boolean embedded = false;
        while (hi < s.endToken() && !ranges.isEdgePunct(hi) && quotationOf[hi] < 0) {
            embedded |= objectClause.opensAt(hi, lo);
            if (!embedded && SubjectFinder.isFinite(text.token(hi))) {
                break;
            }
            hi++;
        }
        return hi - 1;
    }

    private boolean follows(int from, List<String> words, Sentence s) {
        if (from + words.size() > s.endToken()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (quotationOf[from + i] >= 0 || !text.text(text.token(from + i)).equalsIgnoreCase(words.get(i))) {
                return false;
            }
        }
        return true;
    }
}
