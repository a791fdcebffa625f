package org.newsgraph.core.time;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.DateHow;
import org.newsgraph.core.model.PublicationDate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDateInferenceTest {

    private final PublicationDateInference inference = new PublicationDateInference();

    @Test
    void weekdaysAfterTheLatestExplicitDatePlaceTheArticle() {
        // March 2, 2021 was a Tuesday; "Thursday" makes the article a Thursday's
        String text = "Protesters gathered on March 2, 2021 in the capital. Police said Thursday that "
                + "the marches that began last Sunday would be allowed. The minister spoke Wednesday.";
        PublicationDate d = inference.infer(List.of(text));
        assertThat(d.value()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(d.how()).isEqualTo(DateHow.INFERRED);
        assertThat(d.precision()).isEqualTo("day");
    }

    @Test
    void explicitDateAloneIsTheLowerBound() {
        PublicationDate d = inference.infer(List.of("The plant closed on 14 June 2019 after a fire."));
        assertThat(d.value()).isEqualTo(LocalDate.of(2019, 6, 14));
    }

    @Test
    void captionsCountAsEvidence() {
        PublicationDate d = inference.infer(List.of("The council voted Friday.", "Council members in Oslo, Norway, Nov. 5, 2021."));
        assertThat(d.value()).isEqualTo(LocalDate.of(2021, 11, 5)); // Nov. 5, 2021 was a Friday
    }

    @Test
    void nothingToGoOn() {
        assertThat(inference.infer(List.of("He spoke on Monday about the war.")).isKnown()).isFalse();
    }
}
