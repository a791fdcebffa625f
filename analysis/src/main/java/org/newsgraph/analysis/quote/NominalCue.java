package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Speaker;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

import static org.newsgraph.analysis.quote.SubjectFinder.isFinite;

/**
 * Attribution named by a noun or adjective of stance with the word that opens its content
 * ({@code her criticism of the plan}, {@code concerns about his health}, {@code is eager to
 * debate}, {@code were worried that turnout would drop}); the nouns and adjectives and their
 * opening words are the {@code nominal} rows of {@code cues.tsv}. The content runs from the opening
 * word to the end of its phrase: it ends before a finite verb that belongs to no clause
 * opened inside it ({@code questions about how it would work linger}), at a clause's punctuation (not
 * at a comma within a list or around an aside on its noun: {@code complaints by the mayor, Ann Lee, that …}), or
 * before a "from" phrase naming who holds the stance. The speaker is a possessive before the noun ({@code his
 * promise to …}), the subject of the verb taking the noun as its object ({@code Ryan shared concerns about …},
 * not {@code the mayor faced questions about …}), a "from" phrase
 * after the content ({@code criticism of the deal from Democrats}) or the subject of the copula
 * before an adjective ({@code Cruz is critical of …}), else the noun phrase right before it
 * ({@code supporters reluctant to give up}); else none.
 */
final class NominalCue {

    /**
     * Verbs whose subject meets a stance held by others ("faced criticism", "drew questions",
     * "dismissed concerns"): the noun gets no speaker from them.
     */
    private static final Set<String> RECEIVING_VERBS = Set.of("face", "draw", "receive", "get", "attract",
            "spark", "prompt", "fuel", "trigger", "dismiss", "answer", "ignore", "field", "address", "deflect",
            "brush", "reject", "deny", "take", "cause", "provoke", "invite", "respond",
            "return", "ease", "allay", "heighten", "downplay", "include");

    /** Tags between a verb and its object noun ("joined in the criticism", "doubled down on attacks"). */
    private static final Set<String> OBJECT_LEAD = Set.of("DT", "CD", "IN", "RP", "JJ", "JJR", "JJS", "RB");

    /** Linking verbs before an adjective of stance ("is critical of", "seemed eager to"). */
    private static final Set<String> LINKING_VERBS = Set.of("be", "seem", "remain", "become", "appear", "grow",
            "sound", "look", "feel");

    /** Words that open a clause inside a prepositional object ("about how …", "of whether …"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "who",
            "when", "where", "which");

    /** Tags of a subordinate clause's opening and pronoun subject, cut off an object's end. */
    private static final Set<String> SUBJECT_EDGE = Set.of("PRP", "IN", "WRB", "DT", "EX");

    private final AnnotatedText text;
    private final CueLexicon cues;
    private final int[] quotationOf;
    private final SpeakerTracker tracker;
    private final SubjectFinder subjects;
    private final TokenRanges ranges;
    private final FoundQuotes found;
    private final Set<Integer> usedCues;
    private final NonStanceNoun nonStance;
    private final ContentFinder contents;
    private final ObjectInsertion aside;

    NominalCue(AttributionContext c) {
        this.text = c.text();
        this.cues = c.cues();
        this.quotationOf = c.marks().quotationOf;
        this.tracker = c.tracker();
        this.subjects = c.subjects();
        this.ranges = c.ranges();
        this.found = c.found();
        this.usedCues = c.usedCues();
        this.nonStance = new NonStanceNoun(c.text());
        this.contents = c.contents();
        this.aside = new ObjectInsertion(c.text(), c.marks().quotationOf);
    }

    /** True when token {@code t} is a noun or adjective of stance followed by one of its opening words. */
    boolean isCueAt(int t) {
        return frameAt(t) != null;
    }

    /** Adds the attributions of the nouns and adjectives of stance in {@code s} that no other step took. */
    void attribute(Sentence s) {
        for (int t = s.firstToken(); t + 2 < s.endToken(); t++) {
            NominalFrame frame = frameAt(t);
            if (frame != null && !usedCues.contains(t) && !isTaken(t)) {
                attribute(s, t, frame);
            }
        }
    }

    private NominalFrame frameAt(int t) {
        if (t + 1 >= text.tokens().size() || quotationOf[t] >= 0) {
            return null;
        }
        Token k = text.token(t);
        NominalFrame frame = cues.nominalOf(k, text.text(k));
        if (frame == null || !frame.openers().contains(text.lowerWord(t + 1)) || nonStance.at(t)) {
            return null;
        }
        boolean adjective = !k.isNoun();
        return adjective && k.tag().equals("VBN") && linkingVerbBefore(t) < 0 ? null : frame; // "the worried voters"
    }

    private void attribute(Sentence s, int t, NominalFrame frame) {
        int open = t + 1;
        boolean that = text.lowerWord(open).equals("that");
        boolean infinitive = text.lowerWord(open).equals("to") && text.token(open + 1).tag().equals("VB");
        int hi = s.endToken() - 1;
        int from = -1;
        // finite verbs the content may still hold: one for each clause opened in it ("that …", "about how …")
        int clauseVerbs = that ? 1 : 0;
        boolean clauseOpened = that || infinitive;
        boolean clauseVerbSeen = false;
        for (int k = open + 1; k <= hi; k++) {
            String w = text.lowerWord(k);
            int asideEnd = w.equals(",") ? aside.close(k, open, clauseVerbs > 0) : -1;
            if (asideEnd > 0) {
                k = asideEnd; // "complaints by the mayor, Ann Lee, that the fares …": the aside is the noun phrase's own
                continue;
            }
            if (ranges.isEdgePunct(k) && !(w.equals(",") && (that || contents.continuesList(k, open)))
                    || quotationOf[k] >= 0 && ranges.coversDirect(k, k)) {
                hi = k - 1;
                break;
            }
            if (CLAUSE_OPENERS.contains(w) && !text.token(k).tag().equals("DT")) { // not "that plan"
                clauseOpened = true;
                clauseVerbs++;
            } else if (isFinite(text.token(k)) && clauseVerbs > 0) {
                clauseVerbs--;
                clauseVerbSeen = true;
            } else if (isFinite(text.token(k)) || clauseVerbSeen && clauseVerbs == 0 && endsClauseAsParticiple(k)) {
                hi = k - 1; // "criticism of the deal drew …": the phrase ends before the sentence's verb
                while (hi > open && SUBJECT_EDGE.contains(text.token(hi).tag())) {
                    hi--; // "… while she was": a subordinate clause's opening and subject are not the object
                }
                break;
            } else if (w.equals("from") && !clauseOpened && text.token(t).isNoun()) {
                from = k; // "criticism of the deal from Democrats"
                hi = k - 1;
                break;
            }
        }
        // the content of a preposition is its object ("questions about [his health]"); "that" and "to" stay
        boolean keepsOpener = that || text.lowerWord(open).equals("to");
        int[] r = ranges.trim(keepsOpener ? open : open + 1, hi);
        if (r == null || keepsOpener && r[1] == r[0]) { // a preposition's object may be one word ("attacks on Rubio")
            return;
        }
        if (that && (!ranges.isClause(r[0], r[1]) || !ranges.subjectBeforeFinite(r[0] + 1, r[1]))) {
            return; // "the concern that he raised": a relative clause
        }
        r[1] = ranges.cutAtNextAttribution(r[0], r[1]);
        Speaker sp = speaker(s, t, from);
        QuoteKind kind = ranges.containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(t);
        found.addStance(new Found(kind, text.span(r[0], r[1] + 1), sp, text.token(t).span(), t), frame.attribution());
    }

    private Speaker speaker(Sentence s, int t, int from) {
        if (from >= 0 && from + 1 < s.endToken()) {
            int e = from + 1;
            while (e + 1 < s.endToken() && (text.token(e + 1).isNoun() || subjects.isName(e + 1))) {
                e++;
            }
            if (text.token(e).isNoun() || text.token(e).isPronoun()) {
                return tracker.resolve(e, null, text.span(from + 1, e + 1));
            }
        }
        if (!text.token(t).isNoun()) {
            int link = linkingVerbBefore(t);
            int[] np = subjects.find(link < 0 ? t : link); // "… supporters reluctant to give up": the noun before
            return np == null ? null : tracker.resolve(np[0], null, text.span(np[1], np[2] + 1));
        }
        int p = t - 1;
        while (p >= s.firstToken() && (text.token(p).tag().startsWith("JJ") || text.token(p).tag().equals("RB"))) {
            p--; // "his repeated claim", "her very public criticism"
        }
        if (p < s.firstToken()) {
            return null;
        }
        int[] owner = subjects.possessor(p);
        if (owner != null) {
            return tracker.resolve(owner[0], null, text.span(owner[1], owner[2] + 1));
        }
        int verb = p;
        while (verb > s.firstToken() && verb > p - 4 && OBJECT_LEAD.contains(text.token(verb).tag())) {
            verb--; // "joined in the criticism of", "renewed a call for"
        }
        Token v = text.token(verb);
        if (!v.isVerb() || quotationOf[verb] >= 0 || RECEIVING_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT))) {
            return null; // "faced criticism for …", "drew questions about …": whose stance is not said
        }
        int[] np = subjects.find(verb); // "Ryan shared concerns about …"
        return np == null ? null : tracker.resolve(np[0], null, text.span(np[1], np[2] + 1));
    }

    /**
     * A past tense the tagger took for a participle right after a closed clause ("how the fund was
     * managed lingered"): two verb forms in a row cannot both belong to that clause.
     */
    private boolean endsClauseAsParticiple(int k) {
        return text.token(k).tag().equals("VBN") && text.token(k - 1).tag().equals("VBN");
    }

    /** The linking verb before adjective {@code t}, past adverbs ("is not very eager"), or -1. */
    private int linkingVerbBefore(int t) {
        int p = t - 1;
        while (p >= 0 && text.token(p).tag().startsWith("RB")) {
            p--;
        }
        return p >= 0 && text.token(p).isVerb() && LINKING_VERBS.contains(text.token(p).lemma().toLowerCase(Locale.ROOT))
                ? p : -1;
    }

    /** Another quote has this cue, or holds it in its content (PolNeAR annotates no nested attribution). */
    private boolean isTaken(int t) {
        int offset = text.token(t).start();
        for (Found f : found) {
            if (f.cueToken == t || f.cue != null && f.cue.contains(offset) || f.content.contains(offset)) {
                return true;
            }
        }
        return false;
    }

}
