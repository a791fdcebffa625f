package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our arc-standard parser against CoreNLP's own on the same model: the same heads and relations
 * for every token, on whole sentences and on windows of them.
 */
class ArcStandardParserTest {

    /** News-like sentences with passives, relatives, coordination, quotes, numbers and brackets. */
    private static final String TEXT = String.join("\n\n",
            "The United States killed a senior Iranian general in an airstrike near Baghdad's airport on Friday.",
            "Tehran fired more than a dozen ballistic missiles at two bases housing American troops in Iraq.",
            "The commander, who had led the force for two decades, was killed along with five others.",
            "Parliament passed a non-binding resolution asking the government to expel foreign forces.",
            "“We will take revenge,” the supreme leader said in a televised address, vowing a harsh response.",
            "The coalition said it had paused its operations against Islamic State (IS) militants to protect personnel.",
            "Officials in Berlin and Paris urged restraint, while Moscow condemned the strike as a violation of international law.",
            "About 5,200 troops remain in the country, according to the Pentagon, down from 170,000 at the height of the war in 2007.",
            "Neither side has said whether talks, which collapsed in May, will resume before the elections.",
            "The minister resigned.",
            "Protesters stormed the embassy compound on Tuesday, setting fire to a reception area and chanting slogans.",
            "It is unclear how many people were wounded when rockets struck the Green Zone late Sunday night.",
            "Sanctions imposed last year have cut oil exports by half -- a blow the government blames on Washington.",
            "If the talks fail, the president said, the country could resume enrichment of uranium to 20 percent.",
            "Aid agencies delivered food, water and medicine to 12,000 families displaced by the fighting in the north.",
            "Such matters, the minister told reporters, are being investigated by the police.",
            "Motorcycles, bourbon, jeans and cheese will be hit by new tariffs, officials said.",
            "The group, which the army says is now being funded by Tehran, denied the claim.");

    private static CoreNlpEngine engine;
    private static StanfordTokenParser reference;
    private static NeuralTokenParser ours;
    private static AnnotatedText text;

    @BeforeAll
    static void load() {
        engine = CoreNlpEngine.shared();
        reference = new StanfordTokenParser(CoreNlpEngine.PARSER_MODEL);
        ours = new NeuralTokenParser(new ArcStandardParser(NndepModel.fromClasspath(CoreNlpEngine.PARSER_MODEL)));
        text = engine.annotate(TEXT);
    }

    @Test
    void parsesEverySentenceAsCoreNlpDoes() {
        assertThat(text.sentences()).hasSize(18);
        for (int s = 0; s < text.sentences().size(); s++) {
            assertSameParse(tokens(s));
        }
    }

    @Test
    void parsesWindowsAsCoreNlpDoes() {
        for (int s = 0; s < text.sentences().size(); s++) {
            List<CoreLabel> all = tokens(s);
            int n = all.size();
            if (n < 6) {
                continue;
            }
            assertSameParse(all.subList(0, n / 2));
            assertSameParse(all.subList(n / 3, n));
            assertSameParse(all.subList(2, n - 2));
        }
    }

    @Test
    void parsesSingleTokensAndUnknownWords() {
        assertSameParse(tokens(9).subList(0, 1));
        AnnotatedText odd = engine.annotate("Zxqvbt glorped the frabnitz of Qwertyland's ministry.");
        assertSameParse(((CoreMap) odd.engineSentence(0)).get(CoreAnnotations.TokensAnnotation.class));
    }

    @Test
    void producesATreeWithOneRoot() {
        List<CoreLabel> t = tokens(0);
        TokenParser.ParsedTokens p = ours.parse(t);
        int roots = 0;
        for (int i = 0; i < p.heads().length; i++) {
            if (p.heads()[i] == -1) {
                roots++;
                assertThat(p.relations()[i]).isEqualTo("root");
            } else {
                assertThat(p.heads()[i]).isBetween(0, t.size() - 1).isNotEqualTo(i);
            }
        }
        assertThat(roots).isEqualTo(1);
        int killed = indexOf(t, "killed");
        assertThat(p.heads()[killed]).isEqualTo(-1);
        assertThat(p.relations()[indexOf(t, "States")]).isEqualTo("nsubj");
    }

    private static void assertSameParse(List<CoreLabel> tokens) {
        TokenParser.ParsedTokens expected = reference.parse(tokens);
        TokenParser.ParsedTokens actual = ours.parse(tokens);
        List<String> words = tokens.stream().map(CoreLabel::word).toList();
        assertThat(arcs(actual, words)).as("parse of %s", words).isEqualTo(arcs(expected, words));
    }

    private static List<String> arcs(TokenParser.ParsedTokens p, List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.heads().length; i++) {
            int h = p.heads()[i];
            out.add(p.relations()[i] + "(" + (h < 0 ? "ROOT" : words.get(h) + "-" + h) + ", " + words.get(i) + "-" + i + ")");
        }
        return out;
    }

    private static List<CoreLabel> tokens(int sentence) {
        return ((CoreMap) text.engineSentence(sentence)).get(CoreAnnotations.TokensAnnotation.class);
    }

    private static int indexOf(List<CoreLabel> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not found");
    }
}
