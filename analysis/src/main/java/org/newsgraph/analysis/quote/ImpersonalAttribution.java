package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * A stance or expectation the article attributes to no one in particular, with an infinitive:
 * the writer's impression, {@code The mayor seemed to welcome the delay}, the impersonal passive of
 * saying, {@code The chairman is said to favour a recount}, and the adverb {@code reportedly}
 * ({@code The club has reportedly sold its stadium}). PolNeAR marks these as attributions without a
 * source, the subject and the infinitive (or predicate) as content: about half of the occurrences of
 * "seem" and "appear" in its training split, two thirds of "reportedly" and most of "be said to".
 * The content is the subject through the infinitive's (or the predicate's) clause; the quote has no speaker and counts as a
 * thought. When the infinitive is a cue of its own ("seemed to suggest that …") that cue attributes the
 * statement instead.
 */
final class ImpersonalAttribution {

    /** Raising verbs of appearance; "look" ("looks to be") is marked too seldom to count. */
    private static final Set<String> APPEARANCE_VERBS = Set.of("seem", "appear");
    /**
     * Verbs whose passive attributes a report or an expectation to people left unnamed: "is said to",
     * "is expected to" (PolNeAR train: the subject is in the content of about nine in ten "be expected to").
     */
    private static final Set<String> IMPERSONAL_PASSIVES = Set.of("say", "report", "expect");
    /** The adverb of hearsay; "allegedly" and "apparently" are marked too seldom to count. */
    private static final String HEARSAY_ADVERB = "reportedly";
    /** Punctuation after which an adjective's phrase ("seemed ready for a fight") does not go on. */
    private static final Set<String> PHRASE_BREAKS = Set.of(",", "(", "-LRB-", ":", ";");
    /** How far after "reportedly" its verb may come ("reportedly has been considering"). */
    private static final int VERB_CHAIN = 4;
    /** Adverbs that may stand between the verb and its infinitive ("seems only to …"). */
    private static final int MAX_ADVERBS = 2;

    private final AnnotatedText text;
    private final int[] quotationOf;
    private final SubjectFinder subjects;
    private final CueSites cueSites;
    private final TokenRanges ranges;
    private final ClauseEnd clauseEnd;
    private final FoundQuotes found;
    private final Set<Integer> usedCues;
    private final CueLexicon cues;

    ImpersonalAttribution(AttributionContext c) {
        this.text = c.text();
        this.quotationOf = c.marks().quotationOf;
        this.subjects = c.subjects();
        this.cueSites = c.cueSites();
        this.ranges = c.ranges();
        this.clauseEnd = c.clauseEnd();
        this.found = c.found();
        this.usedCues = c.usedCues();
        this.cues = c.cues();
    }

    /**
     * A form of "seem" or "appear" that is no participle ("seeming"), or the passive participle of
     * "say" or "report" after a form of "be", outside quotations.
     */
    boolean isAt(int t) {
        Token k = text.token(t);
        if (quotationOf[t] < 0 && text.text(k).equalsIgnoreCase(HEARSAY_ADVERB)) {
            return true;
        }
        if (quotationOf[t] >= 0 || !k.isVerb() || k.lemma() == null) {
            return false;
        }
        String lemma = k.lemma().toLowerCase(Locale.ROOT);
        return APPEARANCE_VERBS.contains(lemma) && !k.tag().equals("VBG")
                || IMPERSONAL_PASSIVES.contains(lemma) && k.tag().equals("VBN") && ownSubjectBe(t);
    }

    /**
     * Adds the attribution of the verb at {@code t} when it takes an infinitive and has a subject;
     * returns whether it did.
     */
    boolean attribute(int t) {
        Sentence s = text.sentenceOf(t);
        boolean hearsay = text.text(text.token(t)).equalsIgnoreCase(HEARSAY_ADVERB);
        int to = hearsay ? predicateStart(t, s) : infinitiveMarker(t, s);
        if (to >= 0 && cueSites.isCueAt(to + 1)) {
            return false;
        }
        int last = s.endToken() - 1;
        if (to < 0 && !hearsay) {
            to = adjectivePredicate(t, s); // "the plan seemed doomed", "he appeared ready for it"
            last = to < 0 ? last : predicateEnd(to, s);
        }
        if (to < 0) {
            return false;
        }
        int[] subject = subjects.find(t);
        if (subject == null || subject[1] >= t || quotationOf[subject[1]] >= 0) {
            return false;
        }
        int[] rest = ranges.trim(to, last);
        if (rest == null || rest[1] - rest[0] < 1 || ranges.coversDirect(rest[0], rest[1])) {
            return false;
        }
        int end = clauseEnd.end(rest[0], ranges.cutAtNextAttribution(rest[0], rest[1]), true);
        int start = relativePronoun(subject) && isPassive(text.token(t)) ? to : subject[1];
        QuoteKind kind = ranges.containsQuotation(start, end) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(t);
        found.add(new Found(kind, text.span(start, end + 1), null, text.token(t).span(), t), Attribution.THOUGHT);
        return true;
    }

    /**
     * A subject that is only "who" or "which": for a passive ("who are expected to …") the infinitive
     * alone is then the closer content, as the one pronoun would bring the two words of the cue with it.
     */
    private boolean relativePronoun(int[] subject) {
        return subject[1] == subject[2] && text.token(subject[1]).tag().startsWith("W");
    }

    /** One of the passives of {@link #IMPERSONAL_PASSIVES}, not a verb of appearance nor "reportedly". */
    private static boolean isPassive(Token k) {
        return k.tag().equals("VBN") && k.lemma() != null && IMPERSONAL_PASSIVES.contains(k.lemma().toLowerCase(Locale.ROOT));
    }

    /** The "to" of an infinitive right after the verb, past a few adverbs, followed by a base verb; else -1. */
    private int infinitiveMarker(int t, Sentence s) {
        int k = t + 1;
        while (k < s.endToken() && k - t <= MAX_ADVERBS && text.token(k).tag().startsWith("RB")) {
            k++;
        }
        boolean infinitive = k + 1 < s.endToken() && text.token(k).tag().equals("TO") && text.token(k + 1).tag().startsWith("VB")
                && quotationOf[k + 1] < 0;
        return infinitive ? k : -1;
    }

    /**
     * The adjective or passive participle that a form of "seem" or "appear" links to its subject, past
     * a few adverbs ("seemed rattled by …", "appears increasingly likely"); else -1. "appeared on
     * television" has no such predicate: a physical appearance, no impression.
     */
    private int adjectivePredicate(int t, Sentence s) {
        int k = t + 1;
        while (k < s.endToken() && k - t <= MAX_ADVERBS && text.token(k).tag().startsWith("RB")) {
            k++;
        }
        if (k >= s.endToken() || quotationOf[k] >= 0 || cueSites.isCueAt(k)
                || cues.nominalOf(text.token(k), text.text(text.token(k))) != null) {
            return -1; // "seemed eager to …", "appeared hopeful that …": the adjective's own attribution
        }
        boolean adjective = text.token(k).tag().startsWith("JJ") || text.token(k).tag().equals("VBN")
                || text.lowerWord(k).equals("like"); // "seems like a distant hope"
        return adjective ? k : -1;
    }

    /**
     * The last token of the adjective's phrase from {@code k}: before the next comma, parenthesis, colon
     * or semicolon ("seemed too costly (or …), the bank …"), where the sentence goes on without it.
     */
    private int predicateEnd(int k, Sentence s) {
        for (int e = k + 1; e < s.endToken(); e++) {
            if (PHRASE_BREAKS.contains(text.text(text.token(e)))) {
                return e - 1;
            }
        }
        return s.endToken() - 1;
    }

    /**
     * The token before the predicate "reportedly" qualifies, so that the predicate starts right after
     * it like an infinitive after its "to"; -1 when no verb follows or its main verb is a cue
     * ("reportedly said that …" is the cue's statement).
     */
    private int predicateStart(int t, Sentence s) {
        int main = -1;
        for (int k = t + 1; k < s.endToken() && k <= t + VERB_CHAIN && quotationOf[k] < 0; k++) {
            Token v = text.token(k);
            if (v.isVerb() || v.tag().equals("MD")) {
                main = k;
            } else if (main >= 0 || !v.tag().startsWith("RB")) {
                break;
            }
        }
        return main < 0 || cueSites.isCueAt(main) ? -1 : t;
    }

    /**
     * A form of "be" before {@code t}, past adverbs ("is widely said"), that opens its predicate: not
     * after a conjunction ("He spoke first and is expected to …"), whose subject stands a clause away.
     */
    private boolean ownSubjectBe(int t) {
        Sentence s = text.sentenceOf(t);
        for (int k = t - 1; k >= s.firstToken() && k >= t - 1 - MAX_ADVERBS; k--) {
            Token p = text.token(k);
            if (p.isVerb() && "be".equals(p.lemma())) {
                return !afterConjunction(k, s);
            }
            if (!p.tag().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** A coordinating conjunction before {@code t}, past modals and adverbs ("but could also be …"). */
    private boolean afterConjunction(int t, Sentence s) {
        int k = t - 1;
        while (k >= s.firstToken() && (text.token(k).tag().equals("MD") || text.token(k).tag().startsWith("RB"))) {
            k--;
        }
        return k >= s.firstToken() && text.token(k).tag().equals("CC");
    }
}
