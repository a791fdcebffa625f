package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.model.Speaker;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

import static org.newsgraph.analysis.quote.SubjectFinder.isFinite;

/**
 * Reported speech named by a phrase instead of a verb: {@code according to X} (the clause before or
 * after the source phrase) and a noun of statement with its "that" clause ({@code Trump's claim
 * that …}).
 */
final class PhraseCues {

    /** Words that open a clause inside the noun's clause ("that taxes rise IF rates fall"). */
    private static final Set<String> SUBORDINATORS = Subordinators.adverbialAnd("that", "whether");

    /** Nouns of statement that name a thought ("Meyer's belief that …"). */
    private static final Set<String> THOUGHT_NOUNS = Set.of("belief", "view", "fear", "hope", "concern", "worry",
            "expectation", "suspicion", "conviction", "assumption");

    private final AnnotatedText text;
    private final int[] quotationOf;
    private final boolean[] direct;
    private final SpeakerTracker tracker;
    private final SubjectFinder subjects;
    private final TokenRanges ranges;
    private final FoundQuotes found;
    private final ClauseEnd clauseEnd;

    PhraseCues(AttributionContext c) {
        this.text = c.text();
        this.quotationOf = c.marks().quotationOf;
        this.direct = c.marks().direct;
        this.tracker = c.tracker();
        this.subjects = c.subjects();
        this.ranges = c.ranges();
        this.found = c.found();
        this.clauseEnd = c.clauseEnd();
    }

    /** Adds the statement attributed by "according to X" at token {@code t} of {@code s}, if any. */
    void according(Sentence s, int t, DependencyGraph g) {
        if (g == null) {
            accordingByTokens(s, t);
            return;
        }
        int x = g.head(t);
        if (x <= t + 1 || x >= s.endToken()) {
            x = t + 2 < s.endToken() ? t + 2 : -1;
            if (x < 0) {
                return;
            }
        }
        int[] xb = g.subtreeBounds(x);
        int phraseEnd = xb[1];
        for (int i = t + 2; i <= xb[1]; i++) {
            if (text.text(text.token(i)).equals(",") && i > x) {
                phraseEnd = i - 1;
                break;
            }
        }
        int speakerToken = x;
        // "according to retired CIA officer and top Iran analyst, Norman Roule, …": the name after the title
        int next = phraseEnd + 1;
        int nameEnd = appositiveNameEnd(s, next);
        if (nameEnd >= 0) {
            speakerToken = nameEnd;
            phraseEnd = nameEnd;
        }
        int speaker = speakerToken;
        int governor = x;
        addAccording(s, t, phraseEnd,
                () -> speaker == governor ? tracker.resolve(governor, g) : tracker.resolve(speaker, null));
    }

    private void accordingByTokens(Sentence s, int t) {
        int from = t + 2;
        int end = from;
        while (end < s.endToken() && !ranges.isEdgePunct(end) && !isFinite(text.token(end))) {
            end++;
        }
        if (end == from) {
            return;
        }
        int phraseEnd = end - 1;
        int head = phraseEnd;
        for (int k = from; k <= phraseEnd; k++) {
            if (text.token(k).tag().equals("IN") && k > from) {
                head = k - 1;
                break;
            }
        }
        Span mention = text.span(from, head + 1);
        int nameEnd = appositiveNameEnd(s, end);
        if (nameEnd >= 0) {
            mention = text.span(end + 1, nameEnd + 1);
            head = nameEnd;
            phraseEnd = nameEnd;
        }
        int speakerHead = head;
        Span speakerMention = mention;
        addAccording(s, t, phraseEnd, () -> tracker.resolve(speakerHead, null, speakerMention));
    }

    /**
     * Adds the reported content of "according to X" at cue {@code t}: the longer of the clause
     * before the cue and the one after the source phrase ending at {@code phraseEnd}. The speaker is
     * resolved only when there is content, as the tracker remembers whom it resolved.
     */
    private void addAccording(Sentence s, int t, int phraseEnd, java.util.function.Supplier<Speaker> speaker) {
        int[] left = ranges.trim(s.firstToken(), t - 1);
        int[] right = ranges.trim(phraseEnd + 1, s.endToken() - 1);
        int[] r = left == null ? right : right == null ? left : (left[1] - left[0] >= right[1] - right[0] ? left : right);
        if (r == null || r[1] - r[0] < 2 || ranges.coversDirect(r[0], r[1])) {
            return;
        }
        Speaker sp = speaker.get();
        QuoteKind kind = ranges.containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        found.add(new Found(kind, text.span(r[0], r[1] + 1), sp, text.span(t, t + 2), t));
    }

    /** The last token of a person's name set off after a comma at {@code comma} ("…, Norman Roule"), or -1. */
    private int appositiveNameEnd(Sentence s, int comma) {
        if (comma + 1 >= s.endToken() || !text.text(text.token(comma)).equals(",") || !subjects.isName(comma + 1)
                || !"PERSON".equals(text.token(comma + 1).ner())) {
            return -1;
        }
        int e = comma + 1;
        while (e + 1 < s.endToken() && subjects.isName(e + 1)) {
            e++;
        }
        return e;
    }

    /**
     * A noun of statement with its "that" clause, {@code Trump's claim that the election is rigged}:
     * the clause is the content, a possessive before the noun the speaker.
     */
    void nounCue(Sentence s, int t) {
        int that = t + 1;
        if (that + 2 >= s.endToken() || !text.text(text.token(that)).equalsIgnoreCase("that")
                || insideFound(text.token(t).start())) {
            return;
        }
        int hi = s.endToken() - 1;
        for (int k = that + 1; k <= hi; k++) {
            if (quotationOf[k] >= 0 && direct[quotationOf[k]] || ranges.isEdgePunct(k) && !text.text(text.token(k)).equals(",")) {
                hi = k - 1;
                break;
            }
        }
        int[] r = ranges.trim(that, hi);
        if (r == null || r[1] - r[0] < 2 || !ranges.isClause(r[0], r[1]) || !ranges.subjectBeforeFinite(r[0] + 1, r[1])) {
            return; // "the claim that he made": a relative clause, no statement
        }
        // the clause ends as a verb's does (", despite …", ", which …"); it has no end rule of its own
        r[1] = clauseEnd.end(r[0], ranges.cutAtNextAttribution(r[0], r[1]), false);
        r[1] = beforeMainPredicate(s, t, r[0], r[1]);
        Speaker sp = null;
        int p = t - 1;
        while (p >= s.firstToken() && text.token(p).tag().startsWith("JJ")) {
            p--; // "his repeated claim"
        }
        if (p >= s.firstToken() && text.token(p).tag().equals("PRP$")) {
            sp = tracker.resolve(p, null, text.token(p).span());
        } else if (p - 1 >= s.firstToken() && text.token(p).tag().equals("POS") && subjects.isName(p - 1)) {
            int b = p - 1;
            while (b - 1 >= s.firstToken() && subjects.isName(b - 1)) {
                b--;
            }
            sp = tracker.resolve(p - 1, null, text.span(b, p));
        }
        QuoteKind kind = ranges.containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        found.add(new Found(kind, text.span(r[0], r[1] + 1), sp, text.token(t).span(), t),
                THOUGHT_NOUNS.contains(text.token(t).lemma()) ? Attribution.THOUGHT : Attribution.SPEECH);
    }

    /**
     * The last token of the noun's "that" clause {@code [lo, hi]} when the noun phrase is the
     * sentence's subject: the clause stops before the main predicate ("the claim that the bridge was unsafe
     * HAS DELAYED the repairs"), a finite verb after the clause's own one that follows no noun or pronoun
     * that could be its subject. A comma, a conjunction or a subordinator on the way stops the search:
     * the clause may go on there ("that the men who left were …").
     */
    private int beforeMainPredicate(Sentence s, int t, int lo, int hi) {
        for (int k = s.firstToken(); k < t; k++) {
            if (quotationOf[k] < 0 && isFinite(text.token(k))) {
                return hi; // "Critics repeated the claim that …": the noun is an object, the predicate came first
            }
        }
        boolean clauseVerb = false;
        for (int k = lo + 1; k <= hi; k++) {
            Token tok = text.token(k);
            String tag = tok.tag();
            if (quotationOf[k] >= 0 || tag.equals(",") || tag.equals("CC") || tag.startsWith("W")
                    || tag.equals("IN") && SUBORDINATORS.contains(text.lowerWord(k))) {
                return hi;
            }
            if (!isFinite(tok)) {
                continue;
            }
            if (clauseVerb && predicateFollows(k - 1)) {
                int[] cut = ranges.trim(lo, k - 1);
                return cut == null ? hi : cut[1];
            }
            clauseVerb = true;
        }
        return hi;
    }

    /** A token that ends a complete predicate and cannot be a subject: "unsafe", "raised", "there". */
    private boolean predicateFollows(int p) {
        String tag = text.token(p).tag();
        String w = text.lowerWord(p);
        return tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("VBG") || tag.equals("RP")
                || tag.equals("RB") && !w.equals("not") && !w.equals("n't");
    }

    private boolean insideFound(int offset) {
        for (Found f : found) {
            if (f.content.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
