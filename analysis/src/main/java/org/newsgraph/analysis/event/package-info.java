/**
 * The event stage: who did what to whom, where and when, coded in PLOVER.
 *
 * <p>{@link org.newsgraph.analysis.event.PloverEventExtractor} finds candidate triggers from the
 * shipped lexicon ({@code lexicon.tsv}, {@code modes.tsv}) on lemmas and tags, parses a window
 * around the likeliest trigger of the most promising sentences (dependency parsing is the stage's
 * most expensive step and grows with length, so {@code ParseWindow} keeps the trigger's clause and
 * {@code ParseBudget} caps the share of an article's tokens parsed), and reads each event off the
 * parse: actor and
 * recipients as canonical entities with metonymy and anaphora resolved
 * ({@code ParticipantResolver}), location, date resolved against the publication date
 * ({@code EventDater}) and modality ({@code ModalityDetector}). Events stated inside a quote are
 * attributed to its speaker. {@link org.newsgraph.analysis.event.eval.EventEval} scores the stage
 * against sentence-level PLOVER gold.
 */
package org.newsgraph.analysis.event;
