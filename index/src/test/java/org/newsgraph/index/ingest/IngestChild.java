package org.newsgraph.index.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.analysis.ArticleAnalyzer;
import org.newsgraph.index.CorpusIndex;
import org.newsgraph.ingest.DefaultArticleExtractor;

/**
 * An ingest in its own JVM, for the crash test: {@code IngestChild INDEX BATCH SOURCE...}. Prints
 * {@code stored N} after every record so the parent knows when to kill it.
 */
public final class IngestChild {

    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int batch = Integer.parseInt(args[1]);
        List<String> sources = Arrays.asList(args).subList(2, args.length);
        try (CorpusIndex corpus = CorpusIndex.open(index)) {
            Ingestor ingestor = new Ingestor(corpus, new DefaultArticleExtractor(), ArticleAnalyzer.standard(), 1, batch);
            IngestSummary s = ingestor.run(sources, (done, total, stored) -> {
                System.out.println("stored " + stored);
                System.out.flush();
            });
            System.out.println("done ingested=" + s.ingested() + " duplicates=" + s.duplicates());
        }
    }
}
