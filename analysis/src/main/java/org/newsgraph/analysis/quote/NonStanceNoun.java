package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Uses of a noun of stance that attribute nothing: the attacks of an event ("the attacks on the
 * embassy", "the 2001 attacks on …"), named by the definite article alone, where a verbal attack comes
 * with its attacker ("his attacks on", "the senator's attacks on"); and a stance gained from someone
 * ("won the endorsement of the union", "picked up the endorsement of the governor"), whose "of"
 * phrase names who holds it, not what it is about.
 */
final class NonStanceNoun {

    /** Verbs whose subject gains the stance of the one named after "of" ("won the endorsement of …"). */
    private static final Set<String> GAINING_VERBS = Set.of("win", "secure", "receive", "get", "earn", "gain",
            "land", "pick", "have", "seek", "nab");

    private final AnnotatedText text;

    NonStanceNoun(AnnotatedText text) {
        this.text = text;
    }

    /** True when the noun at {@code t}, followed by its opening word, names no stance held and voiced. */
    boolean at(int t) {
        return eventOfAttack(t) || gainedFromHolder(t);
    }

    /** "the attacks on …", "the 2012 attacks on …": an event, with no attacker before the noun. */
    private boolean eventOfAttack(int t) {
        Token k = text.token(t);
        if (k.lemma() == null || !k.lemma().toLowerCase(Locale.ROOT).equals("attack")) {
            return false;
        }
        int p = t - 1;
        if (p >= 0 && text.token(p).tag().equals("CD")) {
            p--; // "the 2012 attacks"
        }
        return isThe(p, k);
    }

    /** "won the endorsement of the union": a gaining verb, "the", the noun and "of". */
    private boolean gainedFromHolder(int t) {
        Token k = text.token(t);
        if (!k.isNoun() || t + 1 >= text.tokens().size() || !text.lowerWord(t + 1).equals("of") || !isThe(t - 1, k)) {
            return false;
        }
        int v = t - 2;
        if (v >= 0 && text.token(v).tag().equals("RP")) {
            v--; // "picked up the endorsement of"
        }
        return v >= 0 && text.token(v).sentence() == k.sentence() && text.token(v).isVerb()
                && GAINING_VERBS.contains(text.token(v).lemma().toLowerCase(Locale.ROOT));
    }

    private boolean isThe(int p, Token k) {
        return p >= 0 && text.token(p).sentence() == k.sentence() && text.lowerWord(p).equals("the");
    }
}
