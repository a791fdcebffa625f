package org.newsgraph.analysis.entity;

import org.newsgraph.analysis.TableResource;
import org.newsgraph.core.model.EntityType;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped name tables: curated aliases of organisations and groups ({@code aliases.tsv}) and
 * countries with their short names, capitals and demonyms ({@code countries.tsv}), plus every
 * other ISO 3166 country under its JDK English name. Look-ups are case-sensitive on purpose:
 * "IS" is the Islamic State, "is" is a verb.
 */
public final class KnownNames {

    private static final KnownNames DEFAULT = load();

    private final Map<String, KnownName> names = new HashMap<>();
    private final Map<String, KnownName> capitals = new HashMap<>();
    private final Map<String, KnownName> demonyms = new HashMap<>();
    private final Map<String, KnownName> byCode = new HashMap<>();
    private int maxTokens = 1;

    private KnownNames() {
    }

    /** The shipped tables (loaded once). */
    public static KnownNames defaults() {
        return DEFAULT;
    }

    /** The entry a name or alias belongs to, or null. */
    public KnownName name(String surface) {
        return names.get(surface);
    }

    /** The country whose capital or seat of government this is, or null. */
    public KnownName capital(String surface) {
        return capitals.get(surface);
    }

    /** The country of a demonym or national adjective ("Iranian"), or null. */
    public KnownName demonym(String surface) {
        return demonyms.get(surface);
    }

    /** The country entry for an ISO alpha-3 code, or null. */
    public KnownName country(String iso3) {
        return byCode.get(iso3);
    }

    /** The longest name in the tables, in whitespace-separated words (an upper bound for scans). */
    public int maxTokens() {
        return maxTokens;
    }

    private static KnownNames load() {
        KnownNames k = new KnownNames();
        for (String[] row : rows("countries.tsv")) {
            KnownName country = new KnownName(row[1], EntityType.GPE, row[0]);
            k.byCode.put(row[0], country);
            k.put(k.names, row[1], country);
            split(row, 2).forEach((s, x) -> k.put(k.names, s, country));
            split(row, 3).forEach((s, x) -> k.put(k.capitals, s, country));
            split(row, 4).forEach((s, x) -> k.put(k.demonyms, s, country));
        }
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            String iso3 = l.getISO3Country();
            String name = l.getDisplayCountry(Locale.ENGLISH);
            if (!k.byCode.containsKey(iso3) && !name.isBlank()) {
                KnownName country = new KnownName(name, EntityType.GPE, iso3);
                k.byCode.put(iso3, country);
                k.names.putIfAbsent(name, country);
            }
        }
        for (String[] row : rows("aliases.tsv")) {
            String code = row.length > 3 && !row[3].equals("-") ? row[3] : null;
            KnownName entry = new KnownName(row[0], EntityType.valueOf(row[1]), code);
            k.put(k.names, row[0], entry);
            split(row, 2).forEach((s, x) -> k.put(k.names, s, entry));
        }
        return k;
    }

    private void put(Map<String, KnownName> map, String surface, KnownName entry) {
        map.put(surface, entry);
        maxTokens = Math.max(maxTokens, surface.split("[\\s-]+").length * 2);
    }

    private static Map<String, Boolean> split(String[] row, int column) {
        Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        if (row.length > column && !row[column].isBlank()) {
            for (String s : row[column].split("\\|")) {
                if (!s.isBlank()) {
                    out.put(s.strip(), Boolean.TRUE);
                }
            }
        }
        return out;
    }

    private static java.util.List<String[]> rows(String resource) {
        return TableResource.rows(KnownNames.class, resource);
    }
}
