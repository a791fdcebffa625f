package org.newsgraph.index;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * Merges the entities of many articles into corpus entities. Two article entities are the same
 * corpus entity when they have the same type and share the canonical name or a name form
 * ("ISIS" in one article, "Islamic State" with alias "ISIS" in another). A lone surname of a
 * person joins the one full name that had it as an alias, and stays apart when several did.
 * The first article to use a name form claims it; articles are registered in ingest order, so
 * the merge is the same however the ingest was split into runs.
 */
final class EntityRegistry {

    private final Map<String, String> byForm = new HashMap<>();
    private final Map<String, Set<String>> bySurname = new HashMap<>();

    /** The corpus key of an article entity, registering its name forms. */
    String resolve(Entity entity) {
        return resolve(entity.name(), entity.type(), entity.aliases());
    }

    String resolve(String name, EntityType type, List<String> aliases) {
        String norm = normalize(name);
        String key = byForm.get(type + "|" + norm);
        if (key == null) {
            for (String alias : aliases) {
                String a = normalize(alias);
                if (usableAlias(a, type)) {
                    key = byForm.get(type + "|" + a);
                    if (key != null) {
                        break;
                    }
                }
            }
        }
        if (key == null && type == EntityType.PERSON && !norm.contains(" ")) {
            Set<String> owners = bySurname.get(norm);
            if (owners != null && owners.size() == 1) {
                key = owners.iterator().next();
            }
        }
        if (key == null) {
            key = type + ":" + norm;
        }
        register(key, type, name, aliases);
        return key;
    }

    /** Records the name forms of a known corpus entity (when reopening an index). */
    void register(String key, EntityType type, String name, List<String> aliases) {
        String own = normalize(name);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(own);
        aliases.forEach(a -> forms.add(normalize(a)));
        for (String f : forms) {
            if (f.isEmpty()) {
                continue;
            }
            if (usableAlias(f, type) || f.equals(own)) {
                byForm.putIfAbsent(type + "|" + f, key);
            }
            if (type == EntityType.PERSON && !f.contains(" ") && key.contains(" ")) {
                bySurname.computeIfAbsent(f, x -> new LinkedHashSet<>()).add(key);
            }
        }
    }

    /** Single words do not identify a person, and one- or two-letter forms identify nothing. */
    private static boolean usableAlias(String form, EntityType type) {
        return form.length() >= 3 && (type != EntityType.PERSON || form.contains(" "));
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Lower case, no accents, no leading "the", no possessive, single spaces. */
    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = name;
        if (!isAscii(s)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        }
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = NON_WORD.matcher(POSSESSIVE.matcher(s).replaceAll("")).replaceAll(" ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
