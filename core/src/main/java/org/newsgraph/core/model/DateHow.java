package org.newsgraph.core.model;

import java.util.Locale;

/** How a publication date was found. */
public enum DateHow {
    /** from the page, feed or record metadata */
    METADATA,
    /** from a dateline or byline in the text */
    TEXT,
    /** reasoned from the dates and weekdays the text mentions */
    INFERRED,
    UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
