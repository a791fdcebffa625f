package org.newsgraph.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The analyzers of the corpus index: English stemming for prose, plain words for names. */
final class TextAnalyzers {

    private TextAnalyzers() {
    }

    static Analyzer create() {
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
                Map.of(Fields.TEXT, english, Fields.TITLE, english));
    }
}
