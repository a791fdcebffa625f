package org.newsgraph.core.model;

/**
 * A reported statement.
 *
 * @param content     the quoted content (without quotation marks) or the reported clause
 * @param speaker     who said it, or null when unknown
 * @param cue         the reporting verb or phrase, or null
 * @param attribution whether it reports speech, a thought or an intention (never null; speech by default)
 * @param within      the id of the quote whose content reports this one ("Aides said [Lee told
 *                    donors that [the race is close]]": the inner statement is the aides' claim
 *                    about Lee), or null for a statement the article itself reports
 */
public record Quote(String id, QuoteKind kind, Span content, Speaker speaker, Span cue, Attribution attribution,
                    String within) {

    public Quote {
        if (attribution == null) {
            attribution = Attribution.SPEECH;
        }
    }

    /** A statement the article itself reports. */
    public Quote(String id, QuoteKind kind, Span content, Speaker speaker, Span cue, Attribution attribution) {
        this(id, kind, content, speaker, cue, attribution, null);
    }

    /** A quote of speech the article itself reports. */
    public Quote(String id, QuoteKind kind, Span content, Speaker speaker, Span cue) {
        this(id, kind, content, speaker, cue, Attribution.SPEECH, null);
    }

    /** Whether another quote reports this one (its cue lies in that quote's content). */
    public boolean nested() {
        return within != null;
    }

    /** This quote marked as reported inside the quote with id {@code outer}. */
    public Quote within(String outer) {
        return new Quote(id, kind, content, speaker, cue, attribution, outer);
    }
}
