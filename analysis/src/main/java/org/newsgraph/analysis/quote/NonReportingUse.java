package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Uses of a cue word outside quotation marks that report nothing: speaking without a topic ("spoke
 * on the condition of anonymity", "spoke for ten minutes", "speaks fluent Spanish"), finding oneself
 * somewhere ("found himself in a bind") or a way ("found a way to win"), asking a price ("charged a $50 fee"), going on with something ("continued to trail", "continue
 * his push"), advising as a job ("who advises the campaign"), the object of a verb that reports only
 * a clause ("maintained a lead", "stated his name", "wrote a letter", "posted a photo"), a count or
 * share as the object ("was retweeted 3,000 times", "claimed 41 percent of the seats"), and a noun
 * of statement naming the channel of a cue verb ("said in a statement that …"). Each was checked on
 * PolNeAR train: the use is labelled an attribution in well under a third of the cases predicted.
 */
final class NonReportingUse {

    /** What "speak" takes when it reports a topic or an address ("spoke about", "spoke of", "spoke out", "spoke to"). */
    private static final Set<String> SPEAK_TOPIC = Set.of("about", "of", "out", "up", "to", "against");

    /**
     * Speech verbs that report a clause ("maintained that …", "wrote that …") but whose plain object
     * is a thing kept, written, stated or posted, not a message ("maintained a lead", "wrote a letter",
     * "posted a video").
     */
    private static final Set<String> CLAUSE_ONLY = Set.of("maintain", "state", "recount", "observe",
            "stress", "boast", "write", "add", "answer", "post");

    /** What "advise" reports with: advice given ("advised him to wait", "advised that …", "advised against …"). */
    private static final Set<String> ADVICE = Set.of("to", "that", "against");

    /** What "continue" reports after: a clause ("continued that …") or the words it closes ("…, he continued."). */
    private static final Set<String> CONTINUE_REPORTING = Set.of("that", ":", ",", ".", "--", "—");

    /** Units after a number that make it a count of times or a share ("3,000 times", "41 percent"). */
    private static final Set<String> MEASURES = Set.of("times", "percent", "%", "percentage");

    /** Words that make a number approximate before its unit ("over 25,000 times", "nearly half"). */
    private static final Set<String> APPROXIMATE = Set.of("over", "about", "nearly", "almost", "roughly", "some",
            "around", "more", "less", "than", "fewer", "just", "only");

    private final AnnotatedText text;

    NonReportingUse(AnnotatedText text) {
        this.text = text;
    }

    /** True when the cue word at {@code t} reports nothing here, whatever follows it. */
    boolean at(int t) {
        String lemma = text.token(t).lemma();
        return lemma.equals("speak") && !speaksOfSomething(t) || lemma.equals("find") && (reflexiveAfter(t) || findsAWay(t))
                || lemma.equals("charge") && text.token(t).isVerb() && chargesAPrice(t)
                || lemma.equals("continue") && !continuesSpeaking(t) || lemma.equals("advise") && !givesAdvice(t);
    }

    /**
     * "said in a statement that …", "told CNN in an interview that …": the noun of statement names the
     * channel of a cue verb that already took the clause, so it attributes nothing of its own.
     */
    boolean channelOfUsedCue(int noun, Set<Integer> usedCues) {
        int sentence = text.token(noun).sentence();
        int k = noun - 1;
        while (k >= 0 && k >= noun - 4 && text.token(k).sentence() == sentence && modifiesNoun(text.token(k))) {
            k--;
        }
        if (k < 1 || text.token(k).sentence() != sentence || !text.token(k).tag().equals("IN")) {
            return false;
        }
        for (int v = k - 1; v >= 0 && v >= k - 3 && text.token(v).sentence() == sentence; v--) {
            if (usedCues.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean modifiesNoun(Token k) {
        String tag = k.tag();
        return tag.equals("DT") || tag.equals("PRP$") || tag.equals("POS") || tag.startsWith("JJ") || tag.startsWith("NN")
                || tag.equals("VBN");
    }

    /**
     * "retweeted 3,000 times", "was confirmed 92 to 0", "claimed 41 percent of the seats": an object
     * that opens with a count of times, a share or a score measures how often or by how much, and
     * says nothing; after a possessive the figure is the holder's ("the alliance's recommended 2
     * percent").
     */
    boolean measureObject(int cue, int lo) {
        int sentence = text.token(lo).sentence();
        if (cue > 0 && text.token(cue - 1).tag().equals("POS")) {
            return false;
        }
        int k = lo;
        while (k < text.tokens().size() && text.token(k).sentence() == sentence && APPROXIMATE.contains(text.lowerWord(k))) {
            k++; // "over 25,000 times", "about 40 percent"
        }
        if (k + 1 >= text.tokens().size() || !text.token(k).tag().equals("CD") || text.token(k + 1).sentence() != sentence) {
            return false;
        }
        String unit = text.lowerWord(k + 1);
        return MEASURES.contains(unit) || unit.equals("to") && k + 2 < text.tokens().size()
                && text.token(k + 2).sentence() == sentence && text.token(k + 2).tag().equals("CD");
    }

    /** Whether the cue {@code cue} may report its plain object ("criticized the plan"), not only a clause. */
    boolean reportsObject(Token cue) {
        return !CLAUSE_ONLY.contains(cue.lemma());
    }

    /** "spoke about", "spoke highly of", "speaking out", "spoke to reporters": a topic or an audience follows. */
    private boolean speaksOfSomething(int t) {
        int k = t + 1;
        int end = text.sentenceOf(t).endToken();
        while (k < end && text.token(k).tag().startsWith("RB") && !isTopicWord(k)) {
            k++; // "spoke passionately about"
        }
        return k < end && isTopicWord(k);
    }

    private boolean isTopicWord(int k) {
        return SPEAK_TOPIC.contains(text.lowerWord(k));
    }

    /**
     * "continued that …", "…, he continued." or "he continued: …": continuing to speak; "continued to
     * trail", "continues his tour" are going on with something, which reports nothing.
     */
    private boolean continuesSpeaking(int t) {
        if (t + 1 >= text.tokens().size() || text.token(t + 1).sentence() != text.token(t).sentence()) {
            return true;
        }
        Token next = text.token(t + 1);
        return CONTINUE_REPORTING.contains(text.text(next).toLowerCase(Locale.ROOT)) || next.tag().equals("``")
                || next.tag().equals("''");
    }

    /**
     * "advised voters to stay home", "advised that …", "advised against …": advice given, which an
     * infinitive, a clause or "against" shows before the clause ends; "who advises the campaign" is a job.
     */
    private boolean givesAdvice(int t) {
        int end = text.sentenceOf(t).endToken();
        for (int k = t + 1; k < end && k <= t + 6; k++) {
            String w = text.lowerWord(k);
            if (ADVICE.contains(w)) {
                return true;
            }
            if (text.token(k).tag().equals(",") || text.token(k).tag().equals(".") || text.token(k).tag().equals(":")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "found a way to win", "finds ways around the rule", "found its way into": managing or reaching
     * something, not what someone found out.
     */
    private boolean findsAWay(int t) {
        int end = text.sentenceOf(t).endToken();
        int k = t + 1;
        while (k < end && k <= t + 3 && (text.token(k).tag().equals("DT") || text.token(k).tag().equals("PRP$")
                || text.token(k).tag().startsWith("JJ"))) {
            k++; // "a", "its", "some alternative"
        }
        return k < end && "way".equals(text.token(k).lemma());
    }

    /**
     * "charged a $500 fee", "charges students $30,000", "charged the club for rent": asking a price,
     * which an amount of money or "for" shows before the clause ends; not "charged him with fraud".
     */
    private boolean chargesAPrice(int t) {
        int end = text.sentenceOf(t).endToken();
        for (int k = t + 1; k < end && k <= t + 6; k++) {
            String tag = text.token(k).tag();
            if (tag.equals("$") || text.lowerWord(k).equals("for")) {
                return true;
            }
            if (tag.equals(",") || tag.equals(".") || tag.equals(":") || text.lowerWord(k).equals("with")) {
                return false;
            }
        }
        return false;
    }

    /** "found himself", "find themselves": where someone ended up, not what someone found out. */
    private boolean reflexiveAfter(int t) {
        if (t + 1 >= text.tokens().size()) {
            return false;
        }
        String next = text.lowerWord(t + 1);
        return next.endsWith("self") || next.endsWith("selves");
    }
}
