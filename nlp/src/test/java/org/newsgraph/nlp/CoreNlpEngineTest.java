package org.newsgraph.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoreNlpEngineTest {

    private static final String TEXT = "Maria Lopez, the mayor of Springfield, said on Monday that the bridge would reopen\n\n"
            + "“We are done,” she told reporters in Chicago. The Red Cross sent aid.";

    private final CoreNlpEngine engine = CoreNlpEngine.shared();

    @Test
    void paragraphBreakEndsSentenceEvenWithoutPunctuation() {
        AnnotatedText text = engine.annotate(TEXT);
        assertThat(text.sentences()).hasSize(3);
        assertThat(text.sentences().get(0).span().text(TEXT)).endsWith("would reopen");
        assertThat(text.sentences().get(1).span().text(TEXT)).startsWith("“We are done,”");
    }

    @Test
    void tokenOffsetsRoundTripIntoTheBody() {
        AnnotatedText text = engine.annotate(TEXT);
        for (Token t : text.tokens()) {
            assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(text.text(t));
            assertThat(text.text(t)).isNotBlank();
        }
        assertThat(text.tokens().stream().map(text::text)).contains("“", "Springfield", "reporters");
    }

    @Test
    void namedEntitiesUseConllLabels() {
        AnnotatedText text = engine.annotate(TEXT);
        List<String> found = text.namedMentions().stream().map(m -> m.label() + ":" + m.span().text(TEXT)).toList();
        assertThat(found).contains("PERSON:Maria Lopez", "LOCATION:Springfield", "LOCATION:Chicago",
                "ORGANIZATION:Red Cross");
    }

    @Test
    void parsesOnlyRequestedSentences() {
        AnnotatedText text = engine.annotate(TEXT);
        assertThat(text.parsedSentenceCount()).isZero();
        DependencyGraph g = text.parse(2);
        assertThat(text.parsedSentenceCount()).isEqualTo(1);
        int sent = indexOf(text, "sent");
        int cross = indexOf(text, "Cross");
        assertThat(g.roots()).containsExactly(sent);
        assertThat(g.children(sent, "nsubj")).containsExactly(cross);
        assertThat(g.relation(indexOf(text, "aid"))).isEqualTo("obj");
    }

    @Test
    void parsesAWindowOfASentenceOnItsOwn() {
        String body = "After a long debate in the capital, the Red Cross sent aid to the flooded villages, officials said on Monday.";
        AnnotatedText text = engine.annotate(body);
        int the = indexOf(text, "the", 1);
        int comma = indexOf(text, ",", 1);
        DependencyGraph g = text.parseWindow(0, the, comma);
        int sent = indexOf(text, "sent");
        assertThat(g.roots()).containsExactly(sent);
        assertThat(g.children(sent, "nsubj")).containsExactly(indexOf(text, "Cross"));
        assertThat(g.children(sent, "obj")).containsExactly(indexOf(text, "aid"));
        int said = indexOf(text, "said");
        assertThat(g.head(said)).isEqualTo(-1);
        assertThat(g.relation(said)).isEqualTo("dep");
        assertThat(g.children(said)).isEmpty();
        assertThat(text.parsedSentenceCount()).isZero(); // a window is not the sentence's parse
        // once the sentence is parsed in full, its window is that parse
        DependencyGraph full = text.parse(0);
        assertThat(text.parseWindow(0, the, comma)).isSameAs(full);
        assertThat(full.roots()).containsExactly(said);
    }

    private static int indexOf(AnnotatedText text, String word, int skip) {
        return text.tokens().stream().filter(t -> text.text(t).equals(word)).skip(skip).findFirst().orElseThrow().index();
    }

    private static int indexOf(AnnotatedText text, String word) {
        return text.tokens().stream().filter(t -> text.text(t).equals(word)).findFirst().orElseThrow().index();
    }
}
