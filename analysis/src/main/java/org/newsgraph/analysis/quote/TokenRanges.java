package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Set;

import static org.newsgraph.analysis.quote.SubjectFinder.isFinite;

/**
 * The shape of a token range of one article, as the attribution steps test it before they take it
 * for a content: its trimmed ends, whether it is a clause, holds a quotation, or runs on into
 * another attribution. Ranges are inclusive token indices.
 */
final class TokenRanges {

    private final AnnotatedText text;
    private final int[] quotationOf;
    private final boolean[] direct;
    private final CueSites cueSites;

    TokenRanges(AnnotatedText text, QuotationTokens marks, CueSites cueSites) {
        this.text = text;
        this.quotationOf = marks.quotationOf;
        this.direct = marks.direct;
        this.cueSites = cueSites;
    }

    /** The token range without punctuation at its ends, or null when nothing is left. */
    int[] trim(int lo, int hi) {
        while (lo <= hi && isEdgePunct(lo)) {
            lo++;
        }
        while (hi >= lo && (isEdgePunct(hi) || isDangling(hi))) {
            hi--;
        }
        return lo <= hi ? new int[]{lo, hi} : null;
    }

    /** A function word that cannot end a content ("… equipment that", "… and"). */
    private boolean isDangling(int t) {
        String tag = text.token(t).tag();
        return tag.equals("CC") || tag.equals("WDT") || tag.equals("WP") || tag.equals("DT") || tag.equals("IN")
                || tag.equals("TO");
    }

    /** {@link #isEdgePunct(AnnotatedText, int)} in this text. */
    boolean isEdgePunct(int t) {
        return isEdgePunct(text, t);
    }

    /** Punctuation that ends a phrase at token {@code t}: a comma, period, colon, semicolon or dash. */
    static boolean isEdgePunct(AnnotatedText text, int t) {
        String w = text.text(text.token(t));
        return w.equals(",") || w.equals(".") || w.equals(":") || w.equals(";") || w.equals("—") || w.equals("--");
    }

    boolean coversDirect(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (quotationOf[t] >= 0 && direct[quotationOf[t]]) {
                return true;
            }
        }
        return false;
    }

    boolean containsQuotation(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (quotationOf[t] >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reported statement is a finite clause, optionally after "that", "whether", "if" or a
     * wh-word; infinitives ("agreed to lend", "asked to give") report intentions and requests, and
     * count only after verbs of saying ("vowed to retaliate", "urged Congress to act").
     */
    boolean isClause(int lo, int hi) {
        Token first = text.token(lo);
        String w = text.text(first).toLowerCase(java.util.Locale.ROOT);
        if (first.tag().equals("TO") || (first.tag().equals("IN") && !w.equals("that") && !w.equals("whether")
                && !w.equals("if") && !w.equals("because"))) {
            return false;
        }
        for (int t = lo; t <= hi; t++) {
            String tag = text.token(t).tag();
            if (tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP") || tag.equals("MD")) {
                return true;
            }
        }
        // "found that most voters back the plan": the complementizer opens a clause even when the
        // tagger misreads its verb as a noun
        return w.equals("that") && first.tag().equals("IN") && hi - lo >= 3;
    }

    /**
     * A clause closed by its attribution ("After some challenges, the work has met the standards, …"):
     * any verb form but a gerund, since the tagger often reads a past tense as a participle ("the
     * middle fifth paid 8.9 percent"), and an opening prepositional phrase is allowed.
     */
    boolean closedClause(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            String tag = text.token(t).tag();
            if (isFinite(text.token(t)) || tag.equals("VBN") && t > lo) {
                return true;
            }
        }
        return false;
    }

    boolean hasFinite(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (isFinite(text.token(t))) {
                return true;
            }
        }
        return false;
    }

    /** A subject stands before the first finite verb of {@code [lo, hi]} ("that [the vote] was rigged"). */
    boolean subjectBeforeFinite(int lo, int hi) {
        for (int k = lo; k <= hi; k++) {
            if (isFinite(text.token(k))) {
                return k > lo;
            }
        }
        return false;
    }

    /** The first token from {@code t} (up to {@code hi + 1}) that is no adverb outside a quotation ("and later said"). */
    int pastAdverbs(int t, int hi) {
        while (t <= hi && text.token(t).tag().equals("RB") && quotationOf[t] < 0) {
            t++;
        }
        return t;
    }

    /** "to VERB" opens the range or follows a short object ("urged donors to send"). */
    boolean infinitiveNear(int lo, int hi) {
        for (int t = lo; t < hi && t <= lo + 5; t++) {
            if (infinitiveAt(text, t, hi)) {
                return true;
            }
            if (isFinite(text.token(t))) {
                return false;
            }
        }
        return false;
    }

    /** An infinitive opens at {@code t}, within {@code hi}: "to lend", also split: "to quietly lend". */
    static boolean infinitiveAt(AnnotatedText text, int t, int hi) {
        if (t + 1 > hi || !text.token(t).tag().equals("TO")) {
            return false;
        }
        int verb = t + 1 < hi && text.token(t + 1).tag().equals("RB") ? t + 2 : t + 1;
        return text.token(verb).tag().equals("VB");
    }

    /**
     * Ends a content before a coordinated clause that brings its own attribution ("…, but Shelby
     * said …", "…, and when pressed, she replied …", "to release the audit or explain why …"): that
     * clause is another quote.
     */
    int cutAtNextAttribution(int lo, int hi) {
        for (int t = lo + 2; t < hi; t++) {
            String w = text.text(text.token(t));
            Token next = text.token(t + 1);
            if (text.token(t).tag().equals("CC") && quotationOf[t + 1] < 0 && cueSites.isCueAt(next.index())
                    && (isFinite(next) || next.tag().equals("VBN") && perfectBefore(lo, t))
                    && !(cueSites.isStateOfMindAt(t + 1) && hasFinite(lo, t - 1))) {
                // "… the deal and called for tariffs": a second statement of the same speaker; but "he was alarmed
                // and wanted to see …": a wish or plan after a clause goes on with the clause's subject
                return t - 1;
            }
            if (text.token(t).tag().equals("CC") && secondInfinitiveCue(lo, t)) {
                return t - 1; // "declined to name the buyer or explain why …": the second verb reports its own content
            }
            if (w.equals(",") && quotationOf[t + 1] < 0 && cueSites.isCueAt(t + 1) && (isFinite(next) || next.tag().equals("VBN"))
                    && !cueSites.isStateOfMindAt(t + 1)) {
                int aside = asideOpening(lo, t);
                if (aside < 0) {
                    return t - 1; // "urged the council to act, proposed that …": the next predicate of a series reports its own content
                }
                int[] before = trim(lo, nounPhraseStart(lo, aside) - 1);
                if (before != null) {
                    return before[1]; // "… and Lee, a lawyer, said …": the subject before the aside starts the next statement
                }
            }
            if (w.equals(",") && closingAttribution(t + 1, hi)) {
                return t - 1; // "…, O'Neill said"
            }
            if (w.equals(";") && hasFinite(t + 1, hi)) {
                return t - 1; // "… next decade; the Tax Foundation estimates …": a semicolon joins another statement
            }
            boolean boundary = w.equals(";") || (w.equals(",") && next.tag().equals("CC"));
            if (!boundary || w.equals(",") && hasFinite(lo, t - 1) && continuesStatement(t + 2, hi)) {
                continue;
            }
            for (int k = t + 1; k <= hi && k <= t + 10; k++) {
                if (quotationOf[k] < 0 && cueSites.isCueAt(k)) {
                    return t - 1;
                }
            }
        }
        return hi;
    }

    /**
     * The comma that opens an appositive, relative clause or aside closed by the comma at {@code t}
     * ("Ann Lee, a lawyer, said …", "Lee, who chairs the board, said …"), whose verb then has the noun
     * before the aside for subject; -1 when there is none.
     */
    private int asideOpening(int lo, int t) {
        for (int k = t - 1; k > lo && k >= t - 15; k--) {
            if (text.text(text.token(k)).equals(",")) {
                String tag = text.token(k + 1).tag();
                return tag.equals("WP") || tag.equals("WDT") || t - k <= 10 && !hasFinite(k + 1, t - 1) ? k : -1;
            }
        }
        return -1;
    }

    /** The first token of the noun phrase that ends before {@code end} ("the party's new chair"), at least {@code lo}. */
    private int nounPhraseStart(int lo, int end) {
        int k = end;
        while (k > lo && NOUN_PHRASE_TAGS.contains(text.token(k - 1).tag())) {
            k--;
        }
        return k;
    }

    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP",
            "PRP$", "DT", "JJ", "POS", "CD");

    /** A finite "have" stands in {@code [lo, t)}: a participle after a conjunction shares it ("has released … and called for …"). */
    private boolean perfectBefore(int lo, int t) {
        for (int k = lo; k < t; k++) {
            if (isFinite(text.token(k)) && text.token(k).lemma().equals("have")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An infinitive content goes on after the conjunction at {@code t} with a second infinitive
     * whose verb is a cue ("to name the buyer or explain why …").
     */
    private boolean secondInfinitiveCue(int lo, int t) {
        return text.token(lo).tag().equals("TO") && text.token(t + 1).tag().equals("VB") && quotationOf[t + 1] < 0
                && cueSites.isCueAt(t + 1) && !hasFinite(lo, t - 1);
    }

    /**
     * After ", but" or ", and" that close a reported clause, the statement goes on: a second "that"
     * clause of the same cue ("…, but that he would not support …"), or a predicate without a subject
     * whose verb tells the clause subject's wish, plan or belief ("…, but hasn't decided what …").
     * After a clause, such a predicate is the reported subject's; after an object it would be the
     * speaker's own act.
     */
    private boolean continuesStatement(int from, int hi) {
        if (from + 1 > hi || quotationOf[from] >= 0) {
            return false;
        }
        if (text.text(text.token(from)).equalsIgnoreCase("that")) {
            return !text.token(from + 1).isVerb(); // "that is why …": the pronoun, a new sentence's subject
        }
        for (int t = from; t <= hi && t <= from + 3; t++) {
            Token k = text.token(t);
            if (cueSites.isStateOfMindAt(t) && k.isVerb()) {
                return true;
            }
            if (!SubjectFinder.isAuxiliary(k) && !k.tag().equals("RB")) {
                return false;
            }
        }
        return false;
    }

    /** Tokens {@code [from, hi]} are a short "SUBJECT cue" or "cue SUBJECT" ending the content. */
    private boolean closingAttribution(int from, int hi) {
        if (hi - from > 6) {
            return false;
        }
        for (int t = from; t <= hi; t++) {
            if (quotationOf[t] < 0 && cueSites.isCueAt(t) && isFinite(text.token(t))) {
                return true;
            }
        }
        return false;
    }
}
