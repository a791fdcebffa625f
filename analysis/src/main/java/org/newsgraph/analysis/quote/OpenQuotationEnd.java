package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Span;

import java.util.List;

/**
 * A reported clause never ends inside a quotation it opened: {@code said he would “carpet-bomb them.
 * We will find out.”} is one statement although the sentence splitter cut it, and {@code believes the
 * city “needs to be more collaborative, working with …”} runs to the closing mark. Such a content is
 * carried on to the quotation's closing mark and becomes a partial quote.
 */
final class OpenQuotationEnd {

    private final List<Quotation> quotations;

    OpenQuotationEnd(List<Quotation> quotations) {
        this.quotations = quotations;
    }

    /** Extends each found content that stops inside a quotation opened within it. */
    void close(Iterable<Found> found) {
        for (Found f : found) {
            if (f.quotation >= 0) {
                continue; // a direct quote is its quotation
            }
            for (Quotation q : quotations) {
                if (q.close() >= 0 && q.open() > f.content.start() && f.content.end() > q.content().start()
                        && f.content.end() < q.content().end()) {
                    f.content = new Span(f.content.start(), q.close());
                    f.kind = QuoteKind.PARTIAL;
                }
            }
        }
    }
}
