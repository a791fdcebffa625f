package org.newsgraph.analysis.entity;

import org.newsgraph.core.model.EntityType;

/**
 * An entry of the shipped name tables.
 *
 * @param canonical the name entities are grouped under
 * @param type      its entity type
 * @param country   ISO 3166-1 alpha-3 code of its country, or null
 */
public record KnownName(String canonical, EntityType type, String country) {
}
