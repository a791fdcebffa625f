package org.newsgraph.analysis.event;

import java.util.List;

/**
 * One trigger of the event lexicon.
 *
 * @param trigger the trigger lemma
 * @param verb    true for a verb trigger, false for a noun
 * @param needs   lemmas that must depend on the trigger (objects, particles, prepositions, modifiers)
 * @param mode    the PLOVER mode the trigger implies, or null
 */
public record LexiconEntry(String trigger, boolean verb, List<String> needs, PloverType type, String mode) {

    public LexiconEntry {
        needs = List.copyOf(needs);
    }
}
