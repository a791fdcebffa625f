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

    /**
     * The attribution with this label, in any case.
     *
     * @throws IllegalArgumentException naming the labels, for any other text
     */
    public static Attribution parse(String label) {
        for (Attribution a : values()) {
            if (a.label().equalsIgnoreCase(label.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("not an attribution (speech, thought or intention): " + label);
    }
}
