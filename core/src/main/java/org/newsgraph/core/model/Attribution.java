package org.newsgraph.core.model;

import java.util.Locale;

/**
 * What a quote attributes: words said or written (also by documents and data, "the report
 * found"), a thought or belief ("she believes …", "he sees it as …"), or an intention
 * ("plans to run", "wants to leave"), so that analysts can keep to what was said.
 */
public enum Attribution {
    SPEECH, THOUGHT, INTENTION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
