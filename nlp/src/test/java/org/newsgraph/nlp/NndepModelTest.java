package org.newsgraph.nlp;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NndepModelTest {

    /** 4 words, 4 tags, 3 labels, embeddings of 2, 3 hidden units, 2 feature positions, 2 pre-computed keys. */
    private static final String MODEL = String.join("\n",
            "dict=4", "pos=4", "label=3", "embeddingSize=2", "hiddenSize=3", "numTokens=2", "preComputed=2",
            "-UNKNOWN- 0.1 0.2", "-NULL- 0.3 0.4", "-ROOT- 0.5 0.6", "cat 0.7 0.8",
            "-UNKNOWN- 1.1 1.2", "-NULL- 1.3 1.4", "-ROOT- 1.5 1.6", "NN 1.7 1.8",
            "-NULL- 2.1 2.2", "root 2.3 2.4", "nsubj 2.5 2.6",
            // input-to-hidden weights, one column (input) per line, one number per hidden unit
            "0.01 0.02 0.03", "0.04 0.05 0.06", "0.07 0.08 0.09", "0.10 0.11 0.12",
            "-0.5 0.25 1e-3",
            // hidden-to-output weights, one column (hidden unit) per line, one number per transition
            "1 2 3 4 5", "6 7 8 9 10", "11 12 13 14 15",
            "7 14") + "\n";

    private static NndepModel model() throws IOException {
        return NndepModel.read(new BufferedReader(new StringReader(MODEL)));
    }

    @Test
    void readsVocabulariesIntoOneIdSpace() throws IOException {
        NndepModel m = model();
        assertThat(m.wordId("cat")).isEqualTo(3);
        assertThat(m.wordId("dog")).isEqualTo(m.wordId(NndepModel.UNKNOWN)).isZero();
        assertThat(m.tagId("NN")).isEqualTo(7);
        assertThat(m.tagId("VB")).isEqualTo(4);
        assertThat(m.labelId(NndepModel.NULL)).isEqualTo(8);
        assertThat(m.labelId("nsubj")).isEqualTo(10);
        assertThat(m.labels).containsExactly("root", "nsubj");
        assertThat(m.transitionCount()).isEqualTo(5);
        assertThat(m.embeddings[7]).containsExactly(1.7f, 1.8f);
    }

    @Test
    void readsWeightMatricesColumnByColumn() throws IOException {
        NndepModel m = model();
        assertThat(m.w1t[0]).containsExactly(0.01f, 0.02f, 0.03f);
        assertThat(m.w1t[3]).containsExactly(0.10f, 0.11f, 0.12f);
        assertThat(m.b1).containsExactly(-0.5f, 0.25f, 1e-3f);
        assertThat(m.w2[0]).containsExactly(1f, 6f, 11f);
        assertThat(m.w2[4]).containsExactly(5f, 10f, 15f);
        assertThat(m.preComputed).containsExactly(7, 14);
    }

    @Test
    void skipsTheLanguageLinesOfTheNewerFormat() throws IOException {
        String newer = "language=UniversalEnglish\ntlp=edu.stanford.nlp.trees.PennTreebankLanguagePack\n" + MODEL;
        NndepModel m = NndepModel.read(new BufferedReader(new StringReader(newer)));
        assertThat(m.labels).containsExactly("root", "nsubj");
    }

    @Test
    void rejectsATruncatedModel() {
        String cut = MODEL.substring(0, MODEL.indexOf("0.01"));
        assertThatThrownBy(() -> NndepModel.read(new BufferedReader(new StringReader(cut))))
                .isInstanceOf(IOException.class).hasMessageContaining("ends early");
    }

    @Test
    void contributionsArePreciseForPrecomputedKeysAndRoundedToFloatOtherwise() throws IOException {
        NndepModel m = model();
        HiddenContributions c = new HiddenContributions(m, 2, 10);
        // key 7 = id 3 ("cat") at position 1 is pre-computed: a double sum of float products
        double[] cat1 = c.of(3, 1);
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            sum += m.w1t[2][i] * m.embeddings[3][0];
            sum += m.w1t[3][i] * m.embeddings[3][1];
            assertThat(cat1[i]).isEqualTo(sum);
        }
        // key 6 = id 3 at position 0 is not: rounded to float as CoreNLP's cached slices are
        double[] cat0 = c.of(3, 0);
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            sum += m.w1t[0][i] * m.embeddings[3][0];
            sum += m.w1t[1][i] * m.embeddings[3][1];
            assertThat(cat0[i]).isEqualTo((double) (float) sum);
        }
        assertThat(c.of(3, 0)).isSameAs(cat0);
    }

    @Test
    void keepsOnlyABoundedNumberOfRoundedContributions() throws IOException {
        HiddenContributions c = new HiddenContributions(model(), 0, 2);
        double[] first = c.of(0, 0);
        c.of(1, 0);
        c.of(2, 0);
        c.of(4, 1);
        assertThat(c.size()).isEqualTo(2);
        double[] again = c.of(0, 0); // dropped, made anew to the same numbers
        assertThat(again).isNotSameAs(first).containsExactly(first);
    }
}
