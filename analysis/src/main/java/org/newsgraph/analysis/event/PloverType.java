package org.newsgraph.analysis.event;

/**
 * The 16 event types of PLOVER, in the manual's order from cooperation to conflict.
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** Types where every party acts alike ("Jordan and Britain agreed"), so conjoined actors are all actors. */
    public boolean isReciprocal() {
        return this == AGREE || this == CONSULT || this == COOPERATE || this == ASSAULT;
    }
}
