package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

import java.util.Locale;
import java.util.Set;

/**
 * Transcript turns: a paragraph opening with a speaker label in capitals and a colon ({@code
 * PENCE: Well, look, …}, {@code Q: …}, {@code A: …}) is that speaker's words to the paragraph's
 * end; inside a quotation the same label names the quotation's speaker ({@code "WALLACE: If I may …}).
 * The labels of the publication's own notes ({@code CORRECTION:}, {@code UPDATE:}) open no turn.
 * Ranges are inclusive token indices.
 */
final class TranscriptTurns {

    /** Label words before the colon at most. */
    private static final int MAX_LABEL = 3;

    /** Labels of the publication's own notes, which name no speaker ("CORRECTION: An earlier version …"). */
    private static final Set<String> EDITORIAL = Set.of("BYLINE", "CORRECTION", "CORRECTIONS", "CLARIFICATION",
            "UPDATE", "UPDATED", "PREVIOUSLY", "EXCLUSIVE", "NOTE", "RELATED", "WATCH", "BREAKING", "SOURCE",
            "SOURCES", "PHOTO", "PHOTOS", "VIDEO", "DATELINE", "CREDIT");

    private final AnnotatedText text;
    private final Paragraphs paragraphs;
    /** How many paragraphs open with a label; -1 until counted. */
    private int labelled = -1;

    TranscriptTurns(AnnotatedText text, Paragraphs paragraphs) {
        this.text = text;
        this.paragraphs = paragraphs;
    }

    /**
     * The turn opening sentence {@code s}: {first, colon, last} (label {@code [first, colon)}), or
     * null. A lone label in the article that names nobody ({@code UPDATE: …}, {@code EXCLUSIVE: …})
     * heads a paragraph; a transcript has turns, and its labels are names or Q and A.
     */
    int[] paragraphTurn(Sentence s) {
        int[] turn = labelledParagraph(s);
        if (turn == null || labelledParagraphs() > 1 || named(turn[0], turn[1])) {
            return turn;
        }
        return null;
    }

    /** How many paragraphs of the article open with a label, counted once. */
    private int labelledParagraphs() {
        if (labelled < 0) {
            labelled = 0;
            for (Sentence s : text.sentences()) {
                labelled += labelledParagraph(s) == null ? 0 : 1;
            }
        }
        return labelled;
    }

    /**
     * Whether the label {@code [first, colon)} is Q or A, holds a named entity, or is a name the
     * article writes elsewhere in title case ({@code WALSH:} after "Senator Tom Walsh").
     */
    private boolean named(int first, int colon) {
        StringBuilder titled = new StringBuilder();
        for (int t = first; t < colon; t++) {
            String w = text.text(text.token(t));
            if (w.equals("Q") || w.equals("A") || !"O".equals(text.token(t).ner())) {
                return true;
            }
            titled.append(titled.isEmpty() ? "" : " ").append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return text.body().contains(titled);
    }

    private int[] labelledParagraph(Sentence s) {
        int first = s.firstToken();
        if (!paragraphStart(s.start())) {
            return null;
        }
        int colon = labelEnd(first, s.endToken());
        if (colon == first || colon >= s.endToken() - 1 || !text.text(text.token(colon)).equals(":")
                || isEditorial(first, colon)) {
            return null;
        }
        int p = paragraphs.at(s.start());
        int last = s.endToken() - 1;
        for (int i = s.index() + 1; i < text.sentences().size() && paragraphs.at(text.sentences().get(i).start()) == p; i++) {
            last = text.sentences().get(i).endToken() - 1;
        }
        return last - colon < 3 ? null : new int[]{first, colon, last};
    }

    /** The colon after a label opening the quotation tokens {@code [first, end)}, or -1. */
    int quotedTurn(int first, int end) {
        int colon = labelEnd(first, end);
        return colon == first || colon >= end - 3 || !text.text(text.token(colon)).equals(":")
                || isEditorial(first, colon) ? -1 : colon;
    }

    private boolean isEditorial(int first, int colon) {
        return EDITORIAL.contains(text.text(first, colon).trim());
    }

    private int labelEnd(int first, int end) {
        int colon = first;
        while (colon < end && colon < first + MAX_LABEL && isCapitalWord(colon)) {
            colon++;
        }
        return colon;
    }

    private boolean paragraphStart(int offset) {
        String body = text.body();
        int i = offset - 1;
        while (i >= 0 && body.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || body.charAt(i) == '\n';
    }

    private boolean isCapitalWord(int t) {
        String w = text.text(text.token(t));
        if (w.equals("Q") || w.equals("A")) {
            return true; // interview transcripts: "Q: …" and "A: …"
        }
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-')
                && w.chars().anyMatch(Character::isLetter);
    }
}
