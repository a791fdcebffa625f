package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;

/**
 * Attributions embedded in the writer's own sentence, found from tokens:
 * <ul>
 * <li>a relative clause whose verb is reported ({@code The changes, which officials said will take
 * effect in May, …}, {@code a dynamic Greenberg said could drive moderates away}): the cue is
 * followed at once by the finite verb of the clause it reports, whose subject is the relative
 * pronoun or the noun before the speaker. The content is the reported predicate, to the clause's end.</li>
 * <li>{@code As Crane said, the two candidates have become …}: "as", a subject and the cue, then a
 * comma and the clause the source is cited for.</li>
 * </ul>
 * Ranges are inclusive token indices, untrimmed.
 */
final class EmbeddedAttribution {

    /** How long the agent of "as reported by …" may be, in tokens after the cue. */
    private static final int MAX_AGENT = 9;

    private final AnnotatedText text;
    private final int[] quotationOf;

    /**
     * @param quotationOf for each token, the index of the quotation holding it, or -1
     */
    EmbeddedAttribution(AnnotatedText text, int[] quotationOf) {
        this.text = text;
        this.quotationOf = quotationOf;
    }

    /** The reported predicate of a relative clause after {@code cue}, or null. */
    int[] relative(int cue) {
        Sentence s = text.sentenceOf(cue);
        int lo = cue + 1;
        while (lo < s.endToken() && text.token(lo).tag().equals("RB")) {
            lo++;
        }
        if (lo >= s.endToken() || !SubjectFinder.isFinite(text.token(lo)) || quotationOf[lo] >= 0) {
            return null;
        }
        if (relativeSubject(cue) == null) {
            return null;
        }
        int hi = lo;
        while (hi + 1 < s.endToken() && !isClauseEnd(hi + 1)) {
            hi++;
        }
        return hi - lo >= 1 ? new int[]{cue + 1, hi} : null;
    }

    /**
     * The subject of the cue in a relative clause ("the council" in "a tax the council says will …"):
     * {head, first}, or null when no relative pronoun or noun opens a clause before it. At most a few
     * tokens of subject (and auxiliaries or adverbs) stand between the opener and the cue.
     */
    int[] relativeSubject(int cue) {
        Sentence s = text.sentenceOf(cue);
        int t = cue - 1;
        while (t >= s.firstToken() && (text.token(t).tag().equals("RB") || isAux(t))) {
            t--;
        }
        int subjectEnd = t;
        // the subject may itself follow a noun ("a plan the mayor said"): try each opener from the cue back
        for (; t >= s.firstToken() && t >= subjectEnd - 5; t--) {
            if (t < subjectEnd && opensRelative(t)) {
                return new int[]{subjectEnd, t + 1};
            }
            if (!isSubjectWord(t)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the tokens after {@code t} can be the subject of a relative clause that {@code t} opens:
     * a relative pronoun, or a common noun before a name, a pronoun or a determiner ("a dynamic
     * Greenberg said could …", "a plan the mayor says will …").
     */
    private boolean opensRelative(int t) {
        if (quotationOf[t] >= 0) {
            return false;
        }
        Token k = text.token(t);
        String w = text.text(k).toLowerCase(Locale.ROOT);
        if (k.tag().equals("WDT") || k.tag().equals("WP") || w.equals("that")) {
            return true;
        }
        Token next = text.token(t + 1);
        return k.isNoun() && !k.isProperNoun()
                && (next.isProperNoun() || next.tag().equals("PRP") || next.tag().equals("DT"))
                && verbBefore(t);
    }

    /**
     * Whether a verb comes before {@code t} in its sentence: a noun phrase there is an object or a
     * complement, whose relative clause may report ("it is a plan the mayor said could …"); the
     * subject of the sentence is more often followed by its own verb ("everything he says is …").
     */
    private boolean verbBefore(int t) {
        for (int k = text.sentenceOf(t).firstToken(); k < t; k++) {
            if (text.token(k).isVerb() && quotationOf[k] < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clause after {@code As SUBJECT cue,}, or null; also mid-sentence, {@code Hawaii, as one
     * adviser pointed out, seldom gets …}, whose part before "as" {@link #asLead} gives.
     */
    int[] asClause(int cue) {
        Sentence s = text.sentenceOf(cue);
        int[] byAgent = passiveAs(cue);
        int comma = byAgent != null ? byAgent[2] : cue + 1;
        if (comma < s.endToken() && text.token(comma).tag().equals("RP")) {
            comma++; // "pointed out,"
        }
        if (comma + 3 >= s.endToken() || !text.text(text.token(comma)).equals(",")) {
            return null;
        }
        int t = cue - 1;
        while (t >= s.firstToken() && (text.token(t).tag().equals("RB") || isAux(t))) {
            t--;
        }
        int subjectEnd = t;
        while (byAgent == null && t >= s.firstToken() && t > subjectEnd - 8
                && (isSubjectWord(t) || text.text(text.token(t)).equals("of"))) {
            t--; // "as one of the president's advisers pointed out"
        }
        if (byAgent == null && t == subjectEnd || t < s.firstToken() || !text.text(text.token(t)).equalsIgnoreCase("as")
                || t != s.firstToken() && !text.text(text.token(t - 1)).equals(",")) {
            return null;
        }
        int hi = s.endToken() - 1;
        for (int k = comma + 1; k <= hi; k++) {
            if (quotationOf[k] >= 0) {
                return null; // a quotation follows: a direct quote, attributed there
            }
        }
        return new int[]{comma + 1, hi};
    }

    /** The subject of {@code as SUBJECT cue}, or the agent of {@code as cue by AGENT}: {head, first}, or null. */
    int[] asSubject(int cue) {
        int[] byAgent = passiveAs(cue);
        if (byAgent != null) {
            return new int[]{byAgent[1], byAgent[0]};
        }
        Sentence s = text.sentenceOf(cue);
        int head = cue - 1;
        while (head >= s.firstToken() && (text.token(head).tag().equals("RB") || isAux(head))) {
            head--;
        }
        int first = head;
        while (first - 1 >= s.firstToken() && !text.text(text.token(first - 1)).equalsIgnoreCase("as")) {
            first--;
        }
        return head >= first && first > s.firstToken() ? new int[]{head, first} : null;
    }

    /** The part of the sentence before a mid-sentence {@code , as SUBJECT cue,}, or null. */
    int[] asLead(int cue) {
        Sentence s = text.sentenceOf(cue);
        for (int t = cue - 1; t > s.firstToken() + 1 && t >= cue - 8; t--) {
            if (text.text(text.token(t)).equalsIgnoreCase("as") && text.text(text.token(t - 1)).equals(",")) {
                for (int k = s.firstToken(); k < t - 1; k++) {
                    if (quotationOf[k] >= 0) {
                        return null;
                    }
                }
                return t - 1 - s.firstToken() >= 1 ? new int[]{s.firstToken(), t - 2} : null;
            }
        }
        return null;
    }

    /**
     * {@code As reported by the Post, …}: "as", the cue as a participle and its agent after "by", up
     * to a comma; {agent first, agent last, comma}, or null.
     */
    private int[] passiveAs(int cue) {
        Sentence s = text.sentenceOf(cue);
        int t = cue - 1;
        while (t >= s.firstToken() && text.token(t).tag().equals("RB")) {
            t--; // "as first reported by"
        }
        if (!text.token(cue).tag().equals("VBN") || t < s.firstToken() || !text.lowerWord(t).equals("as")
                || cue + 2 >= s.endToken() || !text.lowerWord(cue + 1).equals("by")) {
            return null;
        }
        for (int k = cue + 2; k < s.endToken() && k <= cue + MAX_AGENT; k++) {
            if (text.text(text.token(k)).equals(",")) {
                return k > cue + 2 ? new int[]{cue + 2, k - 1, k} : null;
            }
            if (!isSubjectWord(k) && !text.text(text.token(k)).equals("of")) {
                return null; // "as reported by the Post on Monday": no agent phrase alone before the comma
            }
        }
        return null;
    }

    private boolean isSubjectWord(int t) {
        Token k = text.token(t);
        String tag = k.tag();
        return quotationOf[t] < 0 && (k.isNoun() || tag.equals("PRP") || tag.equals("DT") || tag.startsWith("JJ")
                || tag.equals("POS") || tag.equals("PRP$") || tag.equals("CD"));
    }

    private boolean isAux(int t) {
        return SubjectFinder.isAuxiliary(text.token(t));
    }

    private boolean isClauseEnd(int t) {
        String w = text.text(text.token(t));
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--")
                || w.equals(")") || quotationOf[t] >= 0 && quotationOf[t - 1] < 0;
    }
}
