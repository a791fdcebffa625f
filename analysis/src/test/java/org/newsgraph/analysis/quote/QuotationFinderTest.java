package org.newsgraph.analysis.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationFinderTest {

    private final QuotationFinder finder = new QuotationFinder();

    private List<String> contents(String body) {
        return finder.find(body).stream().map(q -> q.content().text(body)).toList();
    }

    @Test
    void curlyAndStraightMarks() {
        String body = "“The bridge is safe,” she said. He replied: \"Not yet.\" The 6\" pipe broke.";
        assertThat(contents(body)).containsExactly("The bridge is safe,", "Not yet.");
    }

    @Test
    void typewriterPairOfApostrophes() {
        String body = "''We will rebuild,'' the mayor said. It isn't over.";
        assertThat(contents(body)).containsExactly("We will rebuild,");
    }

    @Test
    void paragraphContinuationKeepsOneQuoteAcrossParagraphs() {
        String body = "“The first part goes on.\n\n“And the second part ends here,” he said.";
        List<Quotation> found = finder.find(body);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).close()).isEqualTo(-1);
        assertThat(found.get(1).continues()).isTrue();
        assertThat(found.get(1).content().text(body)).isEqualTo("And the second part ends here,");
    }

    @Test
    void strayOpeningMarkAtParagraphEndIsDropped() {
        String body = "He wrote “a long note\n\nThe council met on Monday.";
        assertThat(finder.find(body)).isEmpty();
    }

    @Test
    void closingMarkTypedAtALineStartOpensTheQuotation() {
        String body = "”The harbour needs a new wall before winter.” ― Ines Alvarez\n“We were never asked.” ― Tom Reyes";
        assertThat(contents(body)).containsExactly("The harbour needs a new wall before winter.", "We were never asked.");
    }

    @Test
    void aStraightMarkAfterANoBreakSpaceOpens() {
        String body = "\"They sue,\" he said.\u00a0\"Everybody sues.\"";
        assertThat(contents(body)).containsExactly("They sue,", "Everybody sues.");
    }

    @Test
    void anOpeningMarkTypedAfterTheLastPunctuationClosesTheQuotation() {
        String body = "\u201cThe pier is unsafe,\u201c said Ines Alvarez. \u201cNobody listens.\u201d";
        assertThat(contents(body)).containsExactly("The pier is unsafe,", "Nobody listens.");
    }

    @Test
    void aClosingMarkTypedAtALineStartAfterAFormattingCharacterOpens() {
        String body = "The posts piled up.\n\u202a\u201dWe were never asked,\u201d wrote Tom Reyes.";
        assertThat(contents(body)).containsExactly("We were never asked,");
    }
}
