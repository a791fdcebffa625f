package org.newsgraph.cli;

import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Participant;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.core.model.Removed;
import org.newsgraph.core.model.Speaker;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The human-readable report of one analysis ({@code --format text}). */
final class TextReport {

    private final boolean color;

    TextReport(boolean color) {
        this.color = color;
    }

    String render(Analysis a) {
        Article art = a.article();
        String body = art.body();
        StringBuilder out = new StringBuilder();
        out.append(style("1", art.title() == null ? "(untitled)" : art.title())).append('\n');
        String date = art.published().isKnown()
                ? art.published().value() + " (" + art.published().how().label() + ")" : "unknown";
        int words = body.isBlank() ? 0 : body.split("\\s+").length;
        out.append(dim("Published " + date + " · " + art.source().uri()
                + (art.authors().isEmpty() ? "" : " · by " + String.join(", ", art.authors()))
                + " · " + words + " words, " + a.sentences().size() + " sentences")).append("\n\n");

        out.append(heading("ENTITIES", a.entities().size()));
        List<Entity> entities = a.entities().stream()
                .sorted(Comparator.comparing(Entity::type).thenComparing(e -> -e.mentions().size())).toList();
        for (Entity e : entities) {
            List<String> other = e.aliases().stream().filter(x -> !x.equals(e.name())).toList();
            out.append(String.format("  %-6s %s %s%s%n", e.type(), style("1", e.name()), dim("×" + e.mentions().size()),
                    other.isEmpty() ? "" : dim("  also: " + String.join(", ", other))));
        }

        out.append('\n').append(heading("QUOTES", a.quotes().size()));
        for (Quote q : a.quotes()) {
            String who = q.speaker() == null ? "(unknown speaker)" : q.speaker().name();
            String role = q.speaker() == null || q.speaker().role() == null ? "" : dim(", " + q.speaker().role());
            String cue = q.cue() == null ? "" : dim(" — " + q.cue().text(body));
            String text = q.content().text(body);
            Speaker by = a.reporterOf(q);
            String reporter = q.nested() ? dim(" (as reported by " + (by == null ? "an unknown speaker" : by.name()) + ")") : "";
            out.append(String.format("  %s %s%s%s%s%n    %s%n", dim("[" + q.kind().label() + (q.attribution() == Attribution.SPEECH ? "" : " · " + q.attribution().label()) + "]"), style("36", who), role, cue, reporter,
                    q.kind() == QuoteKind.DIRECT ? "“" + text + "”" : text));
        }

        out.append('\n').append(heading("EVENTS", a.events().size()));
        if (a.events().stream().anyMatch(v -> v.date() != null && "publication".equals(v.date().how()))) {
            out.append(dim("  (~ the text gives no date: the publication date stands in)")).append('\n');
        }
        for (Event v : a.events()) {
            String when = v.date() == null || v.date().value() == null ? "date unknown"
                    : v.date().value() + ("publication".equals(v.date().how()) ? "~" : " ");
            String recipients = v.recipients().stream().map(Participant::name).collect(Collectors.joining(", "));
            out.append(String.format("  %s %s  %s%s%s%s%s%n    %s%n", when,
                    style("33", v.type() + (v.mode() == null ? "" : "/" + v.mode())),
                    v.actor() == null ? "?" : v.actor().name(),
                    recipients.isEmpty() ? "" : " → " + recipients,
                    v.location() == null ? "" : " @ " + v.location().name(),
                    v.modality() == null ? "" : dim(" (" + v.modality() + ")"),
                    v.reportedBy() == null ? "" : dim(" (according to " + v.reportedBy() + ")"),
                    dim(v.span().text(body))));
        }

        Map<String, Long> reasons = new TreeMap<>(art.removed().stream()
                .collect(Collectors.groupingBy(Removed::reason, Collectors.counting())));
        out.append('\n').append(dim("Removed from the page text: " + (reasons.isEmpty() ? "nothing" : reasons.entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))))).append('\n');
        return out.toString();
    }

    private String heading(String title, int count) {
        return style("1;4", title) + " " + dim("(" + count + ")") + "\n";
    }

    private String dim(String s) {
        return style("2", s);
    }

    private String style(String code, String s) {
        return color ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
    }

}
