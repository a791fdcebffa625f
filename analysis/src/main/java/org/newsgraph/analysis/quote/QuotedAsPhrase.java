package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * A quotation that gives the subject's words for the verb's object, after "as": {@code the mayor
 * greeted the budget as a “turning point”}, {@code she has been painting her rival as “out of touch”}.
 * Whatever the verb, the subject puts the object in those words; "OBJECT as “…”" is the content.
 * Without an object ("known as “…”", "worked as a “fixer”") or after a passive ("was billed as") the
 * quotation names or titles something and there is none. Token indices are inclusive.
 */
final class QuotedAsPhrase {

    /** How many tokens the object may have. */
    private static final int OBJECT_WINDOW = 10;

    /** Words before "as" that make it a comparison or an addition, not a description ("such as", "as well as"). */
    private static final Set<String> NOT_DESCRIBING = Set.of("such", "well", "so", "just", "same", "much", "long", "soon");

    /** The verb and the first token of its object. */
    record Shape(int verb, int object) {
    }

    private final AnnotatedText text;
    private final int[] quotationOf;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     */
    QuotedAsPhrase(AnnotatedText text, int[] quotationOf) {
        this.text = text;
        this.quotationOf = quotationOf;
    }

    /** "VERB OBJECT as (a) “…”" before the opening mark at {@code open}, or null. */
    Shape before(int open) {
        Sentence s = text.sentenceOf(open);
        int as = open - 1;
        if (as > s.firstToken() && text.token(as).tag().equals("DT")) {
            as--; // "as a “…”"
        }
        if (as - 1 <= s.firstToken() || !text.lowerWord(as).equals("as")
                || NOT_DESCRIBING.contains(text.lowerWord(as - 1))) {
            return null;
        }
        int t = as - 1;
        boolean named = false;
        while (t > s.firstToken() && t >= as - OBJECT_WINDOW && !text.token(t).isVerb()) {
            Token k = text.token(t);
            if (quotationOf[t] >= 0 || !objectWord(k)) {
                return null;
            }
            named |= k.isNoun() || k.tag().equals("PRP");
            t--;
        }
        int object = t + 1;
        while (text.token(object).tag().equals("RP")) {
            object++; // "summed up the plan as …"
        }
        Token verb = text.token(t);
        if (!named || !verb.isVerb() || SubjectFinder.isAuxiliary(verb) || passive(t)) {
            return null;
        }
        if (text.token(object).tag().equals("IN")) {
            if (!namesSomeone(object + 1)) {
                return null; // "worked for years as …": an adjunct, not an object
            }
            object++; // "went after the senator as …": a prepositional verb's object
        }
        return new Shape(t, object);
    }

    /** A name or pronoun: the object of a prepositional verb ("went after Reyes") rather than an adjunct ("for years"). */
    private boolean namesSomeone(int t) {
        Token k = text.token(t);
        return k.isProperNoun() || k.tag().equals("PRP");
    }

    /** A word of a noun phrase, or of its modifiers ("the deal with Turkey", "her informally"). */
    private static boolean objectWord(Token k) {
        String tag = k.tag();
        return k.isNoun() || tag.equals("PRP") || tag.equals("PRP$") || tag.equals("DT") || tag.startsWith("JJ")
                || tag.equals("POS") || tag.equals("CD") || tag.equals("IN") || tag.equals("RB") || tag.equals("RP");
    }

    /** A participle after a form of "be" ("was billed", "is widely described"). */
    private boolean passive(int verb) {
        if (!text.token(verb).tag().equals("VBN")) {
            return false;
        }
        for (int t = verb - 1; t >= 0 && t >= verb - 2; t--) {
            Token k = text.token(t);
            if (k.isVerb() && "be".equals(k.lemma())) {
                return true;
            }
        }
        return false;
    }
}
