package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * The headline convention {@code Pence: Flowers Won't Be at Debate}: a first paragraph that opens
 * with a name (or a source noun such as "Poll") and a colon attributes the rest of its sentence
 * to that source. Only the first paragraph, where headlines stand, and only a proper name that is
 * an entity of the article, so that labels such as "Breaking:" or "The Latest:" are no sources.
 */
final class HeadlineColon {

    /** Sources that are no names but speak in headlines ("Poll: …", "Report: …"). */
    private static final Set<String> SOURCE_NOUNS = Set.of("poll", "report", "survey", "study", "sources", "insiders",
            "experts", "historians", "analysts");
    private static final int MAX_SOURCE = 4;

    /** One headline attribution: the source tokens {@code [sourceFirst, colon)}, the content tokens {@code [colon+1, contentLast]}. */
    record Turn(int sourceFirst, int colon, int contentLast, boolean named) {
    }

    private final AnnotatedText text;

    HeadlineColon(AnnotatedText text) {
        this.text = text;
    }

    /**
     * The headline attribution opening sentence {@code s}, or null; {@code named} tells whether the
     * entity recogniser took the source for a name (else the caller checks it against the article's entities).
     */
    Turn at(Sentence s) {
        String body = text.body();
        int firstBreak = body.indexOf('\n');
        if (firstBreak >= 0 && s.start() > firstBreak) {
            return null;
        }
        int first = s.firstToken();
        int colon = first;
        while (colon < s.endToken() && colon < first + MAX_SOURCE && !text.text(text.token(colon)).equals(":")) {
            colon++;
        }
        if (colon == first || colon >= s.endToken() - 2 || !text.text(text.token(colon)).equals(":")) {
            return null;
        }
        boolean named = false;
        for (int t = first; t < colon; t++) {
            Token k = text.token(t);
            if (!k.isProperNoun() && !(colon - first == 1 && SOURCE_NOUNS.contains(k.lemma().toLowerCase(Locale.ROOT)))
                    && !SOURCE_NOUNS.contains(text.text(k).toLowerCase(Locale.ROOT))) {
                return null;
            }
            named |= !"O".equals(k.ner()) || SOURCE_NOUNS.contains(text.text(k).toLowerCase(Locale.ROOT));
        }
        int last = s.endToken() - 1;
        if (firstBreak >= 0) {
            while (last > colon && text.token(last).start() >= firstBreak) {
                last--;
            }
        }
        while (last > colon && isPunct(last)) {
            last--;
        }
        return last - colon >= 3 ? new Turn(first, colon, last, named) : null;
    }

    private boolean isPunct(int t) {
        String w = text.text(text.token(t));
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":");
    }
}
