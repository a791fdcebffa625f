package org.newsgraph.core.model;

/**
 * A reported statement.
 *
 * @param content     the quoted content (without quotation marks) or the reported clause
 * @param speaker     who said it, or null when unknown
 * @param cue         the reporting verb or phrase, or null
 * @param attribution whether it reports speech, a thought or an intention (never null; speech by default)
 */
public record Quote(String id, QuoteKind kind, Span content, Speaker speaker, Span cue, Attribution attribution) {

    public Quote {
        if (attribution == null) {
            attribution = Attribution.SPEECH;
        }
    }

    /** A quote of speech. */
    public Quote(String id, QuoteKind kind, Span content, Speaker speaker, Span cue) {
        this(id, kind, content, speaker, cue, Attribution.SPEECH);
    }
}
