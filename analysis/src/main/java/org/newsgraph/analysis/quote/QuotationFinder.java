package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations marked with curly (“…”) or straight ("…") double quotation marks. A straight
 * mark (or the typewriter pair {@code ''}) opens after a space, line start, bracket or dash and closes
 * otherwise; a closing curly mark at a line start before a letter is taken for an opening one, and an
 * opening one after a quotation's last punctuation for a closing one (typing slips some sites make). A quotation still
 * open at a paragraph's end is kept only when the next paragraph opens with a mark: the news
 * convention for a quote that runs over several paragraphs. Single marks are not used: they are
 * apostrophes too often.
 */
public final class QuotationFinder {

    /** The quotations of {@code body}, in text order. */
    public List<Quotation> find(String body) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        int openLength = 1;
        boolean continues = false;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    int next = nextNonSpace(body, i);
                    if (next < n && isOpening(body, next)) {
                        add(out, body, open, -1, open + openLength, i, continues);
                        open = next;
                        openLength = markLength(body, next);
                        continues = true;
                        i = next + openLength - 1;
                    } else {
                        open = -1; // unbalanced: a stray mark, not a quotation
                        continues = false;
                    }
                }
                continue;
            }
            int len = markLength(body, i);
            if (len == 0) {
                continue;
            }
            if ((c == '“' || c == '„') && open >= 0 && closesMisused(body, i)) {
                // "“It's unusual,“ said …": an opening mark typed for the closing one
                add(out, body, open, i + 1, open + openLength, i, continues);
                open = -1;
                continues = false;
            } else if (c == '“' || c == '„') {
                open = i;
                openLength = 1;
                continues = false;
            } else if (c == '”') {
                if (open < 0 && opensMisused(body, i)) {
                    // "”Mr. Trump embodies …”": a closing mark typed at a paragraph's start opens there
                    open = i;
                    openLength = 1;
                    continues = false;
                } else if (open >= 0) {
                    add(out, body, open, i + 1, open + openLength, i, continues);
                    open = -1;
                    continues = false;
                }
            } else if (open < 0) {
                if (opensHere(body, i)) {
                    open = i;
                    openLength = len;
                    continues = false;
                }
            } else {
                add(out, body, open, i + len, open + openLength, i, continues);
                open = -1;
                continues = false;
            }
            i += len - 1;
        }
        return out;
    }

    /**
     * The length of a double quotation mark at {@code i}: 1 for “ ” „ ", 2 for the typewriter pair
     * {@code ''} some papers use for both marks; 0 when there is none.
     */
    private static int markLength(String body, int i) {
        char c = body.charAt(i);
        if (c == '“' || c == '”' || c == '„' || c == '"') {
            return 1;
        }
        if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
            return 2;
        }
        return 0;
    }

    private static boolean isOpening(String body, int i) {
        char c = body.charAt(i);
        return c != '”' && markLength(body, i) > 0;
    }

    private static boolean opensHere(String body, int i) {
        if (i == 0) {
            return true;
        }
        char p = body.charAt(i - 1);
        return Character.isWhitespace(p) || Character.isSpaceChar(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == ':';
    }

    /**
     * An opening curly mark after the last word's punctuation and before a space or a line's end,
     * inside an open quotation: used as a closing mark, since a quotation opens before a word.
     */
    private static boolean closesMisused(String body, int i) {
        return i > 0 && ",.?!".indexOf(body.charAt(i - 1)) >= 0
                && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)) || Character.isSpaceChar(body.charAt(i + 1)));
    }

    /**
     * A closing curly mark at a line start, before a letter: used as an opening mark. Invisible
     * formatting characters (a left-to-right embedding pasted from a social post) may precede it.
     */
    private static boolean opensMisused(String body, int i) {
        int p = i - 1;
        while (p >= 0 && (body.charAt(p) == ' ' || Character.getType(body.charAt(p)) == Character.FORMAT)) {
            p--;
        }
        return (p < 0 || body.charAt(p) == '\n') && i + 1 < body.length() && Character.isLetterOrDigit(body.charAt(i + 1));
    }

    private static int nextNonSpace(String body, int i) {
        int j = i;
        while (j < body.length() && Character.isWhitespace(body.charAt(j))) {
            j++;
        }
        return j;
    }

    private static void add(List<Quotation> out, String body, int open, int close, int from, int to, boolean continues) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        if (e > s && hasLetterOrDigit(body, s, e)) {
            out.add(new Quotation(open, close, new Span(s, e), continues));
        }
    }

    private static boolean hasLetterOrDigit(String body, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(body.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
