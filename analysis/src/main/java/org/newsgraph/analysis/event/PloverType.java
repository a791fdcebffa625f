package org.newsgraph.analysis.event;

/**
 * The 16 event types of PLOVER, in the manual's order from cooperation to conflict.
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** Cooperative types: their negation is a refusal ("will not accept" is a REJECT). */
    public boolean isCooperative() {
        return this == AGREE || this == SUPPORT || this == CONCEDE || this == COOPERATE || this == AID
                || this == CONSULT;
    }

    /** Types where conjoined parties act with each other ("Jordan and Britain agreed"): each is the other's recipient. */
    public boolean isReciprocal() {
        return this == AGREE || this == CONSULT || this == COOPERATE;
    }
}
