package org.newsgraph.core.model;

import java.util.List;

/**
 * A canonical entity of one article: every mention that names it, and the name forms used.
 *
 * @param id       article-local id ({@code e1}, {@code e2}, …)
 * @param name     the canonical name (the full name when the article gives it)
 * @param aliases  every surface form seen, canonical name first, plus known aliases that occur
 * @param mentions spans into the body, in text order
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<Span> mentions) {

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
