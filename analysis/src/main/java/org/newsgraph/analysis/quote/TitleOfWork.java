package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;

import java.util.Set;

/**
 * A quotation that is the title of a work: named just before it ("her film, “Low Tide,”", "his 2012
 * book, ''A Farmer's Son''", "the slogan “Build It Here”"), followed by the noun of its work in
 * apposition ("“Night Shift,” a film about …") or by its byline ("“Council delays vote on harbor
 * plan,” by Gazette's Ana Ruiz"), or set in title case inside a sentence that goes on after it
 * ("read “Rising Water: How One Town Rebuilt,” for hints"): a name, not words someone said.
 */
final class TitleOfWork {

    /** Nouns of works whose titles are set in quotation marks, and the verbs that introduce a title. */
    private static final Set<String> WORKS = Set.of("film", "movie", "book", "play", "show", "series", "drama",
            "thriller", "documentary", "song", "album", "column", "commentary", "op-ed", "essay", "manifesto",
            "slogan", "memoir", "podcast", "program", "programme", "novel", "musical", "sitcom", "comedy", "poem",
            "titled", "entitled");

    /** Titles are short; a longer quotation after "his book," is more likely a passage from it. */
    private static final int MAX_WORDS = 6;

    private final AnnotatedText text;
    private final QuotationTokens marks;

    TitleOfWork(AnnotatedText text, QuotationTokens marks) {
        this.text = text;
        this.marks = marks;
    }

    /** Whether quotation {@code q} is a title: see the class comment. */
    boolean at(int q) {
        return marks.first[q] >= 0 && (afterItsWork(q) || bylineAfter(q) || workAfter(q) || titleInsideSentence(q));
    }

    /**
     * "the movie, “Night Shift: A Story of the Docks,” for its part …", "''Harbor Lights,'' on cable, is …": a
     * quotation in title case inside a sentence, its comma inside the marks and the sentence going on
     * in lower case after it (not with a verb or a pronoun, which may open an attribution), names
     * something; a quoted statement would be followed by its speaker.
     */
    private boolean titleInsideSentence(int q) {
        int first = marks.first[q];
        int last = marks.end[q] - 1;
        int after = marks.close[q] + 1;
        if (marks.close[q] < 0 || first == text.sentenceOf(first).firstToken() || marks.open[q] == text.sentenceOf(first).firstToken()
                || !text.text(text.token(last)).equals(",") || after >= text.sentenceOf(first).endToken()) {
            return false;
        }
        String next = text.text(text.token(after));
        String tag = text.token(after).tag();
        // "“Never Again,” said the mayor", "“Never Again,” she said": an attribution follows a statement
        return Character.isLowerCase(next.charAt(0)) && !tag.equals("PRP") && !tag.startsWith("VB") && !tag.equals("MD")
                && titleCase(first, last);
    }

    /** Every word of four letters or more capitalized, and at least one such word. */
    private boolean titleCase(int first, int end) {
        boolean any = false;
        for (int t = first; t < end; t++) {
            String w = text.text(text.token(t));
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** "“Night Shift,” a film about …", "''Harbor Lights,'' a cable series": the noun of its work in apposition after it. */
    private boolean workAfter(int q) {
        if (marks.end[q] - marks.first[q] > MAX_WORDS + 1 || marks.close[q] < 0) {
            return false;
        }
        int k = marks.close[q] + 1;
        if (k < text.tokens().size() && text.text(text.token(k)).equals(",")) {
            k++;
        } else if (!text.text(text.token(marks.end[q] - 1)).equals(",")) {
            return false; // the comma of an apposition, before or inside the closing mark
        }
        if (k >= text.tokens().size() || !text.token(k).tag().equals("DT")) {
            return false;
        }
        for (int t = k + 1; t < text.tokens().size() && t <= k + 4; t++) {
            if (WORKS.contains(text.lowerWord(t))) {
                return true;
            }
            if (!(text.token(t).isNoun() || text.token(t).tag().startsWith("JJ") || text.token(t).tag().equals("CD"))) {
                return false;
            }
        }
        return false;
    }

    /** A short title right after the noun of its work (a comma may come between). */
    private boolean afterItsWork(int q) {
        if (marks.end[q] - marks.first[q] > MAX_WORDS + 1) { // a title's closing comma or period sits inside the marks
            return false;
        }
        int before = marks.open[q] - 1;
        if (before >= 0 && text.text(text.token(before)).equals(",")) {
            before--;
        }
        return before >= 0 && text.token(before).sentence() == text.token(marks.open[q]).sentence()
                && WORKS.contains(text.lowerWord(before));
    }

    /** "“…,” by Times' Ben Sisario": a headline followed by "by" and the name of its writer or paper. */
    private boolean bylineAfter(int q) {
        int k = marks.close[q] + 1;
        if (marks.close[q] < 0 || k >= text.tokens().size()) {
            return false;
        }
        if (text.text(text.token(k)).equals(",")) {
            k++;
        }
        return k + 1 < text.tokens().size() && text.text(text.token(k)).equals("by")
                && Character.isUpperCase(text.text(text.token(k + 1)).charAt(0)); // a writer or a publication
    }
}
