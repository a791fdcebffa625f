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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attribution of one article, sentence by sentence in text order so that the speaker
 * tracker sees speakers in the order a reader does: first the direct quotes ending in the
 * sentence (cue after the closing mark, before the opening mark, in a short next sentence, after a
 * colon, or the speaker of the quote they continue), then every cue outside quotations (reported
 * speech, {@code according to}), then the partial quotes not inside reported speech. Quotes split
 * by their attribution stay separate quotes sharing speaker and cue. Not thread-safe; one per article.
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
    private static final Set<String> UP_RELATIONS = Set.of("advcl", "xcomp", "conj", "acl", "parataxis", "ccomp");
    private static final Set<String> PARTIAL_EXCLUDED = Set.of("punct", "advcl", "conj", "cc", "parataxis", "mark",
            "aux", "aux:pass", "nsubj", "nsubj:pass", "advmod", "cop", "discourse", "dep", "compound:prt");

    /** One attribution found, before ids are given. */
    private static final class Found {
        QuoteKind kind;
        Span content;
        Speaker speaker;
        Span cue;
        int cueToken = -1;
        int quotation = -1;
        Attribution attribution = Attribution.SPEECH;

        Found(QuoteKind kind, Span content, Speaker speaker, Span cue, int cueToken) {
            this.kind = kind;
            this.content = content;
            this.speaker = speaker;
            this.cue = cue;
            this.cueToken = cueToken;
        }
    }

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
    private final ParticipleModifier participles;
    private final PartialExtent partialExtent;
    private final Set<Integer> usedCues = new HashSet<>();
    private final List<Found> found = new ArrayList<>();

    private final boolean useParse;
    /** How many sentences the token path may parse to find a subject it could not find by patterns. */
    private final int parseBudget;
    private final Set<Integer> parsed = new HashSet<>();
    /** The second part of a content interrupted by its attribution, set by {@link #reversed}. */
    private int[] parentheticalRest;

    /**
     * @param useParse read dependency parses of the candidate sentences (more accurate on unusual
     *                 syntax, several times slower); without, token patterns alone
     */
    ArticleAttribution(AnnotatedText text, EntitySet entities, CueLexicon cues, List<Quotation> quotations,
                       RoleFinder.Roles roles, boolean useParse) {
        this.useParse = useParse;
        this.parseBudget = useParse ? 0 : SUBJECT_PARSES;
        this.text = text;
        this.body = text.body();
        this.cues = cues;
        this.quotations = quotations;
        int n = text.tokens().size();
        quotationOf = new int[n];
        Arrays.fill(quotationOf, -1);
        boolean[] quoted = new boolean[n];
        int q = quotations.size();
        qFirst = new int[q];
        qEnd = new int[q];
        qOpenToken = new int[q];
        qCloseToken = new int[q];
        direct = new boolean[q];
        for (int i = 0; i < q; i++) {
            Quotation qt = quotations.get(i);
            Span outer = qt.outer();
            int first = text.tokenAt(outer.start());
            int t = first;
            qOpenToken[i] = first;
            qFirst[i] = -1;
            while (t < n && text.token(t).start() < outer.end()) {
                quotationOf[t] = i;
                if (qt.content().contains(text.token(t).start())) {
                    quoted[t] = true;
                    if (qFirst[i] < 0) {
                        qFirst[i] = t;
                    }
                    qEnd[i] = t + 1;
                }
                t++;
            }
            qCloseToken[i] = t - 1;
            if (qFirst[i] < 0) {
                qFirst[i] = first;
                qEnd[i] = first;
            }
        }
        this.paragraphs = new Paragraphs(body);
        this.tracker = new SpeakerTracker(text, entities, roles, paragraphs, quoted);
        this.subjects = new SubjectFinder(text, cues, quotationOf);
        this.contents = new ContentFinder(text, subjects, quotationOf, direct);
        this.clauseEnd = new ClauseEnd(text, quotationOf, this::isCueAt);
        this.headline = new HeadlineColon(text);
        this.embedded = new EmbeddedAttribution(text, quotationOf);
        this.regardAs = new RegardAs(text, quotationOf);
        this.participles = new ParticipleModifier(text);
        this.partialExtent = new PartialExtent(text, quotationOf, direct, this::isCueAt);
        for (int i = 0; i < q; i++) {
            direct[i] = isDirect(i);
        }
    }

    List<Quote> run() {
        for (Sentence s : text.sentences()) {
            attribute(s);
        }
        backfillContinuedQuotes();
        // a quotation split by its attribution, or continued in the next paragraph, stays two quotes
        // with the same speaker and cue (the contract allows either form; the cue ties them)
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(f -> f.content));
        List<Quote> out = new ArrayList<>(sorted.size());
        for (Found f : sorted) {
            out.add(new Quote("q" + (out.size() + 1), f.kind, f.content, f.speaker, f.cue, f.attribution));
        }
        return out;
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
        boolean needsParse = !directHere.isEmpty() || !partialHere.isEmpty();
        for (int t = s.firstToken(); t < s.endToken() && !needsParse; t++) {
            needsParse = quotationOf[t] < 0 && (isCueAt(t) || isAccording(t) || closingNounCue(t, s)
                    || cues.isNounCue(text.token(t)) || isViewAt(t));
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
            if (isAccording(t)) {
                according(s, t, g);
            } else if (quotationOf[t] < 0 && cues.isNounCue(text.token(t)) && !closingNounCue(t, s)) {
                // "…, experts charge." is a verb the tagger took for a noun: the closing attribution below
                nounCue(s, t);
            } else if (!usedCues.contains(t) && (isCueAt(t) || closingNounCue(t, s))) {
                reported(t, g);
            } else if (quotationOf[t] < 0 && isViewAt(t)) {
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
                    || (isCueAt(p.index()) && cues.classOf(p) != CueClass.FRAMING);
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
        return w.equals(",") || w.equals(".") || isCueAt(after) || words(content) >= 6;
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
        if (cue < 0) {
            cue = subjects.cueAfterAppositions(close, closeSentence, this::isCueAt); // "…,” Name, a long description, said"
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
        if (last == dash || !isNameToken(last)) {
            return false;
        }
        Speaker sp = tracker.resolve(last, null, text.span(dash + 1, last + 1));
        Found f = new Found(QuoteKind.DIRECT, content, sp, text.token(dash).span(), dash);
        f.quotation = q;
        add(f);
        return true;
    }

    /**
     * A transcript turn, {@code PENCE: Well, look, …}: a paragraph opening with a name in capitals and
     * a colon is that person's words, to the paragraph's end.
     */
    private void transcriptTurn(Sentence s) {
        int first = s.firstToken();
        if (!paragraphStart(s.start())) {
            return;
        }
        int colon = first;
        while (colon < s.endToken() && colon < first + 3 && isCapitalWord(colon)) {
            colon++;
        }
        if (colon == first || colon >= s.endToken() - 1 || !text.text(text.token(colon)).equals(":")) {
            return;
        }
        int p = paragraphs.at(s.start());
        int last = s.endToken() - 1;
        for (int i = s.index() + 1; i < text.sentences().size() && paragraphs.at(text.sentences().get(i).start()) == p; i++) {
            last = text.sentences().get(i).endToken() - 1;
        }
        if (last - colon < 3) {
            return;
        }
        Speaker sp = tracker.byName(text.text(first, colon), text.span(first, colon));
        add(new Found(QuoteKind.DIRECT, text.span(colon + 1, last + 1), sp, text.token(colon).span(), colon));
        usedCues.add(colon);
    }

    /** {@code Pence: Flowers Won't Be at Debate}: see {@link HeadlineColon}. */
    private void headlineTurn(Sentence s) {
        HeadlineColon.Turn turn = headline.at(s);
        if (turn == null || usedCues.contains(turn.colon()) || coversDirect(turn.colon() + 1, turn.contentLast())) {
            return;
        }
        Speaker sp = tracker.byName(text.text(turn.sourceFirst(), turn.colon()), text.span(turn.sourceFirst(), turn.colon()));
        if (!turn.named() && (sp == null || sp.entityId() == null)) {
            return;
        }
        QuoteKind kind = containsQuotation(turn.colon() + 1, turn.contentLast()) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        add(new Found(kind, text.span(turn.colon() + 1, turn.contentLast() + 1), sp, text.token(turn.colon()).span(),
                turn.colon()));
        usedCues.add(turn.colon());
    }

    /** {@code "WALLACE: If I may, …}: a transcript turn inside quotation marks names its speaker. */
    private boolean quotedTranscriptTurn(int q, Span content) {
        int first = qFirst[q];
        int colon = first;
        while (colon < qEnd[q] && colon < first + 3 && isCapitalWord(colon)) {
            colon++;
        }
        if (colon == first || colon >= qEnd[q] - 3 || !text.text(text.token(colon)).equals(":")) {
            return false;
        }
        Speaker sp = tracker.byName(text.text(first, colon), text.span(first, colon));
        Found f = new Found(QuoteKind.DIRECT, new Span(text.token(colon + 1).start(), content.end()), sp,
                text.token(colon).span(), colon);
        f.quotation = q;
        add(f);
        return true;
    }

    private boolean paragraphStart(int offset) {
        int i = offset - 1;
        while (i >= 0 && body.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || body.charAt(i) == '\n';
    }

    private boolean isCapitalWord(int t) {
        String w = text.text(text.token(t));
        if (w.equals("Q") || w.equals("A")) {
            return true; // interview transcripts: "Q: …" and "A: …"
        }
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-')
                && w.chars().anyMatch(Character::isLetter);
    }

    private void addInherited(int q, Span content, Found prev) {
        Found f = new Found(QuoteKind.DIRECT, content, prev.speaker, prev.cue, prev.cueToken);
        f.quotation = q;
        add(f);
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
            if (isCueAt(t)) {
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
            if (quotationOf[t] < 0 && isCueAt(t)) {
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
        int[] range = cls == CueClass.FRAMING ? null : g == null ? contents.afterCue(cue) : contents.complement(cue, g);
        if (range != null && (!isStatement(range, ct) || subjectAfterComma(cue))) {
            range = null; // ", said one GOP source in the room": what follows the cue is its subject, not a clause
        }
        if (range == null && g != null && takesInfinitive(ct)) {
            range = contents.afterCue(cue); // the parse has the infinitive as xcomp, no complement clause
        }
        int[] relative = cls == CueClass.FRAMING ? null : embedded.relative(cue);
        if (relative != null) {
            range = relative; // the parse has no complement for a relative clause's reported verb
        }
        if (range == null && cls != CueClass.FRAMING) {
            // "which officials said will take effect", "As Crane said, the candidates …"
            range = embedded.relative(cue);
            if (range == null) {
                range = embedded.asClause(cue);
            }
        }
        if (QUOTATION_ONLY.contains(ct.lemma())) {
            range = null; // "continued to trail", "continue his policies": a cue only for words it introduces
        }
        if (INFINITIVE_ONLY.contains(ct.lemma())) {
            // "declined to comment", "refused to testify"; not "declined slightly", "refused the offer"
            int[] r = range == null ? null : trim(range[0], range[1]);
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
                : containsQuotation(g.subtreeBounds(cue)[0], g.subtreeBounds(cue)[1])))) {
            return; // a framed quotation is a partial quote, attributed with it
        }
        int[] r = trim(range[0], range[1]);
        // "Acts of protest, she said, are …": the clause is whole only with the part after the attribution
        boolean interrupted = reversedRange && parentheticalRest != null;
        if (interrupted && r == null) {
            // "All of which, he said, would help …": only function words before the attribution
            r = parentheticalRest;
            parentheticalRest = null;
        }
        boolean infinitive = r != null && text.token(r[0]).tag().equals("TO");
        if (r == null || !interrupted && r[1] - r[0] < (object || infinitive ? 1 : 2) || !(object || interrupted || isClause(r[0], r[1])
                || reversedRange && closedClause(r[0], r[1])
                || (takesInfinitive(ct) && infinitiveNear(r[0], r[1])))) {
            return;
        }
        if (coversDirect(r[0], r[1])) {
            return; // the cue of a direct quote, attributed there
        }
        r[1] = cutAtNextAttribution(r[0], r[1]);
        if (!reversedRange) {
            r[1] = clauseEnd.end(r[0], r[1], object);
        }
        if (reversedRange && parentheticalRest == null) {
            r[0] = earlierSentencesOfTheStatement(r[0]);
        }
        Speaker sp = subjectOf(cue, g);
        // a subject the tracker cannot resolve ("I think …", "you believe …") still holds the thought
        boolean hasSubject = sp != null || !object && !isVerbalNoun(cue) && subjects.find(cue) != null;
        if (!hasSubject && (cls != CueClass.SPEECH || object)) {
            return;
        }
        QuoteKind kind = containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(cue);
        Attribution attribution = attributionOf(ct, cls, !object && !reversedRange && !isClause(r[0], r[1]));
        add(new Found(kind, text.span(r[0], r[1] + 1), sp, ct.span(), cue), attribution);
        if (reversedRange && parentheticalRest != null && !coversDirect(parentheticalRest[0], parentheticalRest[1])) {
            int[] rest = parentheticalRest;
            QuoteKind k2 = containsQuotation(rest[0], rest[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
            add(new Found(k2, text.span(rest[0], rest[1] + 1), sp, ct.span(), cue), attribution);
        }
    }

    private boolean isVerbalNoun(int t) {
        return !text.token(t).isVerb();
    }

    private boolean isViewAt(int t) {
        return cues.classOf(text.token(t)) == CueClass.VIEW;
    }

    /** "Clinton sees the issue as a way to win": see {@link RegardAs}; the speaker must be found. */
    private void regarded(int cue, DependencyGraph g) {
        int[] range = regardAs.content(cue);
        int[] r = range == null ? null : trim(range[0], range[1]);
        if (r == null || r[1] - r[0] < 2 || coversDirect(r[0], r[1]) || text.token(cue).tag().equals("VBN")
                && precededByBe(cue)) {
            return; // "was seen as": a passive, whose holder is seldom named
        }
        Speaker sp = subjectOf(cue, g);
        if (sp == null) {
            return;
        }
        QuoteKind kind = containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        usedCues.add(cue);
        add(new Found(kind, text.span(r[0], r[1] + 1), sp, text.token(cue).span(), cue), Attribution.THOUGHT);
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

    private void add(Found f, Attribution attribution) {
        f.attribution = attribution;
        add(f);
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
     * Ends a content before a coordinated clause that brings its own attribution ("…, but Shelby
     * said …", "…, and when pressed, she replied …"): that clause is another quote.
     */
    private int cutAtNextAttribution(int lo, int hi) {
        for (int t = lo + 2; t < hi; t++) {
            String w = text.text(text.token(t));
            Token next = text.token(t + 1);
            if (text.token(t).tag().equals("CC") && quotationOf[t + 1] < 0 && isCueAt(next.index()) && isFinite(next)) {
                return t - 1; // "… the deal and called for tariffs": a second statement of the same speaker
            }
            if (w.equals(",") && closingAttribution(t + 1, hi)) {
                return t - 1; // "…, O'Neill said"
            }
            if (w.equals(";") && hasFinite(t + 1, hi)) {
                return t - 1; // "… next decade; the Tax Foundation estimates …": a semicolon joins another statement
            }
            boolean boundary = w.equals(";") || (w.equals(",") && next.tag().equals("CC"));
            if (!boundary) {
                continue;
            }
            for (int k = t + 1; k <= hi && k <= t + 10; k++) {
                if (quotationOf[k] < 0 && isCueAt(k)) {
                    return t - 1;
                }
            }
        }
        return hi;
    }

    private boolean hasFinite(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (isFinite(text.token(t))) {
                return true;
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
            if (quotationOf[t] >= 0 || isCueAt(t) || isAccording(t)) {
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
        int[] r = trim(range[0], range[1]);
        return r != null && (r[1] - r[0] >= 2 && isClause(r[0], r[1])
                || takesInfinitive(cue) && r[1] - r[0] >= 1 && infinitiveNear(r[0], r[1])); // "declined to comment"
    }

    /** "to VERB" opens the range or follows a short object ("urged donors to send"). */
    private boolean infinitiveNear(int lo, int hi) {
        for (int t = lo; t < hi && t <= lo + 5; t++) {
            if (text.token(t).tag().equals("TO") && text.token(t + 1).tag().equals("VB")) {
                return true;
            }
            if (isFinite(text.token(t))) {
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
            if (quotationOf[t] < 0 && isCueAt(t) && isFinite(text.token(t))) {
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
    private boolean isClause(int lo, int hi) {
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
        return false;
    }

    /**
     * A clause closed by its attribution ("After some challenges, the work has met the standards, …"):
     * any verb form but a gerund, since the tagger often reads a past tense as a participle ("the
     * middle fifth paid 8.9 percent"), and an opening prepositional phrase is allowed.
     */
    private boolean closedClause(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            String tag = text.token(t).tag();
            if (isFinite(text.token(t)) || tag.equals("VBN") && t > lo) {
                return true;
            }
        }
        return false;
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
        if (cue - comma < 2 && !(cue + 1 < s.endToken() && (isNameToken(cue + 1) || subjects.npAfter(cue, s) != null))) {
            return null; // ", vowing …" is no attribution; ", said John Smith" and ", he said" are
        }
        int end = cue + 1;
        while (end < s.endToken() && !isEdgePunct(end)) {
            if (isFinite(text.token(end)) || end - cue > 8) {
                return null; // a clause goes on: not a closing attribution
            }
            end++;
        }
        parentheticalRest = null;
        boolean inverted = cue - comma < 2; // ", said Brian Baker, a longtime adviser … who …": an apposition follows
        if (!inverted && end < s.endToken() - 1 && text.text(text.token(end)).equals(",")) {
            // "Though …, he said, replacing Clinton would be …": the attribution interrupts the content
            int[] rest = trim(end + 1, s.endToken() - 1);
            if (rest != null && rest[1] - rest[0] >= 2 && (isClause(rest[0], rest[1]) || closedClause(rest[0], rest[1])
                    || text.token(rest[0]).tag().equals("IN") && hasFinite(rest[0], rest[1]))) {
                parentheticalRest = rest;
            } else if (rest == null || hasFinite(rest[0], rest[1])) {
                return null;
            } // else ", said Brian Baker, a longtime adviser to …": an apposition closes the attribution
        }
        if (comma - s.firstToken() < 4 && parentheticalRest == null) {
            return null; // a short opening phrase is a statement only when the clause goes on after the attribution
        }
        if (subjects.find(cue) == null && subjectOf(cue, g) == null) {
            return null; // a subject the tracker cannot resolve ("they") still makes the attribution
        }
        return new int[]{s.firstToken(), comma - 1};
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
        while (end < s.endToken() && !isEdgePunct(end) && !isFinite(text.token(end))) {
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
            if (isCueAt(k.index())) {
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
        int[] r = trim(cue + 1, hi);
        if (r == null) {
            return;
        }
        usedCues.add(cue);
        add(new Found(QuoteKind.PARTIAL, text.span(r[0], r[1] + 1), subjectOf(cue, null), text.token(cue).span(), cue));
    }

    /** "…, experts charge.": a sentence-final cue the tagger took for a noun. */
    private boolean closingNounCue(int t, Sentence s) {
        Token k = text.token(t);
        if (!k.isNoun() || k.isProperNoun() || t + 2 != s.endToken() || !isEdgePunct(t + 1) || t - 1 < s.firstToken()) {
            return false;
        }
        Token p = text.token(t - 1);
        return cues.classOf(k.lemma()) == CueClass.SPEECH && (p.tag().equals("NNS") || p.tag().equals("PRP")
                || p.isProperNoun());
    }

    private boolean isAccording(int t) {
        return t + 1 < text.tokens().size() && text.text(text.token(t)).equalsIgnoreCase("according")
                && text.text(text.token(t + 1)).equalsIgnoreCase("to");
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
            if (quotationOf[k] >= 0 && direct[quotationOf[k]] || isEdgePunct(k) && !text.text(text.token(k)).equals(",")) {
                hi = k - 1;
                break;
            }
        }
        int[] r = trim(that, hi);
        if (r == null || r[1] - r[0] < 2 || !isClause(r[0], r[1]) || !subjectBeforeFinite(r[0] + 1, r[1])) {
            return; // "the claim that he made": a relative clause, no statement
        }
        r[1] = cutAtNextAttribution(r[0], r[1]);
        Speaker sp = null;
        int p = t - 1;
        while (p >= s.firstToken() && text.token(p).tag().startsWith("JJ")) {
            p--; // "his repeated claim"
        }
        if (p >= s.firstToken() && text.token(p).tag().equals("PRP$")) {
            sp = tracker.resolve(p, null, text.token(p).span());
        } else if (p - 1 >= s.firstToken() && text.token(p).tag().equals("POS") && isNameToken(p - 1)) {
            int b = p - 1;
            while (b - 1 >= s.firstToken() && isNameToken(b - 1)) {
                b--;
            }
            sp = tracker.resolve(p - 1, null, text.span(b, p));
        }
        QuoteKind kind = containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        add(new Found(kind, text.span(r[0], r[1] + 1), sp, text.token(t).span(), t),
                THOUGHT_NOUNS.contains(text.token(t).lemma()) ? Attribution.THOUGHT : Attribution.SPEECH);
    }

    /** A subject stands before the first finite verb of {@code [lo, hi]} ("that [the vote] was rigged"). */
    private boolean subjectBeforeFinite(int lo, int hi) {
        for (int k = lo; k <= hi; k++) {
            if (isFinite(text.token(k))) {
                return k > lo;
            }
        }
        return false;
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
            if (isCueAt(t) && quotationOf[t] < 0) {
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
        int[] r = trim(lo, hi);
        if (r == null) {
            return;
        }
        usedCues.add(cue);
        add(new Found(QuoteKind.PARTIAL, text.span(r[0], r[1] + 1), subjectOf(cue, g), text.token(cue).span(), cue));
    }

    // ---- shared

    /**
     * The speaker of a cue: its subject; else a name right after it ({@code said Sarhang Hamasaeed})
     * or a name or pronoun right before it; else the subject of the clause the cue hangs from
     * ({@code Trump said, … calling Soleimani “…”}).
     */
    private Speaker subjectOf(int cue, DependencyGraph g) {
        if (g == null) {
            int[] np = subjects.find(cue);
            if (np != null) {
                return tracker.resolve(np[0], null, text.span(np[1], np[2] + 1));
            }
            if (parseBudget <= 0) {
                return null;
            }
            // the one place the token path reads a parse: a subject the patterns could not find
            int sentence = text.token(cue).sentence();
            if (text.parsedSentenceCount() >= parseBudget && !parsed.contains(sentence)) {
                return null;
            }
            parsed.add(sentence);
            g = text.parse(sentence);
        }
        int c = cue;
        for (int steps = 0; steps < 5 && c >= 0; steps++) {
            if (c != cue && g.relation(cue).equals("xcomp") && g.head(cue) == c && !g.children(c, "obj").isEmpty()) {
                return tracker.resolve(g.children(c, "obj").get(0), g); // "forced Holt to admit": the object does it
            }
            // the subject of an intermediate clause that is neither a cue nor the main clause is not the speaker
            boolean speaks = c == cue || isCueAt(c) || g.head(c) < 0;
            for (int s : g.children(c, "nsubj")) {
                if (!speaks || g.relation(s).equals("nsubj:pass")
                        || (quotationOf[s] >= 0 && quotationOf[s] != quotationOf[cue])) {
                    continue;
                }
                return tracker.resolve(s, g);
            }
            if (c == cue) {
                int adjacent = subjects.adjacent(cue);
                if (adjacent >= 0) {
                    return tracker.resolve(adjacent, g);
                }
            }
            c = g.head(c);
        }
        // the parser missed the subject (", said one official in the chamber" read as an object): token patterns
        int[] np = subjects.find(cue);
        return np == null ? null : tracker.resolve(np[0], null, text.span(np[1], np[2] + 1));
    }

    private boolean isNameToken(int t) {
        return subjects.isName(t);
    }

    private static boolean isFinite(Token k) {
        return SubjectFinder.isFinite(k);
    }

    private void add(Found f) {
        if (f.kind != QuoteKind.DIRECT) {
            f.content = balanced(f.content);
        }
        if (f.cueToken >= 0 && subjects.passive(f.cueToken)) {
            int[] by = subjects.agent(f.cueToken); // "was accused of …": the subject is talked about; "by X" talks
            f.speaker = by == null ? null : tracker.resolve(by[0], null, text.span(by[1], by[2] + 1));
        } else if (f.speaker == null && f.cueToken >= 0 && subjects.fallback(f.cueToken) != null) {
            int[] np = subjects.fallback(f.cueToken); // a subject that fills in, never decides the quote
            f.speaker = tracker.resolve(np[0], null, text.span(np[1], np[2] + 1));
        }
        found.add(f);
        tracker.record(f.speaker, f.content.start());
    }

    /** A content that cuts a quotation just before its closing mark takes the mark in ("a “harsh revenge.”"). */
    private Span balanced(Span content) {
        Span out = content;
        for (Quotation q : quotations) {
            Span outer = q.outer();
            if (q.close() >= 0 && out.contains(q.open()) && !out.contains(q.close() - 1) && outer.end() - out.end() <= 3) {
                out = new Span(out.start(), outer.end());
            }
        }
        return out;
    }

    private boolean coversDirect(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (quotationOf[t] >= 0 && direct[quotationOf[t]]) {
                return true;
            }
        }
        return false;
    }

    private boolean containsQuotation(int lo, int hi) {
        for (int t = lo; t <= hi; t++) {
            if (quotationOf[t] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The token range without punctuation at its ends, or null when nothing is left. */
    private int[] trim(int lo, int hi) {
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

    private boolean isEdgePunct(int t) {
        String w = text.text(text.token(t));
        return w.equals(",") || w.equals(".") || w.equals(":") || w.equals(";") || w.equals("—") || w.equals("--");
    }

    /**
     * A cue verb, unless it is the tail of a hyphenated compound modifier ("Iran-backed", "U.S.-led")
     * or a participle modifying a noun ("pledged delegates", "a play called …").
     */
    private boolean isCueAt(int t) {
        if (!cues.isCue(text.token(t))) {
            return false;
        }
        return !(t > 0 && text.token(t - 1).end() == text.token(t).start() && text.text(text.token(t - 1)).equals("-"))
                && !participles.at(t);
    }

    /** The last token of a person's name set off after a comma at {@code comma} ("…, Norman Roule"), or -1. */
    private int appositiveNameEnd(Sentence s, int comma) {
        if (comma + 1 >= s.endToken() || !text.text(text.token(comma)).equals(",") || !isNameToken(comma + 1)
                || !"PERSON".equals(text.token(comma + 1).ner())) {
            return -1;
        }
        int e = comma + 1;
        while (e + 1 < s.endToken() && isNameToken(e + 1)) {
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
        int[] left = trim(s.firstToken(), t - 1);
        int[] right = trim(phraseEnd + 1, s.endToken() - 1);
        int[] r = left == null ? right : right == null ? left : (left[1] - left[0] >= right[1] - right[0] ? left : right);
        if (r == null || r[1] - r[0] < 2 || coversDirect(r[0], r[1])) {
            return;
        }
        Speaker sp = speaker.get();
        QuoteKind kind = containsQuotation(r[0], r[1]) ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        add(new Found(kind, text.span(r[0], r[1] + 1), sp, text.span(t, t + 2), t));
    }
}
