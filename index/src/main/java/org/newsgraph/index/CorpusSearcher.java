package org.newsgraph.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.core.json.AnalysisJson;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.index.search.Hits.ArticleHit;
import org.newsgraph.index.search.Hits.CorpusEntity;
import org.newsgraph.index.search.Hits.Edge;
import org.newsgraph.index.search.Hits.EventHit;
import org.newsgraph.index.search.Hits.Facets;
import org.newsgraph.index.search.Hits.Network;
import org.newsgraph.index.search.Hits.QuoteHit;
import org.newsgraph.index.search.Hits.TimelineDay;
import org.newsgraph.index.search.SearchFilter;

/**
 * Read-only searches over a corpus index: full text over articles and quotes with highlights,
 * quotes by a speaker or about an entity, events between two parties, merged entities, an
 * entity's timeline, the co-occurrence network and facet counts. Opens the last commit; an
 * ingest may be writing meanwhile. Thread-safe.
 *
 * <pre>{@code
 * try (CorpusSearcher s = CorpusSearcher.open(Path.of("newsgraph-data"))) {
 *     List<QuoteHit> q = s.quotes(SearchFilter.any().speaker("Ali Khamenei"), 20);
 * }
 * }</pre>
 */
public final class CorpusSearcher implements AutoCloseable {

    private static final String MARK_OPEN = "**";
    private static final String MARK_CLOSE = "**";

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = TextAnalyzers.create();
    private final UnifiedHighlighter highlighter;
    private final Map<String, Set<String>> resolved = new ConcurrentHashMap<>();

    private CorpusSearcher(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, " … ", false))
                .withMaxLength(200_000)
                .build();
    }

    /** Opens the index in {@code dir}; fails with a clear message when there is none. */
    public static CorpusSearcher open(Path dir) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new IOException("no newsgraph index in " + dir + "; create one with: newsgraph ingest --index " + dir
                    + " SOURCE...");
        }
        Directory directory = FSDirectory.open(dir);
        try {
            return new CorpusSearcher(directory, DirectoryReader.open(directory));
        } catch (IndexNotFoundException e) {
            directory.close();
            throw new IOException("no newsgraph index in " + dir + "; create one with: newsgraph ingest --index " + dir
                    + " SOURCE...", e);
        }
    }

    /** Number of stored articles (first copies only unless {@code includeDuplicates}). */
    public int articleCount(boolean includeDuplicates) throws IOException {
        return searcher.count(base(Fields.ARTICLE, SearchFilter.any().includeDuplicates(includeDuplicates)).build());
    }

    /** The stored analysis of an article (by id, or a unique id prefix of 8+ characters), read back from its JSON. */
    public Optional<Analysis> analysis(String articleId) throws IOException {
        Query id = articleId.length() >= 8 && articleId.length() < 64
                ? new PrefixQuery(new Term(Fields.ARTICLE_ID, articleId)) : new TermQuery(new Term(Fields.ARTICLE_ID, articleId));
        Query q = new BooleanQuery.Builder().add(kind(Fields.ARTICLE), Occur.FILTER).add(id, Occur.FILTER).build();
        TopDocs top = searcher.search(q, 2);
        if (top.scoreDocs.length != 1) {
            return Optional.empty();
        }
        Document d = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.JSON, Fields.TEXT));
        BytesRef json = d.getBinaryValue(Fields.JSON);
        ObjectNode root = (ObjectNode) AnalysisJson.mapper().readTree(
                new String(json.bytes, json.offset, json.length, StandardCharsets.UTF_8));
        root.put("body", d.get(Fields.TEXT)); // stored once, in the text field
        return Optional.of(AnalysisJson.fromJson(root));
    }

    // ---------------------------------------------------------------- articles, quotes, events

    /** Articles matching the filter: by relevance with a text query, else newest first. */
    public List<ArticleHit> articles(SearchFilter f, int limit) throws IOException {
        Query q = query(Fields.ARTICLE, f);
        TopDocs top = top(q, f, limit);
        String[] snippets = snippets(q, top, f, 2);
        List<ArticleHit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            Document d = stored.document(top.scoreDocs[i].doc, Set.of(Fields.ARTICLE_ID, Fields.TITLE, Fields.URI,
                    Fields.DAY, Fields.DUP_OF));
            hits.add(new ArticleHit(d.get(Fields.ARTICLE_ID), d.get(Fields.TITLE), d.get(Fields.URI), day(d),
                    d.get(Fields.DUP_OF), top.scoreDocs[i].score,
                    snippets[i] == null ? List.of() : List.of(snippets[i].split(" … "))));
        }
        return hits;
    }

    /** Highlighted passages of each hit when the filter has a text query, else nulls. */
    private String[] snippets(Query q, TopDocs top, SearchFilter f, int passages) throws IOException {
        return f.text() != null && top.scoreDocs.length > 0
                ? highlighter.highlight(Fields.TEXT, q, top, passages) : new String[top.scoreDocs.length];
    }

    /** Quotes matching the filter ("quotes by X": speaker; "quotes about Y": entity). */
    public List<QuoteHit> quotes(SearchFilter f, int limit) throws IOException {
        Query q = query(Fields.QUOTE, f);
        TopDocs top = top(q, f, limit);
        String[] snippets = snippets(q, top, f, 1);
        List<QuoteHit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            hits.add(quoteHit(stored.document(top.scoreDocs[i].doc), snippets[i]));
        }
        return hits;
    }

    private static QuoteHit quoteHit(Document d, String snippet) throws IOException {
        return new QuoteHit(d.get(Fields.ITEM_ID), d.get(Fields.ARTICLE_ID), d.get(Fields.REF_TITLE),
                d.get(Fields.URI), day(d), d.get(Fields.SPEAKER_NAME), d.get(Fields.SPEAKER), d.get(Fields.TEXT), snippet,
                json(d.get(Fields.EXTRA)));
    }

    private static EventHit eventHit(Document d) throws IOException {
        JsonNode ev = json(d.get(Fields.EXTRA));
        List<String> recipients = new ArrayList<>();
        ev.path("recipients").forEach(r -> recipients.add(r.path("name").asText()));
        String actor = ev.path("actor").isObject() ? ev.path("actor").path("name").asText(null) : null;
        return new EventHit(d.get(Fields.ITEM_ID), d.get(Fields.ARTICLE_ID), d.get(Fields.REF_TITLE),
                d.get(Fields.URI), day(d), d.get(Fields.EVENT_TYPE), actor, recipients, d.get(Fields.TEXT), ev);
    }

    /** Receives items one by one (for exports). */
    public interface ItemSink<T> {
        void accept(T item) throws IOException;
    }

    /** Every quote matching the filter, in ingest order. */
    public void eachQuote(SearchFilter f, ItemSink<QuoteHit> sink) throws IOException {
        var stored = searcher.storedFields();
        DocValueCounts.forEach(searcher, query(Fields.QUOTE, f),
                (leaf, doc) -> sink.accept(quoteHit(stored.document(leaf.docBase + doc), null)));
    }

    /** Every event matching the filter, in ingest order. */
    public void eachEvent(SearchFilter f, ItemSink<EventHit> sink) throws IOException {
        var stored = searcher.storedFields();
        DocValueCounts.forEach(searcher, query(Fields.EVENT, f),
                (leaf, doc) -> sink.accept(eventHit(stored.document(leaf.docBase + doc))));
    }

    /** Events matching the filter ("events between X and Y": {@link SearchFilter#between}). */
    public List<EventHit> events(SearchFilter f, int limit) throws IOException {
        Query q = query(Fields.EVENT, f);
        TopDocs top = top(q, f, limit);
        List<EventHit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(eventHit(stored.document(sd.doc)));
        }
        return hits;
    }

    private TopDocs top(Query q, SearchFilter f, int limit) throws IOException {
        int n = Math.max(1, limit);
        if (f.text() != null) {
            return searcher.search(q, n);
        }
        return searcher.search(q, n, new Sort(new SortField(Fields.DAY, SortField.Type.LONG, true),
                new SortField(Fields.SEQ, SortField.Type.LONG)));
    }

    // ---------------------------------------------------------------- entities

    /** Entities merged across the matching articles, most widely reported first. */
    public List<CorpusEntity> entities(SearchFilter f, int limit) throws IOException {
        Query mentions = mentionQuery(f);
        Map<String, Long> counts = DocValueCounts.count(searcher, mentions, Fields.KEY);
        List<String> keys = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
        return details(mentions, keys);
    }

    /** One entity (by name or alias), or empty. */
    public Optional<CorpusEntity> entity(String name, SearchFilter f) throws IOException {
        Set<String> keys = resolve(name);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<CorpusEntity> found = details(mentionQuery(f), new ArrayList<>(keys));
        return found.stream().max(Comparator.comparingLong(CorpusEntity::articles));
    }

    /** Aggregates the mention documents of {@code keys} into entities, in the order of {@code keys}. */
    private List<CorpusEntity> details(Query mentions, List<String> keys) throws IOException {
        if (keys.isEmpty()) {
            return List.of();
        }
        Query q = new BooleanQuery.Builder().add(mentions, Occur.FILTER)
                .add(new TermInSetQuery(Fields.KEY, keys.stream().map(BytesRef::new).toList()), Occur.FILTER).build();
        Map<String, Acc> accs = new LinkedHashMap<>();
        keys.forEach(k -> accs.put(k, new Acc()));
        Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            var r = leaf.reader();
            SortedSetDocValues keyDv = DocValues.getSortedSet(r, Fields.KEY);
            SortedSetDocValues nameDv = DocValues.getSortedSet(r, Fields.NAME);
            SortedSetDocValues typeDv = DocValues.getSortedSet(r, Fields.TYPE);
            SortedSetDocValues aliasDv = DocValues.getSortedSet(r, Fields.ALIAS);
            NumericDocValues dayDv = DocValues.getNumeric(r, Fields.DAY);
            NumericDocValues mentionDv = DocValues.getNumeric(r, Fields.MENTIONS);
            // ordinals are counted per segment and turned into strings once at the end
            Map<Long, Acc> byKeyOrd = new HashMap<>();
            Map<Acc, Map<Long, Long>> names = new HashMap<>();
            Map<Acc, Map<Long, Long>> types = new HashMap<>();
            Map<Acc, Set<Long>> aliases = new HashMap<>();
            for (var e : accs.entrySet()) {
                long ord = keyDv.lookupTerm(new BytesRef(e.getKey()));
                if (ord >= 0) {
                    byKeyOrd.put(ord, e.getValue());
                }
            }
            Bits live = r.getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live != null && !live.get(doc)) || !keyDv.advanceExact(doc)) {
                    continue;
                }
                Acc acc = byKeyOrd.get(keyDv.nextOrd());
                if (acc == null) {
                    continue;
                }
                acc.articles++;
                if (nameDv.advanceExact(doc)) {
                    names.computeIfAbsent(acc, a -> new HashMap<>()).merge(nameDv.nextOrd(), 1L, Long::sum);
                }
                if (typeDv.advanceExact(doc)) {
                    types.computeIfAbsent(acc, a -> new HashMap<>()).merge(typeDv.nextOrd(), 1L, Long::sum);
                }
                if (aliasDv.advanceExact(doc)) {
                    Set<Long> set = aliases.computeIfAbsent(acc, a -> new HashSet<>());
                    for (int i = aliasDv.docValueCount(); i > 0; i--) {
                        set.add(aliasDv.nextOrd());
                    }
                }
                Long day = DocValueCounts.value(dayDv, doc);
                if (day != null) {
                    acc.first = acc.first == null ? day : Math.min(acc.first, day);
                    acc.last = acc.last == null ? day : Math.max(acc.last, day);
                }
                Long mentionCount = DocValueCounts.value(mentionDv, doc);
                acc.mentions += mentionCount == null ? 0 : mentionCount;
            }
            for (var e : names.entrySet()) {
                for (var c : e.getValue().entrySet()) {
                    e.getKey().names.merge(nameDv.lookupOrd(c.getKey()).utf8ToString(), c.getValue(), Long::sum);
                }
            }
            for (var e : types.entrySet()) {
                for (var c : e.getValue().entrySet()) {
                    e.getKey().types.merge(typeDv.lookupOrd(c.getKey()).utf8ToString(), c.getValue(), Long::sum);
                }
            }
            for (var e : aliases.entrySet()) {
                for (long ord : e.getValue()) {
                    e.getKey().aliases.add(aliasDv.lookupOrd(ord).utf8ToString());
                }
            }
        }
        List<CorpusEntity> out = new ArrayList<>();
        accs.forEach((key, acc) -> {
            if (acc.articles > 0) {
                String name = top(acc.names);
                List<String> aliases = new ArrayList<>();
                aliases.add(name);
                acc.aliases.stream().filter(a -> !a.equals(name)).sorted().forEach(aliases::add);
                out.add(new CorpusEntity(key, name, top(acc.types), aliases, acc.articles, acc.mentions,
                        acc.first == null ? null : LocalDate.ofEpochDay(acc.first),
                        acc.last == null ? null : LocalDate.ofEpochDay(acc.last)));
            }
        });
        return out;
    }

    private static final class Acc {
        long articles;
        long mentions;
        Long first;
        Long last;
        final Map<String, Long> names = new HashMap<>();
        final Map<String, Long> types = new HashMap<>();
        final Set<String> aliases = new HashSet<>();
    }

    private static String top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.<String>reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Events and quotes involving the entity, per day, oldest first. */
    public List<TimelineDay> timeline(String entity, SearchFilter f) throws IOException {
        List<String> keys = keysFor(entity);
        if (keys.isEmpty()) {
            return List.of();
        }
        Query events = new BooleanQuery.Builder().add(base(Fields.EVENT, f).build(), Occur.FILTER)
                .add(anyOf(Fields.ENTITY, keys), Occur.FILTER).build();
        Query quotes = new BooleanQuery.Builder().add(base(Fields.QUOTE, f).build(), Occur.FILTER)
                .add(new BooleanQuery.Builder().add(anyOf(Fields.SPEAKER, keys), Occur.SHOULD)
                        .add(anyOf(Fields.ENTITY, keys), Occur.SHOULD).build(), Occur.FILTER).build();
        TreeMap<Long, long[]> days = new TreeMap<>();
        perDay(events, days, 0);
        perDay(quotes, days, 1);
        List<TimelineDay> out = new ArrayList<>();
        days.forEach((d, c) -> out.add(new TimelineDay(LocalDate.ofEpochDay(d), c[0], c[1])));
        return out;
    }

    private void perDay(Query q, TreeMap<Long, long[]> days, int slot) throws IOException {
        eachDay(q, day -> {
            if (day != null) {
                days.computeIfAbsent(day, x -> new long[2])[slot]++;
            }
        });
    }

    /** The day (epoch day, or null when it has none) of every document matching {@code q}. */
    private void eachDay(Query q, Consumer<Long> sink) throws IOException {
        Map<LeafReaderContext, NumericDocValues> dvs = new HashMap<>();
        DocValueCounts.forEach(searcher, q, (leaf, doc) -> {
            NumericDocValues dv = dvs.get(leaf);
            if (dv == null) {
                dv = DocValues.getNumeric(leaf.reader(), Fields.DAY);
                dvs.put(leaf, dv);
            }
            sink.accept(DocValueCounts.value(dv, doc));
        });
    }

    /** The {@code topN} most reported entities and how many articles name each pair of them. */
    public Network network(SearchFilter f, int topN) throws IOException {
        List<CorpusEntity> nodes = entities(f, topN);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).key(), i);
        }
        long[][] weights = new long[nodes.size()][nodes.size()];
        Map<LeafReaderContext, Object[]> dvs = new HashMap<>();
        DocValueCounts.forEach(searcher, query(Fields.ARTICLE, f), (leaf, doc) -> {
            Object[] st = dvs.get(leaf);
            if (st == null) {
                // per segment: the ordinal of each node's key, so documents are read as numbers only
                SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), Fields.ENTITY);
                Map<Long, Integer> nodeOfOrd = new HashMap<>();
                for (var e : index.entrySet()) {
                    long ord = dv.lookupTerm(new BytesRef(e.getKey()));
                    if (ord >= 0) {
                        nodeOfOrd.put(ord, e.getValue());
                    }
                }
                st = new Object[] {dv, nodeOfOrd};
                dvs.put(leaf, st);
            }
            SortedSetDocValues dv = (SortedSetDocValues) st[0];
            @SuppressWarnings("unchecked")
            Map<Long, Integer> nodeOfOrd = (Map<Long, Integer>) st[1];
            if (!dv.advanceExact(doc)) {
                return;
            }
            List<Integer> present = new ArrayList<>();
            for (int i = dv.docValueCount(); i > 0; i--) {
                Integer n = nodeOfOrd.get(dv.nextOrd());
                if (n != null) {
                    present.add(n);
                }
            }
            for (int a = 0; a < present.size(); a++) {
                for (int b = a + 1; b < present.size(); b++) {
                    weights[Math.min(present.get(a), present.get(b))][Math.max(present.get(a), present.get(b))]++;
                }
            }
        });
        List<Edge> edges = new ArrayList<>();
        for (int a = 0; a < nodes.size(); a++) {
            for (int b = a + 1; b < nodes.size(); b++) {
                if (weights[a][b] > 0) {
                    edges.add(new Edge(nodes.get(a).key(), nodes.get(b).key(), weights[a][b]));
                }
            }
        }
        edges.sort(Comparator.comparingLong(Edge::weight).reversed());
        return new Network(nodes, edges);
    }

    /** Counts of the matching items by source, format, month, entity type, event type, speaker and quote kind. */
    public Facets facets(SearchFilter f) throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        Query articles = query(Fields.ARTICLE, f);
        out.put("source", sorted(DocValueCounts.count(searcher, articles, Fields.HOST)));
        out.put("format", sorted(DocValueCounts.count(searcher, articles, Fields.FORMAT)));
        Map<String, Long> months = new HashMap<>();
        eachDay(articles, day -> months.merge(day == null ? "unknown" : LocalDate.ofEpochDay(day).toString().substring(0, 7),
                1L, Long::sum));
        out.put("month", sorted(months));
        out.put("entity_type", sorted(DocValueCounts.count(searcher, mentionQuery(f), Fields.TYPE)));
        out.put("event_type", sorted(DocValueCounts.count(searcher, query(Fields.EVENT, f), Fields.EVENT_TYPE)));
        Query quotes = query(Fields.QUOTE, f);
        out.put("speaker", limit(sorted(DocValueCounts.count(searcher, quotes, Fields.SPEAKER_NAME)), 25));
        out.put("quote_kind", sorted(DocValueCounts.count(searcher, quotes, Fields.QUOTE_KIND)));
        out.put("quote_attribution", sorted(DocValueCounts.count(searcher, quotes, Fields.ATTRIBUTION)));
        return new Facets(out);
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, Long> limit(Map<String, Long> counts, int n) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    // ---------------------------------------------------------------- queries

    /**
     * The corpus keys an entity name resolves to: entities with this exact name form, else
     * entities whose names contain all its words (so "Khamenei" finds "Ali Khamenei").
     */
    public Set<String> resolve(String name) throws IOException {
        if (name == null || name.isBlank()) {
            return Set.of();
        }
        Set<String> cached = resolved.get(name);
        if (cached != null) {
            return cached;
        }
        Query exact = new BooleanQuery.Builder().add(kind(Fields.MENTION), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ALIAS, EntityRegistry.normalize(name))), Occur.FILTER).build();
        Map<String, Long> keys = DocValueCounts.count(searcher, exact, Fields.KEY);
        if (keys.isEmpty()) {
            try {
                QueryParser parser = new QueryParser(Fields.NAME_TEXT, analyzer);
                parser.setDefaultOperator(QueryParser.Operator.AND);
                Query words = new BooleanQuery.Builder().add(kind(Fields.MENTION), Occur.FILTER)
                        .add(parser.parse(QueryParser.escape(name)), Occur.MUST).build();
                keys = DocValueCounts.count(searcher, words, Fields.KEY);
            } catch (ParseException e) {
                keys = Map.of();
            }
        }
        Set<String> out = new LinkedHashSet<>(sorted(keys).keySet());
        resolved.put(name, out);
        return out;
    }

    /** Keys of an entity name, plus the phrase key used for speakers and participants without an entity. */
    private List<String> keysFor(String name) throws IOException {
        List<String> keys = new ArrayList<>(resolve(name));
        keys.add("~" + EntityRegistry.normalize(name));
        return keys;
    }

    private static Query anyOf(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(Fields.KIND, kind));
    }

    /** Kind, duplicates, dates and source. */
    private BooleanQuery.Builder base(String kind, SearchFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(kind(kind), Occur.FILTER);
        if (!f.includeDuplicates()) {
            b.add(new TermQuery(new Term(Fields.IS_DUP, "0")), Occur.FILTER);
        }
        if (f.from() != null || f.to() != null) {
            b.add(LongPoint.newRangeQuery(Fields.DAY, f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay(),
                    f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay()), Occur.FILTER);
        }
        if (f.source() != null) {
            String s = f.source().toLowerCase(Locale.ROOT).strip();
            String host = s.startsWith("www.") ? s.substring(4) : s;
            b.add(new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.HOST, host)), Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.FORMAT, s)), Occur.SHOULD).build(), Occur.FILTER);
        }
        return b;
    }

    /** The full query for documents of {@code kind}. */
    Query query(String kind, SearchFilter f) throws IOException {
        BooleanQuery.Builder b = base(kind, f);
        if (f.text() != null && !f.text().isBlank()) {
            b.add(text(kind, f.text()), Occur.MUST);
        }
        if (f.entity() != null) {
            b.add(anyOf(Fields.ENTITY, keysFor(f.entity())), Occur.FILTER);
        }
        if (f.speaker() != null) {
            if (!kind.equals(Fields.QUOTE)) {
                return new MatchNoDocsQuery("speaker filter applies to quotes");
            }
            b.add(anyOf(Fields.SPEAKER, keysFor(f.speaker())), Occur.FILTER);
        }
        if (f.attribution() != null) {
            if (!kind.equals(Fields.QUOTE)) {
                return new MatchNoDocsQuery("attribution filter applies to quotes");
            }
            b.add(new TermQuery(new Term(Fields.ATTRIBUTION, f.attribution().label())), Occur.FILTER);
        }
        boolean eventFilter = f.eventType() != null || f.actor() != null || f.recipient() != null;
        if (eventFilter && kind.equals(Fields.EVENT)) {
            if (f.eventType() != null) {
                b.add(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Fields.EVENT_TYPE, f.eventType())), Occur.SHOULD)
                        .add(new TermQuery(new Term(Fields.EVENT_TYPE, f.eventType().toUpperCase(Locale.ROOT))), Occur.SHOULD)
                        .build(), Occur.FILTER);
            }
            if (f.between() && f.actor() != null && f.recipient() != null) {
                List<String> x = keysFor(f.actor());
                List<String> y = keysFor(f.recipient());
                Query xy = new BooleanQuery.Builder().add(anyOf(Fields.ACTOR, x), Occur.FILTER)
                        .add(anyOf(Fields.RECIPIENT, y), Occur.FILTER).build();
                Query yx = new BooleanQuery.Builder().add(anyOf(Fields.ACTOR, y), Occur.FILTER)
                        .add(anyOf(Fields.RECIPIENT, x), Occur.FILTER).build();
                b.add(new BooleanQuery.Builder().add(xy, Occur.SHOULD).add(yx, Occur.SHOULD).build(), Occur.FILTER);
            } else {
                if (f.actor() != null) {
                    b.add(anyOf(Fields.ACTOR, keysFor(f.actor())), Occur.FILTER);
                }
                if (f.recipient() != null) {
                    b.add(anyOf(Fields.RECIPIENT, keysFor(f.recipient())), Occur.FILTER);
                }
            }
        } else if (eventFilter && kind.equals(Fields.ARTICLE)) {
            // articles reporting such events
            Set<String> ids = articleIds(query(Fields.EVENT, f.text(null)));
            b.add(new TermInSetQuery(Fields.ARTICLE_ID, ids.stream().map(BytesRef::new).toList()), Occur.FILTER);
        } else if (eventFilter) {
            return new MatchNoDocsQuery("event filters apply to events and articles");
        }
        return b.build();
    }

    /** Mention documents of the articles that match the filter. */
    private Query mentionQuery(SearchFilter f) throws IOException {
        BooleanQuery.Builder b = base(Fields.MENTION, f);
        boolean articleLevel = f.text() != null || f.entity() != null || f.eventType() != null || f.actor() != null
                || f.recipient() != null;
        if (articleLevel) {
            Set<String> ids = articleIds(query(Fields.ARTICLE, f));
            b.add(new TermInSetQuery(Fields.ARTICLE_ID, ids.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        return b.build();
    }

    private Set<String> articleIds(Query q) throws IOException {
        return DocValueCounts.count(searcher, q, Fields.ARTICLE_ID).keySet();
    }

    private Query text(String kind, String text) throws IOException {
        try {
            QueryParser parser = kind.equals(Fields.ARTICLE)
                    ? new MultiFieldQueryParser(new String[] {Fields.TEXT, Fields.TITLE}, analyzer,
                    Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f))
                    : new QueryParser(Fields.TEXT, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            return parser.parse(text);
        } catch (ParseException e) {
            try {
                return new QueryParser(Fields.TEXT, analyzer).parse(QueryParser.escape(text));
            } catch (ParseException again) {
                throw new IOException("cannot parse query: " + text, again);
            }
        }
    }

    private static LocalDate day(Document d) {
        var f = d.getField(Fields.DAY);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }

    private static JsonNode json(String s) throws IOException {
        return AnalysisJson.mapper().readTree(s == null ? "{}" : s);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
