package org.newsgraph.ingest;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.DateHow;
import org.newsgraph.core.model.Source;
import org.newsgraph.ingest.read.ContentType;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.RawDocument;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the publication date comes from: metadata, then the text's dateline, then inference. */
class PublicationDateSourcesTest {

    private final DefaultArticleExtractor extractor = new DefaultArticleExtractor();

    private Article extract(String text, String published) throws InputException {
        return extractor.extract(new RawDocument(new Source("test:", "text", null), ContentType.TEXT, text, "T", published, List.of()));
    }

    @Test
    void metadataWins() throws InputException {
        Article a = extract("BAGHDAD, Jan. 8, 2020 (Reuters) - Rockets hit the base.", "2020-01-09T04:00:00Z");
        assertThat(a.published().value()).isEqualTo(LocalDate.of(2020, 1, 9));
        assertThat(a.published().how()).isEqualTo(DateHow.METADATA);
    }

    @Test
    void wireDatelineIsText() throws InputException {
        Article a = extract("BAGHDAD, Jan. 8, 2020 (Reuters) - Rockets hit the base on Tuesday.", null);
        assertThat(a.published().value()).isEqualTo(LocalDate.of(2020, 1, 8));
        assertThat(a.published().how()).isEqualTo(DateHow.TEXT);
        Article b = extract("NAIROBI, Kenya (AP) March 3, 2022 — Flooding displaced thousands.", null);
        assertThat(b.published().value()).isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void otherwiseInferredOrUnknown() throws InputException {
        Article a = extract("Talks opened on June 4, 2019. Negotiators met again Wednesday and agreed on Thursday.", null);
        assertThat(a.published().how()).isEqualTo(DateHow.INFERRED);
        assertThat(a.published().value()).isEqualTo(LocalDate.of(2019, 6, 6));
        Article b = extract("The plant closed on Friday.", null);
        assertThat(b.published().how()).isEqualTo(DateHow.UNKNOWN);
        assertThat(b.published().value()).isNull();
    }
}
