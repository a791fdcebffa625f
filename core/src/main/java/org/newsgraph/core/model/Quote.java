package org.newsgraph.core.model;

/**
 * A reported statement.
 *
 * @param content the quoted content (without quotation marks) or the reported clause
 * @param speaker who said it, or null when unknown
 * @param cue     the reporting verb or phrase, or null
 */
public record Quote(String id, QuoteKind kind, Span content, Speaker speaker, Span cue) {
}
