package org.newsgraph.analysis.quote;

import org.newsgraph.analysis.AnalysisContext;
import org.newsgraph.analysis.QuoteExtractor;
import org.newsgraph.core.model.Quote;

import java.util.List;

/**
 * News quote attribution: direct quotes (quotation marks, split and multi-paragraph quotes),
 * partial quotes (a quoted phrase framed by a verb) and reported speech ({@code X said that …},
 * {@code according to X}, {@code …, he warned}), each with its cue and speaker. Built on
 * CoreNLP's tokens, tags and lemmas, the article's canonical entities, the {@link CueLexicon} and
 * the dependency parses of only the sentences holding a quotation mark or a cue. Thread-safe.
 *
 * <p>Besides speech, the extractor reports what PolNeAR-style attribution counts as reported
 * stance: thoughts and beliefs ({@code she believes …}, {@code he sees it as …}) and intentions
 * ({@code plans to run}); each {@link org.newsgraph.core.model.Quote} says which in its
 * {@link org.newsgraph.core.model.Attribution}, so "who said what" can keep to speech. Why each
 * cue class counts is documented in {@code cues.tsv}.
 *
 * <pre>{@code
 * List<Quote> quotes = new NewsQuoteExtractor().extract(context);
 * }</pre>
 */
public final class NewsQuoteExtractor implements QuoteExtractor {

    private final CueLexicon cues;
    private final boolean useParse;
    private final QuotationFinder quotations = new QuotationFinder();
    private final RoleFinder roles = new RoleFinder();

    /** The fast extractor: token patterns only (see {@link #NewsQuoteExtractor(CueLexicon, boolean)}). */
    public NewsQuoteExtractor() {
        this(CueLexicon.defaults(), Boolean.getBoolean("newsgraph.quotes.parse"));
    }

    /**
     * @param useParse also read the dependency parse of every sentence with a quotation mark or a
     *                 cue; the parses cost several times the rest of the analysis for a small gain,
     *                 so the standard pipeline reads tokens only (system property
     *                 {@code newsgraph.quotes.parse=true} turns parsing on)
     */
    public NewsQuoteExtractor(CueLexicon cues, boolean useParse) {
        this.cues = cues;
        this.useParse = useParse;
    }

    @Override
    public List<Quote> extract(AnalysisContext context) {
        return new ArticleAttribution(context.text(), context.entities(), cues,
                quotations.find(context.body()), roles.find(context.text(), context.entities()), context.timex(), useParse).run();
    }
}
