package org.newsgraph.analysis.entity;

import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical entities of one article and every mention of them, with look-ups by token and
 * by span for the later stages.
 */
public final class EntitySet {

    private final List<Entity> entities;
    private final List<EntityMention> mentions;
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, String> countries;
    private final Map<Integer, EntityMention> byToken = new HashMap<>();

    /**
     * @param countries ISO alpha-3 country of each entity id that has one
     */
    public EntitySet(List<Entity> entities, List<EntityMention> mentions, Map<String, String> countries) {
        this.entities = List.copyOf(entities);
        this.mentions = mentions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
        this.countries = Map.copyOf(countries);
        for (Entity e : entities) {
            byId.put(e.id(), e);
        }
        for (EntityMention m : this.mentions) {
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                byToken.put(t, m);
            }
        }
    }

    public static EntitySet empty() {
        return new EntitySet(List.of(), List.of(), Map.of());
    }

    public List<Entity> entities() {
        return entities;
    }

    /** Every mention, in text order. */
    public List<EntityMention> mentions() {
        return mentions;
    }

    public Entity byId(String id) {
        return id == null ? null : byId.get(id);
    }

    /** The mention covering token {@code tokenIndex}, or null. */
    public EntityMention mentionAtToken(int tokenIndex) {
        return byToken.get(tokenIndex);
    }

    /** The mentions lying inside {@code span}, in text order. */
    public List<EntityMention> mentionsIn(Span span) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (span.contains(m.span())) {
                out.add(m);
            }
        }
        return out;
    }

    /** The entity's country (ISO 3166-1 alpha-3), or null. */
    public String country(String entityId) {
        return entityId == null ? null : countries.get(entityId);
    }
}
