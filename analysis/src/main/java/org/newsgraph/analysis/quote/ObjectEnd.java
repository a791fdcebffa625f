package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Where a nominal content ends: the object a verb of saying or framing reports ({@code rejected
 * [that argument] in a ruling issued Friday}, {@code attacked [the mayor] in late-night
 * posts}). The noun phrase keeps its own modifiers (of- and other prepositional phrases, relative
 * clauses); what follows it and belongs to the verb's event is cut: an adjunct of time or of the
 * medium the words came in ("on social media"), a reason ("because …"), a "when", "until" or "though" clause, the means ({@code
 * attacked [the mayor] by citing …}) or purpose ("in order to …") of the act, the one it was said through
 * ({@code rejected [the claim] through her lawyer}); a time only when nothing but
 * such adjuncts follows it ({@code criticized [the mayor on Monday over his budget]} keeps the topic); after a
 * pronoun, any phrase of place or means ({@code opposed [him] on Capitol Hill}). An "as" phrase and an
 * infinitive after the object stay: news uses them more often as the object's complement
 * ("described him as …", "a plan to …"). Once a clause has opened inside the object ("remarks
 * Jones had made about … last spring", "how the agency could …"), later adjuncts are that clause's
 * own and stay. Ranges are inclusive token indices.
 */
final class ObjectEnd {

    /** Prepositions that open an adjunct of the cue's event, never a modifier of its object. */
    private static final Set<String> EVENT_PREPOSITIONS = Set.of("during", "after", "before", "since", "via",
            "amid", "when", "while", "despite", "because", "until", "although", "though");
    /** Prepositions that open a time or medium adjunct when their noun phrase names one. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at");
    /** Heads of a phrase naming the medium or occasion of the words ("in a statement", "on Twitter"). */
    private static final Set<String> MEDIA = Set.of("statement", "interview", "tweet", "speech", "ruling",
            "letter", "email", "e-mail", "op-ed", "post", "video", "ad", "appearance", "rally", "conference",
            "call", "broadcast", "diatribe", "remark", "hearing", "debate", "forum",
            "radio", "television", "tv", "twitter", "facebook", "instagram", "memo", "column", "editorial", "essay",
            "briefing", "filing", "testimony", "podcast", "episode", "segment", "tirade", "rant", "blog",
            "announcement", "media", "news", "website");

    /** Pronouns in the object case: whole noun phrases that no prepositional phrase modifies. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "it", "me", "us");
    /** Prepositions that, after such a pronoun, open an adjunct of the verb ("in public", "on the show"). */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "from", "through", "during");

    private final AnnotatedText text;
    private final TokenRanges ranges;
    private final int[] quotationOf;
    private final TimeTokens times;

    /**
     * @param ranges      where a phrase's adverbs end
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     * @param times       the tokens in time expressions
     */
    ObjectEnd(AnnotatedText text, TokenRanges ranges, int[] quotationOf, TimeTokens times) {
        this.text = text;
        this.ranges = ranges;
        this.quotationOf = quotationOf;
        this.times = times;
    }

    /** The last token of the object {@code [lo, hi]}: {@code hi}, or the end of its noun phrase. */
    int end(int lo, int hi) {
        if (pronounBeforeAdjunct(lo, hi)) {
            return lo; // "opposed him on Capitol Hill": a pronoun takes no phrase of place or means, the verb does
        }
        boolean noun = false;
        for (int t = lo; t <= hi; t++) {
            Token k = text.token(t);
            String w = text.lowerWord(t);
            if (quotationOf[t] >= 0) {
                noun = true;
                continue;
            }
            if (noun && t > lo && w.equals("when")) {
                return t - 1; // "described him as an evangelist when he ran in 2008": the time of the act
            }
            if (opensClause(k, w)) {
                return hi; // adjuncts after this are the embedded clause's own
            }
            if (noun && t > lo && !inCompound(t) && cutsAt(t, w, hi)) {
                return t - 1;
            }
            noun |= k.isNoun() || k.tag().equals("PRP") || k.tag().equals("CD");
        }
        return hi;
    }

    /** The word at {@code t} follows a hyphen with no space: part of a compound ("a one-on-one forum"), no preposition. */
    private boolean inCompound(int t) {
        Token hyphen = text.token(t - 1);
        return (hyphen.tag().equals("HYPH") || text.lowerWord(t - 1).equals("-")) && hyphen.end() == text.token(t).start();
    }

    /**
     * The object is a personal pronoun in the object case followed by a preposition of place,
     * medium or occasion ("described it in print", "attacked them from the floor").
     */
    private boolean pronounBeforeAdjunct(int lo, int hi) {
        return lo + 1 < hi && text.token(lo).tag().equals("PRP") && OBJECT_PRONOUNS.contains(text.lowerWord(lo))
                && quotationOf[lo + 1] < 0 && ADJUNCT_PREPOSITIONS.contains(text.lowerWord(lo + 1));
    }

    private boolean cutsAt(int t, String w, int hi) {
        if (EVENT_PREPOSITIONS.contains(w)) {
            return true; // "has not mentioned Machado since the debate"
        }
        if (w.equals("by") && gerundAt(t + 1, hi) || inOrderTo(t, hi)) {
            return true; // "attacked the mayor by citing …", "… in order to …": the act's means or purpose
        }
        if (w.equals("through") && t < hi && person(t + 1, hi)) {
            return true; // "denied the charges through a spokeswoman": who spoke for the speaker
        }
        // "in a statement", "at last week's forum"; "in July", but not when the object's topic comes
        // after the time ("criticized the mayor on Monday over his budget")
        return mediumAdjunct(t, hi) || PLACE_PREPOSITIONS.contains(w) && t < hi && onlyAdjuncts(t, hi);
    }

    /**
     * Tokens {@code [from, hi]} hold only adjuncts of time or medium ("in July", "on Twitter
     * Tuesday night", with a participle on them: "in a ruling issued Friday"), up to punctuation.
     */
    private boolean onlyAdjuncts(int from, int hi) {
        int t = from;
        while (t <= hi) {
            String w = text.lowerWord(t);
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--")
                    || text.token(t).tag().equals("VBN") || EVENT_PREPOSITIONS.contains(w)) {
                return true;
            }
            boolean place = PLACE_PREPOSITIONS.contains(w) && t < hi;
            if (place && medium(t + 1, hi)) {
                return true;
            }
            int end = isDate(t) ? t : place ? timeEnd(t + 1, hi) : -1;
            if (end < 0) {
                return false;
            }
            t = end + 1;
        }
        return true;
    }

    /**
     * The last token of a noun phrase from {@code from} whose head names a time ("early June", "last
     * week", "Tuesday night"), or -1; a date that modifies a noun does not count ("the 2014 crisis").
     */
    private int timeEnd(int from, int hi) {
        for (int t = from; t <= hi && t <= from + 5; t++) {
            Token k = text.token(t);
            boolean goesOn = t + 1 <= hi && (text.token(t + 1).isNoun() || text.token(t + 1).tag().equals("POS")
                    || text.token(t + 1).tag().equals("CD"));
            if (isDate(t) && !goesOn) {
                return t;
            }
            if (!nominal(k) || k.isNoun() && !goesOn) {
                return -1; // the phrase's head is no time
            }
        }
        return -1;
    }

    /** The noun phrase from {@code from} names the medium of the words ("a statement", "his Facebook page"). */
    private boolean medium(int from, int hi) {
        for (int t = from; t <= hi && t <= from + 5; t++) {
            Token k = text.token(t);
            // the word too: the tagger reads "a ruling" as a participle of "rule"
            if (MEDIA.contains(k.lemma().toLowerCase(Locale.ROOT)) || MEDIA.contains(text.lowerWord(t))) {
                return true;
            }
            if (!nominal(k)) {
                return false;
            }
            if (k.isNoun() && t + 1 <= hi && !text.token(t + 1).isNoun() && !text.token(t + 1).tag().equals("POS")) {
                return false; // the phrase's head was no medium
            }
        }
        return false;
    }

    /**
     * An adjunct naming the medium or occasion of the words opens at {@code t}, within {@code [t, hi]}
     * ("in a statement", "on his Facebook page").
     */
    boolean mediumAdjunct(int t, int hi) {
        return PLACE_PREPOSITIONS.contains(text.lowerWord(t)) && t < hi && quotationOf[t] < 0 && medium(t + 1, hi);
    }

    /** A time with no preposition opens at {@code t} ("Tuesday", "last week"). */
    boolean bareTimeAt(int t) {
        return quotationOf[t] < 0 && isDate(t) && !text.token(t).tag().equals("IN");
    }

    /** The noun phrase from {@code from} heads at a kind of person ("his lawyer", "a campaign aide"). */
    private boolean person(int from, int hi) {
        for (int t = from; t <= hi && t <= from + 5; t++) {
            Token k = text.token(t);
            if (!nominal(k)) {
                return false;
            }
            if (k.isNoun() && (t == hi || !text.token(t + 1).isNoun() && !text.token(t + 1).tag().equals("POS"))) {
                return PersonNouns.is(k.lemma());
            }
        }
        return false;
    }

    /** "in order to" at {@code t}: a purpose of the act, which no noun takes. */
    private boolean inOrderTo(int t, int hi) {
        return t + 2 <= hi && text.lowerWord(t).equals("in") && text.lowerWord(t + 1).equals("order")
                && text.lowerWord(t + 2).equals("to");
    }

    /** A participle at {@code t}, after an adverb or two ("by publicly citing"), outside a quotation. */
    private boolean gerundAt(int t, int hi) {
        t = ranges.pastAdverbs(t, hi);
        return t <= hi && quotationOf[t] < 0 && text.token(t).tag().equals("VBG");
    }

    private static boolean nominal(Token k) {
        String tag = k.tag();
        return tag.equals("DT") || tag.equals("PRP$") || tag.startsWith("JJ") || tag.equals("CD")
                || tag.startsWith("NN") || tag.equals("POS") || tag.equals("HYPH") || tag.equals("VBN");
    }

    private boolean isDate(int t) {
        return times.at(t);
    }

    /** A finite verb, a relative or wh-word or "that": a clause opens inside the object. */
    private static boolean opensClause(Token k, String w) {
        return SubjectFinder.isFinite(k) || k.tag().equals("WDT") || k.tag().equals("WP") || k.tag().equals("WRB")
                || w.equals("that") && k.tag().equals("IN") || w.equals("whether");
    }

}
