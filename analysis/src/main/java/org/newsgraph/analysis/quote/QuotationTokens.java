package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Span;
import org.newsgraph.nlp.AnnotatedText;

import java.util.Arrays;
import java.util.List;

/**
 * The quotations of one article in token terms, so that the attribution steps ask "is this token
 * quoted, and by which quotation" without going back to offsets. Quotation {@code i} has its
 * content in tokens {@code [first[i], end[i])} and its marks at {@code open[i]} and {@code close[i]}.
 */
final class QuotationTokens {

    /** For each token, the index of the quotation holding it (marks included), or -1. */
    final int[] quotationOf;
    /** For each token, whether it lies inside the content of a quotation. */
    final boolean[] quoted;
    final int[] first;
    final int[] end;
    final int[] open;
    final int[] close;
    /** Whether each quotation stands as an utterance; filled later, as that depends on the cues around it. */
    final boolean[] direct;

    QuotationTokens(AnnotatedText text, List<Quotation> quotations) {
        int n = text.tokens().size();
        quotationOf = new int[n];
        Arrays.fill(quotationOf, -1);
        quoted = new boolean[n];
        int q = quotations.size();
        first = new int[q];
        end = new int[q];
        open = new int[q];
        close = new int[q];
        direct = new boolean[q];
        for (int i = 0; i < q; i++) {
            Quotation qt = quotations.get(i);
            Span outer = qt.outer();
            int firstToken = text.tokenAt(outer.start());
            int t = firstToken;
            open[i] = firstToken;
            first[i] = -1;
            while (t < n && text.token(t).start() < outer.end()) {
                quotationOf[t] = i;
                if (qt.content().contains(text.token(t).start())) {
                    quoted[t] = true;
                    if (first[i] < 0) {
                        first[i] = t;
                    }
                    end[i] = t + 1;
                }
                t++;
            }
            close[i] = t - 1;
            if (first[i] < 0) {
                first[i] = firstToken;
                end[i] = firstToken;
            }
        }
    }
}
