package org.newsgraph.analysis.quote;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * A sentence that opens with the question put to its speaker ("Asked whether he would run, Smith
 * said no.", "When asked about the deficit, she said …"). The opening participle clause is the
 * question, attributed to its own cue "asked"; the main clause's cue answers it and does not report it
 * back as words said before it.
 */
final class QuestionLead {

    /** Words that may come before the opening participle ("When asked …", "Once asked …"). */
    private static final Set<String> LEADS = Set.of("when", "once", "if", "after");

    private final AnnotatedText text;

    QuestionLead(AnnotatedText text) {
        this.text = text;
    }

    /** Whether the tokens from {@code start} open their sentence with "Asked …" or "When asked …". */
    boolean opensAt(int start) {
        Sentence s = text.sentenceOf(start);
        int t = s.firstToken();
        if (t + 1 < s.endToken() && LEADS.contains(text.lowerWord(t))) {
            t++;
        }
        if (start > t) {
            return false;
        }
        Token asked = text.token(t);
        return asked.lemma().equals("ask") && asked.tag().equals("VBN");
    }

}
