package org.newsgraph.analysis.entity;

import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.NamedMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the named entities of an article and groups their mentions into canonical entities:
 * surnames join the full name ("Soleimani" → "Qassem Soleimani"), acronyms and known aliases
 * join their entity (IS / ISIS / Islamic State / Daesh), and a capital used as an actor joins
 * its country ("Tehran has played …" → Iran). Starts from CoreNLP's CoNLL labels and fixes the
 * slips that matter for news: names cut at Arabic particles ("Abu Mahdi al-Muhandis"), known
 * names given the wrong type or missed ("Daesh" as a person).
 */
public final class EntityRecognizer {

    /** Name particles that CoreNLP often leaves outside a person's name. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "ben", "van", "von",
            "der", "den", "de", "da", "di", "du", "la", "le", "dos", "das", "del", "ul", "ud", "ad", "as", "ash", "an");
    /** Prepositions after which a capital names the place, not the government. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "across",
            "into", "to", "toward", "towards", "from", "via", "through", "within", "of", "over", "throughout");
    private static final Set<String> RELIGIOUS_OR_ETHNIC = Set.of("Shiite", "Shiites", "Shia", "Shi'ite", "Sunni",
            "Sunnis", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews", "Jew", "Kurdish", "Kurd", "Kurds",
            "Arab", "Arabs", "Catholic", "Catholics", "Protestant", "Buddhist", "Hindu", "Hindus", "Sikh", "Alawite",
            "Yazidi", "Yazidis", "Druze", "Pashtun", "Uyghur", "Uighur", "Tamil", "Hutu", "Tutsi", "Rohingya",
            "Democrat", "Democrats", "Republican", "Republicans", "Islamist", "Islamists", "Evangelical", "Coptic");
    private static final Pattern GEO_FEATURE = Pattern.compile(
            "\\b(River|Mountains?|Mount|Sea|Ocean|Gulf|Valley|Desert|Region|Peninsula|Strait|Lake|Bay|Island|Islands|"
                    + "Coast|Basin|Plateau|Canal|Channel|Highlands|Delta|Africa|Asia|Europe|Middle East|Balkans|Caucasus|"
                    + "Sahel|Levant|Horn)\\b");
    private static final Pattern ACRONYM = Pattern.compile("^[A-Z][A-Z.&]{1,7}$");
    private static final Set<String> INITIAL_STOPWORDS = Set.of("of", "the", "and", "for", "to", "in", "on", "&", "at");

    private final KnownNames known;

    public EntityRecognizer() {
        this(KnownNames.defaults());
    }

    public EntityRecognizer(KnownNames known) {
        this.known = known;
    }

    /** Recognises and groups the entities of {@code text}. */
    public EntitySet recognize(AnnotatedText text) {
        List<Candidate> candidates = candidates(text);
        return group(text, candidates);
    }

    /** A typed mention before grouping. */
    private static final class Candidate {
        int first;
        int end;
        EntityType type;
        KnownName known;
        /** the candidate this one abbreviates, from "Long Name (ACR)" */
        Candidate expansion;
        Group group;

        Candidate(int first, int end, EntityType type, KnownName known) {
            this.first = first;
            this.end = end;
            this.type = type;
            this.known = known;
        }
    }

    /** A canonical entity being built. */
    private static final class Group {
        final List<Candidate> members = new ArrayList<>();
        EntityType type;
        KnownName known;
        String surname;
    }

    private List<Candidate> candidates(AnnotatedText text) {
        List<Candidate> out = new ArrayList<>();
        for (NamedMention nm : text.namedMentions()) {
            int[] range = trim(text, nm.firstToken(), nm.endToken());
            int first = range[0];
            int end = range[1];
            if (first >= end) {
                continue;
            }
            if (nm.label().equals("MISC") && end - first > 1 && allNationalOrReligious(text, first, end)) {
                for (int t = first; t < end; t++) { // "Iraqi Shiite leader": two groups, not one
                    out.add(new Candidate(t, t + 1, EntityType.NORP, null));
                }
                continue;
            }
            out.add(new Candidate(first, end, typeOf(text, nm.label(), first, end), null));
        }
        out = joinParticleNames(text, out);
        out = applyKnownNames(text, out);
        linkParentheticalAcronyms(text, out);
        out.sort(Comparator.comparingInt(c -> c.first));
        return out;
    }

    /**
     * Narrows a tagged run to the name itself: no punctuation or "the" at its edges, no affix of a
     * hyphenated compound ("U.S.-led" → "U.S.", "anti-American" → "American").
     */
    private static int[] trim(AnnotatedText text, int first, int end) {
        boolean changed = true;
        while (changed && first < end) {
            changed = false;
            if (!hasLetterOrDigit(text.text(text.token(first))) || isArticle(text, first)) {
                first++;
                changed = true;
            } else if (!hasLetterOrDigit(text.text(text.token(end - 1)))) {
                end--;
                changed = true;
            } else if (end - first >= 3 && text.text(text.token(end - 2)).equals("-")
                    && isLowerCase(text.text(text.token(end - 1)))) {
                end -= 2;
                changed = true;
            } else if (end - first >= 3 && text.text(text.token(first + 1)).equals("-")
                    && isLowerCase(text.text(text.token(first)))) {
                first += 2;
                changed = true;
            }
        }
        return new int[]{first, end};
    }

    private boolean allNationalOrReligious(AnnotatedText text, int first, int end) {
        for (int t = first; t < end; t++) {
            String w = text.text(text.token(t));
            if (known.demonym(w) == null && !RELIGIOUS_OR_ETHNIC.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetterOrDigit(String w) {
        return w.chars().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean isLowerCase(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }

    private static boolean isArticle(AnnotatedText text, int token) {
        String w = text.text(text.token(token));
        return w.equals("the") || w.equals("The");
    }

    private EntityType typeOf(AnnotatedText text, String label, int first, int end) {
        String surface = text.text(first, end);
        switch (label) {
            case "PERSON":
                return EntityType.PERSON;
            case "ORGANIZATION":
                return EntityType.ORG;
            case "LOCATION":
                return GEO_FEATURE.matcher(surface).find() && known.name(surface) == null ? EntityType.LOC : EntityType.GPE;
            default:
                if (known.demonym(surface) != null || RELIGIOUS_OR_ETHNIC.contains(surface)) {
                    return EntityType.NORP;
                }
                return EntityType.OTHER;
        }
    }

    /** "Abu Mahdi" + "al-Muhandis", "Bashar" + "al" + "Assad": one person. */
    private List<Candidate> joinParticleNames(AnnotatedText text, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Candidate c = in.get(i);
            if (c.type == EntityType.PERSON) {
                int sentenceEnd = text.sentenceOf(c.first).endToken();
                int j = c.end;
                while (j < sentenceEnd && PARTICLES.contains(text.lowerWord(j))) {
                    int k = j + 1;
                    if (k < sentenceEnd && text.text(text.token(k)).equals("-")) {
                        k++;
                    }
                    if (k < sentenceEnd && isCapitalized(text.text(text.token(k)))) {
                        j = k + 1;
                        c.end = j;
                    } else {
                        break;
                    }
                }
                // a person run right after the extension belongs to the same name
                while (i + 1 < in.size() && in.get(i + 1).first == c.end && in.get(i + 1).type == EntityType.PERSON) {
                    c.end = in.get(++i).end;
                }
                while (i + 1 < in.size() && in.get(i + 1).first < c.end) {
                    i++; // swallowed by the extension
                }
            }
            out.add(c);
        }
        return out;
    }

    /** Adds or retypes mentions of names in the shipped tables. */
    private List<Candidate> applyKnownNames(AnnotatedText text, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>(in);
        for (Sentence s : text.sentences()) {
            boolean shouting = isShouting(text, s);
            int i = s.firstToken();
            while (i < s.endToken()) {
                int matchedEnd = -1;
                KnownName match = null;
                int limit = Math.min(s.endToken(), i + known.maxTokens());
                for (int j = limit; j > i; j--) {
                    String surface = text.text(i, j);
                    KnownName k = known.name(surface);
                    if (k == null) {
                        k = known.capital(surface);
                        if (k != null) {
                            k = new KnownName(surface, EntityType.GPE, k.country());
                        }
                    }
                    if (k != null && !(shouting && surface.length() <= 4)) {
                        match = k;
                        matchedEnd = j;
                        break;
                    }
                }
                if (match == null) {
                    i++;
                    continue;
                }
                int first = i;
                int end = matchedEnd;
                boolean insideLonger = false;
                List<Candidate> replaced = new ArrayList<>();
                for (Candidate c : out) {
                    if (c.first < end && first < c.end) {
                        if (c.first <= first && end <= c.end && (c.end - c.first) > (end - first)) {
                            insideLonger = true; // "U.S." inside "U.S. Institute of Peace"
                        } else {
                            replaced.add(c);
                        }
                    }
                }
                if (!insideLonger) {
                    out.removeAll(replaced);
                    out.add(new Candidate(first, end, match.type(), match));
                }
                i = end;
            }
        }
        return out;
    }

    /** More than half of the sentence's letters-bearing tokens in capitals: a headline or a shout. */
    private static boolean isShouting(AnnotatedText text, Sentence s) {
        int words = 0;
        int upper = 0;
        for (Token t : text.tokens(s)) {
            String w = text.text(t);
            if (w.chars().anyMatch(Character::isLetter)) {
                words++;
                if (w.equals(w.toUpperCase(Locale.ROOT))) {
                    upper++;
                }
            }
        }
        return words >= 4 && upper * 2 > words;
    }

    /** "Long Name (ACR)": ACR becomes a mention of Long Name's entity. */
    private void linkParentheticalAcronyms(AnnotatedText text, List<Candidate> candidates) {
        Map<Integer, Candidate> byFirst = new HashMap<>();
        for (Candidate c : candidates) {
            byFirst.put(c.first, c);
        }
        List<Candidate> added = new ArrayList<>();
        for (Candidate c : candidates) {
            int open = c.end;
            if (c.type == EntityType.NORP && open < text.tokens().size() && isWord(text, open, "group")) {
                open++; // "Islamic State group (IS)"
            }
            if (open + 2 < text.tokens().size() && text.text(text.token(open)).matches("\\(|-LRB-")
                    && text.text(text.token(open + 2)).matches("\\)|-RRB-")) {
                String inner = text.text(text.token(open + 1));
                if (ACRONYM.matcher(inner).matches()) {
                    Candidate acr = byFirst.get(open + 1);
                    if (acr == null) {
                        acr = new Candidate(open + 1, open + 2, c.type, c.known);
                        added.add(acr);
                    }
                    acr.expansion = c;
                }
            }
        }
        candidates.addAll(added);
    }

    private static boolean isWord(AnnotatedText text, int token, String word) {
        return text.text(text.token(token)).equalsIgnoreCase(word);
    }

    private EntitySet group(AnnotatedText text, List<Candidate> candidates) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        List<Group> persons = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        // full names first, so that a surname met before its full name still finds it
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingInt((Candidate c) -> c.type == EntityType.PERSON ? -(c.end - c.first) : 0)
                .thenComparingInt(c -> c.first));
        for (Candidate c : order) {
            Group g = findGroup(text, c, byKey, persons);
            if (g == null) {
                g = new Group();
                g.type = c.type;
                g.known = c.known;
                groups.add(g);
                if (c.type == EntityType.PERSON) {
                    g.surname = text.text(text.token(c.end - 1));
                    persons.add(g);
                }
            }
            g.members.add(c);
            c.group = g;
            if (g.known == null && c.known != null) {
                g.known = c.known;
                g.type = c.known.type();
            }
            byKey.putIfAbsent(key(text, c), g);
        }
        addSurnameMentions(text, candidates, persons);
        return build(text, groups);
    }

    private Group findGroup(AnnotatedText text, Candidate c, Map<String, Group> byKey, List<Group> persons) {
        if (c.expansion != null && c.expansion.group != null) {
            return c.expansion.group;
        }
        if (c.known != null) {
            KnownName k = c.known;
            if (known.capital(text.text(c.first, c.end)) != null && !isLocative(text, c.first, c.end)) {
                k = known.country(known.capital(text.text(c.first, c.end)).country());
                c.known = k;
            }
            for (Group g : byKey.values()) {
                if (g.known != null && g.known.canonical().equals(k.canonical())) {
                    return g;
                }
            }
            return null;
        }
        Group same = byKey.get(key(text, c));
        if (same != null) {
            return same;
        }
        if (c.type == EntityType.NORP) {
            KnownName nation = known.demonym(text.text(c.first, c.end));
            for (Group g : byKey.values()) {
                if (nation != null && g.type == EntityType.NORP && g.known == null
                        && nation.equals(known.demonym(text.text(g.members.get(0).first, g.members.get(0).end)))) {
                    return g; // "Iranian" and "Iranians"
                }
            }
        }
        int tokens = c.end - c.first;
        String last = text.text(text.token(c.end - 1));
        if (c.type == EntityType.PERSON || tokens == 1 && isCapitalized(last)) {
            Group best = null;
            for (Group p : persons) {
                if (p.surname.equals(last) && (c.type == EntityType.PERSON || tokens == 1)) {
                    if (best == null || lastMentionBefore(p, c.first) > lastMentionBefore(best, c.first)) {
                        best = p;
                    }
                }
            }
            if (best != null) {
                c.type = EntityType.PERSON;
                return best;
            }
        }
        if (tokens == 1 && ACRONYM.matcher(last).matches()) {
            String letters = last.replace(".", "");
            for (Group g : byKey.values()) {
                if (g.type != EntityType.PERSON && initials(text, g.members.get(0)).equals(letters)) {
                    return g;
                }
            }
        }
        return null;
    }

    private static int lastMentionBefore(Group g, int token) {
        int best = -1;
        for (Candidate m : g.members) {
            if (m.first < token) {
                best = Math.max(best, m.first);
            }
        }
        return best == -1 ? Integer.MIN_VALUE / 2 + g.members.get(0).first : best;
    }

    private static String initials(AnnotatedText text, Candidate c) {
        StringBuilder sb = new StringBuilder();
        for (int t = c.first; t < c.end; t++) {
            String w = text.text(text.token(t));
            if (!INITIAL_STOPWORDS.contains(w.toLowerCase(Locale.ROOT)) && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** A capital is a place after a locative preposition or before ", Country"; otherwise its government. */
    private boolean isLocative(AnnotatedText text, int first, int end) {
        if (first > 0) {
            String prev = text.lowerWord(first - 1);
            if (LOCATIVE.contains(prev)) {
                return true;
            }
        }
        if (end + 1 < text.tokens().size() && text.text(text.token(end)).equals(",")) {
            KnownName next = known.name(text.text(text.token(end + 1)));
            return next != null && next.type() == EntityType.GPE;
        }
        if (end < text.tokens().size()) {
            Token next = text.token(end);
            // "Baghdad airport", "Tehran-based": the name modifies a place or is a place
            return next.isNoun() && !next.isProperNoun() || text.text(next).equals("-");
        }
        return false;
    }

    /** Tokens equal to a known person's surname that NER did not label ("Hamasaeed said …"). */
    private void addSurnameMentions(AnnotatedText text, List<Candidate> candidates, List<Group> persons) {
        if (persons.isEmpty()) {
            return;
        }
        Set<Integer> covered = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            for (int t = c.first; t < c.end; t++) {
                covered.add(t);
            }
        }
        Map<String, Group> bySurname = new HashMap<>();
        for (Group p : persons) {
            if (p.members.stream().anyMatch(m -> m.end - m.first > 1)) {
                bySurname.merge(p.surname, p, (a, b) -> a == b ? a : null);
            }
        }
        bySurname.values().removeIf(java.util.Objects::isNull);
        for (Token t : text.tokens()) {
            if (covered.contains(t.index()) || !t.isProperNoun()) {
                continue;
            }
            Group g = bySurname.get(text.text(t));
            if (g != null) {
                Candidate c = new Candidate(t.index(), t.index() + 1, EntityType.PERSON, null);
                c.group = g;
                g.members.add(c);
            }
        }
    }

    private static String key(AnnotatedText text, Candidate c) {
        String s = text.text(c.first, c.end);
        if (s.endsWith("'s") || s.endsWith("’s")) {
            s = s.substring(0, s.length() - 2);
        }
        return c.type + ":" + s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private EntitySet build(AnnotatedText text, List<Group> groups) {
        List<Group> live = new ArrayList<>();
        for (Group g : groups) {
            if (!g.members.isEmpty()) {
                g.members.sort(Comparator.comparingInt(m -> m.first));
                live.add(g);
            }
        }
        live.sort(Comparator.comparingInt(g -> g.members.get(0).first));
        List<Entity> entities = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        Map<String, String> countries = new HashMap<>();
        int n = 0;
        for (Group g : live) {
            String id = "e" + (++n);
            String name = canonicalName(text, g);
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(name);
            List<Span> spans = new ArrayList<>();
            for (Candidate m : g.members) {
                Span span = text.span(m.first, m.end);
                spans.add(span);
                aliases.add(span.text(text.body()));
                mentions.add(new EntityMention(span, m.first, m.end, id));
            }
            EntityType type = g.known != null ? g.known.type() : g.type;
            entities.add(new Entity(id, name, type, List.copyOf(aliases), spans));
            String country = g.known != null ? g.known.country() : null;
            if (country == null && type == EntityType.NORP) {
                KnownName d = known.demonym(name);
                country = d == null ? null : d.country();
            }
            if (country != null) {
                countries.put(id, country);
            }
        }
        return new EntitySet(entities, mentions, countries);
    }

    private String canonicalName(AnnotatedText text, Group g) {
        if (g.known != null) {
            return g.known.canonical();
        }
        Candidate best = null;
        for (Candidate m : g.members) {
            String s = text.text(m.first, m.end);
            boolean acronym = ACRONYM.matcher(s).matches();
            if (best == null || !acronym && (m.end - m.first) > (best.end - best.first)
                    || ACRONYM.matcher(text.text(best.first, best.end)).matches() && !acronym) {
                best = m;
            }
        }
        return text.text(best.first, best.end);
    }

    private static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
