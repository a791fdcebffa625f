package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Span;

/**
 * A stretch of text between quotation marks.
 *
 * @param open      offset of the opening mark
 * @param close     end offset of the closing mark, or -1 when the quotation runs to its paragraph's
 *                  end and the next paragraph reopens it (the continuation convention)
 * @param content   the text inside the marks, trimmed
 * @param continues true when this quotation continues the previous one into a new paragraph
 */
public record Quotation(int open, int close, Span content, boolean continues) {

    /** The span from the opening mark to the closing mark inclusive (or to the content's end). */
    public Span outer() {
        return new Span(open, close >= 0 ? close : content.end());
    }
}
