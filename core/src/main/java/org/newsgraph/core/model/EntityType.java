package org.newsgraph.core.model;

/** Coarse entity types of the analysis contract (OntoNotes-like). */
public enum EntityType {
    PERSON, ORG, GPE, LOC, NORP, OTHER
}
