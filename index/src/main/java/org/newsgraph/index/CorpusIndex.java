package org.newsgraph.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.core.json.AnalysisJson;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * The writable corpus: decides for each analysed article whether it is new, an exact duplicate
 * (same body, or the older text of an updated article), an update (same canonical URL, new
 * text) or a near-duplicate of an earlier story, merges its entities into corpus entities, and writes it. Nothing is visible until
 * {@link #commit()}: a crash loses only what was added since the last commit, and the index
 * reopens at that commit. Only one {@code CorpusIndex} can be open on a directory at a time
 * (Lucene's write lock); a second gets {@link IndexLockedException}.
 *
 * <p>{@link #add} must be called from one thread, in input order; {@link #hasBody} may be called
 * from any thread.
 */
public final class CorpusIndex implements AutoCloseable {

    /** What became of an added article. */
    public enum Outcome { ADDED, NEAR_DUPLICATE, UPDATED, DUPLICATE }

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final DocumentMapper mapper = new DocumentMapper();
    private final EntityRegistry registry = new EntityRegistry();
    private final Set<String> bodies = ConcurrentHashMap.newKeySet();
    /** older texts of updated articles: re-reading the old version must not undo the update */
    private final Set<String> superseded = ConcurrentHashMap.newKeySet();
    private final Map<String, String> byUrl = new HashMap<>();
    /** fingerprints of first copies, in ingest order, with their article ids */
    private final List<long[]> fingerprints = new ArrayList<>();
    private final List<String> fingerprintIds = new ArrayList<>();
    private long nextSeq;

    private CorpusIndex(Path dir, Directory directory, IndexWriter writer) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
    }

    /**
     * Opens (or creates) the index in {@code dir} for writing.
     *
     * @throws IndexLockedException when another ingest has it open
     */
    public static CorpusIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(TextAnalyzers.create())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setMergePolicy(mergePolicy())
                .setRAMBufferSizeMB(64);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(dir, e);
        }
        CorpusIndex index = new CorpusIndex(dir, directory, writer);
        try {
            index.load();
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        return index;
    }

    /** Log merges only join adjacent segments: document order stays ingest order. */
    private static LogByteSizeMergePolicy mergePolicy() {
        return new LogByteSizeMergePolicy();
    }

    public Path dir() {
        return dir;
    }

    /** Loads what dedup and entity merging need from the last commit. */
    private void load() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Sort bySeq = new Sort(new SortField(Fields.SEQ, SortField.Type.LONG), SortField.FIELD_DOC);
            for (Document d : all(searcher, new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), bySeq,
                    Set.of(Fields.ARTICLE_ID, Fields.URL, Fields.SIMHASH, Fields.DUP_OF, Fields.SEQ))) {
                String id = d.get(Fields.ARTICLE_ID);
                bodies.add(id);
                byUrl.put(d.get(Fields.URL), id);
                long fp = d.getField(Fields.SIMHASH).numericValue().longValue();
                if (d.get(Fields.DUP_OF) == null && fp != 0L) {
                    fingerprints.add(new long[] {fp});
                    fingerprintIds.add(id);
                }
                nextSeq = Math.max(nextSeq, d.getField(Fields.SEQ).numericValue().longValue() + 1);
            }
            for (Document d : all(searcher, new TermQuery(new Term(Fields.KIND, Fields.SUPERSEDED)), bySeq,
                    Set.of(Fields.ARTICLE_ID))) {
                superseded.add(d.get(Fields.ARTICLE_ID));
            }
            // document order is ingest order (log merges keep it), so entities register as they were added
            Map<LeafReaderContext, SortedSetDocValues[]> dvs = new HashMap<>();
            DocValueCounts.forEach(searcher, new TermQuery(new Term(Fields.KIND, Fields.MENTION)), (leaf, doc) -> {
                SortedSetDocValues[] dv = dvs.get(leaf);
                if (dv == null) {
                    var r = leaf.reader();
                    dv = new SortedSetDocValues[] {DocValues.getSortedSet(r, Fields.KEY), DocValues.getSortedSet(r, Fields.TYPE),
                            DocValues.getSortedSet(r, Fields.NAME), DocValues.getSortedSet(r, Fields.ALIAS)};
                    dvs.put(leaf, dv);
                }
                List<String> key = DocValueCounts.values(dv[0], doc);
                List<String> type = DocValueCounts.values(dv[1], doc);
                List<String> name = DocValueCounts.values(dv[2], doc);
                if (!key.isEmpty() && !type.isEmpty() && !name.isEmpty()) {
                    registry.register(key.get(0), EntityType.valueOf(type.get(0)), name.get(0), DocValueCounts.values(dv[3], doc));
                }
            });
        }
    }

    private static List<Document> all(IndexSearcher searcher, Query q, Sort sort, Set<String> fields) throws IOException {
        int n = Math.max(1, searcher.count(q));
        TopDocs top = searcher.search(q, n, sort);
        List<Document> docs = new ArrayList<>(top.scoreDocs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            docs.add(stored.document(sd.doc, fields));
        }
        return docs;
    }

    /**
     * Whether an article with this body id is stored (or accepted in this run), or was replaced
     * by a newer text at its URL. Thread-safe.
     */
    public boolean hasBody(String bodyId) {
        return bodies.contains(bodyId) || superseded.contains(bodyId);
    }

    /** Number of articles stored or accepted so far. */
    public int articleCount() {
        return bodies.size();
    }

    /** The decision on an added article, with the article it duplicates or replaces (or null). */
    public record Added(Outcome outcome, String articleId, String other) {
    }

    /** Adds one analysed article (not yet committed). Call in input order, from one thread. */
    public Added add(Analysis analysis) throws IOException {
        String id = AnalysisJson.bodyId(analysis.article().body());
        if (bodies.contains(id) || superseded.contains(id)) {
            return new Added(Outcome.DUPLICATE, id, id);
        }
        String url = CanonicalUrl.of(analysis.article().source().uri());
        String replaced = byUrl.get(url);
        if (replaced != null) {
            writer.deleteDocuments(new Term(Fields.ARTICLE_ID, replaced));
            Document marker = new Document();
            marker.add(new StringField(Fields.KIND, Fields.SUPERSEDED, Field.Store.NO));
            marker.add(new StringField(Fields.ARTICLE_ID, replaced, Field.Store.YES));
            marker.add(new SortedSetDocValuesField(Fields.ARTICLE_ID, new BytesRef(replaced)));
            marker.add(new NumericDocValuesField(Fields.SEQ, nextSeq));
            marker.add(new StoredField(Fields.SEQ, nextSeq));
            writer.addDocument(marker);
            bodies.remove(replaced);
            superseded.add(replaced);
            int i = fingerprintIds.indexOf(replaced);
            if (i >= 0) {
                fingerprintIds.remove(i);
                fingerprints.remove(i);
            }
        }
        long fp = SimHash.of(analysis.article().body());
        String dupOf = null;
        if (fp != 0L) {
            for (int i = 0; i < fingerprints.size(); i++) {
                if (SimHash.distance(fp, fingerprints.get(i)[0]) <= SimHash.MAX_DISTANCE) {
                    dupOf = fingerprintIds.get(i);
                    break;
                }
            }
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (Entity e : analysis.entities()) {
            keys.put(e.id(), registry.resolve(e));
        }
        writer.addDocuments(mapper.documents(analysis, keys, new DocumentMapper.Placement(nextSeq++, url, fp, dupOf)));
        bodies.add(id);
        byUrl.put(url, id);
        if (dupOf == null && fp != 0L) {
            fingerprints.add(new long[] {fp});
            fingerprintIds.add(id);
        }
        if (replaced != null) {
            return new Added(Outcome.UPDATED, id, replaced);
        }
        return dupOf != null ? new Added(Outcome.NEAR_DUPLICATE, id, dupOf) : new Added(Outcome.ADDED, id, null);
    }

    /** Makes everything added so far durable and visible to searchers. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Closes without committing what was added since the last commit. */
    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
