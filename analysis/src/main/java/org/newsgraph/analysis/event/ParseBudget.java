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
 * Chooses the sentences worth a dependency parse, the expensive step of event extraction: every
 * sentence that may hold an event while they are few, else the most promising up to a share of the
 * article's sentences, plus any candidate an earlier stage has parsed already.
 */
final class ParseBudget {

    /** Short articles are parsed in full up to this many candidate sentences. */
    private static final int MIN_PARSES = 3;

    private final TriggerMatcher matcher;
    private final double share;

    ParseBudget(TriggerMatcher matcher, double share) {
        this.matcher = matcher;
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
        java.util.function.Predicate<Sentence> hasDate = s -> timex.stream().anyMatch(m -> s.span().contains(m.span()));
        for (Sentence s : text.sentences()) {
            TriggerMatcher.Candidate best = matcher.best(text, entities, s);
            // a repeated sentence (a caption printed twice) reports nothing new
            if (best != null && seen.add(s.span().text(text.body()))) {
                candidates.add(new Planned(s, best.token()));
                scores.add(best.score() + (hasDate.test(s) ? 1 : 0) - (opensQuote(text, s) ? 2 : 0));
            }
        }
        int budget = Math.max(MIN_PARSES, (int) Math.ceil(share * text.sentences().size()));
        if (candidates.size() <= budget) {
            return candidates;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -scores.get(i)).thenComparingInt(i -> i));
        List<Planned> chosen = new ArrayList<>();
        int spent = 0;
        for (int i : order) {
            // sentences an earlier stage parsed cost nothing more
            boolean free = text.isParsed(candidates.get(i).sentence().index());
            if (free || spent < budget) {
                chosen.add(candidates.get(i));
                spent += free ? 0 : 1;
            }
        }
        chosen.sort(Comparator.comparingInt(p -> p.sentence().index()));
        return chosen;
    }

    /** A sentence to parse and its likeliest trigger, around which a window of it may be parsed. */
    record Planned(Sentence sentence, int trigger) {
    }

    /** Opinion and forecast live in quotations; reported events mostly outside them. */
    private static boolean opensQuote(AnnotatedText text, Sentence s) {
        String first = text.text(text.token(s.firstToken()));
        return first.equals("“") || first.equals("\"") || first.equals("``");
    }
}
