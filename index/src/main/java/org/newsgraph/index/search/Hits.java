package org.newsgraph.index.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The result values of {@link CorpusSearcher}. */
public final class Hits {

    private Hits() {
    }

    /** An article found by a search, with highlighted passages ({@code **…**} marks matches). */
    public record ArticleHit(String id, String title, String uri, LocalDate published, String dupOf,
                             float score, List<String> highlights) {
    }

    /** A quote: its contract JSON ({@code quotes[i]} of the analysis) and where it came from. */
    public record QuoteHit(String id, String articleId, String title, String uri, LocalDate day, String speaker,
                           String speakerKey,
                           String text, String highlight, JsonNode quote) {
    }

    /** An event: its contract JSON ({@code events[i]}) and where it came from. */
    public record EventHit(String id, String articleId, String title, String uri, LocalDate day, String type,
                           String actor, List<String> recipients, String text, JsonNode event) {
    }

    /**
     * An entity merged across articles.
     *
     * @param key       stable corpus key ({@code TYPE:normalised name})
     * @param name      the name most articles use
     * @param articles  number of articles mentioning it
     * @param mentions  number of mentions in them
     */
    public record CorpusEntity(String key, String name, String type, List<String> aliases, long articles,
                               long mentions, LocalDate firstSeen, LocalDate lastSeen) {
    }

    /** Events and quotes involving an entity on one day. */
    public record TimelineDay(LocalDate day, long events, long quotes) {
    }

    /** Entities and how many articles name each pair. */
    public record Network(List<CorpusEntity> nodes, List<Edge> edges) {
    }

    public record Edge(String source, String target, long weight) {
    }

    /** Counts by value, per facet; values in descending count order. */
    public record Facets(Map<String, Map<String, Long>> counts) {
    }
}
