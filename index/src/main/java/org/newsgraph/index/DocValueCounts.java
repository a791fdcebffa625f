package org.newsgraph.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Walks the documents matching a query and reads their doc values: the facet and aggregation
 * engine of the searcher (no stored fields are loaded, so it stays fast on large indexes).
 */
final class DocValueCounts {

    /** Sees one matching document. */
    interface Visitor {
        void visit(LeafReaderContext leaf, int doc) throws IOException;
    }

    private DocValueCounts() {
    }

    static void forEach(IndexSearcher searcher, Query query, Visitor visitor) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    visitor.visit(leaf, doc);
                }
            }
        }
    }

    /** How many matching documents have each value of {@code field}. */
    static Map<String, Long> count(IndexSearcher searcher, Query query, String field) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), field);
            // count ordinals, then look each up once: far cheaper than a string per document
            long[] byOrd = new long[(int) Math.min(Integer.MAX_VALUE - 8, dv.getValueCount())];
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live == null || live.get(doc)) && dv.advanceExact(doc)) {
                    for (int i = dv.docValueCount(); i > 0; i--) {
                        byOrd[(int) dv.nextOrd()]++;
                    }
                }
            }
            for (int ord = 0; ord < byOrd.length; ord++) {
                if (byOrd[ord] > 0) {
                    counts.merge(dv.lookupOrd(ord).utf8ToString(), byOrd[ord], Long::sum);
                }
            }
        }
        return counts;
    }

    /** The values of one document, in term order (iterate documents in increasing order). */
    static java.util.List<String> values(SortedSetDocValues dv, int doc) throws IOException {
        if (!dv.advanceExact(doc)) {
            return java.util.List.of();
        }
        int n = dv.docValueCount();
        java.util.List<String> out = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
        }
        return out;
    }

    /** The document's numeric value, or null. */
    static Long value(NumericDocValues dv, int doc) throws IOException {
        return dv.advanceExact(doc) ? dv.longValue() : null;
    }
}
