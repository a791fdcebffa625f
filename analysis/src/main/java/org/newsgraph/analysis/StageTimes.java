package org.newsgraph.analysis;

import java.util.concurrent.atomic.LongAdder;

/** Wall time spent in each analysis stage, summed over all articles and threads (for benchmarks). */
public final class StageTimes {

    final LongAdder annotate = new LongAdder();
    final LongAdder entities = new LongAdder();
    final LongAdder quotes = new LongAdder();
    final LongAdder events = new LongAdder();
    final LongAdder tokens = new LongAdder();
    final LongAdder sentences = new LongAdder();
    final LongAdder parsed = new LongAdder();

    public long annotateNanos() {
        return annotate.sum();
    }

    public long entitiesNanos() {
        return entities.sum();
    }

    public long quotesNanos() {
        return quotes.sum();
    }

    public long eventsNanos() {
        return events.sum();
    }

    public long totalNanos() {
        return annotateNanos() + entitiesNanos() + quotesNanos() + eventsNanos();
    }

    /** Tokens annotated. */
    public long tokens() {
        return tokens.sum();
    }

    public long sentences() {
        return sentences.sum();
    }

    /** Sentences that got a dependency parse. */
    public long parsedSentences() {
        return parsed.sum();
    }

    public void reset() {
        for (LongAdder a : new LongAdder[]{annotate, entities, quotes, events, tokens, sentences, parsed}) {
            a.reset();
        }
    }
}
