package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * Finds what a reporting cue reports: its clause ("said (that) …", past adjuncts and an
 * addressee) or, for verbs of saying and framing without a clause, their object or topic. Each has
 * a token-pattern form and a dependency-parse form. Ranges are inclusive token indices
 * {first, last}, untrimmed. One instance per article.
 */
final class ContentFinder {

    private final AnnotatedText text;
    private final SubjectFinder subjects;
    private final int[] quotationOf;
    private final boolean[] direct;
    private final StanceNoun stanceObject;
    private final ObjectInsertion aside;
    private final ObjectClause objectClause;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     * @param direct      for each quotation, whether it is a direct quote (filled by the caller)
     */
    ContentFinder(AnnotatedText text, SubjectFinder subjects, int[] quotationOf, boolean[] direct) {
        this.text = text;
        this.subjects = subjects;
        this.quotationOf = quotationOf;
        this.direct = direct;
        this.stanceObject = new StanceNoun(text);
        this.objectClause = new ObjectClause(text);
        this.askedQuestion = new AskedAdjunct(text, quotationOf);
        this.aside = new ObjectInsertion(text, quotationOf);
    }

    /**
     * The reported clause after a cue: its clausal complement; or, where the parser left the
     * complement without "that" loose ({@code said Iran … has turned}: obj + dep), everything from
     * the first argument after the cue to the end of the loose clause.
     */
    int[] complement(int cue, DependencyGraph g) {
        List<Integer> comps = g.children(cue, "ccomp");
        if (!comps.isEmpty()) {
            int[] b = g.subtreeBounds(comps.get(0));
            if (b[0] > cue && b[1] - b[0] >= 2) {
                return b;
            }
            if (b[0] < cue && b[1] < cue) {
                return b; // "…, he said." parsed with the clause as complement
            }
        }
        return looseClause(cue, g);
    }

    /**
     * The reported clause the parser did not attach as a complement ({@code say the program … has
     * brought}, parsed as obj + dep): the rest of the sentence after the cue, its adjuncts ("in a
     * statement Sunday") and, for "tell", its addressee, when it holds a finite verb.
     */
    private int[] looseClause(int cue, DependencyGraph g) {
        Sentence s = text.sentenceOf(cue);
        int lo = cue + 1;
        boolean tell = text.token(cue).lemma().equals("tell");
        boolean moved = true;
        while (moved && lo < s.endToken()) {
            moved = false;
            for (Dependency d : g.children(cue)) {
                int t = d.dependent();
                String rel = d.relation();
                boolean adjunct = rel.startsWith("obl") || rel.startsWith("advmod") || rel.equals("nmod:tmod")
                        || (tell && (rel.equals("obj") || rel.equals("iobj")));
                if (adjunct && g.subtreeBounds(t)[0] == lo && !text.text(text.token(t)).equalsIgnoreCase("that")) {
                    lo = g.subtreeBounds(t)[1] + 1;
                    if (rel.equals("obj") || rel.equals("iobj")) {
                        tell = false;
                    }
                    moved = true;
                }
            }
            if (lo < s.endToken() && text.text(text.token(lo)).equals(",")) {
                return null; // "said, …" is followed by a quotation or an aside
            }
        }
        if (lo >= s.endToken() || quotationOf[lo] >= 0) {
            return null;
        }
        int hi = s.endToken() - 1;
        boolean finite = false;
        for (int t = lo; t <= hi; t++) {
            if (quotationOf[t] >= 0 && direct[quotationOf[t]]) {
                hi = t - 1;
                break;
            }
            String tag = text.token(t).tag();
            finite |= tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP") || tag.equals("MD");
        }
        return finite && hi - lo >= 2 ? new int[]{lo, hi} : null;
    }

    /**
     * What a verb of saying or framing is about when it has no clause: its object and the phrase
     * after it ("criticized the party's lack of awareness", "called for a recount").
     */
    int[] object(int cue, DependencyGraph g) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (Dependency d : g.children(cue)) {
            int t = d.dependent();
            String rel = d.relation();
            boolean forPhrase = rel.startsWith("obl") && !g.children(t, "case").isEmpty()
                    && text.text(text.token(g.children(t, "case").get(0))).equalsIgnoreCase("for");
            if (t > cue && (rel.equals("obj") || rel.equals("xcomp") || rel.equals("ccomp") || forPhrase)
                    && quotationOf[t] < 0) { // ccomp: "questioned how the agency could …"
                int[] b = g.subtreeBounds(t);
                lo = Math.min(lo, b[0]);
                hi = Math.max(hi, b[1]);
            }
        }
        return hi < 0 ? null : new int[]{lo, joinedPhraseEnd(lo, hi)};
    }

    /**
     * Where an object parsed as {@code [lo, hi]} ends when a last phrase joined after a comma follows
     * it, which the parse often hangs on the verb ("thanked the crews, as well as their families"):
     * the sentence's last word; else {@code hi}.
     */
    private int joinedPhraseEnd(int lo, int hi) {
        Sentence s = text.sentenceOf(hi);
        int last = TokenRanges.isEdgePunct(text, s.endToken() - 1) ? s.endToken() - 2 : s.endToken() - 1;
        return hi + 2 < last && continuesObject(hi + 1, lo) && joinedPhrase(hi + 2) ? last : hi;
    }

    private final AskedAdjunct askedQuestion;

    /** Prepositions that belong to the cue when a verb of saying takes its topic with them. */
    private static final Set<String> ABOUT = Set.of("about", "of", "on", "against", "for", "over");
    /** Cues that report a question or knowledge, whose "when" clause is the content ("asked when …"). */
    private static final Set<String> QUESTION_CUES = Set.of("ask", "wonder", "question", "know", "explain", "disclose",
            "reveal", "learn", "decide", "discuss", "show", "predict", "estimate", "announce");

    /** Verbs of speaking that report only a topic given with a preposition ("spoke about X"). */
    static final Set<String> TOPIC_ONLY = Set.of("speak");
    /** Cues whose object is the one spoken to, not what is said ("told reporters"). */
    static final Set<String> ADDRESSEE_CUES = Set.of("tell", "inform", "assure", "remind", "advise", "warn",
            "email");

    /** Pronouns that can only be an addressee, never the subject of the clause after it ("told them …"). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them");

    /**
     * How far "that" may follow a cue whose object is the one spoken to: an addressee with its own
     * adjuncts comes first ("told a packed hall in the old mill town last night that …").
     */
    private static final int ADDRESSEE_REACH = 14;

    /** The reported clause after a cue, from tokens: "(that) CLAUSE", past adjuncts and an addressee. */
    int[] afterCue(int cue) {
        Sentence s = text.sentenceOf(cue);
        int lo = cue + 1;
        if (lo >= s.endToken()) {
            return null;
        }
        int afterTime = timeRunEnd(lo, s);
        if (afterTime > lo && (afterTime >= s.endToken() || TokenRanges.isEdgePunct(text, afterTime))) {
            return null; // "…, lawmakers said Friday afternoon, as they …": when, and the writer's aside
        }
        if (adjunctBeforeParticiple(lo, s)) {
            return null; // "…, she said Tuesday in Paris, noting that …": when and where, then her next act
        }
        lo = pastTimeAdjunct(lo, s); // "said Tuesday the plan …", "said on Friday he …": when, not what
        // "said in a statement Sunday that", "told VOA that": jump to a near "that" over a verbless stretch
        int reach = ADDRESSEE_CUES.contains(text.token(cue).lemma()) ? ADDRESSEE_REACH : 8;
        for (int t = lo; t < s.endToken() && t <= lo + reach; t++) {
            Token k = text.token(t);
            if (quotationOf[t] >= 0 || text.text(k).equals(",") && t == lo) {
                break;
            }
            if (text.text(k).equalsIgnoreCase("that")) {
                lo = relativeThat(t, lo) ? lo : t;
                break;
            }
            if (k.isVerb() || text.text(k).equals(",")) {
                break;
            }
        }
        lo = askedQuestion.after(cue, lo); // "asked on Monday whether …": past the adjunct to the question
        Token first = text.token(lo);
        String w = text.text(first).toLowerCase(java.util.Locale.ROOT);
        if (!w.equals("that") && ADDRESSEE_CUES.contains(text.token(cue).lemma())) {
            // "told reporters the plan …": skip a pronoun or a name as the addressee
            if (first.tag().equals("PRP") || subjects.isName(lo) || first.tag().startsWith("NNS")) {
                int end = lo;
                while (subjects.isName(lo) && end + 1 < s.endToken() && subjects.isName(end + 1)) {
                    end++;
                }
                if (end + 1 >= s.endToken()) {
                    return null;
                }
                // "warned they could …": the subject of the clause, not the one spoken to
                if (OBJECT_PRONOUNS.contains(w) || !SubjectFinder.isFinite(text.token(end + 1))) {
                    lo = pastTimeAdjunct(end + 1, s); // "told reporters Tuesday the plan …"
                    if (lo >= s.endToken()) {
                        return null;
                    }
                    first = text.token(lo);
                }
            }
        }
        String tag = first.tag();
        boolean starts = w.equals("that") || tag.equals("DT") || tag.equals("PRP") || tag.equals("PRP$")
                || tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("EX")
                || tag.equals("WP") || tag.equals("WRB") || tag.equals("WDT") || tag.equals("TO")
                || w.equals("whether") || w.equals("if")
                || tag.equals("RB") && finiteGroup(cue) // "says too much is …", "has said there were …"
                || tag.equals("PDT") || gerundSubject(lo, s) // "suggest such a plan could …", "says running for office is …"
                || PAIR_OPENERS.contains(w); // "says neither the mayor nor his staff knew …"
        if (!starts || quotationOf[lo] >= 0 && direct[quotationOf[lo]]) {
            return null;
        }
        if (w.equals("when") && !QUESTION_CUES.contains(text.token(cue).lemma())) {
            return null; // "what she said when she resigned": a time, not a question reported
        }
        int hi = s.endToken() - 1;
        for (int t = lo; t <= hi; t++) {
            if (quotationOf[t] >= 0 && direct[quotationOf[t]]) {
                hi = t - 1;
                break;
            }
        }
        return hi - lo >= 1 ? new int[]{lo, hi} : null;
    }

    /**
     * "that" at {@code t}, after a noun of the stretch from {@code lo} and before a finite verb,
     * relates that noun ("recalled a trip that changed her mind"): the cue's object goes on through
     * it, no clause of the cue begins there.
     */
    private boolean relativeThat(int t, int lo) {
        return t > lo && t + 1 < text.tokens().size() && text.token(t - 1).isNoun()
                && SubjectFinder.isFinite(text.token(t + 1));
    }

    /** How long a verbless adjunct after a cue may be ("said on Tuesday in Paris"), in tokens. */
    private static final int CUE_ADJUNCT = 6;

    /**
     * A short verbless stretch from {@code lo} ends at a comma and a participle follows it: the cue's
     * adjuncts and the speaker's next act ("said Tuesday in Paris, noting …"), no clause reported.
     */
    private boolean adjunctBeforeParticiple(int lo, Sentence s) {
        for (int t = lo; t < s.endToken() && t <= lo + CUE_ADJUNCT; t++) {
            Token k = text.token(t);
            if (text.text(k).equals(",")) {
                return t > lo && t + 1 < s.endToken() && text.token(t + 1).tag().equals("VBG");
            }
            if (quotationOf[t] >= 0 || k.isVerb() || k.tag().equals("MD") || text.lowerWord(t).equals("that")) {
                return false;
            }
        }
        return false;
    }

    /** Conjunctions that join a second word to the one before them; not "both", "yet" ("not saying yet what …"). */
    private static final Set<String> JOINERS = Set.of("and", "or", "nor");

    /** Conjunctions that open a paired subject ("neither X nor Y", "both X and Y"), tagged CC. */
    private static final Set<String> PAIR_OPENERS = Set.of("neither", "either", "both");

    /** Words that open a clause of their own: a gerund before one is no subject of the clause after. */
    private static final Set<String> SUBORDINATORS = Subordinators.adverbialAnd("that", "whether");

    /** How far a gerund subject's verb may follow it: its object with a place phrase ("expanding the park on the north shore"). */
    private static final int GERUND_SUBJECT_REACH = 12;

    /**
     * A gerund that opens the reported clause as its subject ({@code says running for office is
     * tough}, {@code said legalizing it could put …}): a finite verb follows within a few words, with
     * no comma, quotation or clause opener between.
     */
    boolean gerundSubject(int lo, Sentence s) {
        if (!text.token(lo).tag().equals("VBG")) {
            return false;
        }
        for (int t = lo + 1; t < s.endToken() && t <= lo + GERUND_SUBJECT_REACH; t++) {
            Token k = text.token(t);
            if (SubjectFinder.isFinite(k)) {
                return true;
            }
            String tag = k.tag();
            if (quotationOf[t] >= 0 || TokenRanges.isEdgePunct(text, t) || tag.startsWith("W") || tag.equals("CC")
                    || SUBORDINATORS.contains(text.lowerWord(t))) {
                return false;
            }
        }
        return false;
    }

    /** What a framing verb is about, from tokens: the phrase after it up to the next comma or the end. */
    int[] objectOf(int cue) {
        Sentence s = text.sentenceOf(cue);
        int lo = pastTimeAdjunct(cue + 1, s); // "announced on Friday the closure of …": when, then what
        if (lo < s.endToken() && (JOINERS.contains(text.lowerWord(lo)) || asWellAs(lo))) {
            return null; // "were mocked and criticized", "admitting and resettling refugees": one of two words joined
        }
        if (lo < s.endToken() && text.token(lo).tag().equals("RP")) {
            lo++; // "pointed out"
        }
        if (lo < s.endToken() && ABOUT.contains(text.lowerWord(lo))) {
            lo++; // "talked about X", "called for X", "railed against X": the cue takes the preposition
        } else if (TOPIC_ONLY.contains(text.token(cue).lemma())) {
            return null; // "spoke for five minutes", "spoke in a cottage": no topic, nothing reported
        }
        int hi = lo;
        boolean embedded = false;
        boolean verbPending = false; // a clause opened in the object still waits for its finite verb
        while (hi < s.endToken() && quotationOf[hi] < 0) {
            int asideEnd = TokenRanges.isEdgePunct(text, hi) ? aside.close(hi, lo, verbPending) : -1;
            if (asideEnd > 0) {
                hi = asideEnd + 1; // "urged the mayor, who took office in May, to resign"
                continue;
            }
            if (TokenRanges.isEdgePunct(text, hi) && !continuesObject(hi, lo)) {
                break;
            }
            Token k = text.token(hi);
            // "questioned how Cruz could …", "disputes the idea that she …": the clause belongs to the object
            boolean opener = objectClause.opensAt(hi, lo);
            embedded |= opener;
            verbPending = (opener || verbPending) && !SubjectFinder.isFinite(k);
            if (!embedded && (k.tag().equals("VBD") || k.tag().equals("VBZ") || k.tag().equals("VBP")
                    || k.tag().equals("MD")) && !afterDeterminer(hi, lo) && !headless(lo, hi)) {
                break;
            }
            hi++;
        }
        if (hi - 1 >= lo && onlyTime(lo, hi - 1)) {
            return null; // "said last week": when, not what
        }
        if (hi - 1 >= lo) {
            lo = stanceObject.topicStart(cue, lo, hi - 1); // "expressed deep concern about [the policy]"
        }
        // "claims to be": an infinitive is no object (verbs that report one take it as their clause)
        return hi - 1 >= lo && lo < s.endToken() && !text.token(lo).tag().equals("IN") && !text.token(lo).tag().equals("TO")
                ? new int[]{lo, hi - 1} : null;
    }

    /**
     * The object {@code [lo, t)} is an article or possessive with only modifiers after it, so the
     * present-tense verb at {@code t} is the tagger's misreading of its head noun ("questioned the
     * very need for …", "praised her best work").
     */
    private boolean headless(int lo, int t) {
        if (t - 1 < lo || !text.token(t).tag().startsWith("VBP") && !text.token(t).tag().equals("VBZ")
                || !ARTICLES.contains(text.lowerWord(lo)) && !text.token(lo).tag().equals("PRP$")) {
            return false;
        }
        for (int k = lo + 1; k < t; k++) {
            String tag = text.token(k).tag();
            if (!tag.startsWith("JJ") && !tag.equals("RB")) {
                return false;
            }
        }
        return true;
    }

    /** Articles: a past-tense tag right after one is a participle before a noun ("the failed plan"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * The past-tense verb at {@code t} follows a possessive or an article inside the object: the
     * tagger's misreading of a participle before a noun ("Trump's proposed wall", "the failed plan").
     */
    private boolean afterDeterminer(int t, int lo) {
        if (t - 1 < lo || !text.token(t).tag().equals("VBD")) {
            return false;
        }
        String before = text.token(t - 1).tag();
        return before.equals("POS") || before.equals("PRP$") || ARTICLES.contains(text.lowerWord(t - 1));
    }

    private static final Set<String> TIME_WORDS = Set.of("last", "next", "this", "week", "month", "year", "today",
            "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "morning", "afternoon", "evening", "night", "weekend", "earlier", "later", "ago", "recently", "again", "repeatedly");

    /** Words of time that only open a time phrase ("last week", "on Monday"), never close one. */
    private static final Set<String> TIME_MODIFIERS = Set.of("last", "next", "this", "on");

    /** The first token from {@code lo} in sentence {@code s} that is no word of time. */
    private int timeRunEnd(int lo, Sentence s) {
        int t = lo;
        while (t < s.endToken() && onlyTime(t, t)) {
            t++;
        }
        return t;
    }

    /**
     * Where the words after a time adjunct opening at {@code lo} begin: past the last word of time
     * that can close one ("on Friday", "last week"), not past "this" of "this plan", a number ("said
     * 20 people …"), a possessor ("Tuesday's vote") nor an adverb of a modifier ("recently released
     * polls"); {@code lo} when there is none.
     */
    int pastTimeAdjunct(int lo, Sentence s) {
        int afterTime = timeRunEnd(lo, s);
        if (afterTime < s.endToken() && afterTime > lo && (text.token(afterTime).tag().equals("POS")
                || text.token(afterTime - 1).tag().equals("RB") && modifier(text.token(afterTime)))) {
            return lo;
        }
        for (int t = afterTime - 1; t >= lo; t--) {
            if (!TIME_MODIFIERS.contains(text.lowerWord(t)) && !text.token(t).tag().equals("CD")) {
                return t + 1;
            }
        }
        return lo;
    }

    private static boolean modifier(Token k) {
        return k.tag().startsWith("JJ") || k.tag().equals("VBN");
    }

    /** Tokens {@code [lo, hi]} are only words of time ("last week", "on Tuesday"). */
    boolean onlyTime(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            String w = text.lowerWord(t);
            if (!TIME_WORDS.contains(w) && !w.equals("on") && !text.token(t).tag().equals("CD")) {
                return false;
            }
        }
        return true;
    }

    /** Adverbs that single out a part of the object after a comma ("new parks, especially in the north"). */
    private static final Set<String> FOCUS = Set.of("especially", "particularly", "notably");

    /**
     * A comma inside an object: before a modifier ("the legacy of racism, enshrined in …", "super
     * PACs, including …"), a part singled out ("…, especially …"), the rest of a list or a last
     * phrase joined to it ("…, and a need to …", "…, as well as …"), not before a new clause, a
     * closing attribution or a participle of the speaker ("…, saying …", "…, and he …", "…, Trump
     * said").
     */
    private boolean continuesObject(int comma, int lo) {
        if (!text.text(text.token(comma)).equals(",") || comma + 1 >= text.tokens().size() || comma == lo) {
            return false;
        }
        Token next = text.token(comma + 1);
        if (next.sentence() != text.token(comma).sentence() || quotationOf[comma + 1] >= 0) {
            return false;
        }
        if (coordinateAdjectives(comma)) {
            return true; // "rejected the costly, risky plan": adjectives of one noun
        }
        if (comma - lo < 2) {
            return text.token(lo).isNoun() && listOfNouns(comma + 1); // "outlined trade, energy and banking sanctions"
        }
        String tag = next.tag();
        return tag.equals("VBN") || text.text(next).equalsIgnoreCase("including")
                || text.text(next).equalsIgnoreCase("such") || FOCUS.contains(text.lowerWord(comma + 1))
                || listOfNouns(comma + 1) || joinedPhrase(comma + 1) || listOfInfinitives(comma, lo);
    }

    /**
     * A comma inside a phrase from {@code lo} that goes on with the rest of a list: of noun phrases
     * ("of fares, tolls and rents") or of verb phrases after an infinitive ("to cut fares, add boats
     * and …").
     */
    boolean continuesList(int comma, int lo) {
        return listOfNouns(comma + 1) || listOfInfinitives(comma, lo);
    }

    /**
     * After an object's infinitive, the rest of a list of verb phrases closed by "and"/"or" ("urged
     * the board to cut fares, add boats and extend the hours"): a base verb right after the comma,
     * and one after a later conjunction, with no stronger stop before it.
     */
    private boolean listOfInfinitives(int comma, int lo) {
        Sentence s = text.sentenceOf(comma);
        if (!infinitiveBefore(comma, lo) || !baseVerbAt(comma + 1, s)) {
            return false;
        }
        for (int t = comma + 2; t < s.endToken() - 1; t++) {
            if (quotationOf[t] >= 0 || TokenRanges.isEdgePunct(text, t) && !text.lowerWord(t).equals(",")) {
                return false;
            }
            if (JOINERS.contains(text.lowerWord(t)) && baseVerbAt(t + 1, s)) {
                return true;
            }
        }
        return false;
    }

    /** "to" and a base verb in {@code [lo, comma)}, with no finite verb after it. */
    private boolean infinitiveBefore(int comma, int lo) {
        for (int t = comma - 1; t > lo; t--) {
            if (SubjectFinder.isFinite(text.token(t))) {
                return false;
            }
            if (text.token(t).tag().equals("VB") && text.token(t - 1).tag().equals("TO")) {
                return true;
            }
        }
        return false;
    }

    /** A base verb at {@code t}, after an adverb or "to" ("…, to get out", "and also spend"). */
    private boolean baseVerbAt(int t, Sentence s) {
        while (t + 1 < s.endToken() && (text.token(t).tag().equals("RB") || text.token(t).tag().equals("TO"))) {
            t++;
        }
        return t < s.endToken() && quotationOf[t] < 0 && text.token(t).tag().equals("VB");
    }

    /**
     * An adjective before {@code comma} and another after it that still waits for its noun ("its
     * old, trusted partner", "a long, drawn-out fight"); the tagger reads a participle or a
     * hyphenated compound's last part as a verb.
     */
    private boolean coordinateAdjectives(int comma) {
        String before = text.token(comma - 1).tag();
        // a participle only after a determiner or as a compound's last part ("a protracted, …", "full-blown,
        // …"): "was taken and looted, …" ends a clause
        String twoBefore = comma >= 2 ? text.token(comma - 2).tag() : "";
        boolean compound = before.equals("VBN") && (twoBefore.equals("HYPH") || twoBefore.equals("DT")
                || twoBefore.equals("PRP$"));
        if (!before.startsWith("JJ") && !compound || comma + 2 >= text.tokens().size()) {
            return false;
        }
        Token next = text.token(comma + 1);
        Token after = text.token(comma + 2);
        return next.tag().startsWith("JJ") || after.tag().equals("HYPH")
                || (next.tag().equals("VBN") || next.tag().equals("VBD")) && after.isNoun();
    }

    /**
     * A conjunction or "as well as" at {@code from} and, after it, no verb of its own to the sentence
     * end: a last phrase joined to the object ("emphasized growth, and a need to cut costs", "thanked
     * his staff, as well as his family"), which a clause of the writer would not be.
     */
    private boolean joinedPhrase(int from) {
        int rest = text.token(from).tag().equals("CC") ? from + 1 : asWellAs(from) ? from + 3 : -1;
        Sentence s = text.sentenceOf(from);
        if (rest < 0 || rest >= s.endToken() - 1 || text.token(rest).tag().equals("TO")) {
            return false; // "…, as well as to respond …": a second act, no phrase
        }
        for (int t = rest; t < s.endToken(); t++) {
            Token k = text.token(t);
            if (quotationOf[t] >= 0 || SubjectFinder.isFinite(k)
                    || TokenRanges.isEdgePunct(text, t) && !text.text(k).equals(",") && t < s.endToken() - 1) {
                return false;
            }
        }
        return true;
    }

    private boolean asWellAs(int t) {
        return t + 2 < text.tokens().size() && text.lowerWord(t).equals("as") && text.lowerWord(t + 1).equals("well")
                && text.lowerWord(t + 2).equals("as");
    }

    /**
     * Noun phrases separated by commas from {@code from}, closed by "and"/"or" and a last one, with
     * no verb: the rest of a list the object opens ("questioned his tactics, his judgment and his
     * decency").
     */
    private boolean listOfNouns(int from) {
        Sentence s = text.sentenceOf(from);
        boolean conjunction = false;
        for (int t = from; t < s.endToken() && t <= from + 25; t++) {
            Token k = text.token(t);
            String w = text.text(k);
            if (quotationOf[t] >= 0) {
                return false;
            }
            if (k.tag().equals("CC")) {
                if (t == from && PAIR_OPENERS.contains(text.lowerWord(t))) {
                    return false; // "…, both in May and in June": a pair set off after the phrase, no list of its own
                }
                conjunction = t > from;
                continue;
            }
            if (w.equals(",")) {
                if (conjunction) {
                    return true; // "…, his judgment and his decency, …"
                }
                continue;
            }
            boolean nominal = k.isNoun() || k.tag().equals("DT") || k.tag().equals("PRP$") || k.tag().startsWith("JJ")
                    || k.tag().equals("CD") || k.tag().equals("POS") || k.tag().equals("IN") || k.tag().equals("HYPH")
                    || participleBeforeNoun(t, s) || PARENTHESES.contains(text.lowerWord(t)) || k.tag().equals("RB") && afterConjunction(t);
            if (!nominal) {
                return conjunction && (TokenRanges.isEdgePunct(text, t) || t == s.endToken() - 1);
            }
        }
        return conjunction;
    }


    /** Brackets around a list member's own note ("Sen. Ann Ruiz (D-Ore.)"). */
    private static final Set<String> PARENTHESES = Set.of("(", ")", "-lrb-", "-rrb-");

    /**
     * A participle used as an adjective: it opens a noun phrase (no noun before it: "voters
     * exhibiting more anger" is a clause) and a noun or an adjective follows it ("aging pipes",
     * "of lost wages").
     */
    private boolean participleBeforeNoun(int t, Sentence s) {
        String tag = text.token(t).tag();
        Token before = text.token(t - 1);
        return (tag.equals("VBG") || tag.equals("VBN")) && t + 1 < s.endToken()
                && !before.isNoun() && !before.tag().equals("PRP")
                && (text.token(t + 1).isNoun() || text.token(t + 1).tag().startsWith("JJ"));
    }

    /** An adverb right after a conjunction ("or even", "and perhaps"). */
    private boolean afterConjunction(int t) {
        return text.token(t - 1).tag().equals("CC");
    }

    /** Whether the cue is finite or follows an auxiliary that is ("said", "has long said", "did not say"). */
    private boolean finiteGroup(int cue) {
        int t = cue - 1;
        while (t >= text.sentenceOf(cue).firstToken() && text.token(t).tag().equals("RB")) {
            t--;
        }
        return SubjectFinder.isFinite(text.token(cue))
                || t >= text.sentenceOf(cue).firstToken() && SubjectFinder.isAuxiliary(text.token(t));
    }
}
