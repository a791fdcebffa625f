package org.newsgraph.analysis.event;

import org.newsgraph.analysis.TableResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped PLOVER trigger lexicon ({@code lexicon.tsv}) and weapon-to-mode table
 * ({@code modes.tsv}). Look-ups are by lower-cased lemma; entries with more required dependents
 * come first, so "hunger strike" wins over "strike".
 */
public final class EventLexicon {

    private static final EventLexicon DEFAULT = load();

    private final Map<String, List<LexiconEntry>> verbs = new HashMap<>();
    private final Map<String, List<LexiconEntry>> nouns = new HashMap<>();
    private final Map<String, String> modes = new HashMap<>();

    private EventLexicon() {
    }

    /** The shipped tables (loaded once). */
    public static EventLexicon defaults() {
        return DEFAULT;
    }

    /** Verb entries for a lemma, most specific first; empty when none. */
    public List<LexiconEntry> verb(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** Noun entries for a lemma, most specific first; empty when none. */
    public List<LexiconEntry> noun(String lemma) {
        return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** The ASSAULT mode a weapon word implies ("missile" → artillery), or null. */
    public String modeOf(String lemma) {
        return modes.get(lemma.toLowerCase(Locale.ROOT));
    }

    private static EventLexicon load() {
        EventLexicon lex = new EventLexicon();
        for (String[] row : rows("lexicon.tsv")) {
            if (row.length < 4) {
                throw new IllegalStateException("bad lexicon row: " + String.join("\t", row));
            }
            List<String> words = Arrays.asList(row[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
            boolean verb = row[1].strip().equals("V");
            String trigger = verb ? words.get(0) : words.get(words.size() - 1);
            List<String> needs = verb ? words.subList(1, words.size()) : words.subList(0, words.size() - 1);
            String mode = row[3].strip().equals("-") ? null : row[3].strip();
            LexiconEntry e = new LexiconEntry(trigger, verb, needs, PloverType.valueOf(row[2].strip()), mode);
            (verb ? lex.verbs : lex.nouns).computeIfAbsent(trigger, k -> new ArrayList<>()).add(e);
        }
        for (Map<String, List<LexiconEntry>> m : List.of(lex.verbs, lex.nouns)) {
            m.values().forEach(l -> l.sort(Comparator.comparingInt((LexiconEntry e) -> -e.needs().size())));
        }
        for (String[] row : rows("modes.tsv")) {
            lex.modes.put(row[0].strip().toLowerCase(Locale.ROOT), row[1].strip());
        }
        return lex;
    }

    private static List<String[]> rows(String resource) {
        return TableResource.rows(EventLexicon.class, resource);
    }
}
