/**
 * Quote attribution: who said (thought, meant to do) what in a news article. {@link
 * org.newsgraph.analysis.quote.NewsQuoteExtractor} is the entry point; {@code ArticleAttribution}
 * walks an article sentence by sentence and hands each kind of quote to a step ({@code DirectQuotes},
 * {@code ReportedSpeech}, {@code ClosingAttribution}, {@code PhraseCues}, {@code PartialQuotes},
 * {@code SentenceFrames}), which delegate each construction to a small class ({@code QuotationFinder},
 * {@code ContentFinder}, {@code ClauseEnd}, {@code TrailingClause}, {@code PartialExtent}, {@code EmbeddedAttribution},
 * {@code RegardAs}, {@code HeadlineColon}, {@code ParticipleModifier}, {@code SubjectFinder},
 * {@code SpeakerTracker}, {@code RoleFinder}). The cue lexicon {@code cues.tsv}
 * documents which cues count and why: speech always; thoughts and intentions too, marked with
 * {@link org.newsgraph.core.model.Attribution} so analysts can filter them out.
 */
package org.newsgraph.analysis.quote;
