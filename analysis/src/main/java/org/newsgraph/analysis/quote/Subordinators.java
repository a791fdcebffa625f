package org.newsgraph.analysis.quote;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The subordinating conjunctions that open an adverbial clause ("because …", "while …", "once …"). Every
 * step that must tell a clause of the writer's circumstance from the reported words reads this one list,
 * adding only what its own use needs ("that" and "whether" for a step that looks for any clause, the
 * coordinators for one that looks for any break).
 */
final class Subordinators {

    /** Openers of an adverbial clause of time, cause, condition or concession. */
    static final Set<String> ADVERBIAL = Set.of("because", "if", "while", "when", "although", "though", "as",
            "since", "unless", "until", "before", "after", "once", "whereas");

    private Subordinators() {
    }

    /** {@link #ADVERBIAL} and the given words. */
    static Set<String> adverbialAnd(String... more) {
        return adverbial(Set.of(), more);
    }

    /** {@link #ADVERBIAL} without {@code leftOut} (words the step reads otherwise) and with {@code more}. */
    static Set<String> adverbial(Set<String> leftOut, String... more) {
        Set<String> all = new HashSet<>(ADVERBIAL);
        all.removeAll(leftOut);
        all.addAll(Arrays.asList(more));
        return Set.copyOf(all);
    }
}
