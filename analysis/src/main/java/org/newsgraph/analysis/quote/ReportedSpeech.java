package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Speaker;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

import static org.newsgraph.analysis.quote.SubjectFinder.isFinite;

/**
 * Reported speech after a cue outside quotation marks: the clause, infinitive or object the cue
 * takes, a relative or "as X said" clause, a passive with its agent, a closing attribution
 * ("…, he warned."), and "sees X as Y". The speaker is the cue's subject.
 */
final class ReportedSpeech {

    /** Whether speech and framing verbs without a clause report their object ("criticized the plan"). */
    private static final boolean OBJECT_CUES = true;
    private static final Set<String> INFINITIVE_THOUGHTS = Set.of("hope", "expect");
    /** Words that stand for a whole answer or statement after "say" ("said yes", "would not say so"). */
    private static final Set<String> ANSWERS = Set.of("yes", "no", "so");
    /**
     * Intentions whose object is the thing wished for ("wants a recount", "seeks the nomination");
     * "planned the trip", "decided the case", "aimed it at" are no wishes.
     */
    private static final Set<String> WANTING = Set.of("want", "seek", "wish");
    /** Verbs of refusing: a quote only with their infinitive, the act refused. */
    private static final Set<String> INFINITIVE_ONLY = Set.of("decline", "refuse");
    /** Verbs of saying whose plain noun-phrase object is rare ("said a prayer"): after a comma it is their subject. */
    private static final Set<String> PLAIN_SAYING = Set.of("say", "report");
    /** Verbs that are cues only for a quotation or in a closing attribution ("…, he continued."). */
    private static final Set<String> QUOTATION_ONLY = Set.of();
    /** Speech verbs whose infinitive complement is a statement of intent or a request made in words. */
    private static final Set<String> TO_CUES = Set.of("promise", "pledge", "vow", "urge", "threaten", "ask", "agree",
            "demand", "propose", "warn", "tell", "advise", "refuse", "swear", "decline", "remind", "plead", "request", "order");

    private final AnnotatedText text;
    private final CueLexicon cues;
    private final int[] quotationOf;
    private final SpeakerTracker tracker;
    private final SubjectFinder subjects;
    private final ContentFinder contents;
    private final TokenRanges ranges;
    private final CueSpeaker speakers;
    private final FoundQuotes found;
    private final Set<Integer> usedCues;
    private final ClauseEnd clauseEnd;
    private final EmbeddedAttribution embedded;
    private final RegardAs regardAs;
    private final PassiveAgent passives;
    private final ClosingAttribution closing;
    private final CueAdjunctClause adjunctClause;
    private final FramingComplement framingComplement;
    private final NonReportingUse nonReporting;
    private final AdjunctClauseObject adjunctClauseObject;
    private final QuestionLead questionLead;
    private final AskedBy askedBy;
    private final Addressee addressee;
    private final SubjectCue subjectCue;

    ReportedSpeech(AttributionContext c) {
        this.text = c.text();
        this.cues = c.cues();
        this.quotationOf = c.marks().quotationOf;
        this.tracker = c.tracker();
        this.subjects = c.subjects();
        this.contents = c.contents();
        this.ranges = c.ranges();
        this.speakers = c.speakers();
        this.found = c.found();
        this.usedCues = c.usedCues();
        this.clauseEnd = c.clauseEnd();
        this.embedded = new EmbeddedAttribution(c.text(), c.marks().quotationOf);
        this.regardAs = new RegardAs(c.text(), c.marks().quotationOf);
        this.passives = new PassiveAgent(c.text(), c.marks().quotationOf);
        this.closing = new ClosingAttribution(c);
        this.adjunctClause = new CueAdjunctClause(c.text(), c.marks().quotationOf, c.ranges());
        this.framingComplement = new FramingComplement(c.text(), c.marks().quotationOf, c.ranges());
        this.nonReporting = new NonReportingUse(c.text());
        this.questionLead = new QuestionLead(c.text());
        this.askedBy = new AskedBy(c.text(), c.marks().quotationOf);
        this.addressee = new Addressee(c.text());
        this.subjectCue = new SubjectCue(c.text(), c.ranges(), c.marks().quotationOf);
        this.adjunctClauseObject = new AdjunctClauseObject(c.text(), c.marks().quotationOf, c.ranges());
    }

    /** The reported speech of the cue at {@code cue}, outside quotation marks, if it has any. */
    void reported(int cue, DependencyGraph g) {
        Token ct = text.token(cue);
        CueClass cls = cues.classOf(ct.lemma());
        if (cls == null || nonReporting.at(cue) || asksTheReader(cue)) {
            return;
        }
        if (askedBy(cue) || passive(cue, cls)) {
            return;
        }
        int[] range = cls == CueClass.FRAMING ? framingComplement.thatClause(cue) // "pointed out that …"
                : g == null ? contents.afterCue(cue) : contents.complement(cue, g);
        if (range != null && (!isStatement(range, ct) || subjectAfterComma(cue))) {
            range = null; // ", said one council aide at the meeting": what follows the cue is its subject, not a clause
        }
        if (range == null && cls != CueClass.FRAMING) {
            // "said in a statement on Thursday it had …", "said Friday at a rally that …"
            int[] afterAdjunct = adjunctClause.after(cue, contents.pastTimeAdjunct(cue + 1, text.sentenceOf(cue)));
            range = afterAdjunct != null && isStatement(afterAdjunct, ct) ? afterAdjunct : null;
        }
        if (range == null && g != null && takesInfinitive(ct)) {
            int[] after = contents.afterCue(cue); // the parse has the infinitive as xcomp, no complement clause
            // an intention without its infinitive ("wants a full audit") may still have an object, read below
            range = after != null && cls == CueClass.INTENTION && !opensInfinitive(after) ? null : after;
        }
        int[] asLead = null;
        int[] asSubject = null;
        int[] relative = cls == CueClass.FRAMING ? null : embedded.relative(cue);
        if (relative != null) {
            range = relative; // "which officials said will take effect": the parse has no complement for it
            asSubject = embedded.relativeSubject(cue); // "a plan the mayor said could …": the mayor, not the plan
        }
        if (range == null) {
            range = embedded.asClause(cue); // "As Crane said, the candidates …", "…, as one adviser pointed out, …"
            asLead = range == null ? null : embedded.asLead(cue);
            asSubject = range == null ? null : embedded.asSubject(cue);
        }
        if (QUOTATION_ONLY.contains(ct.lemma())) {
            range = null; // "continued to trail", "continue his policies": a cue only for words it introduces
        }
        if (INFINITIVE_ONLY.contains(ct.lemma())) {
            // "declined to comment", "refused to testify"; not "declined slightly", "refused the offer"
            int[] r = range == null ? null : ranges.trim(range[0], range[1]);
            if (r == null || !text.token(r[0]).tag().equals("TO")) {
                return;
            }
        }
        boolean reversedRange = false;
        int[] parentheticalRest = null;
        if (range == null && cls != CueClass.INTENTION && (cls == CueClass.SPEECH || cls != CueClass.FRAMING && isFinite(ct))) {
            // "…, he warned.", "…, she believes.", "…, a new poll shows."
            ClosingAttribution.Reversed closed = closing.reversed(cue, g);
            range = closed == null || questionLead.opensAt(closed.content()[0]) || holdsOwnStatement(closed.content())
                    ? null : closed.content();
            reversedRange = range != null;
            parentheticalRest = reversedRange ? closed.rest() : null;
        }
        boolean object = false;
        if (range == null && reportsObject(ct, cls)) {
            range = g == null ? contents.objectOf(cue) : contents.object(cue, g);
            if (range == null) {
                range = framingComplement.toTopic(cue); // "pointed to the rising cost of …"
            }
            object = range != null;
        }
        if (range == null || (object && (g == null ? quotationAfter(cue)
                : ranges.containsQuotation(g.subtreeBounds(cue)[0], g.subtreeBounds(cue)[1])))) {
            return; // a framed quotation is a partial quote, attributed with it
        }
        int[] r = ranges.trim(range[0], range[1]);
        // "Acts of protest, she said, are …": the clause is whole only with the part after the attribution
        boolean interrupted = reversedRange && parentheticalRest != null;
        if (interrupted && r == null) {
            // "All of which, he said, would help …": only function words before the attribution
            r = parentheticalRest;
            parentheticalRest = null;
        }
        boolean infinitive = r != null && text.token(r[0]).tag().equals("TO");
        boolean oneWordObject = object && r != null && r[0] == r[1]
                && (text.token(r[0]).isNoun() || text.token(r[0]).tag().equals("PRP") // "endorsed Clinton"
                || ct.lemma().equals("say") && ANSWERS.contains(text.lowerWord(r[0]))); // "half said no"
        if (r == null || !interrupted && !oneWordObject && r[1] - r[0] < (object || infinitive ? 1 : 2) || !(object || interrupted || ranges.isClause(r[0], r[1])
                || reversedRange && ranges.closedClause(r[0], r[1])
                || (takesInfinitive(ct) && ranges.infinitiveNear(r[0], r[1])))) {
            return;
        }
        if (ranges.coversDirect(r[0], r[1])) {
            return; // the cue of a direct quote, attributed there
        }
        r[1] = ranges.cutAtNextAttribution(r[0], r[1]);
        boolean clause = ranges.isClause(r[0], r[1]);
        if (!reversedRange) {
            // "criticized the plan at a rally where …": an object whose clause is the adverbial's, cut before it
            int adverbial = object || !reportsObject(ct, cls) ? -1 : adjunctClauseObject.start(r[0], r[1]);
            int[] cut = adverbial < 0 ? null : ranges.trim(r[0], adverbial - 1);
            r = cut == null ? r : cut;
            r[1] = clauseEnd.end(r[0], r[1], object || cut != null);
            r[1] = subjectCue.end(cue, r[0], r[1], object || cut != null); // "Voters who said …, were …"
        }
        if (object && (invertedSpeaker(cue, cls, r) || subjectAsObject(cue, r) || addressee.only(cue, r[0], r[1])
                || cls != CueClass.EVIDENCE && nonReporting.measureObject(cue, r[0]))) { // a poll's share is its finding
            return; // "…,'' said Ann Lee, a lawyer", "she told reporters", "retweeted 900 times": not what was said
        }
        Speaker sp = asSubject != null
                ? tracker.resolve(asSubject[0], null, text.span(asSubject[1], asSubject[0] + 1)) : speakers.subjectOf(cue, g);
        // a subject the tracker cannot resolve ("I think …", "you believe …") still holds the thought
        boolean hasSubject = sp != null || !object && !isVerbalNoun(cue) && subjects.find(cue) != null;
        if (!hasSubject && (cls != CueClass.SPEECH || object)) {
            return;
        }
        QuoteKind kind = ranges.containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(cue);
        Attribution attribution = attributionOf(ct, cls, !object && !reversedRange && !clause);
        found.add(new Found(kind, text.span(r[0], r[1] + 1), sp, ct.span(), cue), attribution);
        int[] lead = asLead == null ? null : ranges.trim(asLead[0], asLead[1]);
        if (lead != null && !ranges.coversDirect(lead[0], lead[1])) {
            found.add(new Found(kind, text.span(lead[0], lead[1] + 1), sp, ct.span(), cue), attribution); // "Hawaii, as …"
        }
        if (reversedRange && parentheticalRest != null && !ranges.coversDirect(parentheticalRest[0], parentheticalRest[1])) {
            int[] rest = parentheticalRest;
            QuoteKind k2 = ranges.containsQuotation(rest[0], rest[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
            found.add(new Found(k2, text.span(rest[0], rest[1] + 1), sp, ct.span(), cue), attribution);
        }
    }

    /**
     * "Six in ten said the mayor is honest, and half said the same of his rival": a clause before a
     * closing cue that already holds a cue with its own statement is that cue's, not the later one's.
     * Only a finite cue of speech or evidence makes its clause a statement of its own: a participle or
     * infinitive ("were treating it as arson and urging residents to stay home, the radio reported")
     * and a belief ("Many residents feared the bridge would close, the mayor said") are part of the
     * reported clause.
     */
    private boolean holdsOwnStatement(int[] content) {
        for (int t = content[0]; t <= content[1]; t++) {
            if (quotationOf[t] < 0 && usedCues.contains(t) && isFinite(text.token(t)) && speechOrEvidence(t)
                    && !relativeAside(t, content[1])) {
                return true;
            }
        }
        return false;
    }

    /** The cue at {@code t} reports speech or evidence, not a belief or wish. */
    private boolean speechOrEvidence(int t) {
        CueClass c = cues.classOf(text.token(t).lemma());
        return c == CueClass.SPEECH || c == CueClass.EVIDENCE;
    }

    /**
     * The cue at {@code t} lies in a relative clause set off by commas inside the clause that ends at
     * {@code hi} ("The tenants, who asked for a hearing, left early, their lawyer said"): its statement
     * describes the subject, and the clause around it is still free to be another cue's.
     */
    private boolean relativeAside(int t, int hi) {
        if (!clauseEnd.inRelativeClause(t)) {
            return false;
        }
        for (int k = t + 1; k < hi; k++) {
            if (quotationOf[k] < 0 && text.lowerWord(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private boolean isVerbalNoun(int t) {
        return !text.token(t).isVerb();
    }

    /** "Asked by reporters whether …": see {@link AskedBy}; the asker speaks, the one asked does not. */
    private boolean askedBy(int cue) {
        AskedBy.Found a = askedBy.at(cue);
        int[] r = a == null ? null : ranges.trim(a.question()[0], a.question()[1]);
        if (r == null || ranges.coversDirect(r[0], r[1])) {
            return false;
        }
        Speaker sp = tracker.resolve(a.askerHead(), null, text.span(a.askerFirst(), a.askerHead() + 1));
        QuoteKind kind = ranges.containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(cue);
        found.add(new Found(kind, text.span(r[0], r[1] + 1), sp, text.token(cue).span(), cue), Attribution.SPEECH);
        return true;
    }

    /** "His views were echoed by several experts": see {@link PassiveAgent}. */
    private boolean passive(int cue, CueClass cls) {
        if (cls == CueClass.INTENTION) {
            return false;
        }
        PassiveAgent.Found p = passives.at(cue);
        if (p == null) {
            return false;
        }
        int[] r = ranges.trim(p.content()[0], p.content()[1]);
        if (r == null || ranges.coversDirect(r[0], r[1])) {
            return false;
        }
        Speaker sp = tracker.resolve(p.agentHead(), null, text.span(p.agentFirst(), p.agentHead() + 1));
        QuoteKind kind = ranges.containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(cue);
        found.add(new Found(kind, text.span(r[0], r[1] + 1), sp, text.token(cue).span(), cue),
                attributionOf(text.token(cue), cls, false));
        return true;
    }

    /**
     * "Ruiz sees the tax as a way to pay for the pier": see {@link RegardAs}; the speaker must be found. A
     * passive ("is seen as") names no holder: {@link #regardedPassive}.
     */
    void regarded(int cue, DependencyGraph g) {
        if (text.token(cue).tag().equals("VBN") && precededByBe(cue)) {
            regardedPassive(cue);
            return;
        }
        int[] range = regardAs.content(cue);
        int[] r = range == null ? null : ranges.trim(range[0], range[1]);
        if (r == null || r[1] - r[0] < 2 || ranges.coversDirect(r[0], r[1])) {
            return;
        }
        Speaker sp = speakers.subjectOf(cue, g);
        if (sp == null) {
            return;
        }
        QuoteKind kind = ranges.containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(cue);
        found.add(new Found(kind, text.span(r[0], r[1] + 1), sp, text.token(cue).span(), cue), Attribution.THOUGHT);
    }

    /**
     * "Rubio is widely seen as the likelier winner": what is regarded (the subject) and how (the
     * phrase after "as"), two parts of one content; held by the "by" agent if there is one, else by
     * no one named.
     */
    private void regardedPassive(int cue) {
        int[] as = regardAs.passiveAs(cue);
        int[] subject = as == null ? null : subjects.find(cue);
        if (subject == null || quotationOf[subject[1]] >= 0) {
            return;
        }
        int[] r = ranges.trim(as[0], as[1]);
        if (r == null || ranges.coversDirect(r[0], r[1])) {
            return;
        }
        Speaker sp = as[2] < 0 ? null : tracker.resolve(as[3], null, text.span(as[2], as[3] + 1));
        Token ct = text.token(cue);
        usedCues.add(cue);
        found.add(new Found(QuoteKind.INDIRECT, text.span(subject[1], subject[2] + 1), sp, ct.span(), cue),
                Attribution.THOUGHT);
        QuoteKind kind = ranges.containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        found.add(new Found(kind, text.span(r[0], r[1] + 1), sp, ct.span(), cue), Attribution.THOUGHT);
    }

    /**
     * What a cue of class {@code cls} attributes: beliefs and ways of seeing are thoughts, wishes and
     * plans ("plans to run", "hopes to win") intentions; speech, framing and documents are speech.
     */
    private static Attribution attributionOf(Token cue, CueClass cls, boolean infinitive) {
        if (cls == CueClass.INTENTION || cue.lemma().equals("hope") && infinitive) {
            return Attribution.INTENTION;
        }
        return cls == CueClass.THOUGHT || cls == CueClass.VIEW ? Attribution.THOUGHT : Attribution.SPEECH;
    }

    private boolean precededByBe(int t) {
        for (int k = t - 1; k >= 0 && k >= t - 3; k--) {
            Token p = text.token(k);
            if (p.isVerb() && p.lemma().equals("be")) {
                return true;
            }
            if (!p.tag().equals("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Do you know where the money went?", "Can you imagine a city without buses?": the writer asks the
     * reader, and no one is reported; "you" is the cue's subject, a few words before it in a question.
     */
    private boolean asksTheReader(int cue) {
        Sentence s = text.sentenceOf(cue);
        if (!text.text(text.token(s.endToken() - 1)).equals("?") || quotationOf[cue] >= 0) {
            return false;
        }
        for (int t = Math.max(s.firstToken(), cue - 3); t < cue; t++) {
            if (text.lowerWord(t).equals("you")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The plan is late,'' said Ann Lee, a lawyer": a name after a speech verb that closes a clause
     * is the verb's subject, put after it, when no reported clause was found before it; a possessive
     * ("…, lamented Bill Clinton's legacy") is an object.
     */
    private boolean invertedSpeaker(int cue, CueClass cls, int[] object) {
        Sentence s = text.sentenceOf(cue);
        if (cls != CueClass.SPEECH || !isFinite(text.token(cue)) || cue - 1 < s.firstToken()
                || !endsClauseBefore(cue, s) || !text.token(object[0]).isProperNoun()) {
            return false;
        }
        for (int t = object[0]; t <= object[1]; t++) {
            if (text.token(t).tag().equals("POS")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Prices will rise, said the mayor": the noun phrase after an inverted cue is read as its subject,
     * so it cannot also be what was said when a statement comes before the comma ("The ferry firm,
     * which runs two boats, reported a loss" has none: there the noun phrase is the object).
     */
    private boolean subjectAsObject(int cue, int[] object) {
        if (!PLAIN_SAYING.contains(text.token(cue).lemma())) {
            return false; // "…, which runs two boats, opposed the plan": other verbs take such an object
        }
        int[] subject = subjects.find(cue);
        return subject != null && subject[1] > cue && subject[1] <= object[1] && subject[2] >= object[0]
                && closing.statementBefore(cue);
    }

    /**
     * "…, said Victor Cha, who served as …", "… under pressure," said Victor Cha, who …": after a comma
     * (also one inside a closing quotation mark) the cue is followed by its subject, whose relative
     * clause is no reported clause.
     */
    private boolean subjectAfterComma(int cue) {
        Sentence s = text.sentenceOf(cue);
        if (cue - 1 < s.firstToken() || !endsClauseBefore(cue, s) || cue + 1 >= s.endToken()
                || text.text(text.token(cue + 1)).equalsIgnoreCase("that")) {
            return false;
        }
        // the phrase after the cue must end at a comma or the sentence end: ", told Reuters that …" goes on
        return subjects.npAfter(cue, s) != null;
    }

    /** A comma just before the cue, or a closing quotation mark right after a comma, "?" or "!". */
    private boolean endsClauseBefore(int cue, Sentence s) {
        if (text.text(text.token(cue - 1)).equals(",")) {
            return true;
        }
        return text.token(cue - 1).tag().equals("''") && cue - 2 >= s.firstToken()
                && ",?!".contains(text.text(text.token(cue - 2)));
    }

    /**
     * The cue may report a plain object: a verb of saying or framing, or a finite one of evidence
     * ("polls show the mayor with a lead") or of wanting ("wants a full audit").
     */
    private boolean reportsObject(Token ct, CueClass cls) {
        return OBJECT_CUES && !QUOTATION_ONLY.contains(ct.lemma()) && nonReporting.reportsObject(ct)
                && (cls == CueClass.FRAMING || cls == CueClass.SPEECH
                || (cls == CueClass.EVIDENCE || WANTING.contains(ct.lemma())) && isFinite(ct));
    }

    /** A clause after a cue that can be what it reports (see {@link TokenRanges#isClause}). */
    private boolean isStatement(int[] range, Token cue) {
        int[] r = ranges.trim(range[0], range[1]);
        return r != null && (r[1] - r[0] >= 2 && ranges.isClause(r[0], r[1])
                || takesInfinitive(cue) && r[1] - r[0] >= 1 && ranges.infinitiveNear(r[0], r[1])); // "declined to comment"
    }

    private boolean opensInfinitive(int[] range) {
        int[] r = ranges.trim(range[0], range[1]);
        return r != null && text.token(r[0]).tag().equals("TO");
    }

    private boolean takesInfinitive(Token cue) {
        return TO_CUES.contains(cue.lemma()) || cues.classOf(cue) == CueClass.INTENTION || INFINITIVE_THOUGHTS.contains(cue.lemma());
    }

    /**
     * A quotation starts within a few tokens after the cue, in its clause: "endorsed her, citing her
     * “long record”" frames the quotation with the second cue, and the first keeps its object.
     */
    private boolean quotationAfter(int cue) {
        Sentence s = text.sentenceOf(cue);
        for (int t = cue + 1; t < s.endToken() && t <= cue + 8; t++) {
            if (quotationOf[t] >= 0) {
                return true;
            }
            if (ranges.isEdgePunct(t)) {
                return false;
            }
        }
        return false;
    }
}
