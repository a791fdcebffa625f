package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.model.Speaker;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Direct quotes, attributed around their quotation marks: a cue after the closing mark, before the
 * opening mark, in a short next sentence or after a colon, a dash and a name, a transcript label;
 * else the speaker of the quote they continue. Also decides which quotations are direct at all.
 */
final class DirectQuotes {

    /** How far after a closing mark the attribution of a direct quote may start, in tokens. */
    private static final int TAIL_WINDOW = 12;
    /**
     * How far back from a resumed quotation its attribution may start, in tokens: the whole
     * attribution sentence, however long its description of the speaker ({@code “A,” said an official
     * who was not authorized to speak on the matter. “B.”}); no sentence may lie between.
     */
    private static final int RESUMED_WINDOW = 40;
    /** How many words a quoted clause ending a mixed quote needs to be a statement that goes on, not a label. */
    private static final int STATEMENT_WORDS = 6;
    /** An abbreviation with its full stop ("Nev.", "D.C."). */
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{L}[\\p{L}.]*\\.");

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
    private final TranscriptTurns transcripts;
    private final CueSites cueSites;
    private final CueSpeaker speakers;
    private final FoundQuotes found;
    private final Set<Integer> usedCues;
    private final boolean useParse;
    private final TitleOfWork titles;
    private final ClauseBeforeQuotation clauseBefore;
    private final QuotedPredicate predicates;
    private final StatementAfterQuotation statementAfter;

    DirectQuotes(AttributionContext c) {
        this.text = c.text();
        this.body = c.text().body();
        this.cues = c.cues();
        this.quotations = c.quotations();
        this.quotationOf = c.marks().quotationOf;
        this.qFirst = c.marks().first;
        this.qEnd = c.marks().end;
        this.qOpenToken = c.marks().open;
        this.qCloseToken = c.marks().close;
        this.direct = c.marks().direct;
        this.paragraphs = c.paragraphs();
        this.tracker = c.tracker();
        this.subjects = c.subjects();
        this.contents = c.contents();
        this.transcripts = c.transcripts();
        this.cueSites = c.cueSites();
        this.speakers = c.speakers();
        this.found = c.found();
        this.usedCues = c.usedCues();
        this.useParse = c.useParse();
        this.titles = new TitleOfWork(c.text(), c.marks());
        this.clauseBefore = new ClauseBeforeQuotation(c.text(), c.contents(), c.ranges(), c.cueSites()::isCueAt);
        this.predicates = new QuotedPredicate(c.text(), c.marks(), c.cueSites()::isCueAt);
        this.statementAfter = new StatementAfterQuotation(c.text(), c.marks());
    }

    /** A quotation is direct when it stands as an utterance: at a sentence start or after a colon, comma or cue. */
    boolean isDirect(int q) {
        Quotation qt = quotations.get(q);
        if (qt.continues()) {
            return true;
        }
        int open = qOpenToken[q];
        Sentence s = text.sentenceOf(qFirst[q]);
        boolean before;
        if (open <= s.firstToken() || qFirst[q] == s.firstToken() || startsParagraph(q)) {
            before = true; // the tokenizer may even have put the opening mark at the end of the sentence before
        } else {
            Token p = text.token(open - 1);
            String w = text.text(p);
            before = w.equals(":") || w.equals(",") || w.equals("—") || w.equals("--") || w.equals("(")
                    || w.equals(".") || w.equals("?") || w.equals("!") || abbreviationEndsSentence(q)
                    || (quotationOf[open - 1] >= 0 && quotationOf[open - 1] != q)
                    || (cueSites.isCueAt(p.index()) && cues.classOf(p) != CueClass.FRAMING);
        }
        if (!before || thatBeforeComma(open)) {
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

    /**
     * {@code … he said in Reno, Nev. “The plan …”}: an abbreviation's full stop ends the sentence too
     * (the splitter kept the quotation in it) when a capital opens the quotation.
     */
    private boolean abbreviationEndsSentence(int q) {
        int open = qOpenToken[q];
        String w = open < 1 ? "" : text.text(text.token(open - 1));
        String first = quotations.get(q).content().text(body).strip();
        return ABBREVIATION.matcher(w).matches() && !first.isEmpty() && Character.isUpperCase(first.charAt(0));
    }

    /** {@code said that, “Of course …”}: the quotation goes on the reported clause that "that" opens. */
    private boolean thatBeforeComma(int open) {
        return open >= 2 && text.text(text.token(open - 1)).equals(",")
                && text.text(text.token(open - 2)).equalsIgnoreCase("that") && quotationOf[open - 2] < 0
                && text.token(open - 2).sentence() == text.token(open).sentence();
    }

    private static int words(String s) {
        return s.trim().split("\\s+").length;
    }

    /** Attributes direct quotation {@code q}, whose closing mark ends a sentence parsed as {@code g} (null: tokens only). */
    void attributeDirect(int q, DependencyGraph g) {
        Span content = quotations.get(q).content();
        int close = qCloseToken[q];
        Sentence closeSentence = text.sentenceOf(close);
        if (titles.at(q) || dashAttribution(q, content, close) || quotedTranscriptTurn(q, content)) {
            return; // a title names a work: nobody said it
        }
        Found resumed = resumedAfterAttribution(q);
        if (resumed != null) {
            addInherited(q, content, resumed);
            return; // `“A,” he said, “B.”`: one statement around its attribution
        }
        int cue = -1;
        int tailEnd = tailEnd(close, closeSentence);
        for (int t = close + 1; t < tailEnd && t <= close + TAIL_WINDOW && cue < 0; t++) {
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
        if (cue >= 0 && text.token(cue).sentence() != closeSentence.index()) {
            cueGraph = useParse ? text.parse(text.token(cue).sentence()) : null; // found past a "?”" the splitter cut at
        }
        if (cue < 0) {
            int open = qOpenToken[q];
            Sentence openSentence = text.sentenceOf(qFirst[q]);
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
                    cue = governingCue(t, open, openSentence);
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
            int clause = cue < qOpenToken[q] ? clauseBefore.start(cue, qOpenToken[q]) : -1;
            Found f = clause < 0 ? new Found(QuoteKind.DIRECT, content, sp, text.token(cue).span(), cue)
                    : new Found(QuoteKind.PARTIAL, new Span(text.token(clause).start(), quotations.get(q).outer().end()),
                    sp, text.token(cue).span(), cue); // "said the plan was …, “a disaster.”": one mixed statement
            f.quotation = q;
            int[] subject = clause < 0 ? predicates.subjectBefore(q, cue) : null;
            if (subject != null) { // "The plan, “is a step backwards,” she said."
                f.kind = QuoteKind.PARTIAL;
                f.content = new Span(text.token(subject[0]).start(), quotations.get(q).outer().end());
            }
            int statementEnd = clause < 0 && cue > close ? statementAfter.end(q, cue) : -1;
            if (statementEnd >= 0) { // "“The pier is unsafe” for now, she said.": the writer completes the sentence
                f.kind = QuoteKind.PARTIAL;
                f.content = new Span(subject != null ? f.content.start() : quotations.get(q).outer().start(),
                        text.token(statementEnd).end());
            }
            int[] apart = clause < 0 ? predicates.subjectBeforeAttribution(q, cue) : null;
            if (apart != null) { // "The plan, she said, “is a step backwards.”": two pieces of one statement
                f.kind = QuoteKind.PARTIAL;
                f.content = quotations.get(q).outer();
                Found head = new Found(QuoteKind.PARTIAL, text.span(apart[0], apart[1] + 1), sp, text.token(cue).span(), cue);
                add(head);
            }
            add(f);
            return;
        }
        Found prev = previousForInheritance(q);
        if (prev != null) {
            addInherited(q, content, prev);
            return;
        }
        Found unattributed = unattributedPart(q);
        if (unattributed != null) { // one quote over several paragraphs, whoever said it
            unattributed.content = new Span(unattributed.content.start(), content.end());
            unattributed.quotation = q;
            return;
        }
        if (words(content.text(body)) == 1) {
            return; // "“Benghazi,” “attack”": one word with no one to say it is a word mentioned, not a quote
        }
        Found f = new Found(QuoteKind.DIRECT, content, null, null, -1);
        f.quotation = q;
        add(f);
    }

    /**
     * {@code The mayor said the council asks too much, “and gets too little.”}: the cue nearest before
     * the quotation ("asks") stands inside the reported clause of an earlier finite cue ("said"; no framing
     * verb, whose object is no clause: "invoked the story he told, “…”"; no relative clause's verb: "an official
     * who spoke anonymously said, “…”"), whose
     * statement the quotation completes. The clause must run unbroken from that cue to the nearer one:
     * a comma, dash or coordinator between them ("Asked about it, she said, “…”", "urges him to stop and
     * says, “…”") leaves the nearer cue the quotation's. Returns {@code near} when no earlier cue holds it.
     */
    private int governingCue(int near, int open, Sentence s) {
        if (open < 1 || !text.text(text.token(open - 1)).equals(",") || !SubjectFinder.isFinite(text.token(near))) {
            return near;
        }
        int cue = near;
        for (int t = near - 1; t >= s.firstToken(); t--) {
            String w = text.lowerWord(t);
            if (quotationOf[t] >= 0 || BREAKS.contains(w) || !Character.isLetterOrDigit(w.charAt(0)) && !w.startsWith("'")) {
                break;
            }
            if (isCueAt(t) && SubjectFinder.isFinite(text.token(t)) && cues.classOf(text.token(t)) != CueClass.FRAMING
                    && !(t > s.firstToken() && text.token(t - 1).tag().startsWith("W"))) {
                int[] clause = contents.afterCue(t);
                if (clause != null && clause[0] <= near && clause[1] >= open - 2) {
                    cue = t;
                }
            }
        }
        return cue;
    }

    /** Words that end the stretch in which an earlier cue's clause may hold a nearer cue. */
    private static final Set<String> BREAKS = Subordinators.adverbialAnd("and", "but", "or");

    /**
     * Where the attribution after a closing mark may run: to the end of its sentence, or on through
     * the next one when the splitter cut after {@code ?”} or {@code !”} and the sentence goes on in
     * lower case ({@code “Do they read?” said Ann Lee, a delegate who …}) or with the speaker and the
     * cue ({@code “Do they read?” Ann Lee asked.}).
     */
    private int tailEnd(int close, Sentence closeSentence) {
        int end = closeSentence.endToken();
        if (close != end - 1 || closeSentence.index() + 1 >= text.sentences().size() || close < 1
                || !"?!".contains(text.text(text.token(close - 1)))) {
            return end;
        }
        Sentence next = text.sentences().get(closeSentence.index() + 1);
        String first = text.text(text.token(next.firstToken()));
        boolean lower = !first.isEmpty() && Character.isLowerCase(first.charAt(0));
        return (lower || opensWithSpeakerAndCue(next)) && paragraphs.at(next.start()) == paragraphs.at(text.token(close).start())
                ? next.endToken() : end;
    }

    /** {@code Ann Lee asked …}, {@code She pressed …}: a name or a pronoun, then a finite cue. */
    private boolean opensWithSpeakerAndCue(Sentence s) {
        int t = s.firstToken();
        if (text.token(t).tag().equals("PRP")) {
            t++;
        } else {
            while (t < s.endToken() && text.token(t).isProperNoun() && quotationOf[t] < 0) {
                t++;
            }
        }
        return t > s.firstToken() && t < s.endToken() && isCueAt(t) && SubjectFinder.isFinite(text.token(t));
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

    /**
     * The quote a quotation resumes after the attribution between them, in the same sentence
     * ({@code “A,” said the senator, “B …”}) or opening the next one with a statement of its own
     * ({@code “A,” he said. “B.”}): the cue found for the earlier quotation, lying between the two.
     * A cue after B would be the next statement's ({@code “B.” Perhaps, he said, …}).
     */
    private Found resumedAfterAttribution(int q) {
        int open = qOpenToken[q];
        if (open - 1 < 0 || quotationOf[open - 1] >= 0) {
            return null;
        }
        String before = text.text(text.token(open - 1));
        String content = quotations.get(q).content().text(body).strip();
        boolean sameSentence = before.equals(",");
        boolean nextSentence = (before.equals(".") || abbreviationEndsSentence(q)) && content.endsWith(".")
                && !quotations.get(q).continues();
        if (!sameSentence && !nextSentence) {
            return null;
        }
        if (nextSentence && paragraphs.at(text.token(open - 1).start()) != paragraphs.at(quotations.get(q).open())) {
            return null;
        }
        for (int t = open - 2; t >= 0 && t >= open - RESUMED_WINDOW; t--) {
            int p = quotationOf[t];
            if (p < 0) {
                String w = text.text(text.token(t));
                if (w.equals(".") || w.equals("?") || w.equals("!") || w.equals(";") || w.equals(":")) {
                    return null; // another sentence lies between
                }
                continue;
            }
            Span earlier = quotations.get(p).content();
            for (int i = found.size() - 1; i >= 0; i--) {
                Found f = found.get(i);
                if ((f.quotation == p || f.content.contains(earlier)) && f.cueToken > t && f.cueToken < open) {
                    if (!mostlyQuoted(f, earlier)) {
                        return null;
                    }
                    int later = laterCue(f.cueToken, open);
                    return later < 0 ? f : nextSentence ? foundAt(later, f) : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * A statement that is its quotation, give or take a word ({@code But “…,” he said}): a reported
     * clause around it ({@code She said she felt … because “…,” she said}) is a statement of its own.
     */
    private boolean mostlyQuoted(Found f, Span quotation) {
        if (f.kind == QuoteKind.DIRECT) {
            return true;
        }
        String outside = body.substring(f.content.start(), quotation.start()) + " "
                + body.substring(quotation.end(), f.content.end());
        return outside.isBlank() || words(outside.replaceAll("[\\p{Punct}“”‘’]", " ").strip()) <= 2;
    }

    /**
     * `“A,” Trump said, adding later, “B”`: B belongs to the later cue, the last one before B, or -1.
     * An infinitive in the speaker's description (`said an aide who was not cleared to speak
     * publicly`) reports nothing.
     */
    private int laterCue(int cue, int open) {
        for (int t = open - 1; t > cue; t--) {
            if (isCueAt(t) && !text.token(t - 1).tag().equals("TO")) {
                return t;
            }
        }
        return -1;
    }

    /**
     * `“A,” he said, adding that the plan was late. “B.”`: the statement "add" reported in the
     * attribution, which B goes on with; null for another later cue (`said, referring to the plan.`:
     * B goes on with A) or when that cue found none of the earlier quote's speaker.
     */
    private Found foundAt(int cue, Found earlier) {
        if (!text.token(cue).lemma().equals("add")) {
            return null;
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (f.cueToken == cue) {
                return f.speaker != null && earlier.speaker != null
                        && Objects.equals(f.speaker.name(), earlier.speaker.name()) ? f : null;
            }
        }
        return null;
    }

    private Found lastFoundFor(int quotation) {
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i).quotation == quotation) {
                return found.get(i);
            }
        }
        return null;
    }

    /**
     * The quote without speaker or cue that quotation {@code q} carries on into a new paragraph
     * (the continuation convention), or null: the paragraphs are one quote, not one quote each.
     */
    private Found unattributedPart(int q) {
        if (!quotations.get(q).continues()) {
            return null;
        }
        Found f = lastFoundFor(q - 1);
        return f != null && f.kind == QuoteKind.DIRECT && f.cue == null && f.speaker == null ? f : null;
    }

    /** A paragraph of a multi-paragraph quote takes the attribution found at the quote's end. */
    void backfillContinuedQuotes() {
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

    /**
     * The speaker a quotation without its own attribution continues: same paragraph, or the quote it continues;
     * or a mixed quote earlier in its paragraph, whose statement it goes on with
     * ({@code Yet it is a “gamble,” she said. “Nobody knows …”}).
     */
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
            if (f.kind == QuoteKind.PARTIAL && f.speaker != null && f.cue != null
                    && (fp == p || fp == p - 1 && startsParagraph(q) && endsOnQuotation(f))
                    && f.content.end() <= qt.open()) { // "The plan “is a mistake,” she said. “It fails everyone.”"
                return f;
            }
            if (fp < p - 1) {
                break;
            }
        }
        return null;
    }

    /**
     * A mixed quote that ends on a quoted clause ({@code The city needs leaders “who will fix the
     * roads first,” she said.}): a paragraph that opens with a quotation and no attribution goes on
     * with it. A quoted label ({@code calling him “a clown”}) ends no statement to go on with.
     */
    private boolean endsOnQuotation(Found f) {
        for (int i = quotations.size() - 1; i >= 0; i--) {
            Span quoted = quotations.get(i).content();
            if (f.content.contains(quoted)) {
                String rest = body.substring(Math.min(quotations.get(i).outer().end(), f.content.end()), f.content.end());
                return rest.isBlank() && words(quoted.text(body)) >= STATEMENT_WORDS;
            }
        }
        return false;
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

    // the names attributeDirect calls, so that its body moved here unchanged
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
