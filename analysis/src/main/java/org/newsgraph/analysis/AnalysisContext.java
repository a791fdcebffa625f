package org.newsgraph.analysis;

import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.time.DateMention;
import org.newsgraph.core.time.DateResolver;
import org.newsgraph.nlp.AnnotatedText;

import java.util.List;

/**
 * What the analysis stages of one article share: the article, its annotated body, its canonical
 * entities, the time expressions of the body and a resolver anchored at the publication date.
 *
 * @param dates     resolver anchored at the publication date; its reference is null when the date is unknown
 * @param timex     time expressions of the body, in text order
 */
public record AnalysisContext(Article article, AnnotatedText text, EntitySet entities, DateResolver dates,
                              List<DateMention> timex) {

    public String body() {
        return article.body();
    }
}
