package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * A cue verb's participle used as a modifier, which reports nothing: before its noun ("pledged
 * delegates", "the alleged fraud", "reported cases", "an estimated 200 people", "a proposed annual
 * fee"), or a naming participle after its noun ("a play called 'Sons of Trump'", "a group named …").
 */
final class ParticipleModifier {

    /** Verbs of naming, whose participles name what the noun before them is called. */
    static final Set<String> NAMING = Set.of("call", "name", "dub", "title", "label", "term", "brand");

    /** Nouns of time that end an adverbial before a finite verb the tagger may read as a participle. */
    private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "day", "night", "morning",
            "evening", "afternoon", "weekend", "time", "today", "yesterday", "decade");

    private final AnnotatedText text;

    ParticipleModifier(AnnotatedText text) {
        this.text = text;
    }

    /** True when the token at {@code t} is a participle modifying a noun rather than a verb with a subject. */
    boolean at(int t) {
        Token k = text.token(t);
        int n = text.tokens().size();
        Token prev = t > 0 ? text.token(t - 1) : null;
        Token next = t + 1 < n ? text.token(t + 1) : null;
        if (k.tag().equals("VBD") && pastTaggedModifier(prev, next, k)) {
            return true; // "271 pledged delegates": the tagger's past tense after a number or article
        }
        if (k.tag().equals("VBD")) {
            // "a firm called Apex, which …": the tagger's past tense before the name it gives
            return next != null && (next.isProperNoun() || next.tag().equals("``")) && afterNewNoun(t - 1)
                    && namingAfterNoun(t, k, prev);
        }
        if (!k.tag().equals("VBN") && !k.tag().equals("JJ")) {
            return false;
        }
        if (prev != null && prev.sentence() == k.sentence() && prev.isVerb()
                && (prev.lemma().equals("have") || prev.lemma().equals("be") || prev.lemma().equals("get"))) {
            return false; // "has pledged", "was called"
        }
        boolean beforeNoun = next != null && next.sentence() == k.sentence() && (next.tag().equals("NN")
                || next.tag().equals("NNS")) && (prev == null || prev.sentence() != k.sentence()
                || prev.tag().equals("DT") || prev.tag().equals("PRP$") || prev.tag().equals("POS")
                || prev.tag().startsWith("JJ") || prev.tag().equals("CD") || prev.tag().equals("IN")
                || prev.tag().equals("CC") || text.text(prev).equals(","));
        if (beforeNoun || next != null && (next.tag().equals("NN") || next.tag().equals("NNS"))
                && next.sentence() == k.sentence() && adverbInNounPhrase(t - 1)) {
            return true;
        }
        // "an estimated 200 officers"; not after a possessive, whose holder speaks ("the board's proposed 2 percent")
        if (prev != null && prev.sentence() == k.sentence() && prev.tag().equals("DT")
                && quantityOrModifiedNoun(t + 1, k)) {
            return true;
        }
        return k.tag().equals("VBN") && namingAfterNoun(t, k, prev);
    }

    /**
     * "a play called 'Sons of Trump'", "The program, called Bridge, pays …": a participle of naming
     * right after its noun, in a clause that has another finite verb.
     */
    private boolean namingAfterNoun(int t, Token k, Token prev) {
        String lemma = k.lemma().toLowerCase(Locale.ROOT);
        if (!NAMING.contains(lemma) || prev == null || prev.sentence() != k.sentence()) {
            return false;
        }
        if (text.text(prev).equals(",") && t >= 2 && text.token(t - 2).sentence() == k.sentence()) {
            if (!nameThenComma(t + 1, k)) {
                return false; // "…, called Friday for new rules": a verb after an apposition
            }
            prev = text.token(t - 2); // "The program, called Bridge, pays …": a naming participle set off by commas
        }
        return (prev.tag().equals("NN") || prev.tag().equals("NNS"))
                && !TIME_NOUNS.contains(prev.lemma().toLowerCase(Locale.ROOT)) // "Zarif last week called …"
                && !onlyVerbOfClause(t);
    }

    /**
     * A noun ending at {@code p} that an indefinite article or a preposition opens ("a small firm",
     * "a group of young voters"): a thing introduced, not the subject of a verb of naming.
     */
    private boolean afterNewNoun(int p) {
        int sentence = text.token(p).sentence();
        int k = p;
        while (k >= 0 && text.token(k).sentence() == sentence && (text.token(k).isNoun() || text.token(k).tag().startsWith("JJ"))) {
            k--;
        }
        if (k == p || k < 0 || text.token(k).sentence() != sentence) {
            return false;
        }
        String w = text.lowerWord(k);
        return w.equals("a") || w.equals("an") || text.token(k).tag().equals("IN");
    }

    /** "One lawmaker called the mayor “a failed manager.”": no other finite verb in its clause, so the tagger's participle is the verb. */
    private boolean onlyVerbOfClause(int t) {
        Sentence s = text.sentenceOf(t);
        for (int i = t - 1; i >= s.firstToken() && !clauseBreak(i); i--) {
            if (SubjectFinder.isFinite(text.token(i))) {
                return false;
            }
        }
        for (int i = t + 1; i < s.endToken() && !clauseBreak(i); i++) {
            if (SubjectFinder.isFinite(text.token(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean clauseBreak(int i) {
        String w = text.text(text.token(i));
        return w.equals(";") || w.equals(":");
    }

    /** A proper name from {@code i} up to a comma, in the sentence of {@code k}. */
    private boolean nameThenComma(int i, Token k) {
        int t = i;
        while (t < text.tokens().size() && text.token(t).sentence() == k.sentence() && inName(text.token(t))) {
            t++;
        }
        return t > i && t < text.tokens().size() && text.token(t).sentence() == k.sentence()
                && text.text(text.token(t)).equals(",");
    }

    private static boolean inName(Token k) {
        return k.isProperNoun() || k.tag().equals("CD") || k.tag().equals("HYPH"); // "EB-5", "Title 42"
    }

    /** A number, an amount, or an adjective and its noun at {@code i}, in the sentence of {@code k}. */
    private boolean quantityOrModifiedNoun(int i, Token k) {
        if (i >= text.tokens().size() || text.token(i).sentence() != k.sentence()) {
            return false;
        }
        String tag = text.token(i).tag();
        if (tag.equals("CD") || tag.equals("$")) {
            return true;
        }
        if (!tag.equals("JJ") || i + 1 >= text.tokens().size() || text.token(i + 1).sentence() != k.sentence()) {
            return false;
        }
        String after = text.token(i + 1).tag();
        return after.equals("NN") || after.equals("NNS");
    }

    /**
     * "a racially charged debate", "Britain's emotionally charged vote": an adverb grading the
     * participle, itself after a word that opens or continues a noun phrase (not "has publicly endorsed").
     */
    private boolean adverbInNounPhrase(int a) {
        if (a < 1 || !text.token(a).tag().equals("RB") || text.token(a - 1).sentence() != text.token(a).sentence()) {
            return false;
        }
        String tag = text.token(a - 1).tag();
        return tag.equals("DT") || tag.equals("PRP$") || tag.equals("POS") || tag.equals("CC") || tag.startsWith("JJ");
    }

    /**
     * A past-tense tag between a determiner-like word and a noun is a participle the tagger misread
     * ("leads by 271 pledged delegates", "the pledged delegates"); a quantifier may be a subject
     * ("both pledged support"), so only articles, numbers and possessives count.
     */
    private boolean pastTaggedModifier(Token prev, Token next, Token k) {
        if (prev == null || next == null || prev.sentence() != k.sentence() || next.sentence() != k.sentence()
                || !(next.tag().equals("NN") || next.tag().equals("NNS"))) {
            return false;
        }
        String p = text.text(prev).toLowerCase(Locale.ROOT);
        return prev.tag().equals("CD") && !p.matches("(1[89]|20)\\d\\d") || prev.tag().equals("POS")
                || prev.tag().equals("PRP$") || p.equals("the") || p.equals("a") || p.equals("an");
    }
}
