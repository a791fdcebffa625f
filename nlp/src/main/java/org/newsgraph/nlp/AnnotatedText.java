package org.newsgraph.nlp;

import org.newsgraph.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * An article body with its sentences, tokens and named-entity labels. Dependency parses are
 * made lazily, per sentence, because only sentences with a quote cue or an event trigger need
 * one. An instance belongs to one thread at a time.
 */
public final class AnnotatedText {

    private final String body;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final DependencyParser parser;
    private final DependencyGraph[] parses;
    private final Object[] engineSentences;
    private List<NamedMention> mentions;

    /**
     * @param engineSentences the engine's own per-sentence objects, kept for its parser (may be null)
     */
    public AnnotatedText(String body, List<Sentence> sentences, List<Token> tokens, DependencyParser parser,
                         Object[] engineSentences) {
        this.body = body;
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
        this.parser = parser;
        this.parses = new DependencyGraph[sentences.size()];
        this.engineSentences = engineSentences;
    }

    public String body() {
        return body;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** The sentence that holds token {@code index}. */
    public Sentence sentenceOf(int index) {
        return sentences.get(tokens.get(index).sentence());
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** The characters of a token. */
    public String text(Token token) {
        return body.substring(token.start(), token.end());
    }

    /** The characters of token {@code index} in lower case ({@code Locale.ROOT}), for matching word lists. */
    public String lowerWord(int index) {
        return text(tokens.get(index)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The characters of the token range {@code [first, end)}. */
    public String text(int firstToken, int endToken) {
        return body.substring(tokens.get(firstToken).start(), tokens.get(endToken - 1).end());
    }

    /** The span of the token range {@code [first, end)}. */
    public Span span(int firstToken, int endToken) {
        return new Span(tokens.get(firstToken).start(), tokens.get(endToken - 1).end());
    }

    /** The sentence holding character {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** The index of the first token ending after {@code offset} (binary search). */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Runs of equally NER-labelled tokens within sentences. */
    public List<NamedMention> namedMentions() {
        if (mentions == null) {
            List<NamedMention> out = new ArrayList<>();
            for (Sentence s : sentences) {
                int i = s.firstToken();
                while (i < s.endToken()) {
                    String label = tokens.get(i).ner();
                    int j = i + 1;
                    if (!"O".equals(label)) {
                        while (j < s.endToken() && label.equals(tokens.get(j).ner())) {
                            j++;
                        }
                        out.add(new NamedMention(span(i, j), label, i, j));
                    }
                    i = j;
                }
            }
            mentions = List.copyOf(out);
        }
        return mentions;
    }

    /** The dependency parse of a sentence, made on first request. */
    public DependencyGraph parse(int sentenceIndex) {
        if (parses[sentenceIndex] == null) {
            if (parser == null) {
                throw new IllegalStateException("this text was annotated without a parser");
            }
            parses[sentenceIndex] = parser.parse(this, sentenceIndex);
        }
        return parses[sentenceIndex];
    }

    /**
     * The parse of a window of a sentence, the tokens {@code [firstToken, endToken)}, parsed as a
     * sentence of its own (see {@link DependencyParser#parse(AnnotatedText, int, int, int)}); the
     * sentence's full parse when it has been made already. Windows are not kept.
     */
    public DependencyGraph parseWindow(int sentenceIndex, int firstToken, int endToken) {
        Sentence s = sentences.get(sentenceIndex);
        if (parses[sentenceIndex] != null || firstToken <= s.firstToken() && endToken >= s.endToken()) {
            return parse(sentenceIndex);
        }
        if (parser == null) {
            throw new IllegalStateException("this text was annotated without a parser");
        }
        return parser.parse(this, sentenceIndex, firstToken, endToken);
    }

    /** True when sentence {@code sentenceIndex} has been parsed already (its parse is free to reuse). */
    public boolean isParsed(int sentenceIndex) {
        return parses[sentenceIndex] != null;
    }

    /** How many sentences have been parsed so far (for benchmarks). */
    public int parsedSentenceCount() {
        int n = 0;
        for (DependencyGraph g : parses) {
            if (g != null) {
                n++;
            }
        }
        return n;
    }

    /** The engine's object for a sentence; only the engine that made this text knows its type. */
    Object engineSentence(int sentenceIndex) {
        return engineSentences == null ? null : engineSentences[sentenceIndex];
    }
}
