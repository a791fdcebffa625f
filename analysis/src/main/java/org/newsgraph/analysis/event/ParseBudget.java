package org.newsgraph.analysis.event;

import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.core.time.DateMention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the sentences worth a dependency parse, the expensive step of event extraction, and the
 * window of each to parse: every sentence that may hold an event while they are few, else the most
 * promising while the tokens to parse stay within a share of the article's tokens (parsing time
 * grows with length), plus any candidate an earlier stage has parsed already.
 */
final class ParseBudget {

    /** This many of the best candidate sentences are parsed whatever the budget. */
    private static final int MIN_PARSES = 3;

    private static final Set<DateMention.Kind> DAY_KINDS = java.util.EnumSet.of(DateMention.Kind.FULL_DATE,
            DateMention.Kind.MONTH_DAY, DateMention.Kind.WEEKDAY, DateMention.Kind.DAY_DEIXIS);

    private final TriggerMatcher matcher;
    private final ParseWindow window;
    private final double share;

    /** @param share the largest share of an article's tokens to parse */
    ParseBudget(TriggerMatcher matcher, ParseWindow window, double share) {
        this.matcher = matcher;
        this.window = window;
        this.share = share;
    }

    /**
     * The sentences to parse, in text order: every sentence that may hold an event while they are few,
     * else the most promising ones up to the parse budget (verb triggers with a named actor before
     * them first, earlier sentences before later ones).
     */
    List<Planned> select(AnnotatedText text, EntitySet entities, List<DateMention> timex) {
        List<Planned> candidates = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // a day dates the news; a year or month ("after the 2014 rise of IS") mostly background
        java.util.function.Predicate<Sentence> hasDate = s -> timex.stream()
                .anyMatch(m -> DAY_KINDS.contains(m.kind()) && s.span().contains(m.span()));
        for (Sentence s : text.sentences()) {
            TriggerMatcher.Candidate best = matcher.best(text, entities, s);
            // a repeated sentence (a caption printed twice) reports nothing new
            if (best != null && seen.add(s.span().text(text.body()))) {
                int[] w = text.isParsed(s.index()) ? new int[]{s.firstToken(), s.endToken()}
                        : window.around(text, entities, s, best.token());
                candidates.add(new Planned(s, w[0], w[1]));
                scores.add(best.score() + (hasDate.test(s) ? 1 : 0) - (opensQuote(text, s) ? 2 : 0));
            }
        }
        int budget = (int) Math.ceil(share * text.tokens().size());
        if (candidates.size() <= MIN_PARSES || share >= 1) {
            return candidates;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        // among equally promising sentences the earlier first: news reports its main events first
        order.sort(Comparator.comparingInt((Integer i) -> -scores.get(i)).thenComparingInt(i -> i));
        List<Planned> chosen = new ArrayList<>();
        int spent = 0;
        int paid = 0;
        for (int i : order) {
            // sentences an earlier stage parsed cost nothing more
            Planned p = candidates.get(i);
            int cost = cost(text, p);
            if (cost == 0 || paid < MIN_PARSES || spent + cost <= budget) {
                chosen.add(p);
                spent += cost;
                paid += cost == 0 ? 0 : 1;
            }
        }
        chosen.sort(Comparator.comparingInt(p -> p.sentence().index()));
        return chosen;
    }

    /** A sentence to parse and the window of its tokens {@code [first, end)} to parse. */
    record Planned(Sentence sentence, int first, int end) {
    }

    /** Tokens to parse; none when an earlier stage parsed the sentence. */
    private static int cost(AnnotatedText text, Planned p) {
        return text.isParsed(p.sentence().index()) ? 0 : p.end() - p.first();
    }

    /** Opinion and forecast live in quotations; reported events mostly outside them. */
    private static boolean opensQuote(AnnotatedText text, Sentence s) {
        String first = text.text(text.token(s.firstToken()));
        return first.equals("“") || first.equals("\"") || first.equals("``");
    }
}
