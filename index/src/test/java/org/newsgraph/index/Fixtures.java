package org.newsgraph.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.DateHow;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.EventDate;
import org.newsgraph.core.model.Participant;
import org.newsgraph.core.model.PublicationDate;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Source;
import org.newsgraph.core.model.Span;
import org.newsgraph.core.model.Speaker;

/** Builds analyses by hand: entities, quotes and events found by searching the body for their text. */
final class Fixtures {

    private final String url;
    private final String title;
    private final String body;
    private final LocalDate day;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    Fixtures(String url, String title, LocalDate day, String body) {
        this.url = url;
        this.title = title;
        this.day = day;
        this.body = body;
    }

    Fixtures entity(String name, EntityType type, String... forms) {
        List<Span> mentions = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        aliases.add(name);
        for (String f : forms.length == 0 ? new String[] {name} : forms) {
            if (!aliases.contains(f)) {
                aliases.add(f);
            }
            int at = body.indexOf(f);
            while (at >= 0) {
                mentions.add(new Span(at, at + f.length()));
                at = body.indexOf(f, at + f.length());
            }
        }
        mentions.sort(null);
        entities.add(new Entity("e" + (entities.size() + 1), name, type, aliases, mentions));
        return this;
    }

    private Entity byName(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    Fixtures quote(String speaker, String content) {
        return quote(speaker, content, QuoteKind.DIRECT, Attribution.SPEECH);
    }

    Fixtures quote(String speaker, String content, QuoteKind kind, Attribution attribution) {
        int at = body.indexOf(content);
        Entity e = byName(speaker);
        quotes.add(new Quote("q" + (quotes.size() + 1), kind, new Span(at, at + content.length()),
                new Speaker(e.name(), e.id(), null, e.mentions().get(0)), null, attribution));
        return this;
    }

    /** A statement reported inside the quote added just before (its speaker's claim about {@code speaker}). */
    Fixtures reportedWithinLast(String speaker, String content) {
        int at = body.indexOf(content);
        Entity e = byName(speaker);
        String outer = quotes.get(quotes.size() - 1).id();
        quotes.add(new Quote("q" + (quotes.size() + 1), QuoteKind.INDIRECT, new Span(at, at + content.length()),
                new Speaker(e.name(), e.id(), null, e.mentions().get(0)), null, Attribution.SPEECH, outer));
        return this;
    }

    Fixtures event(String type, String actor, String recipient, String sentence) {
        int at = body.indexOf(sentence);
        Entity a = byName(actor);
        Entity r = byName(recipient);
        events.add(new Event("v" + (events.size() + 1), type, null, new Span(at, at + sentence.length()), null,
                new Participant(a.name(), a.id(), null), List.of(new Participant(r.name(), r.id(), null)), null,
                new EventDate(day, null, "publication"), null, null));
        return this;
    }

    Analysis build() {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '.' && (i + 1 == body.length() || body.charAt(i + 1) == ' ' || body.charAt(i + 1) == '\n')) {
                sentences.add(new Span(start, i + 1));
                start = i + 1;
                while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
                    start++;
                }
            }
        }
        Article article = new Article(new Source(url, "html", null), title, List.of(),
                PublicationDate.ofDay(day, DateHow.METADATA), "en", body, List.of());
        return new Analysis(article, sentences, entities, quotes, events);
    }
}
