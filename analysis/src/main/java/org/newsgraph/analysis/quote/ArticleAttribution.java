package org.newsgraph.analysis.quote;

import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.model.Speaker;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.newsgraph.analysis.quote.SubjectFinder.isFinite;

/**
 * The attribution of one article, sentence by sentence in text order so that the speaker
 * tracker sees speakers in the order a reader does: first the direct quotes ending in the
 * sentence (cue after the closing mark, before the opening mark, in a short next sentence, after a
 * colon, or the speaker of the quote they continue), then every cue outside quotations (reported
 * speech, {@code according to}), then the partial quotes not inside reported speech. Quotes split
 * by their attribution stay separate quotes sharing speaker and cue. Constructions of their own are
 * found by small classes and only assembled here: transcript turns ({@link TranscriptTurns}),
 * headlines ({@link HeadlineColon}, {@link TitleCaseHeadline}), document frames ({@link DocumentFrame}),
 * relative and "as X said" attributions ({@link EmbeddedAttribution}), passives with an agent
 * ({@link PassiveAgent}), "sees X as Y" ({@link RegardAs}); content ends come from {@link ClauseEnd}
 * and {@link PartialExtent}. Not thread-safe; one per article.
 */
final class ArticleAttribution {

    /** How far after a closing mark the attribution of a direct quote may start, in tokens. */
    private static final int TAIL_WINDOW = 12;
    /** How long the subject of a closing attribution may be ("…, a USA TODAY analysis of new filings shows"), in tokens. */
    private static final int REVERSED_SUBJECT = 10;
    /** Sentences per article the token mode may parse for a subject its patterns miss (speed budget). */
    static final int SUBJECT_PARSES = Integer.getInteger("newsgraph.quotes.subjectParses", 1);
    /** Whether speech and framing verbs without a clause report their object ("criticized the plan"). */
    private static final boolean OBJECT_CUES = true;
    private static final Set<String> PARTIAL_EXCLUDED = Set.of("punct", "advcl", "conj", "cc", "parataxis", "mark",
            "aux", "aux:pass", "nsubj", "nsubj:pass", "advmod", "cop", "discourse", "dep", "compound:prt");

    private final AnnotatedText text;
    private final String body;
    private final CueLexicon cues;
    private final List<Quotation> quotations;
    private final int[] quotationOf;
    private final int[] qFirst;
    private final int[] qEnd;
    private final int[] qOpenToken;
    private final int[] qCloseToken;
    private final boolean[] direct;
    private final Paragraphs paragraphs;
    private final SpeakerTracker tracker;
    private final SubjectFinder subjects;
    private final ContentFinder contents;
    private final ClauseEnd clauseEnd;
    private final HeadlineColon headline;
    private final EmbeddedAttribution embedded;
    private final RegardAs regardAs;
    private final PartialExtent partialExtent;
    private final PassiveAgent passives;
    private final DocumentFrame documents;
    private final TitleCaseHeadline titleCase;
    private final TranscriptTurns transcripts;
    private final CueSites cueSites;
    private final TokenRanges ranges;
    private final CueSpeaker speakers;
    private final FoundQuotes found;
    private final Set<Integer> usedCues = new HashSet<>();

    private final boolean useParse;
    /** The second part of a content interrupted by its attribution, set by {@link #reversed}. */
    private int[] parentheticalRest;

    /**
     * @param useParse read dependency parses of the candidate sentences (more accurate on unusual
     *                 syntax, several times slower); without, token patterns alone
     */
    ArticleAttribution(AnnotatedText text, EntitySet entities, CueLexicon cues, List<Quotation> quotations,
                       RoleFinder.Roles roles, boolean useParse) {
        this.useParse = useParse;
        this.text = text;
        this.body = text.body();
        this.cues = cues;
        this.quotations = quotations;
        QuotationTokens marks = new QuotationTokens(text, quotations);
        this.quotationOf = marks.quotationOf;
        this.qFirst = marks.first;
        this.qEnd = marks.end;
        this.qOpenToken = marks.open;
        this.qCloseToken = marks.close;
        this.direct = marks.direct;
        this.paragraphs = new Paragraphs(body);
        this.tracker = new SpeakerTracker(text, entities, roles, paragraphs, marks.quoted);
        this.subjects = new SubjectFinder(text, cues, quotationOf);
        this.contents = new ContentFinder(text, subjects, quotationOf, direct);
        this.cueSites = new CueSites(text, cues);
        this.ranges = new TokenRanges(text, marks, cueSites);
        this.speakers = new CueSpeaker(text, subjects, tracker, cueSites, quotationOf, useParse ? 0 : SUBJECT_PARSES);
        this.found = new FoundQuotes(quotations, tracker);
        this.clauseEnd = new ClauseEnd(text, quotationOf, cueSites::isCueAt);
        this.headline = new HeadlineColon(text);
        this.embedded = new EmbeddedAttribution(text, quotationOf);
        this.regardAs = new RegardAs(text, quotationOf);
        this.partialExtent = new PartialExtent(text, quotationOf, direct, cueSites::isCueAt);
        this.passives = new PassiveAgent(text, quotationOf);
        this.documents = new DocumentFrame(text, quotationOf);
        this.titleCase = new TitleCaseHeadline(text, cues, quotationOf);
        this.transcripts = new TranscriptTurns(text, paragraphs);
        for (int i = 0; i < quotations.size(); i++) {
            direct[i] = isDirect(i);
        }
    }

    List<Quote> run() {
        for (Sentence s : text.sentences()) {
            attribute(s);
        }
        backfillContinuedQuotes();
        return found.toQuotes();
    }

    private void attribute(Sentence s) {
        List<Integer> directHere = new ArrayList<>();
        List<Integer> partialHere = new ArrayList<>();
        for (int i = 0; i < quotations.size(); i++) {
            if (qEnd[i] <= qFirst[i]) {
                continue;
            }
            int endSentence = text.token(Math.max(qCloseToken[i], qEnd[i] - 1)).sentence();
            if (direct[i] && endSentence == s.index()) {
                directHere.add(i);
            } else if (!direct[i] && text.token(qFirst[i]).sentence() == s.index()) {
                partialHere.add(i);
            }
        }
        transcriptTurn(s);
        headlineTurn(s);
        documentFrame(s);
        titleCaseHeadline(s);
        boolean needsParse = !directHere.isEmpty() || !partialHere.isEmpty();
        for (int t = s.firstToken(); t < s.endToken() && !needsParse; t++) {
            needsParse = quotationOf[t] < 0 && (cueSites.isCueAt(t) || cueSites.isAccording(t) || closingNounCue(t, s)
                    || cues.isNounCue(text.token(t)) || cueSites.isViewAt(t));
        }
        if (!needsParse) {
            return;
        }
        DependencyGraph g = useParse ? text.parse(s.index()) : null;
        for (int q : directHere) {
            attributeDirect(q, g);
        }
        int before = found.size();
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (quotationOf[t] >= 0 && direct[quotationOf[t]]) {
                continue;
            }
            if (cueSites.isAccording(t)) {
                according(s, t, g);
            } else if (quotationOf[t] < 0 && cues.isNounCue(text.token(t)) && !closingNounCue(t, s)) {
                // "…, experts charge." is a verb the tagger took for a noun: the closing attribution below
                nounCue(s, t);
            } else if (!usedCues.contains(t) && (cueSites.isCueAt(t) || closingNounCue(t, s))) {
                reported(t, g);
            } else if (quotationOf[t] < 0 && cueSites.isViewAt(t)) {
                regarded(t, g);
            }
        }
        for (int q : partialHere) {
            partial(q, g, before);
        }
    }

    // ---- direct quotes

    /** A quotation is direct when it stands as an utterance: at a sentence start or after a colon, comma or cue. */
    private boolean isDirect(int q) {
        Quotation qt = quotations.get(q);
        if (qt.continues()) {
            return true;
        }
        int open = qOpenToken[q];
        Sentence s = text.sentences().get(text.token(qFirst[q]).sentence());
        boolean before;
        if (open <= s.firstToken() || qFirst[q] == s.firstToken() || startsParagraph(q)) {
            before = true; // the tokenizer may even have put the opening mark at the end of the sentence before
        } else {
            Token p = text.token(open - 1);
            String w = text.text(p);
            before = w.equals(":") || w.equals(",") || w.equals("—") || w.equals("--") || w.equals("(")
                    || w.equals(".") || w.equals("?") || w.equals("!")
                    || (quotationOf[open - 1] >= 0 && quotationOf[open - 1] != q)
                    || (cueSites.isCueAt(p.index()) && cues.classOf(p) != CueClass.FRAMING);
        }
        if (!before) {
            return false;
        }
        String content = qt.content().text(body);
        char last = content.charAt(content.length() - 1);
        if (qt.close() < 0 || ",.?!…—-:;".indexOf(last) >= 0) {
            return true;
        }
        int after = qCloseToken[q] + 1;
        if (after >= s.endToken()) {
            return true;
        }
        String w = text.text(text.token(after));
        return w.equals(",") || w.equals(".") || cueSites.isCueAt(after) || words(content) >= 6;
    }

    private static int words(String s) {
        return s.trim().split("\\s+").length;
    }

    private void attributeDirect(int q, DependencyGraph g) {
        Span content = quotations.get(q).content();
        int close = qCloseToken[q];
        Sentence closeSentence = text.sentences().get(text.token(close).sentence());
        if (dashAttribution(q, content, close) || quotedTranscriptTurn(q, content)) {
            return;
        }
        int cue = -1;
        for (int t = close + 1; t < closeSentence.endToken() && t <= close + TAIL_WINDOW && cue < 0; t++) {
            if (quotationOf[t] >= 0) {
                break;
            }
            if (isCueAt(t)) {
                cue = t;
            }
        }
        DependencyGraph cueGraph = g;
        if (cue < 0) {
            int open = qOpenToken[q];
            Sentence openSentence = text.sentences().get(text.token(qFirst[q]).sentence());
            DependencyGraph og = openSentence.index() == closeSentence.index() || !useParse ? g
                    : text.parse(openSentence.index());
            for (int t = open - 1; t >= openSentence.firstToken() && cue < 0; t--) {
                if (quotationOf[t] >= 0 && direct[quotationOf[t]]) {
                    // `“A,” he said, “B.”`: B shares A's cue
                    int other = quotationOf[t];
                    Found prev = lastFoundFor(other);
                    if (prev != null) {
                        addInherited(q, content, prev);
                        return;
                    }
                    break;
                }
                if (isCueAt(t)) {
                    cue = t;
                    cueGraph = og;
                }
            }
            if (cue < 0) {
                cue = shortNextSentence(closeSentence);
                if (cue >= 0) {
                    cueGraph = useParse ? text.parse(text.token(cue).sentence()) : null;
                }
            }
            if (cue < 0) {
                cue = colonBefore(openSentence);
                if (cue >= 0) {
                    cueGraph = useParse ? text.parse(text.token(cue).sentence()) : null;
                }
            }
        }
        if (cue >= 0) {
            usedCues.add(cue);
            Speaker sp = subjectOf(cue, cueGraph);
            Found f = new Found(QuoteKind.DIRECT, content, sp, text.token(cue).span(), cue);
            f.quotation = q;
            add(f);
            return;
        }
        Found prev = previousForInheritance(q);
        if (prev != null) {
            addInherited(q, content, prev);
            return;
        }
        Found f = new Found(QuoteKind.DIRECT, content, null, null, -1);
        f.quotation = q;
        add(f);
    }

    /** `“…” ― Krystal Correa`: a name after a dash right after the closing mark. */
    private boolean dashAttribution(int q, Span content, int close) {
        int dash = close + 1;
        if (dash + 1 >= text.tokens().size() || text.token(dash).sentence() != text.token(close).sentence()
                && paragraphs.at(text.token(dash).start()) != paragraphs.at(text.token(close).start())) {
            return false;
        }
        String w = text.text(text.token(dash));
        if (!(w.equals("―") || w.equals("—") || w.equals("–") || w.equals("--"))) {
            return false;
        }
        int last = dash;
        while (last + 1 < text.tokens().size() && text.token(last + 1).isProperNoun() && quotationOf[last + 1] < 0) {
            last++;
        }
        if (last == dash || !subjects.isName(last)) {
            return false;
        }
        Speaker sp = tracker.resolve(last, null, text.span(dash + 1, last + 1));
        Found f = new Found(QuoteKind.DIRECT, content, sp, text.token(dash).span(), dash);
        f.quotation = q;
        found.add(f);
        return true;
    }

    /**
     * A transcript turn, {@code PENCE: Well, look, …}: a paragraph opening with a name in capitals and
     * a colon is that person's words, to the paragraph's end.
     */
    private void transcriptTurn(Sentence s) {
        int[] turn = transcripts.paragraphTurn(s);
        if (turn == null) {
            return;
        }
        int first = turn[0];
        int colon = turn[1];
        Speaker sp = tracker.byName(text.text(first, colon), text.span(first, colon));
        found.add(new Found(QuoteKind.DIRECT, text.span(colon + 1, turn[2] + 1), sp, text.token(colon).span(), colon));
        usedCues.add(colon);
    }

    /** {@code Donald Trump Praises Breitbart's Editor}: see {@link TitleCaseHeadline}. */
    private void titleCaseHeadline(Sentence s) {
        TitleCaseHeadline.Turn turn = titleCase.at(s);
        if (turn == null || usedCues.contains(turn.cue())) {
            return;
        }
        int[] r = ranges.trim(turn.content()[0], turn.content()[1]);
        if (r == null || ranges.coversDirect(r[0], r[1])) {
            return;
        }
        Speaker sp = tracker.resolve(turn.cue() - 1, null, text.span(turn.sourceFirst(), turn.cue()));
        QuoteKind kind = ranges.containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(turn.cue());
        found.add(new Found(kind, text.span(r[0], r[1] + 1), sp, text.token(turn.cue()).span(), turn.cue()));
    }

    /** {@code In a CNN poll last month, 38 percent said …}: see {@link DocumentFrame}. */
    private void documentFrame(Sentence s) {
        DocumentFrame.Frame f = documents.at(s);
        if (f == null) {
            return;
        }
        int[] r = ranges.trim(f.content()[0], f.content()[1]);
        if (r == null) {
            return;
        }
        Speaker sp = tracker.resolve(f.sourceHead(), null, text.span(f.sourceFirst(), f.sourceHead() + 1));
        found.add(new Found(QuoteKind.INDIRECT, text.span(r[0], r[1] + 1), sp, text.token(f.cue()).span(), f.cue()));
    }

    /** {@code Pence: Flowers Won't Be at Debate}: see {@link HeadlineColon}. */
    private void headlineTurn(Sentence s) {
        HeadlineColon.Turn turn = headline.at(s);
        if (turn == null || usedCues.contains(turn.colon()) || ranges.coversDirect(turn.colon() + 1, turn.contentLast())) {
            return;
        }
        Speaker sp = tracker.byName(text.text(turn.sourceFirst(), turn.colon()), text.span(turn.sourceFirst(), turn.colon()));
        if (!turn.named() && (sp == null || sp.entityId() == null)) {
            return;
        }
        QuoteKind kind = ranges.containsQuotation(turn.colon() + 1, turn.contentLast()) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        found.add(new Found(kind, text.span(turn.colon() + 1, turn.contentLast() + 1), sp, text.token(turn.colon()).span(),
                turn.colon()));
        usedCues.add(turn.colon());
    }

    /** {@code "WALLACE: If I may, …}: a transcript turn inside quotation marks names its speaker. */
    private boolean quotedTranscriptTurn(int q, Span content) {
        int first = qFirst[q];
        int colon = transcripts.quotedTurn(first, qEnd[q]);
        if (colon < 0) {
            return false;
        }
        Speaker sp = tracker.byName(text.text(first, colon), text.span(first, colon));
        Found f = new Found(QuoteKind.DIRECT, new Span(text.token(colon + 1).start(), content.end()), sp,
                text.token(colon).span(), colon);
        f.quotation = q;
        found.add(f);
        return true;
    }

    private void addInherited(int q, Span content, Found prev) {
        Found f = new Found(QuoteKind.DIRECT, content, prev.speaker, prev.cue, prev.cueToken);
        f.quotation = q;
        found.add(f);
    }

    private Found lastFoundFor(int quotation) {
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i).quotation == quotation) {
                return found.get(i);
            }
        }
        return null;
    }

    /** A paragraph of a multi-paragraph quote takes the attribution found at the quote's end. */
    private void backfillContinuedQuotes() {
        java.util.Map<Integer, Found> byQuotation = new java.util.HashMap<>();
        for (Found f : found) {
            if (f.quotation >= 0) {
                byQuotation.put(f.quotation, f);
            }
        }
        for (int q = quotations.size() - 2; q >= 0; q--) {
            Found f = byQuotation.get(q);
            Found next = byQuotation.get(q + 1);
            if (f != null && next != null && f.speaker == null && f.cue == null && next.speaker != null
                    && quotations.get(q + 1).continues()) {
                f.speaker = next.speaker;
                f.cue = next.cue;
                f.cueToken = next.cueToken;
            }
        }
    }

    /** The speaker a quotation without its own attribution continues: same paragraph, or the quote it continues. */
    private Found previousForInheritance(int q) {
        Quotation qt = quotations.get(q);
        int p = paragraphs.at(qt.open());
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            int fp = paragraphs.at(f.content.start());
            if (f.kind == QuoteKind.DIRECT && f.speaker != null
                    && (fp == p || (fp == p - 1 && (qt.continues() || startsParagraph(q))))) {
                return f;
            }
            if (fp < p - 1) {
                break;
            }
        }
        return null;
    }

    private boolean startsParagraph(int q) {
        int o = quotations.get(q).open();
        int i = o - 1;
        while (i >= 0 && body.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || body.charAt(i) == '\n';
    }

    /** `“…” \n Roule said.`: a short following sentence whose cue has no content of its own. */
    private int shortNextSentence(Sentence s) {
        if (s.index() + 1 >= text.sentences().size()) {
            return -1;
        }
        Sentence next = text.sentences().get(s.index() + 1);
        if (next.tokenCount() > 10 || paragraphs.at(next.start()) != paragraphs.at(s.end() - 1)) {
            return -1;
        }
        for (int t = next.firstToken(); t < next.endToken() && t < next.firstToken() + 5; t++) {
            if (quotationOf[t] >= 0) {
                return -1;
            }
            if (cueSites.isCueAt(t)) {
                return contents.afterCue(t) == null ? t : -1;
            }
        }
        return -1;
    }

    /** `Trump said:` ending the sentence (or paragraph) before the quotation. */
    private int colonBefore(Sentence s) {
        if (s.index() == 0) {
            return -1;
        }
        Sentence prev = text.sentences().get(s.index() - 1);
        if (!text.text(text.token(prev.endToken() - 1)).equals(":")) {
            return -1;
        }
        for (int t = prev.endToken() - 2; t >= prev.firstToken(); t--) {
            if (quotationOf[t] < 0 && cueSites.isCueAt(t)) {
                return t;
            }
        }
        return -1;
    }

    // ---- reported speech

    private void reported(int cue, DependencyGraph g) {
        Token ct = text.token(cue);
        CueClass cls = cues.classOf(ct.lemma());
        if (cls == null) {
            return;
        }
        if (passive(cue, cls)) {
            return;
        }
        int[] range = cls == CueClass.FRAMING ? null : g == null ? contents.afterCue(cue) : contents.complement(cue, g);
        if (range != null && (!isStatement(range, ct) || subjectAfterComma(cue))) {
            range = null; // ", said one GOP source in the room": what follows the cue is its subject, not a clause
        }
        if (range == null && g != null && takesInfinitive(ct)) {
            range = contents.afterCue(cue); // the parse has the infinitive as xcomp, no complement clause
        }
        int[] asLead = null;
        int[] asSubject = null;
        int[] relative = cls == CueClass.FRAMING ? null : embedded.relative(cue);
        if (relative != null) {
            range = relative; // the parse has no complement for a relative clause's reported verb
        }
        if (range == null && cls != CueClass.FRAMING) {
            range = embedded.relative(cue); // "which officials said will take effect"
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
        if (range == null && cls != CueClass.INTENTION && (cls == CueClass.SPEECH || cls != CueClass.FRAMING && isFinite(ct))) {
            // "…, he warned.", "…, she believes.", "…, a new poll shows."
            range = reversed(cue, g);
            reversedRange = range != null;
        }
        boolean object = false;
        if (range == null && OBJECT_CUES && !QUOTATION_ONLY.contains(ct.lemma()) && (cls == CueClass.FRAMING || cls == CueClass.SPEECH
                || cls == CueClass.EVIDENCE && isFinite(ct))) { // "polls show Clinton with a lead"
            range = g == null ? contents.objectOf(cue) : contents.object(cue, g);
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
                && (text.token(r[0]).isNoun() || text.token(r[0]).tag().equals("PRP")); // "endorsed Clinton"
        if (r == null || !interrupted && !oneWordObject && r[1] - r[0] < (object || infinitive ? 1 : 2) || !(object || interrupted || ranges.isClause(r[0], r[1])
                || reversedRange && ranges.closedClause(r[0], r[1])
                || (takesInfinitive(ct) && ranges.infinitiveNear(r[0], r[1])))) {
            return;
        }
        if (ranges.coversDirect(r[0], r[1])) {
            return; // the cue of a direct quote, attributed there
        }
        r[1] = ranges.cutAtNextAttribution(r[0], r[1]);
        if (!reversedRange) {
            r[1] = clauseEnd.end(r[0], r[1], object);
        }
        if (reversedRange && parentheticalRest == null) {
            r[0] = earlierSentencesOfTheStatement(r[0]);
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
        Attribution attribution = attributionOf(ct, cls, !object && !reversedRange && !ranges.isClause(r[0], r[1]));
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

    private boolean isVerbalNoun(int t) {
        return !text.token(t).isVerb();
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

    /** "Clinton sees the issue as a way to win": see {@link RegardAs}; the speaker must be found. */
    private void regarded(int cue, DependencyGraph g) {
        int[] range = regardAs.content(cue);
        int[] r = range == null ? null : ranges.trim(range[0], range[1]);
        if (r == null || r[1] - r[0] < 2 || ranges.coversDirect(r[0], r[1]) || text.token(cue).tag().equals("VBN")
                && precededByBe(cue)) {
            return; // "was seen as": a passive, whose holder is seldom named
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
     * "C2I plants trees. The trees soak up carbon. An acre can convert 156 tons, Mr. Van Voorhis said.":
     * a closing attribution covers the sentences before it in its paragraph that have no attribution,
     * cue or quotation of their own.
     */
    private int earlierSentencesOfTheStatement(int first) {
        Token ft = text.token(first);
        Sentence s = text.sentences().get(ft.sentence());
        if (first != s.firstToken()) {
            return first;
        }
        int p = paragraphs.at(ft.start());
        int out = first;
        for (int i = s.index() - 1; i >= 0; i--) {
            Sentence prev = text.sentences().get(i);
            if (paragraphs.at(prev.start()) != p || !standsAlone(prev)) {
                break;
            }
            out = prev.firstToken();
        }
        return out;
    }

    /** A sentence with no quotation, cue or quote found in it. */
    private boolean standsAlone(Sentence s) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (quotationOf[t] >= 0 || cueSites.isCueAt(t) || cueSites.isAccording(t)) {
                return false;
            }
        }
        for (Found f : found) {
            if (f.content.end() > s.start() && f.content.start() < s.end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "…, said Victor Cha, who served as …": after a comma the cue is followed by its subject, whose
     * relative clause is no reported clause.
     */
    private boolean subjectAfterComma(int cue) {
        Sentence s = text.sentences().get(text.token(cue).sentence());
        if (cue - 1 < s.firstToken() || !text.text(text.token(cue - 1)).equals(",") || cue + 1 >= s.endToken()
                || text.text(text.token(cue + 1)).equalsIgnoreCase("that")) {
            return false;
        }
        // the phrase after the cue must end at a comma or the sentence end: ", told Reuters that …" goes on
        return subjects.npAfter(cue, s) != null;
    }

    /** A clause after a cue that can be what it reports (see {@link #isClause}). */
    private boolean isStatement(int[] range, Token cue) {
        int[] r = ranges.trim(range[0], range[1]);
        return r != null && (r[1] - r[0] >= 2 && ranges.isClause(r[0], r[1])
                || takesInfinitive(cue) && r[1] - r[0] >= 1 && ranges.infinitiveNear(r[0], r[1])); // "declined to comment"
    }

    /**
     * Reversed order, {@code …, he warned.}: the cue and its subject close the sentence after a
     * comma, and the clause before it is the content.
     */
    private int[] reversed(int cue, DependencyGraph g) {
        Sentence s = text.sentences().get(text.token(cue).sentence());
        int comma = -1;
        for (int t = cue - 1; t >= s.firstToken() && t >= cue - REVERSED_SUBJECT; t--) {
            String w = text.text(text.token(t));
            if (w.equals(",") || w.equals("”") || w.equals("\"")) {
                comma = t;
                break;
            }
            if (quotationOf[t] >= 0) {
                return null;
            }
        }
        if (comma < 0 || comma == s.firstToken()) {
            return null;
        }
        if (cue - comma < 2 && !(cue + 1 < s.endToken() && (subjects.isName(cue + 1) || subjects.npAfter(cue, s) != null))) {
            return null; // ", vowing …" is no attribution; ", said John Smith" and ", he said" are
        }
        int end = cue + 1;
        while (end < s.endToken() && !ranges.isEdgePunct(end)) {
            if (isFinite(text.token(end)) || end - cue > 8) {
                return null; // a clause goes on: not a closing attribution
            }
            end++;
        }
        parentheticalRest = null;
        boolean inverted = cue - comma < 2; // ", said Brian Baker, a longtime adviser … who …": an apposition follows
        if (!inverted && end < s.endToken() - 1 && text.text(text.token(end)).equals(",")) {
            // "Though …, he said, replacing Clinton would be …": the attribution interrupts the content
            int[] rest = ranges.trim(end + 1, s.endToken() - 1);
            if (rest != null && rest[1] - rest[0] >= 2 && (ranges.isClause(rest[0], rest[1]) || ranges.closedClause(rest[0], rest[1])
                    || text.token(rest[0]).tag().equals("IN") && ranges.hasFinite(rest[0], rest[1]))) {
                parentheticalRest = rest;
            } else if (rest == null || ranges.hasFinite(rest[0], rest[1])) {
                return null;
            } // else ", said Brian Baker, a longtime adviser to …": an apposition closes the attribution
        }
        if (comma - s.firstToken() < 4 && parentheticalRest == null) {
            return null; // a short opening phrase is a statement only when the clause goes on after the attribution
        }
        if (subjects.find(cue) == null && speakers.subjectOf(cue, g) == null) {
            return null; // a subject the tracker cannot resolve ("they") still makes the attribution
        }
        int lead = s.firstToken();
        if (parentheticalRest != null && comma - 1 > s.firstToken()) {
            String before = text.token(comma - 1).tag();
            if ((before.equals("WDT") || before.equals("WP")) && text.text(text.token(comma - 2)).equals(",")) {
                lead = comma - 1; // "the stadium, which, Tompkins said, is …": the statement is the relative clause
            }
        }
        return new int[]{lead, comma - 1};
    }

    // ---- token patterns (no parse)

    private boolean takesInfinitive(Token cue) {
        return TO_CUES.contains(cue.lemma()) || cues.classOf(cue) == CueClass.INTENTION || INFINITIVE_THOUGHTS.contains(cue.lemma());
    }

    private static final Set<String> INFINITIVE_THOUGHTS = Set.of("hope", "expect");

    /** Nouns of statement that name a thought ("Meyer's belief that …"). */
    private static final Set<String> THOUGHT_NOUNS = Set.of("belief", "view", "fear", "hope", "concern", "worry",
            "expectation", "suspicion", "conviction", "assumption");

    /** Verbs of refusing: a quote only with their infinitive, the act refused. */
    private static final Set<String> INFINITIVE_ONLY = Set.of("decline", "refuse");

    /** Verbs that are cues only for a quotation or in a closing attribution ("…, he continued."). */
    private static final Set<String> QUOTATION_ONLY = Set.of();

    /** Speech verbs whose infinitive complement is a statement of intent or a request made in words. */
    private static final Set<String> TO_CUES = Set.of("promise", "pledge", "vow", "urge", "threaten", "ask", "agree",
            "demand", "propose", "warn", "tell", "advise", "refuse", "swear", "decline", "remind", "plead", "request", "order");
    /** A quotation starts within a few tokens after the cue, in its sentence. */
    private boolean quotationAfter(int cue) {
        Sentence s = text.sentences().get(text.token(cue).sentence());
        for (int t = cue + 1; t < s.endToken() && t <= cue + 8; t++) {
            if (quotationOf[t] >= 0) {
                return true;
            }
        }
        return false;
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

    /** A quoted phrase framed by the nearest cue before it in its clause ("calling X “…”", "vowing a “…”"). */
    private void partialByTokens(int q) {
        int open = qOpenToken[q];
        Sentence s = text.sentences().get(text.token(qFirst[q]).sentence());
        int cue = -1;
        for (int t = open - 1; t >= s.firstToken() && t >= open - 12; t--) {
            if (quotationOf[t] >= 0) {
                break;
            }
            Token k = text.token(t);
            if (cueSites.isCueAt(k.index())) {
                cue = t;
                break;
            }
            if (k.isVerb() && !k.tag().equals("VBN") && !k.tag().equals("VBG") && !k.lemma().equals("be")) {
                break; // another verb's phrase
            }
        }
        if (cue < 0 || usedCues.contains(cue)) {
            return;
        }
        int hi = partialExtent.end(qCloseToken[q]);
        int[] r = ranges.trim(cue + 1, hi);
        if (r == null) {
            return;
        }
        usedCues.add(cue);
        found.add(new Found(QuoteKind.PARTIAL, text.span(r[0], r[1] + 1), speakers.subjectOf(cue, null), text.token(cue).span(), cue));
    }

    /** "…, experts charge.": a sentence-final cue the tagger took for a noun. */
    private boolean closingNounCue(int t, Sentence s) {
        Token k = text.token(t);
        if (!k.isNoun() || k.isProperNoun() || t + 2 != s.endToken() || !ranges.isEdgePunct(t + 1) || t - 1 < s.firstToken()) {
            return false;
        }
        Token p = text.token(t - 1);
        return cues.classOf(k.lemma()) == CueClass.SPEECH && (p.tag().equals("NNS") || p.tag().equals("PRP")
                || p.isProperNoun());
    }

    private void according(Sentence s, int t, DependencyGraph g) {
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

    /**
     * A noun of statement with its "that" clause, {@code Trump's claim that the election is rigged}:
     * the clause is the content, a possessive before the noun the speaker.
     */
    private void nounCue(Sentence s, int t) {
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
        r[1] = ranges.cutAtNextAttribution(r[0], r[1]);
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

    private boolean insideFound(int offset) {
        for (Found f : found) {
            if (f.content.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    // ---- partial quotes

    private void partial(int q, DependencyGraph g, int foundBefore) {
        for (int i = foundBefore; i < found.size(); i++) {
            if (found.get(i).content.contains(quotations.get(q).content())) {
                return; // inside reported speech, which became a partial quote
            }
        }
        if (g == null) {
            partialByTokens(q);
            return;
        }
        int head = -1;
        for (int t = qFirst[q]; t < qEnd[q]; t++) {
            int h = g.head(t);
            if (h < qFirst[q] || h >= qEnd[q]) {
                head = t;
                break;
            }
        }
        if (head < 0) {
            return;
        }
        int cue = -1;
        int t = g.head(head);
        for (int steps = 0; t >= 0 && steps < 6 && cue < 0; steps++) {
            if (cueSites.isCueAt(t) && quotationOf[t] < 0) {
                cue = t;
            } else {
                t = g.head(t);
            }
        }
        if (cue < 0 || usedCues.contains(cue)) {
            return;
        }
        int lo = qFirst[q];
        int hi = qEnd[q] - 1;
        for (Dependency d : g.children(cue)) {
            if (d.dependent() < cue || PARTIAL_EXCLUDED.contains(d.relation())) {
                continue;
            }
            int[] b = g.subtreeBounds(d.dependent());
            lo = Math.min(lo, b[0]);
            hi = Math.max(hi, b[1]);
        }
        int[] r = ranges.trim(lo, hi);
        if (r == null) {
            return;
        }
        usedCues.add(cue);
        found.add(new Found(QuoteKind.PARTIAL, text.span(r[0], r[1] + 1), speakers.subjectOf(cue, g), text.token(cue).span(), cue));
    }

    // ---- shared

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
    private boolean isCueAt(int t) {
        return cueSites.isCueAt(t);
    }

    private Speaker subjectOf(int cue, DependencyGraph g) {
        return speakers.subjectOf(cue, g);
    }

    private void add(Found f) {
        found.add(f);
    }
}
