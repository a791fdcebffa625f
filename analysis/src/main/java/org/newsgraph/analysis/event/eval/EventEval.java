package org.newsgraph.analysis.event.eval;

import org.newsgraph.analysis.AnalysisContext;
import org.newsgraph.analysis.entity.EntityRecognizer;
import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.analysis.event.EventMention;
import org.newsgraph.analysis.event.PloverEventExtractor;
import org.newsgraph.analysis.event.PloverType;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.PublicationDate;
import org.newsgraph.core.model.Source;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.time.DateExpressionFinder;
import org.newsgraph.core.time.DateResolver;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.NlpEngine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores the event stage against sentence-level PLOVER gold. Each gold sentence is analysed as a
 * tiny article without a publication date; its main event (the trigger nearest the root of the
 * parse, flagged or not, since gold codes stated intentions too) is compared with the gold event:
 * type by equality, actors and recipients by overlap of their phrases with the gold text.
 */
public final class EventEval {

    private final NlpEngine nlp;
    private final EntityRecognizer recognizer;
    private final PloverEventExtractor extractor;
    private final DateExpressionFinder timex = new DateExpressionFinder();

    public EventEval(NlpEngine nlp, EntityRecognizer recognizer, PloverEventExtractor extractor) {
        this.nlp = nlp;
        this.recognizer = recognizer;
        this.extractor = extractor;
    }

    public EventScores evaluate(List<EventGold> gold) {
        EventScores scores = new EventScores();
        for (EventGold g : gold) {
            score(g, scores);
        }
        return scores;
    }

    private void score(EventGold gold, EventScores scores) {
        String body = gold.text();
        Article article = new Article(new Source("gold:" + gold.id(), "jsonl", gold.id()), null, List.of(),
                PublicationDate.UNKNOWN, "en", body, List.of());
        AnnotatedText text = nlp.annotate(body);
        EntitySet entities = recognizer.recognize(text);
        AnalysisContext context = new AnalysisContext(article, text, entities, new DateResolver(null), timex.find(body));
        EventMention main = extractor.mentions(context, List.of()).stream()
                .min(Comparator.comparingInt(EventMention::depth)
                        .thenComparingInt(m -> m.event().trigger().start()))
                .orElse(null);
        PloverType goldType = parse(gold.type());
        PloverType predicted = main == null ? null : PloverType.valueOf(main.event().type());
        scores.addType(goldType, predicted);
        List<Span> actors = main == null ? List.of() : main.actorSpans();
        List<Span> recipients = main == null ? List.of() : main.recipientSpans();
        List<Span> goldActors = locate(body, gold.actors());
        List<Span> goldRecipients = locate(body, gold.recipients());
        int actorMatches = matches(actors, goldActors);
        scores.addActors(actorMatches, actors.size(), gold.actors().size());
        scores.addRecipients(matches(recipients, goldRecipients), recipients.size(), gold.recipients().size());
        if (goldType != predicted || actorMatches < gold.actors().size()) {
            scores.addError(String.format(Locale.ROOT, "%s\tgold %s %s\tgot %s %s (%s)\t%s", gold.id(), gold.type(),
                    gold.actors(), predicted, texts(body, actors),
                    main == null ? "-" : main.event().trigger().text(body), body));
        }
    }

    private static PloverType parse(String type) {
        try {
            return PloverType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> texts(String body, List<Span> spans) {
        return spans.stream().map(s -> s.text(body)).toList();
    }

    /** Where each gold phrase stands in the sentence (exactly, else ignoring case); unfound phrases are left out. */
    static List<Span> locate(String body, List<String> phrases) {
        List<Span> out = new ArrayList<>();
        String lower = body.toLowerCase(Locale.ROOT);
        for (String p : phrases) {
            int at = body.indexOf(p);
            if (at < 0) {
                at = lower.indexOf(p.toLowerCase(Locale.ROOT));
            }
            if (at >= 0) {
                out.add(new Span(at, at + p.length()));
            }
        }
        return out;
    }

    /** One-to-one matches of overlapping spans, greedily in order. */
    static int matches(List<Span> predicted, List<Span> gold) {
        boolean[] used = new boolean[gold.size()];
        int n = 0;
        for (Span p : predicted) {
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i] && p.overlaps(gold.get(i))) {
                    used[i] = true;
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
