package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Where a reported clause that follows its cue ends, when the sentence goes on past it with
 * material the speaker is not reported to have said: a participle of the writer's narration
 * ({@code …, citing …}; not one that goes on with a reported clause's own subject: {@code says the
 * plant will close, leaving …}, {@code …, despite …}) or comparison ({@code …, compared with …}), a trailing apposition on its last noun, with or without a relative clause
 * of its own ({@code …, a former governor}, {@code …, the alliance that includes …}; a relative
 * clause on the last noun itself stays: PolNeAR keeps it more often than not), a concessive or
 * temporal clause ({@code …, although …}, {@code …, even as …}, {@code … while at the convention}), a coordinated clause
 * with a subject and a cue of its own ({@code … and Democrats accused …}, also after a dash or a semicolon:
 * {@code … - others say …}; after a single dash, any clause with a subject of its own: {@code … - and
 * the council has not voted}) or with a new subject
 * after a comma ({@code …, and the downgrade is casting …}, also after a verbless object: {@code charged
 * [the officer with assault], and the mayor fired …}) — not a second complement clause of the
 * cue ({@code …, but that it could not …}) —, a predicate of the cue's subject after a content with no
 * finite verb of its own ({@code promised [a veto] and attempted …}, {@code wanted [to stay], but was
 * treated …}) or in the cue's own verb form where the content has none of that form ({@code said [the
 * ferry is late] but promised …}), a second participle after a participle cue ({@code criticizing [the fees] and promising
 * …}), and, when the cue sits in a clause
 * fronted before the sentence's main clause, or in an adverbial clause within the sentence, that main clause
 * ({@code Asked whether …, he said …}, {@code …, and while she said …, it is …}), or in a relative clause set
 * off by a comma, the main clause's predicate after it ({@code The mayor, who said …, signed …}). This follows
 * how the PolNeAR guidelines bound a content (the reported proposition only) and
 * how news syntax sets off the writer's additions with a comma. Ranges are inclusive token
 * indices.
 */
final class ClauseEnd {

    /** Words that open a clause fronted before the sentence's main clause ("Asked about …, he said"). */
    private static final Set<String> FRONTED_OPENERS = Subordinators.adverbialAnd("asked", "despite", "pressed");
    /** Subordinators that open the writer's own frame after a reported clause. */
    private static final Set<String> FRAME_OPENERS = Set.of("although", "though", "while", "whereas", "despite");

    /** Subordinators that open the writer's concession after "even" ("…, even as …", "…, even though …"). */
    private static final Set<String> EVEN_OPENERS = Set.of("as", "though", "while");

    /** Concessives that, without a verb of their own, qualify the reported clause rather than frame it. */
    private static final Set<String> ELLIPTICAL_CONCESSIVES = Set.of("though", "although");

    /** Words of a poll's share of respondents as a subject ("more than 4 in 10", "one in four"). */
    private static final Set<String> SHARE_WORDS = Set.of("than", "in", "of");

    /** Conjunctions that join a second predicate or clause (not "either", "both", which open a pair). */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");

    /** Punctuation before a coordinated participle that goes with it out of the content. */
    private static final Set<String> PAUSES = Set.of(",", "-", "--", "—", "–");

    private final AnnotatedText text;
    private final TokenRanges ranges;
    private final int[] quotationOf;
    private final IntPredicate isCue;
    /** How far a subject may run before its verb: a few words, or a longer phrase after ", and". */
    private static final int SHORT_SUBJECT = 5;
    private static final int LONG_SUBJECT = 8;
    private final ObjectEnd objectEnd;
    private final TrailingClause trailingClause;

    /**
     * @param ranges      finite verbs and quotations within token ranges
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     * @param isCue       whether a token is a reporting cue
     * @param times       the tokens in time expressions, where an object's adjuncts may end it
     */
    ClauseEnd(AnnotatedText text, TokenRanges ranges, int[] quotationOf, IntPredicate isCue, TimeTokens times) {
        this.text = text;
        this.ranges = ranges;
        this.quotationOf = quotationOf;
        this.isCue = isCue;
        this.objectEnd = new ObjectEnd(text, ranges, quotationOf, times);
        this.trailingClause = new TrailingClause(text, ranges);
    }

    /** An adjunct of the medium of the words ("in a statement", "on Twitter") opens at {@code t}, within {@code [t, hi]}. */
    boolean mediumAdjunct(int t, int hi) {
        return objectEnd.mediumAdjunct(t, hi);
    }

    /** A time with no preposition opens at {@code t} ("Tuesday", "last week"). */
    boolean bareTimeAt(int t) {
        return objectEnd.bareTimeAt(t);
    }

    /**
     * The last token of the reported content {@code [lo, hi]}: {@code hi}, or earlier before a
     * trailing addition. A clause must be complete (hold a finite verb) before an addition is cut
     * off ("The program, which was created in 1990, has expanded" keeps its relative clause); an
     * object ({@code object} true) needs none.
     */
    int end(int lo, int hi, boolean object) {
        if (object) {
            hi = objectEnd.end(lo, hi);
        }
        hi = trailingClause.end(lo, hi); // "…, who has since left", "… so Mr. Garcia could reopen"
        hi = beforeCoordinatedClause(lo, hi);
        // the clause's subject comes first: a finite verb counts only after it ("that IS, which …" is no clause yet)
        int subject = text.lowerWord(lo).equals("that") ? lo + 1 : lo;
        // "while he said …, it is …"; not when the content opens with a fronted phrase of its own ("said that after …, …")
        boolean fronted = inFrontedClause(lo) || cueAfterSubordinator(lo) && !opensAdjunct(subject);
        boolean relative = inRelativeClause(lo);
        if (fronted && lo + 1 < hi && text.lowerWord(lo + 1).equals(",") && quotationOf[lo + 1] < 0
                && mainClause(lo + 2, hi)) {
            return lo; // "Asked why, she said …": a one-word content ends at the comma as well
        }
        for (int t = lo + 2; t < hi; t++) {
            // "was “corrupt,” noting …": the comma sits inside the closing mark, which ends the phrase as it would
            boolean closingComma = quotationOf[t] >= 0 && quotationOf[t + 1] < 0 && text.lowerWord(t - 1).equals(",");
            if (quotationOf[t] >= 0 && !closingComma) {
                continue;
            }
            String w = closingComma ? "," : text.lowerWord(t);
            int cut = closingComma ? t : t - 1;
            Token next = text.token(t + 1);
            boolean complete = object || ranges.hasFinite(subject + 1, t - 1) || hasInfinitive(lo, t - 1);
            if (fronted && w.equals(",") && mainClause(t + 1, hi)) {
                return cut; // "Asked whether he would run, he said …": the main clause is the writer's
            }
            if (relative && w.equals(",") && finiteVerbAt(t + 1) && !hasComma(lo, t - 1)) {
                // "The mayor, who said the pier would reopen, signed …": the relative clause closes (not an
                // aside of the content's own: "said that the plan, in his view, would fail")
                return cut;
            }
            if (w.equals(",") && quotationOf[t + 1] < 0 && complete) {
                String nw = text.lowerWord(t + 1);
                if ((nw.equals("and") || nw.equals("but")) && complementizerAt(t + 2, hi)) {
                    continue; // "… he would back the nominee, but that he would not campaign": a second complement of the cue
                }
                if (nw.equals("and") && coordinatedClause(t + 2, hi)) {
                    return cut; // "…, and the strike is weighing on the port …": another statement
                }
                if (ELLIPTICAL_CONCESSIVES.contains(nw) && !ranges.hasFinite(t + 2, hi)) {
                    continue; // "… could crack Democratic, though culturally conservative, areas": a verbless aside of the statement
                }
                if (next.tag().equals("VBG") && !nw.equals("including") && !participleOfStatement(lo, subject, t, hi, object)
                        || FRAME_OPENERS.contains(nw) && !(nw.equals("despite") && participleOfStatement(lo, subject, t, hi, object))) {
                    return cut; // ", citing …", ", although …"
                }
                if (nw.equals("even") && t + 2 <= hi && EVEN_OPENERS.contains(text.lowerWord(t + 2))
                        && !hasAsideDash(lo, t - 1)) {
                    // "…, even as critics call it a gift": the writer's concession (not within a dash's insertion)
                    return cut;
                }
                if (nw.equals("compared")) {
                    return cut; // "… 40 percent back the plan, compared with 35 percent who …": the writer's comparison
                }
                if (nw.equals("but") && t + 2 <= hi && !opensPredicate(t + 2) && ranges.hasFinite(t + 2, hi)) {
                    return cut; // "…, but many corporations have found ways …": the writer's contrast
                }
                if (apposition(t + 1, hi) && !(object && hasConjunction(t + 1, hi))) {
                    return cut; // "…, a former state treasurer and envoy"
                }
            }
            if (complete && t > lo + 3 && w.equals("despite")
                    && !ranges.hasFinite(t + 1, hi) && !participleOfStatement(lo, subject, t - 1, hi, object)) {
                // "despite …" without a clause, unless it qualifies a reported clause of its own ("says voters
                // still trust him despite the scandal"); "while" without one ("while testifying", "while secretary
                // of state") stays: PolNeAR keeps such a circumstance in the statement
                return t - 1;
            }
            if (COORDINATORS.contains(w) && verbless(subject, t - 1) && (finiteVerbAt(t + 1)
                    || text.token(lo).tag().equals("TO") && newClause(t + 1, hi))) {
                // "promised a recount and tried to …", "wants to stay, but was sent home …": the content has no
                // finite verb, so one right after the conjunction is the cue's own clause going on (an
                // infinitive may also be followed by a new clause: "to cut costs and creditors look to …")
                return text.lowerWord(t - 1).equals(",") ? t - 2 : t - 1;
            }
            if ((w.equals("and") || w.equals("but")) && !object && predicateOfCueSubject(lo, subject, t)) {
                return text.lowerWord(t - 1).equals(",") ? t - 2 : t - 1; // "said he is tired but took questions"
            }
            if (w.equals("and") && participleCue(lo) && gerundAt(t + 1, hi) && !hasGerund(lo, t - 1)) {
                // "calling the plan a tax and vowing to repeal it": a second participle of the writer's
                // narration, like the cue's own, is the speaker's next act, not part of what was said
                return PAUSES.contains(text.lowerWord(t - 1)) ? t - 2 : t - 1;
            }
            if (text.token(t).tag().equals("CC") && !subjectPending(lo, t) && coordinatedAttribution(t + 1, hi)) {
                return t - 1; // "… mishandled it and Democrats accused the GOP …"
            }
            if ((asideDash(text, t) || w.equals(";")) && coordinatedAttribution(t + 1, hi)) {
                return t - 1; // "Some say the mayor looks tired - others say …": a dash or semicolon, then another attribution
            }
            if (complete && asideDash(text, t) && !hasAsideDash(t + 1, hi) && clauseAfterDash(t + 1, hi)) {
                return t - 1; // "… the pier would reopen - the council has not voted": the writer's next statement
            }
            if (quotationOf[t - 1] >= 0 && asideDash(text, t) && !hasAsideDash(lo, t - 1) && !hasAsideDash(t + 1, hi)) {
                return t - 1; // "… a “grave threat” — a claim Seoul disputes": the writer's aside after the quotation
            }
        }
        return hi;
    }

    /**
     * A content with no finite verb before ", and"/", but" and a clause with its own subject
     * ({@code charged [the driver with theft], and the mayor fired …}) is an object or an
     * infinitive that ends at the comma: the clause after it is the writer's next statement, not the
     * content's verb. A content opening with a complementizer or a wh-word waits for its verb.
     */
    private int beforeCoordinatedClause(int lo, int hi) {
        Token first = text.token(lo);
        if (first.tag().startsWith("W") || first.tag().equals("CC") || first.tag().equals("IN")) {
            return hi; // "that …", "whether …", "how …", "but …"
        }
        for (int t = lo + 1; t < hi; t++) {
            if (quotationOf[t - 1] >= 0 || SubjectFinder.isFinite(text.token(t - 1))) {
                return hi;
            }
            // three words at least before the comma: "Not one, but two …" is a phrase of its own
            if (t >= lo + 4 && text.token(t).tag().equals("CC") && text.lowerWord(t - 1).equals(",")
                    && quotationOf[t] < 0 && newClause(t + 1, hi)) {
                return t - 2;
            }
        }
        return hi;
    }

    /**
     * A participle or "despite" phrase after {@code comma} (a comma, or the word before "despite")
     * that goes on with the reported clause ("says the plant will close, leaving 300 workers without
     * jobs", "…, despite the new rules"): the content is a finite clause with a
     * subject of its own and no relative or wh-clause, reported by a verb, and the participle is no
     * cue and is followed by no finite or nominal cue. ", citing …", ", according to …", a participle
     * after an object or an infinitive, or one that opens another attribution stays the writer's.
     */
    private boolean participleOfStatement(int lo, int subject, int comma, int hi, boolean object) {
        int participle = comma + 1;
        if (object || text.token(lo).tag().equals("TO") || isCue.test(participle)
                || text.lowerWord(participle).equals("according")) {
            return false;
        }
        int finite = firstFinite(subject, comma - 1);
        return finite > subject && !hasWhWord(lo, comma - 1) && !nominalCueBefore(lo) && !cueIn(participle + 1, hi);
    }

    /** The first finite verb in {@code [lo, hi]}, or -1. */
    private int firstFinite(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (SubjectFinder.isFinite(text.token(t))) {
                return t;
            }
        }
        return -1;
    }

    private boolean hasWhWord(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (text.token(t).tag().startsWith("W")) {
                return true;
            }
        }
        return false;
    }

    /** The cue right before the content is a noun ("the suggestion that …"), not a verb. */
    private boolean nominalCueBefore(int lo) {
        if (lo > 0 && complementizerAt(lo, lo) && text.token(lo - 1).isNoun()) {
            return true; // "the suggestion that …", whatever the lexicon says of the noun
        }
        for (int t = lo - 1; t >= 0 && t >= lo - 3; t--) {
            if (isCue.test(t)) {
                return !text.token(t).isVerb();
            }
        }
        return false;
    }

    /** A finite or nominal cue in {@code [lo, hi]}: an attribution of its own ("…, drawing what critics called …"). */
    private boolean cueIn(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            Token k = text.token(t);
            if (isCue.test(t) && (SubjectFinder.isFinite(k) || k.isNoun())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The content starting at {@code lo} lies in a clause fronted before the main clause: its
     * sentence opens with a subordinator or a participle and has no comma before the content
     * ("When asked whether …, he said", "Although she conceded that …, she …").
     */
    private boolean inFrontedClause(int lo) {
        int first = text.sentenceOf(lo).firstToken();
        if (first < lo && text.token(first).tag().equals("CC")) {
            first++; // "But if he implied that …, he did not …": the conjunction links to the sentence before
        }
        if (first + 1 < lo && text.token(first).tag().equals("RB") && FRONTED_OPENERS.contains(text.lowerWord(first + 1))) {
            first++; // "Even as she denied that …, her aides …", "Back when he wrote …": an adverb before the subordinator
        }
        first = pastMeasure(first, lo);
        if (first >= lo || !FRONTED_OPENERS.contains(text.lowerWord(first)) && !text.token(first).tag().equals("VBG")
                && !opensAdjunct(first)) {
            return false;
        }
        for (int t = first; t < lo; t++) {
            if (text.lowerWord(t).equals(",") || quotationOf[t] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** How far back from a content its cue's subordinator may stand ("while the harbor mayor had long said"). */
    private static final int SUBORDINATOR_REACH = 8;

    /**
     * The cue before the content at {@code lo} sits in an adverbial clause inside the sentence ("…,
     * and while she said she might run, it is …", "Years after she claimed that …, he …"): between its
     * subordinator and the content come only the clause's subject, the cue with its auxiliaries and
     * adverbs, and the cue's addressee.
     */
    private boolean cueAfterSubordinator(int lo) {
        int first = text.sentenceOf(lo).firstToken();
        boolean verb = false;
        for (int t = lo - 1; t >= first && t >= lo - SUBORDINATOR_REACH; t--) {
            Token k = text.token(t);
            if (quotationOf[t] >= 0) {
                return false;
            }
            if (verb && FRONTED_OPENERS.contains(text.lowerWord(t)) && (k.tag().equals("IN") || k.tag().equals("WRB"))) {
                return true;
            }
            verb |= k.isVerb() || k.tag().equals("MD");
            if (!(k.isVerb() || k.tag().equals("MD") || k.isNoun() || k.tag().equals("PRP") || k.tag().equals("PRP$")
                    || k.tag().equals("DT") || k.tag().startsWith("JJ") || k.tag().equals("POS") || k.tag().equals("RB")
                    || k.tag().equals("CD"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The content starting at {@code lo} lies in a relative clause set off by a comma ("The mayor, who
     * said that …, signed …"): a relative pronoun right after a comma opens the clause, and no comma or
     * quotation lies between it and the content. A finite verb after a later comma is the main
     * clause's predicate going on, not the content's.
     */
    boolean inRelativeClause(int lo) {
        int first = text.sentenceOf(lo).firstToken();
        for (int t = lo - 1; t > first; t--) {
            String w = text.lowerWord(t);
            if (w.equals(",") || quotationOf[t] >= 0) {
                return false;
            }
            String tag = text.token(t).tag();
            if ((tag.equals("WDT") || tag.equals("WP")) && text.lowerWord(t - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** A comma outside quotations in {@code [lo, hi]}. */
    private boolean hasComma(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (quotationOf[t] < 0 && text.lowerWord(t).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Temporal subordinators that a measure of time may precede ("two years after …"). */
    private static final Set<String> TIME_OPENERS = Set.of("after", "before", "since", "when");

    /**
     * The temporal subordinator after a measure of time that opens the sentence at {@code first}
     * ("Two years after she promised …", "Just hours before …", "Days after …"): a few quantity words
     * and a noun, then the subordinator; else {@code first}.
     */
    private int pastMeasure(int first, int lo) {
        for (int t = first; t < lo && t <= first + 3; t++) {
            Token k = text.token(t);
            if (TIME_OPENERS.contains(text.lowerWord(t))) {
                return t > first && text.token(t - 1).isNoun() ? t : first;
            }
            if (!(k.tag().equals("CD") || k.tag().equals("DT") || k.tag().equals("RB") || k.tag().equals("JJ")
                    || k.tag().equals("NNS") || k.tag().equals("NN"))) {
                return first;
            }
        }
        return first;
    }

    /**
     * A conjunction at {@code t} joins parts of a subject still waiting for its verb ("that the
     * results in Ohio and Michigan show …"), not two clauses: no finite verb lies between it and
     * the last clause opener before it, or no verb at all since the content's start.
     */
    private boolean subjectPending(int lo, int t) {
        boolean verb = false;
        for (int k = t - 1; k >= lo; k--) {
            Token tok = text.token(k);
            if (SubjectFinder.isFinite(tok)) {
                return false;
            }
            if (complementizerAt(k, t) || tok.tag().equals("WDT") || tok.tag().equals("WP")
                    || tok.tag().equals("IN") && CLAUSE_OPENERS.contains(text.lowerWord(k))) {
                return true;
            }
            verb |= tok.isVerb() || tok.tag().equals("TO");
        }
        return !verb; // an object with its infinitive ("urged him to leave and repeatedly said …") waits for none
    }

    /** Subordinators after which a clause's subject comes. */
    private static final Set<String> CLAUSE_OPENERS = Subordinators.adverbialAnd("whether");

    /** A preposition or subordinator that opens the sentence ("In addition to stating that …, she …"). */
    private boolean opensAdjunct(int first) {
        return text.token(first).tag().equals("IN") && !text.lowerWord(first).equals("that");
    }

    /** A complementizer "that" (not the pronoun, tagged DT) at {@code t}. */
    private boolean complementizerAt(int t, int hi) {
        return t <= hi && text.lowerWord(t).equals("that") && text.token(t).tag().equals("IN");
    }

    /** A subject of a few words and a finite verb from {@code from}: a clause of its own ("the mayor replied"). */
    private boolean newClause(int from, int hi) {
        return newClause(from, hi, SHORT_SUBJECT);
    }

    /**
     * The main clause after a fronted clause's comma: a subject of up to {@link #LONG_SUBJECT} words,
     * which may hold a prepositional phrase, a coordination, a hyphenated word or a parenthesis ("a trio of the groups
     * have …", "the mayor and her aides said …", "Gov. Ann Ruiz (D) asked …", "there is …"), then a
     * finite verb. After a fronted clause the sentence must still reach its main clause, so a longer
     * subject is safe here than after a bare comma elsewhere.
     */
    private boolean mainClause(int from, int hi) {
        if (newClause(from, hi)) {
            return true;
        }
        for (int t = from; t <= hi && t <= from + LONG_SUBJECT; t++) {
            Token k = text.token(t);
            if (SubjectFinder.isFinite(k)) {
                return t > from && !text.token(t - 1).tag().equals("IN") && !text.token(t - 1).tag().equals("CC");
            }
            String w = text.lowerWord(t);
            boolean inner = t > from && (w.equals("of") || w.equals("in") || w.equals("and")
                    || w.equals("(") || w.equals(")") || w.equals("-lrb-") || w.equals("-rrb-"));
            if (quotationOf[t] >= 0 || !(inner || k.isNoun() || k.tag().equals("PRP") || k.tag().equals("DT")
                    || k.tag().startsWith("JJ") || k.tag().equals("RB") || k.tag().equals("POS")
                    || k.tag().equals("PRP$") || k.tag().equals("CD") || k.tag().equals("EX") || k.tag().equals("HYPH"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A clause after ", and": its subject may be a longer noun phrase ("…, and the port's dock
     * workers also walked out"), since a coordinator, unlike a bare comma, cannot open an aside.
     */
    private boolean coordinatedClause(int from, int hi) {
        return newClause(from, hi, LONG_SUBJECT);
    }

    /** A subject of up to {@code reach} words and a finite verb from {@code from}. */
    private boolean newClause(int from, int hi, int reach) {
        for (int t = from; t <= hi && t <= from + reach; t++) {
            Token k = text.token(t);
            if (SubjectFinder.isFinite(k)) {
                return t > from;
            }
            if (quotationOf[t] >= 0 || !(k.isNoun() || k.tag().equals("PRP") || k.tag().equals("DT")
                    || k.tag().startsWith("JJ") || k.tag().equals("RB") || k.tag().equals("POS")
                    || k.tag().equals("PRP$") || k.tag().equals("CD"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A noun phrase after a comma that runs without a verb to the end of the range and does not
     * open a list: an apposition on the clause's last noun.
     */
    private boolean apposition(int from, int hi) {
        Token first = text.token(from);
        if (!(first.tag().equals("DT") || first.tag().equals("PRP$")) || hi - from < 2) {
            return false;
        }
        Token before = text.token(from - 2);
        if (text.text(before).equals(")") && from - 3 >= 0) {
            before = text.token(from - 3); // "Rep. Don Beyer (D-Va.), a former governor …"
        }
        if (!before.isNoun()) {
            return false;
        }
        boolean relative = false;
        for (int t = from; t <= hi; t++) {
            Token k = text.token(t);
            relative |= t > from + 1 && (k.tag().equals("WDT") || k.tag().equals("WP"));
            if (relative) {
                if (text.text(k).equals(",") || quotationOf[t] >= 0) {
                    return false;
                }
                continue; // "…, the alliance that includes …": the apposition's own relative clause
            }
            if (k.isVerb() && !k.tag().equals("VBN") && !k.tag().equals("VBG") || k.tag().equals("CC") && t == from + 1
                    || text.text(k).equals(",") || quotationOf[t] >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A dash set off as a pause: an em or en dash, a double hyphen, or a hyphen with a space before
     * it (not the hyphen of a compound).
     */
    static boolean asideDash(AnnotatedText text, int t) {
        String w = text.lowerWord(t);
        return w.equals("—") || w.equals("–") || w.equals("--")
                || w.equals("-") && t > 0 && text.token(t - 1).end() < text.token(t).start();
    }

    /**
     * A clause with a subject of its own at {@code from}, after a single dash, maybe after "and" or
     * "but" ({@code - and the council has not voted}): not a second complement of the cue
     * ({@code - and that it would …}), nor an apposition with a relative clause of its own
     * ({@code - a plan the council has not voted on}).
     */
    private boolean clauseAfterDash(int from, int hi) {
        boolean joined = from <= hi && (text.lowerWord(from).equals("and") || text.lowerWord(from).equals("but"));
        int subject = joined ? from + 1 : from;
        return subject <= hi && !complementizerAt(subject, hi) && coordinatedClause(subject, hi)
                && !reducedRelative(subject, hi);
    }

    /** A common noun in the phrase at {@code from} followed by the opening of another ("a plan the council …"). */
    private boolean reducedRelative(int from, int hi) {
        for (int t = from + 1; t <= hi && !SubjectFinder.isFinite(text.token(t)); t++) {
            String tag = text.token(t).tag();
            String before = text.token(t - 1).tag();
            if ((before.equals("NN") || before.equals("NNS"))
                    && (tag.equals("DT") || tag.equals("PRP") || tag.startsWith("NNP"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A finite verb after the conjunction at {@code and} that takes the form of the cue's finite verb
     * and of none in the reported clause ({@code denies [that the tax was fair] and blames …}): the
     * cue's subject goes on with another act of its own, while a verb in the clause's own form
     * ({@code said he posed a threat and refused …}) may still be the reported clause's.
     */
    private boolean predicateOfCueSubject(int lo, int subject, int and) {
        int next = ranges.pastAdverbs(and + 1, text.tokens().size() - 1);
        int cue = cueFinite(lo);
        if (next >= text.tokens().size() || quotationOf[next] >= 0 || cue < 0
                || !SubjectFinder.isFinite(text.token(next)) || firstFinite(subject + 1, and - 1) < 0) {
            return false;
        }
        String form = text.token(next).tag();
        return form.equals(text.token(cue).tag()) && !hasFiniteOfForm(subject + 1, and - 1, form);
    }

    /** A finite verb tagged {@code form} in {@code [lo, hi]}: a clause, maybe an embedded one, the verb may go with. */
    private boolean hasFiniteOfForm(int lo, int hi, String form) {
        for (int t = lo; t <= hi; t++) {
            if (SubjectFinder.isFinite(text.token(t)) && text.token(t).tag().equals(form)) {
                return true;
            }
        }
        return false;
    }

    /** The finite verb of the cue right before the content at {@code lo} ("says", "has said"), or -1. */
    private int cueFinite(int lo) {
        for (int t = lo - 1; t >= 0 && t >= lo - 3; t--) {
            if (isCue.test(t) && text.token(t).isVerb()) {
                for (int k = t; k >= 0 && k >= t - 2; k--) {
                    if (SubjectFinder.isFinite(text.token(k))) {
                        return k;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** A dash in {@code [from, hi]}: with another, it sets off an insertion, after which the clause goes on. */
    private boolean hasAsideDash(int from, int hi) {
        for (int t = from; t <= hi; t++) {
            if (quotationOf[t] < 0 && asideDash(text, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subject of a few words, then a cue, finite or after an auxiliary ("Democrats accused", "he
     * noted", "others have said"); the subject may be a share of a poll's respondents ("more than 4
     * in 10 said", "one in four said").
     */
    private boolean coordinatedAttribution(int from, int hi) {
        boolean subject = false;
        boolean share = false;
        for (int t = from; t <= hi && t <= from + (share ? 7 : 4); t++) {
            Token k = text.token(t);
            if (quotationOf[t] >= 0) {
                return false;
            }
            if (k.tag().startsWith("VB") && isCue.test(t)) {
                return subject && (SubjectFinder.isFinite(k) || auxiliaryBefore(t, from, k)); // needs a subject of its own
            }
            if (SubjectFinder.isFinite(k) || k.tag().equals("RB")) {
                if (!k.tag().equals("RB") && !(subject && k.lemma().equals("have"))) { // not "have they said"
                    return false;
                }
                continue;
            }
            if (!(k.isNoun() || k.tag().equals("PRP") || k.tag().equals("DT") || k.tag().startsWith("JJ")
                    || k.tag().equals("POS") || k.tag().equals("CD") || subject && SHARE_WORDS.contains(text.lowerWord(t)))) {
                return false;
            }
            subject = true;
            share |= SHARE_WORDS.contains(text.lowerWord(t));
        }
        return false;
    }

    /** A finite "have" between {@code from} and the participle {@code verb} at {@code t} ("have said"). */
    private boolean auxiliaryBefore(int t, int from, Token verb) {
        for (int k = t - 1; k >= from; k--) {
            Token a = text.token(k);
            if (SubjectFinder.isFinite(a)) {
                return verb.tag().equals("VBN") && a.lemma().equals("have");
            }
        }
        return false;
    }

    /**
     * Whether a verb phrase starts at {@code t} with no subject of its own ("…, but could not bear to
     * …"): it continues the reported clause's predicate.
     */
    private boolean opensPredicate(int t) {
        Token k = text.token(t);
        if (k.tag().equals("RB") && t + 1 < text.tokens().size()) {
            k = text.token(t + 1);
        }
        return SubjectFinder.isFinite(k);
    }

    /**
     * No finite verb, quotation or clause opening inside {@code [lo, hi]}: an object, an infinitive
     * ("to stay in the hospital") or a subject still waiting for its verb.
     */
    private boolean verbless(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            Token k = text.token(t);
            if (quotationOf[t] >= 0 || SubjectFinder.isFinite(k) || k.tag().startsWith("W")
                    || text.lowerWord(t).equals("that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A finite verb at {@code t}, after an adverb or two ("and attempted", "but has been", "and later
     * said"); a plural present in its base form may be an infinitive the tagger misread ("to share … and
     * rely on …"), so only an inflected one counts ("but are likely …").
     */
    private boolean finiteVerbAt(int t) {
        t = ranges.pastAdverbs(t, text.tokens().size() - 1);
        if (t >= text.tokens().size() || quotationOf[t] >= 0) {
            return false;
        }
        Token k = text.token(t);
        return SubjectFinder.isFinite(k) && !(k.tag().equals("VBP") && text.lowerWord(t).equals(k.lemma()));
    }

    /** The cue right before the content at {@code lo} is a participle ("calling", "warning"). */
    private boolean participleCue(int lo) {
        for (int t = lo - 1; t >= 0 && t >= lo - 6; t--) {
            if (quotationOf[t] >= 0 || text.lowerWord(t).equals(",") || text.lowerWord(t).equals(".")) {
                return false;
            }
            if (isCue.test(t)) {
                return text.token(t).tag().equals("VBG");
            }
        }
        return false;
    }

    /** A participle outside a quotation at {@code t}, after an adverb or two ("and pointedly saying"). */
    private boolean gerundAt(int t, int hi) {
        t = ranges.pastAdverbs(t, hi);
        return t <= hi && quotationOf[t] < 0 && text.token(t).tag().equals("VBG");
    }

    private boolean hasGerund(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (text.token(t).tag().equals("VBG")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasInfinitive(int lo, int hi) {
        for (int t = lo; t < hi; t++) {
            if (TokenRanges.infinitiveAt(text, t, hi)) {
                return true;
            }
        }
        return false;
    }

    /** An object's "…, his budget and his judgment" is the rest of its list, not an apposition. */
    private boolean hasConjunction(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (text.token(t).tag().equals("CC")) {
                return true;
            }
        }
        return false;
    }


}
