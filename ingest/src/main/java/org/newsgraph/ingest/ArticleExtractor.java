package org.newsgraph.ingest;

import org.newsgraph.core.model.Article;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.RawDocument;

/** Turns a decoded document into a clean article: the first stage of every pipeline. */
public interface ArticleExtractor {

    /**
     * Extracts the article.
     *
     * @throws InputException when the document holds no article text
     */
    Article extract(RawDocument document) throws InputException;
}
