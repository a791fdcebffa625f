package org.newsgraph.core.model;

import java.util.Locale;

/** Direct (in quotation marks), partial (a quoted phrase inside reported speech) or indirect. */
public enum QuoteKind {
    DIRECT, PARTIAL, INDIRECT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
