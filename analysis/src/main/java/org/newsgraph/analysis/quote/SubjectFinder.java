package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * Finds the subject of a reporting cue from tokens alone, so that most sentences need no parse:
 * a name after an inverted cue ({@code “…,” said Mr. Kamin}), a noun phrase after a cue that closes
 * the clause ({@code …, said one GOP source}), the noun phrase before the cue past adverbs,
 * auxiliaries, time words, a parenthesis and appositions set off by commas or dashes, and for a
 * participle ({@code …, vowing …}) the subject of the sentence's first finite verb; a cue joined by
 * "and" to an earlier verb takes that verb's subject (from the parse). Passive cues
 * ({@link #passive}) are recognised so that their subject is not taken for the speaker.
 * Phrases are returned as {head, first, last} token indices. One instance per article.
 */
final class SubjectFinder {

    private final AnnotatedText text;
    private final CueLexicon cues;
    private final int[] quotationOf;
    private final PassiveCue passives;
    private final DescribedAttribution described;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     */
    SubjectFinder(AnnotatedText text, CueLexicon cues, int[] quotationOf) {
        this.text = text;
        this.cues = cues;
        this.quotationOf = quotationOf;
        this.passives = new PassiveCue(text, quotationOf);
        this.described = new DescribedAttribution(text, quotationOf, this::isName);
    }

    private static final Set<String> SKIPPED_BEFORE_CUE = Set.of("also", "later", "then", "previously", "once",
            "recently", "since", "not", "never", "repeatedly", "earlier", "again", "publicly", "privately", "reportedly");

    /**
     * The subject of a cue from tokens: a name right after an inverted cue ({@code said John Smith});
     * else the noun phrase ending just before it, past adverbs, auxiliaries, a parenthesis or a
     * comma-delimited apposition; for a participle ({@code , vowing …}) the subject of the first
     * finite verb of the sentence; a progressive ({@code but he is now warning}) takes the subject right
     * before it. Returns {head, first, last} tokens, or null.
     */
    int[] find(int cue) {
        int[] found = findByPatterns(cue);
        Sentence s = text.sentenceOf(cue);
        if (found != null && text.token(cue).tag().equals("VBG") && precededByAux(cue, s)) {
            // "Fares rose, but the union is now criticizing …": a progressive speaks for the subject
            // right before it, not for the first clause's; alone (no clause to lean on) it mostly
            // describes ("are talking doom and gloom"), so it does not make the cue a report
            int[] own = npBefore(cue, s);
            return own != null ? own : found;
        }
        return found;
    }

    /** The subject by the token patterns of {@link #find}, before a progressive's own subject is preferred. */
    private int[] findByPatterns(int cue) {
        Sentence s = text.sentenceOf(cue);
        int[] inverted = invertedSubject(cue, s);
        if (inverted != null) {
            return inverted;
        }
        Token c = text.token(cue);
        boolean participle = c.tag().equals("VBG") || (c.tag().equals("VBN") && !precededByAux(cue, s));
        int[] np = c.tag().equals("VBG") ? null : npBefore(cue, s);
        if (np != null) {
            return np;
        }
        if (np == null && !participle && cue == s.firstToken() && s.index() > 0) {
            // "Rep. Trey Gowdy (R-S.C.) said": the splitter ended a sentence at the abbreviation's period
            Sentence before = text.sentences().get(s.index() - 1);
            String last = text.text(text.token(before.endToken() - 1));
            if (last.equals(")") && quotationOf[before.endToken() - 1] < 0) {
                np = npBefore(cue, before);
                if (np != null) {
                    return np;
                }
            }
        }
        if (coordinated(cue, s)) {
            int[] conjunct = conjunctSubject(cue, s); // one parse, only for "X said A and added B"
            if (conjunct != null) {
                return conjunct;
            }
        }
        int[] closing = participle ? closingCueSubject(cue, s) : null;
        if (closing != null) {
            return closing;
        }
        if (participle || coordinated(cue, s)) {
            // ", vowing …" and "X says A and said B": the subject of the sentence's first finite verb
            for (int t = s.firstToken(); t < cue; t++) {
                String tag = text.token(t).tag();
                if (quotationOf[t] < 0 && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))) {
                    int[] subject = npBefore(t, s);
                    // "“…,” said Jim Reed, a state senator, referring to …": the subject after an inverted verb
                    return subject == null && participle ? invertedSubject(t, s) : subject;
                }
            }
            for (int t = s.firstToken() + 1; t < cue && participle; t++) {
                // "Dean, a former chairman, poked at …, tweeting": a past tense the tagger took for a participle
                if (quotationOf[t] < 0 && text.token(t).tag().equals("VBN") && text.text(text.token(t - 1)).equals(",")) {
                    int[] opening = openingSubject(s, t - 1);
                    if (opening != null) {
                        return opening;
                    }
                }
            }
        }
        if (c.tag().equals("VBG") && opensSentence(cue, s)) {
            // "Lamenting their luck, Mexicans often say …": the subject after the participle's clause
            for (int t = cue + 1; t < s.endToken() && quotationOf[t] < 0; t++) {
                if (text.text(text.token(t)).equals(",")) {
                    for (int v = t + 1; v < s.endToken() && v <= t + 8 && quotationOf[v] < 0; v++) {
                        if (isFinite(text.token(v))) {
                            int[] subject = npBefore(v, s);
                            return subject != null && subject[1] > t ? subject : null;
                        }
                    }
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * "The plan is a mistake, Tanner said, adding …": a participle after a comma whose nearest finite
     * verb is a cue goes with that cue, a closing attribution, and takes its subject; else null.
     */
    private int[] closingCueSubject(int participle, Sentence s) {
        if (participle - 1 <= s.firstToken() || !text.text(text.token(participle - 1)).equals(",")) {
            return null;
        }
        for (int t = participle - 2; t > s.firstToken() && quotationOf[t] < 0; t--) {
            Token k = text.token(t);
            if (isFinite(k)) {
                if (!cues.isCue(k)) {
                    return null;
                }
                int[] before = npBefore(t, s);
                if (before != null) {
                    return before;
                }
                // ", said Jim Reed, adding …": an inverted subject only when it fills the attribution to the comma
                int[] inverted = invertedSubject(t, s);
                return inverted != null && inverted[2] == participle - 2 ? inverted : null;
            }
        }
        return null;
    }

    /**
     * The subject after an inverted verb: a name right after it ({@code said John Smith}), or after a
     * comma or a quotation a noun phrase running to the clause end ({@code …, said one GOP source.}).
     */
    private int[] invertedSubject(int verb, Sentence s) {
        int adjacent = adjacent(verb);
        if (adjacent > verb) {
            int first = adjacent;
            while (first - 1 > verb && (text.token(first - 1).isProperNoun() || text.token(first - 1).tag().equals("DT"))) {
                first--;
            }
            return new int[]{adjacent, first, adjacent};
        }
        Token c = text.token(verb);
        if (isFinite(c) && !c.lemma().equals("tell") && verb - 1 >= s.firstToken() && (text.text(text.token(verb - 1)).equals(",")
                || quotationOf[verb - 1] >= 0)) { // (after "told" comes who is told)
            return npAfter(verb, s); // "…, said one council aide at the meeting."
        }
        return null;
    }

    /**
     * A subject for a cue already taken as a quote whose subject {@link #find} did not see: who does
     * an infinitive cue ("he has yet to explain", "forced Stumpf to admit"). Kept apart from
     * {@link #find} because a subject there also decides whether a cue is a quote at all.
     */
    int[] fallback(int cue) {
        Sentence s = text.sentenceOf(cue);
        if (text.token(cue).tag().equals("VB") && cue - 1 > s.firstToken() && text.token(cue - 1).tag().equals("TO")) {
            return controller(cue - 1, s);
        }
        return null;
    }

    /** The cue is passive: see {@link PassiveCue#passive}. */
    boolean passive(int cue) {
        return passives.passive(cue);
    }

    /** The "by" agent of a passive cue: see {@link PassiveCue#agent}. */
    int[] agent(int cue) {
        return passives.agent(cue);
    }

    /** The participle opens its sentence, alone or after a preposition ("After saying …, she …"). */
    private boolean opensSentence(int cue, Sentence s) {
        return cue == s.firstToken() || (cue - 1 == s.firstToken() && text.token(cue - 1).tag().equals("IN"));
    }

    /**
     * Who does the infinitive at {@code to} ("he has yet to explain", "forced Stumpf to admit"): a
     * person named or a pronoun right before it; else the subject of the nearest finite verb before.
     */
    private int[] controller(int to, Sentence s) {
        int b = to - 1;
        Token before = text.token(b);
        String w = text.text(before).toLowerCase(java.util.Locale.ROOT);
        if (quotationOf[b] < 0 && ("PERSON".equals(before.ner()) || w.equals("him") || w.equals("her")
                || w.equals("them"))) {
            int first = b;
            while (first - 1 >= s.firstToken() && "PERSON".equals(before.ner()) && text.token(first - 1).isProperNoun()) {
                first--;
            }
            return new int[]{b, first, b};
        }
        if (quotationOf[b] < 0 && text.text(before).equals(",")) {
            // "forced Stumpf, who was under questioning …, to admit": back to the name before the clause
            for (int k = b - 1; k > s.firstToken() && k > b - 30 && quotationOf[k] < 0; k--) {
                if (text.text(text.token(k)).equals(",")) {
                    if ("PERSON".equals(text.token(k - 1).ner())) {
                        return new int[]{k - 1, k - 1, k - 1};
                    }
                    break;
                }
            }
        }
        for (int v = to - 1; v >= s.firstToken() && v > to - 12; v--) {
            if (quotationOf[v] >= 0) {
                return null;
            }
            if (isFinite(text.token(v))) {
                return npBefore(v, s);
            }
        }
        return null;
    }


    static boolean isAppositionMark(String w) {
        return w.equals(",") || w.equals("--") || w.equals("—") || w.equals("–");
    }

    /** A relative pronoun comes before the first finite verb of {@code [lo, hi)}: "a historian who attended …". */
    private boolean relativeFirst(int lo, int hi) {
        for (int k = lo; k < hi; k++) {
            Token x = text.token(k);
            if (x.tag().equals("WP") || x.tag().equals("WDT")
                    || (k > lo && x.lemma().equals("that") && text.token(k - 1).isNoun())) {
                return true;
            }
            if (isFinite(x)) {
                return false;
            }
        }
        return false;
    }

    /** The cue of a closing attribution after a long description: see {@link DescribedAttribution#cue}. */
    int cueAfterAppositions(int close, Sentence s, java.util.function.IntPredicate isCue) {
        return described.cue(close, s, isCue);
    }

    /**
     * The subject of the verb a coordinated cue is joined to, read from the sentence's parse
     * ("Merrill says Machado promised … and said …": Merrill); null without a parse or subject.
     */
    private int[] conjunctSubject(int cue, Sentence s) {
        org.newsgraph.nlp.DependencyGraph g;
        try {
            g = text.parse(s.index());
        } catch (IllegalStateException noParser) {
            return null; // a text annotated without a parser: the token rule decides
        }
        int c = cue;
        for (int hops = 0; hops < 3 && g.relation(c).equals("conj") && g.head(c) >= 0; hops++) {
            c = g.head(c);
        }
        if (c == cue) {
            return null;
        }
        if (g.relation(c).equals("ccomp") && g.head(c) >= 0 && cues.classOf(text.token(g.head(c))) != null) {
            // "May said the country would leave … and suggested …": the parse joins the cue to the
            // reported verb; the reporter is the one who goes on
            c = g.head(c);
        }
        for (int n : g.children(c, "nsubj")) {
            if (quotationOf[n] >= 0) {
                return null;
            }
            int lo = n;
            int hi = n;
            for (org.newsgraph.nlp.Dependency d : g.children(n)) {
                String r = d.relation();
                if (r.equals("appos") || r.startsWith("acl") || r.equals("punct") || r.equals("parataxis")) {
                    continue;
                }
                int[] b = g.subtreeBounds(d.dependent());
                lo = Math.min(lo, b[0]);
                hi = Math.max(hi, b[1]);
            }
            return new int[]{n, lo, hi};
        }
        return null;
    }

    /** The cue follows "and" or "but" (past adverbs and auxiliaries): it shares the subject of an earlier verb. */
    private boolean coordinated(int cue, Sentence s) {
        int t = cue - 1;
        while (t > s.firstToken() && (text.token(t).tag().equals("RB") || text.token(t).tag().equals("MD")
                || (text.token(t).isVerb() && AUX.contains(text.token(t).lemma())))) {
            t--;
        }
        if (t <= s.firstToken() || quotationOf[t] >= 0 || !text.token(t).tag().equals("CC")) {
            return false;
        }
        String w = text.lowerWord(t);
        return w.equals("and") || w.equals("but");
    }

    private static final Set<String> AUX = Set.of("have", "be", "do", "will");

    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves", "itself");
    /** Words that stand alone for a group of people ("Some say …", "…, tweeted another"). */
    static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "several", "both", "others", "another",
            "few", "all", "each");

    /**
     * "Clinton, during a town hall in Columbus, Ohio, said": the noun phrase opening the sentence,
     * when everything from the first mark after it to the mark at {@code mark} (just before the cue)
     * is set off by marks and holds no clause but a relative one; {head, first, last}, or null.
     */
    private int[] openingSubject(Sentence s, int mark) {
        int first = s.firstToken();
        int end = first;
        while (end < mark && !isAppositionMark(text.text(text.token(end)))) {
            end++;
        }
        if (end == first || end >= mark || !npFromStart(s, end - 1) || quotationOf[end - 1] >= 0) {
            return null;
        }
        int segment = end + 1;
        for (int k = end + 1; k <= mark; k++) {
            if (k == mark || isAppositionMark(text.text(text.token(k)))) {
                if (hasFiniteOutsideRelative(segment, k)) {
                    return null;
                }
                segment = k + 1;
            } else if (quotationOf[k] >= 0) {
                return null;
            }
        }
        int n = end + 1;
        while (n < mark && text.token(n).isProperNoun()) {
            n++;
        }
        if (n > end + 1 && isAppositionMark(text.text(text.token(n))) && "PERSON".equals(text.token(n - 1).ner())) {
            return new int[]{n - 1, end + 1, n - 1}; // "The governor, Laura Chen, defended": the name is the apposition
        }
        int head = end - 1;
        while (head > first && text.text(text.token(head)).equals(")")) {
            while (head > first && !text.text(text.token(head)).equals("(")) {
                head--;
            }
            head--;
        }
        for (int k = first; k < head; k++) {
            if (text.text(text.token(k)).equals("of")) {
                head = k - 1; // "The employee of nearly four years": the head comes before "of"
                break;
            }
        }
        if (head < first || !(text.token(head).isNoun() || text.token(head).tag().equals("PRP"))) {
            return null;
        }
        return new int[]{head, first, end - 1};
    }

    /** {@code [lo, hi)} has a finite verb that is not inside a relative clause. */
    private boolean hasFiniteOutsideRelative(int lo, int hi) {
        for (int k = lo; k < hi; k++) {
            if (isFinite(text.token(k))) {
                return !relativeFirst(lo, hi) && !(text.token(lo).tag().equals("WP") || text.token(lo).tag().equals("WDT")
                        || text.token(lo).tag().equals("WP$"));
            }
        }
        return false;
    }

    /** Tokens from the sentence start to {@code t} are one noun phrase ("The employee of nearly four years"). */
    private boolean npFromStart(Sentence s, int t) {
        for (int k = s.firstToken(); k <= t; k++) {
            Token x = text.token(k);
            String tag = x.tag();
            boolean np = x.isNoun() || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("POS") || tag.equals("PRP$")
                    || tag.equals("CD") || tag.equals("HYPH") || (tag.equals("IN") && text.text(x).equals("of"))
                    || (tag.equals("RB") && k < t) || text.text(x).equals("(") || text.text(x).equals(")");
            if (!np || quotationOf[k] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A phrase of time that is no speaker ("said Tuesday", "said last week"). */
    private boolean isTimeHead(int t) {
        return TIME_NOUNS.contains(text.token(t).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> TIME_NOUNS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "week", "weekend", "month", "year", "morning",
            "afternoon", "evening", "night", "day", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "time", "hour", "minute");

    /** The noun phrase opening the sentence when no finite verb stands between it and {@code verb}; else null. */
    private int[] sentenceSubject(Sentence s, int verb) {
        int t = s.firstToken();
        while (t < verb && (text.token(t).isNoun() || text.token(t).tag().startsWith("JJ") || text.token(t).tag().equals("DT")
                || text.token(t).tag().equals("POS") || text.token(t).tag().equals("HYPH")) && quotationOf[t] < 0) {
            t++;
        }
        int last = t - 1;
        if (last < s.firstToken() || !text.token(last).isNoun()) {
            return null;
        }
        for (int k = t; k < verb; k++) {
            if (isFinite(text.token(k)) || quotationOf[k] >= 0) {
                return null;
            }
        }
        return new int[]{last, s.firstToken(), last};
    }

    /**
     * The possessor ending at token {@code p}, a possessive determiner ("her") or a name with its
     * "'s" ("Mayor Reyes's"): {head, first, last}, or null.
     */
    int[] possessor(int p) {
        Sentence s = text.sentenceOf(p);
        if (text.token(p).tag().equals("PRP$")) {
            return new int[]{p, p, p};
        }
        if (!text.token(p).tag().equals("POS") || p - 1 < s.firstToken() || !isName(p - 1)) {
            return null;
        }
        int b = p - 1;
        while (b - 1 >= s.firstToken() && isName(b - 1)) {
            b--;
        }
        return new int[]{p - 1, b, p - 1};
    }

    /** A noun phrase after an inverted cue that closes the clause: {head, first, last}, or null. */
    int[] npAfter(int cue, Sentence s) {
        int t = cue + 1;
        int head = -1;
        boolean prep = false;
        while (t < s.endToken() && !TokenRanges.isEdgePunct(text, t) && quotationOf[t] < 0) {
            Token k = text.token(t);
            String w = text.text(k);
            if (head >= 0 && (k.tag().equals("WP") || k.tag().equals("WDT")) && !w.equalsIgnoreCase("that")) {
                break; // "said an official who oversaw the case": a relative clause ends it ("that" may open a reported clause)
            }
            if (k.tag().equals("TO") || k.tag().equals("IN") && (w.equals("of") || w.equals("in") || w.equals("at") || w.equals("for")
                    || w.equals("from") || w.equals("with") || w.equals("on") || w.equals("inside"))) {
                prep = true; // "said one Republican aide on the committee", "said a source close to the mayor"
            } else if (k.isNoun() || k.tag().equals("CD") || QUANTIFIERS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                if (!prep) {
                    head = t; // "…, tweeted another."
                }
            } else if (!(k.tag().startsWith("JJ") || k.tag().equals("RB") || k.tag().equals("DT") || k.tag().equals("PRP$")
                    || k.tag().equals("POS") || k.tag().equals("HYPH") || k.tag().equals("VBN") || w.equals("and"))) {
                return null;
            }
            t++;
        }
        if (head < 0 || t - cue > 12 || isTimeHead(head)) {
            return null;
        }
        if (t < s.endToken() && quotationOf[t] >= 0) {
            return null; // "…, said North Korea's “provocation …”": what follows is reported, not a closing subject
        }
        return new int[]{head, cue + 1, t - 1};
    }


    /** "to" or "with" after a person noun ties the following phrase to that person ("advisers to the president"). */
    private boolean ofPerson(int t, String w, Sentence s) {
        if (!(w.equals("to") || w.equals("with")) || t - 1 < s.firstToken() || !text.token(t - 1).isNoun()) {
            return false;
        }
        String noun = text.text(text.token(t - 1));
        // a capitalised plural opening the sentence is tagged as a proper noun and keeps its plural lemma
        return PersonNouns.is(text.token(t - 1).lemma()) || noun.endsWith("s") && PersonNouns.is(noun.substring(0, noun.length() - 1));
    }

    static boolean isFinite(Token k) {
        String tag = k.tag();
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
    }

    /** A modal or a form of "be", "have" or "do": a verb that may stand before another ("has said", "did not say"). */
    static boolean isAuxiliary(Token k) {
        return k.tag().equals("MD") || k.isVerb() && AUXILIARY_LEMMAS.contains(k.lemma());
    }

    private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do");


    /** A form of "have" or "be" comes before {@code t}, past adverbs ("has since", "is already", "'s not"). */
    private boolean precededByAux(int t, Sentence s) {
        int b = t - 1;
        if (b < s.firstToken()) {
            return false;
        }
        while (b > s.firstToken() && quotationOf[b] < 0 && (text.token(b).tag().equals("RB")
                || SKIPPED_BEFORE_CUE.contains(text.lowerWord(b)))) {
            b--;
        }
        Token p = text.token(b);
        return p.isVerb() && (p.lemma().equals("have") || p.lemma().equals("be"));
    }


    /** Time words that may stand between a subject and its cue ("Zarif last week called"). */
    private static final Set<String> TIME_WORDS = Set.of("week", "month", "year", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "yesterday", "today", "night", "morning", "evening",
            "weekend", "last", "this", "on", "earlier", "afternoon");


    /** The noun phrase that ends right before {@code verb}: {head, first, last}, or null. */
    private int[] npBefore(int verb, Sentence s) {
        int t = verb - 1;
        boolean afterTime = false;
        while (t >= s.firstToken()) {
            Token k = text.token(t);
            String w = text.text(k).toLowerCase(java.util.Locale.ROOT);
            boolean aux = k.tag().equals("MD") || (k.isVerb() && (k.lemma().equals("have") || k.lemma().equals("be")
                    || k.lemma().equals("do") || k.lemma().equals("will")));
            if (aux || SKIPPED_BEFORE_CUE.contains(w) || k.tag().equals("RB")) {
                t--;
            } else if (TIME_WORDS.contains(w) && t - 1 >= s.firstToken()) {
                t--; // "last week", "on Monday", "Zarif Tuesday"
                afterTime = true;
            } else if (afterTime && k.tag().equals("VBN") && t - 1 >= s.firstToken() && text.token(t - 1).isNoun()) {
                t--; // "a poll released last week showed": the participle and its time modify the subject
                afterTime = false;
            } else if (k.tag().equals("CD") && w.matches("(1[89]|20)\\d\\d") && t - 1 > s.firstToken()
                    && text.token(t - 1).tag().equals("IN")) {
                t -= 2; // "who in 2010 said"
            } else {
                break;
            }
        }
        if (t < s.firstToken() || quotationOf[t] >= 0) {
            return null;
        }
        if (text.text(text.token(t)).equals(")")) {
            while (t >= s.firstToken() && !text.text(text.token(t)).equals("(")) {
                t--;
            }
            t--;
        } else if (isAppositionMark(text.text(text.token(t))) && openingSubject(s, t) != null) {
            return openingSubject(s, t); // "Clinton, during a town hall in Columbus, Ohio, said"
        } else if (isAppositionMark(text.text(text.token(t)))) {
            // "Sarhang Hamasaeed, the director of …, said", "Schiff, 56, who has served …, told",
            // "Kall -- co-editor of …, a book … -- said": back over up to two appositions or
            // relative clauses, set off by commas or dashes, to the name
            boolean fromStart = false;
            for (int round = 0; round < 3 && isAppositionMark(text.text(text.token(t))); round++) {
                String mark = text.text(text.token(t));
                int k = t - 1;
                boolean verbs = false;
                while (k > s.firstToken() && k > t - 30 && !text.text(text.token(k)).equals(mark)) {
                    Token x = text.token(k);
                    verbs |= x.tag().equals("VBD") || x.tag().equals("VBZ") || x.tag().equals("VBP");
                    if (quotationOf[k] >= 0) {
                        return null;
                    }
                    k--;
                }
                if (k <= s.firstToken() || !text.text(text.token(k)).equals(mark)) {
                    if (round == 0 && mark.equals(",") && (isName(t - 1) || text.text(text.token(t - 1)).equals(")"))
                            && npFromStart(s, t - 1)) {
                        t--; // "Sen. Jack Reed (D-R.I.), said": a stray comma after the subject
                        if (text.text(text.token(t)).equals(")")) {
                            while (t > s.firstToken() && !text.text(text.token(t)).equals("(")) {
                                t--;
                            }
                            t--;
                        }
                        break;
                    }
                    return null;
                }
                Token opener = text.token(k + 1);
                if (verbs && !(opener.tag().equals("WP") || opener.tag().equals("WDT") || opener.tag().equals("WP$"))
                        && !relativeFirst(k + 1, t)) {
                    return null; // a clause, not an apposition
                }
                if (!verbs && isName(t - 1) && "PERSON".equals(text.token(t - 1).ner()) && text.token(k + 1).isProperNoun()) {
                    int name = t - 1; // "The governor, Laura Chen, defended": the name is the apposition
                    return new int[]{name, k + 1, name};
                }
                t = k - 1;
                if (text.text(text.token(t)).equals(")")) {
                    while (t > s.firstToken() && !text.text(text.token(t)).equals("(")) {
                        t--;
                    }
                    t--;
                }
                if (isName(t) || text.token(t).tag().equals("PRP") || text.token(t).isProperNoun()) {
                    break;
                }
                if (text.token(t).isNoun() && npFromStart(s, t)) {
                    fromStart = true; // "The mayor, still stinging over the app, agreed", "Others, reacting …, shouted"
                    break;
                }
            }
            if (t < s.firstToken() || !(fromStart || isName(t) || text.token(t).tag().equals("PRP")
                    || text.token(t).isProperNoun())) {
                return null;
            }
        }
        if (t < s.firstToken() || quotationOf[t] >= 0) {
            return null;
        }
        Token last = text.token(t);
        if (REFLEXIVES.contains(text.text(last).toLowerCase(java.util.Locale.ROOT)) && t - 1 >= s.firstToken()
                && text.token(t - 1).isNoun()) {
            t--; // "Mr. Rubio himself has argued"
            last = text.token(t);
        }
        if (last.tag().equals("PRP") || last.tag().equals("WP") || last.tag().equals("WDT")) {
            return new int[]{t, t, t};
        }
        if (QUANTIFIERS.contains(text.text(last).toLowerCase(java.util.Locale.ROOT))
                && (t == s.firstToken() || !text.token(t - 1).isNoun() && !text.token(t - 1).tag().startsWith("JJ"))) {
            return new int[]{t, t, t}; // "Some say", "Many speculated", "both vowed": a group as written
        }
        if (last.tag().startsWith("JJ") && "MISC".equals(last.ner()) && t - 1 >= s.firstToken()
                && (text.token(t - 1).tag().equals("CD") || text.token(t - 1).tag().equals("DT"))) {
            return new int[]{t, t - 1, t}; // "One Republican threatened": the adjective stands for the noun
        }
        if (!(last.isNoun() || last.tag().equals("CD"))) {
            return null;
        }
        int first = t;
        int head = t;
        while (first - 1 >= s.firstToken()) {
            Token p = text.token(first - 1);
            String w = text.text(p);
            boolean np = p.isNoun() || p.tag().startsWith("JJ") || p.tag().equals("DT") || p.tag().equals("POS")
                    || p.tag().equals("PRP$") || p.tag().equals("CD") || p.tag().equals("HYPH") || p.tag().equals("VBN")
                    || (p.tag().equals("CC") && w.equals("and"));
            boolean prep = p.tag().equals("IN") && (w.equals("of") || w.equals("in") || w.equals("at") || w.equals("for")
                    || w.equals("from") || w.equals("on"))
                    || ofPerson(first - 1, w, s); // "aides to the governor", "officials with the authority"
            if ((!np && !prep) || quotationOf[first - 1] >= 0) {
                break;
            }
            if (prep) {
                head = first - 2; // "the head of the agency": the head noun comes before the preposition
            }
            first--;
        }
        while (head >= first && !(text.token(head).isNoun() || text.token(head).tag().equals("CD"))) {
            head--;
        }
        if (head < first) {
            head = t;
        }
        while (first < head && text.token(first).tag().equals("CC")) {
            first++;
        }
        if (first - 1 >= s.firstToken()) {
            Token before = text.token(first - 1);
            if (before.tag().equals("IN") || before.tag().equals("VBG") || before.tag().equals("TO")) {
                // "Trump in a statement following Iran's missile attacks called": the phrase before the cue
                // is an object; with no finite verb before the cue, the subject opens the sentence
                int[] opening = sentenceSubject(s, verb);
                if (opening != null) {
                    return opening;
                }
            }
        }
        return new int[]{head, first, t};
    }


    /** A name just after the cue, or a name or pronoun just before it, outside quotations; else -1. */
    int adjacent(int cue) {
        Sentence s = text.sentenceOf(cue);
        int after = cue + 1;
        Token c = text.token(cue);
        boolean inverted = (c.tag().equals("VBD") || c.tag().equals("VBZ") || c.tag().equals("VBP"))
                && cues.classOf(c) != CueClass.FRAMING && !c.lemma().equals("tell") && cue - 1 >= s.firstToken()
                && (quotationOf[cue - 1] >= 0 || (text.text(text.token(cue - 1)).equals(",")
                && (cue - 2 < s.firstToken() || quotationOf[cue - 2] >= 0 || nameRunsToClauseEnd(after, s))));
        if (inverted && after < s.endToken() && quotationOf[after] < 0) {
            // "said Mr. Kamin", "said the Rev. Peter Wherry": a run of proper nouns ending in a name
            int t = after;
            if (text.token(t).tag().equals("DT") && t + 1 < s.endToken()) {
                t++;
            }
            int last = -1;
            while (t < s.endToken() && text.token(t).isProperNoun() && quotationOf[t] < 0) {
                last = t;
                t++;
            }
            if (last >= 0 && (isName(last) || text.token(last).isProperNoun()) && !text.token(last).ner().equals("LOCATION")) {
                return last;
            }
        }
        int before = cue - 1;
        while (before >= s.firstToken() && (text.token(before).tag().equals("RB") || text.token(before).tag().equals("MD")
                || text.token(before).tag().startsWith("VB"))) {
            before--; // "he also said", "she has said"
        }
        if (before >= s.firstToken() && quotationOf[before] < 0) {
            Token b = text.token(before);
            boolean finite = !c.tag().equals("VBG") && !c.tag().equals("VBN");
            if (b.tag().equals("PRP") || isName(before) || (finite && (b.tag().equals("NNS") || b.tag().equals("NN")))) {
                return before;
            }
        }
        return -1;
    }


    /** "…, said John Smith." / "…, said John Smith, the …": a name closing the sentence or followed by a comma. */
    private boolean nameRunsToClauseEnd(int t, Sentence s) {
        int e = t;
        while (e < s.endToken() && isName(e)) {
            e++;
        }
        return e > t && (e >= s.endToken() || TokenRanges.isEdgePunct(text, e));
    }


    boolean isName(int t) {
        Token k = text.token(t);
        return k.isProperNoun() && (!"O".equals(k.ner()));
    }


}
