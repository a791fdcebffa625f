package org.newsgraph.analysis.quote;

import org.newsgraph.core.model.Attribution;

import java.util.Set;

/**
 * How a noun or adjective of stance takes its content in {@code cues.tsv}: the words that may open
 * the content right after it ("criticism" + of/for, "eager" + to, "worried" + that) and what kind of
 * attribution it makes.
 *
 * @param openers     lower-case words that open the content right after the cue word
 * @param attribution speech, thought or intention
 */
record NominalFrame(Set<String> openers, Attribution attribution) {

    NominalFrame {
        openers = Set.copyOf(openers);
    }
}
