package org.newsgraph.analysis.quote;

/**
 * What kind of attribution a reporting cue makes; see {@code cues.tsv} for which count as quotes.
 */
public enum CueClass {
    /** Saying and writing: quotes with a clause, a quotation, or in reversed order. */
    SPEECH,
    /** Frames a quoted phrase ("calling X 'a terrorist'"): only with a quotation. */
    FRAMING,
    /** Belief and expectation: only with a clausal complement. */
    THOUGHT,
    /** Documents and data as sources ("polls show that"): only with a clausal complement. */
    EVIDENCE,
    /** Nouns of statement ("the claim that …"): only with "that" and a finite clause. */
    NOUN,
    /**
     * Nouns and adjectives of stance with the word that opens their content ("criticism of …",
     * "eager to …", "worried that …"): only with that word and its phrase; see {@link NominalFrame}.
     */
    NOMINAL,
    /** Regarding something as something ("sees Cruz as a uniter"): only with "as" after the object. */
    VIEW,
    /** Wishes and plans: never a quote. */
    INTENTION
}
