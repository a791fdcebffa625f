package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Span;
import org.newsgraph.nlp.AnnotatedText;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The quoted phrase that completes a framing verb's object ({@code hailed the vote as “fantastic”},
 * {@code likened it to “burning the Constitution”}, {@code accused him of being “weak”}) belongs to
 * the content that stops just before it, as does the quoted name right after the object of a verb of
 * naming ({@code called the plan “a disgrace”}): the content is carried on to the closing mark.
 */
final class QuotedComplementAfter {

    /** The link between an object and its quoted predicate, with an optional article. */
    private static final Pattern LINK = Pattern.compile(",?\\s*(as|to|of|for|like)\\s+((a|an|the|being)\\s+)?");

    /** After a verb of naming, the quoted name follows the object itself, with an optional article ("called the plan “a disgrace”"). */
    private static final Pattern NAMING_LINK = Pattern.compile(" ((a|an|the) )?");

    private final AnnotatedText text;
    private final String body;
    private final List<Quotation> quotations;

    QuotedComplementAfter(AnnotatedText text, List<Quotation> quotations) {
        this.text = text;
        this.body = text.body();
        this.quotations = quotations;
    }

    /** Extends each reported content followed by a link word and a quotation (a quote found for the phrase alone then lies within it). */
    void extend(Iterable<Found> found) {
        for (Found f : found) {
            if (f.quotation >= 0 || f.cue == null) {
                continue;
            }
            for (Quotation q : quotations) {
                if (q.close() < 0 || q.open() < f.content.end()) {
                    continue;
                }
                String between = body.substring(f.content.end(), q.open()).toLowerCase(Locale.ROOT);
                if (LINK.matcher(between).matches() || naming(f) && NAMING_LINK.matcher(between).matches()) {
                    f.content = new Span(f.content.start(), q.close());
                    f.kind = QuoteKind.PARTIAL;
                }
            }
        }
    }

    private boolean naming(Found f) {
        return f.kind == QuoteKind.INDIRECT && f.cueToken >= 0
                && ParticipleModifier.NAMING.contains(text.token(f.cueToken).lemma());
    }
}
