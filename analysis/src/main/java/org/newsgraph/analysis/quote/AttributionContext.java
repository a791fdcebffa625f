package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;

import java.util.List;
import java.util.Set;

/**
 * What the attribution steps of one article share: the text and its quotations, the speaker
 * tracker, the tests on tokens, the quotes found so far and the cues already used by one of them
 * (a cue attributes one quote, so a later step must not take it again).
 *
 * @param marks    the quotations in token terms
 * @param usedCues token indices of the cues that already attribute a quote
 * @param clauseEnd where reported contents end, shared so that the article's time expressions are found once
 * @param useParse whether the steps read dependency parses (else token patterns alone)
 */
record AttributionContext(AnnotatedText text, CueLexicon cues, List<Quotation> quotations, QuotationTokens marks,
                          Paragraphs paragraphs, SpeakerTracker tracker, SubjectFinder subjects, ContentFinder contents,
                          TranscriptTurns transcripts, CueSites cueSites, TokenRanges ranges, CueSpeaker speakers,
                          FoundQuotes found, Set<Integer> usedCues, ClauseEnd clauseEnd, boolean useParse) {
}
