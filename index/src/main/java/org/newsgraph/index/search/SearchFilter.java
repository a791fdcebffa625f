package org.newsgraph.index.search;

import java.time.LocalDate;
import org.newsgraph.core.model.Attribution;

/**
 * What to look for. Every field is optional (null: no constraint); names (speaker, entity,
 * actor, recipient) match a corpus entity by its name or any alias, case- and accent-blind, or
 * else a speaker or participant phrase. Near-duplicate copies are left out unless
 * {@code includeDuplicates}.
 *
 * @param text      full-text query (Lucene syntax: words, "phrases", AND/OR, -exclusions)
 * @param speaker   quotes said by this entity
 * @param entity    items mentioning this entity ("quotes about Y", articles naming Y)
 * @param eventType PLOVER event type
 * @param actor     events whose actor is this entity
 * @param recipient events whose recipient is this entity
 * @param between   with actor and recipient: either may be on either side
 * @param from      first day, inclusive
 * @param to        last day, inclusive
 * @param source    source host ({@code voanews.com}) or format ({@code rss}, {@code warc}, …)
 * @param attribution quotes of this attribution only (speech, thought or intention)
 */
public record SearchFilter(String text, String speaker, String entity, String eventType, String actor,
                           String recipient, boolean between, LocalDate from, LocalDate to, String source,
                           boolean includeDuplicates, Attribution attribution) {

    public static SearchFilter any() {
        return new SearchFilter(null, null, null, null, null, null, false, null, null, null, false, null);
    }

    public SearchFilter text(String v) {
        return new SearchFilter(v, speaker, entity, eventType, actor, recipient, between, from, to, source, includeDuplicates, attribution);
    }

    public SearchFilter speaker(String v) {
        return new SearchFilter(text, v, entity, eventType, actor, recipient, between, from, to, source, includeDuplicates, attribution);
    }

    public SearchFilter entity(String v) {
        return new SearchFilter(text, speaker, v, eventType, actor, recipient, between, from, to, source, includeDuplicates, attribution);
    }

    public SearchFilter eventType(String v) {
        return new SearchFilter(text, speaker, entity, v, actor, recipient, between, from, to, source, includeDuplicates, attribution);
    }

    public SearchFilter actor(String v) {
        return new SearchFilter(text, speaker, entity, eventType, v, recipient, between, from, to, source, includeDuplicates, attribution);
    }

    public SearchFilter recipient(String v) {
        return new SearchFilter(text, speaker, entity, eventType, actor, v, between, from, to, source, includeDuplicates, attribution);
    }

    /** Events between {@code a} and {@code b}, whichever acted. */
    public SearchFilter between(String a, String b) {
        return new SearchFilter(text, speaker, entity, eventType, a, b, true, from, to, source, includeDuplicates, attribution);
    }

    public SearchFilter dates(LocalDate f, LocalDate t) {
        return new SearchFilter(text, speaker, entity, eventType, actor, recipient, between, f, t, source, includeDuplicates, attribution);
    }

    public SearchFilter source(String v) {
        return new SearchFilter(text, speaker, entity, eventType, actor, recipient, between, from, to, v, includeDuplicates, attribution);
    }

    public SearchFilter includeDuplicates(boolean v) {
        return new SearchFilter(text, speaker, entity, eventType, actor, recipient, between, from, to, source, v, attribution);
    }

    public SearchFilter attribution(Attribution v) {
        return new SearchFilter(text, speaker, entity, eventType, actor, recipient, between, from, to, source, includeDuplicates, v);
    }
}
