package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations marked with curly (“…”) or straight ("…") double quotation marks. A straight
 * mark opens after a space, line start, bracket or dash and closes otherwise. A quotation still
 * open at a paragraph's end is kept only when the next paragraph opens with a mark: the news
 * convention for a quote that runs over several paragraphs. Single marks are not used: they are
 * apostrophes too often.
 */
public final class QuotationFinder {

    /** The quotations of {@code body}, in text order. */
    public List<Quotation> find(String body) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        boolean continues = false;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    int next = nextNonSpace(body, i);
                    if (next < n && isOpening(body, next)) {
                        add(out, body, open, -1, open + 1, i, continues);
                        open = next;
                        continues = true;
                        i = next;
                    } else {
                        open = -1; // unbalanced: a stray mark, not a quotation
                        continues = false;
                    }
                }
                continue;
            }
            if (c == '“' || c == '„') {
                open = i;
                continues = false;
            } else if (c == '”') {
                if (open >= 0) {
                    add(out, body, open, i, open + 1, i, continues);
                    open = -1;
                    continues = false;
                }
            } else if (c == '"') {
                if (open < 0) {
                    if (opensHere(body, i)) {
                        open = i;
                        continues = false;
                    }
                } else {
                    add(out, body, open, i, open + 1, i, continues);
                    open = -1;
                    continues = false;
                }
            }
        }
        return out;
    }

    private static boolean isOpening(String body, int i) {
        char c = body.charAt(i);
        return c == '“' || c == '„' || c == '"';
    }

    private static boolean opensHere(String body, int i) {
        if (i == 0) {
            return true;
        }
        char p = body.charAt(i - 1);
        return Character.isWhitespace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == ':';
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
