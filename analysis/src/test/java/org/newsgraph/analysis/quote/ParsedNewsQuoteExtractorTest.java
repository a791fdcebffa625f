package org.newsgraph.analysis.quote;

/** The same constructions with the dependency-parse mode of the extractor. */
class ParsedNewsQuoteExtractorTest extends NewsQuoteExtractorTest {

    @Override
    boolean useParse() {
        return true;
    }
}
