package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.model.Speaker;

/**
 * One attribution found in an article, before ids are given. Mutable: a later step may balance its
 * content or give a continued quotation the speaker found at its end.
 */
final class Found {
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
