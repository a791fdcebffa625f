package org.newsgraph.analysis.quote;

import org.newsgraph.analysis.entity.EntityMention;
import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the descriptors an article gives people, from tokens alone (no parse, so every sentence
 * can be read cheaply): appositions ({@code Sarhang Hamasaeed, the director of …, said}) and
 * pre-modifiers ({@code Iran's foreign minister Mohammad Javad Zarif}, {@code retired CIA officer
 * and top Iran analyst, Norman Roule}). The first description of a person is kept for later
 * mentions.
 */
public final class RoleFinder {

    /** Capitalised words that make a title even without a common noun ("U.S. President"). */
    private static final Set<String> TITLES = Set.of("President", "Senator", "Sen.", "Gov.", "Governor", "Rep.",
            "Representative", "Secretary", "Minister", "Chancellor", "King", "Queen", "General", "Gen.", "Dr.",
            "Judge", "Mayor", "Chairman", "Chairwoman", "Speaker", "Leader", "Ambassador", "Director", "Justice",
            "Pope", "Prince", "Princess", "Sheikh", "Ayatollah", "Rev.", "Colonel", "Col.", "Lt.", "Captain",
            "Capt.", "Admiral", "Adm.", "Sgt.", "Commissioner", "Attorney", "Spokesman", "Spokeswoman", "Chief",
            "Commander", "Premier", "Emir", "Sultan", "Lord", "Prof.", "Professor", "Vice", "Prime", "Major",
            "Lieutenant", "Marshal", "Officer", "CEO", "Congressman", "Congresswoman", "Candidate", "Nominee");
    private static final Set<String> MALE = Set.of("Mr.", "Mr", "spokesman", "congressman", "chairman", "businessman",
            "King", "Prince", "Sir", "Lord");
    private static final Set<String> FEMALE = Set.of("Mrs.", "Ms.", "Mrs", "Ms", "spokeswoman", "congresswoman",
            "chairwoman", "businesswoman", "Queen", "Princess", "Lady", "Madam");

    /** The roles and genders found in one article. */
    public static final class Roles {
        private final Map<Integer, String> atMention = new HashMap<>();
        private final Map<String, String> first = new HashMap<>();
        private final Map<String, Character> gender = new HashMap<>();

        /** The role written at the mention starting at token {@code firstToken}, or null. */
        public String at(int firstToken) {
            return atMention.get(firstToken);
        }

        /**
         * The first role the article gives the entity, or null; a bare title ("Rep.", "President")
         * only while no fuller description has been found.
         */
        public String first(String entityId) {
            return first.get(entityId);
        }

        /** 'm', 'f' or null when unknown. */
        public Character gender(String entityId) {
            return gender.get(entityId);
        }

        /** Records a gender learnt elsewhere (a resolved pronoun); the first evidence wins. */
        public void learnGender(String entityId, char g) {
            gender.putIfAbsent(entityId, g);
        }
    }

    /** Reads every person mention of the article. */
    public Roles find(AnnotatedText text, EntitySet entities) {
        Roles roles = new Roles();
        for (EntityMention m : entities.mentions()) {
            Entity e = entities.byId(m.entityId());
            if (e == null || e.type() != EntityType.PERSON) {
                continue;
            }
            Sentence s = text.sentenceOf(m.firstToken());
            String role = apposition(text, entities, s, m);
            String pre = premodifier(text, entities, s, m);
            if (role == null) {
                role = pre;
            }
            if (role != null) {
                roles.atMention.put(m.firstToken(), role);
                String known = roles.first.get(e.id());
                if (known == null || (isBare(known) && !isBare(role))) {
                    roles.first.put(e.id(), role); // "Rep." gives way to "an oversight panel member"
                }
            }
            Character g = genderNear(text, s, m, role);
            if (g != null) {
                roles.gender.putIfAbsent(e.id(), g);
            }
        }
        return roles;
    }

    /** A role of one word: a title such as "Rep." or "President" that describes little. */
    static boolean isBare(String role) {
        return role.indexOf(' ') < 0;
    }

    private static String apposition(AnnotatedText text, EntitySet entities, Sentence s, EntityMention m) {
        int i = m.endToken();
        if (i < s.endToken() && "(".equals(text.text(text.token(i)))) {
            // "Rep. Jim Jordan (R-Ohio), an oversight panel member,": past the party and state
            int close = i;
            while (close < s.endToken() && close < i + 8 && !")".equals(text.text(text.token(close)))) {
                close++;
            }
            if (close < s.endToken() && ")".equals(text.text(text.token(close)))) {
                i = close + 1;
            }
        }
        if (i + 1 >= s.endToken() || !",".equals(text.text(text.token(i)))) {
            return null;
        }
        Token first = text.token(i + 1);
        String w = text.text(first);
        boolean starts = first.tag().equals("DT") || first.tag().equals("PRP$") || first.tag().startsWith("JJ")
                || (first.isNoun() && !first.isProperNoun()) || (first.isProperNoun() && !"PERSON".equals(first.ner()))
                || first.tag().equals("VBN") || first.tag().equals("CD");
        if (!starts || w.equalsIgnoreCase("who") || first.tag().equals("WP")) {
            return null;
        }
        int j = i + 1;
        boolean commonNoun = false;
        boolean relative = false;
        while (j < s.endToken()) {
            Token t = text.token(j);
            String tw = text.text(t);
            if (!commonNoun && t.tag().equals("IN") && j > i + 1) {
                return null; // "sheltered in his memorial": a participle's phrase, not a noun describing the person
            }
            if (tw.equals(",") || tw.equals(";") || tw.equals(".") || tw.equals(":") || tw.equals("—")
                    || tw.equals(")") || tw.equals("(")) {
                break;
            }
            if (commonNoun && (t.tag().equals("WP") || t.tag().equals("WDT"))) {
                relative = true; // "a historian who attended the session": the clause describes the noun
            }
            if (t.isVerb() && !t.tag().equals("VBN") && !t.tag().equals("VBG") && !relative) {
                return null; // a clause, not an apposition ("Trump, who is ...", "X, Y said")
            }
            if (t.isNoun() && !t.isProperNoun()) {
                commonNoun = true;
            }
            if ("PERSON".equals(t.ner()) && entities.mentionAtToken(j) != null) {
                return null; // a list of people
            }
            j++;
        }
        if (!commonNoun || j - (i + 1) > 25 || CueLexicon.defaults().classOf(text.token(j - 1).lemma()) != null) {
            return null; // "…, Qassem Soleimani, experts charge." is an attribution, not a description
        }
        return text.text(i + 1, j);
    }

    private static String premodifier(AnnotatedText text, EntitySet entities, Sentence s, EntityMention m) {
        int end = m.firstToken();
        int j = end - 1;
        if (j >= s.firstToken() && ",".equals(text.text(text.token(j))) && j - 1 >= s.firstToken()
                && text.token(j - 1).isNoun() && !text.token(j - 1).isProperNoun()) {
            end = j; // "… top Iran analyst, Norman Roule"
            j--;
        }
        int start = end;
        boolean title = false;
        while (j >= s.firstToken()) {
            Token t = text.token(j);
            String w = text.text(t);
            EntityMention other = entities.mentionAtToken(j);
            if (other != null && "PERSON".equals(t.ner()) && !other.entityId().equals(m.entityId())) {
                break;
            }
            boolean ok = (t.isNoun() || t.tag().startsWith("JJ") || t.tag().equals("POS") || t.tag().equals("HYPH")
                    || (t.tag().equals("CC") && w.equals("and")) || t.tag().equals("VBN") || t.tag().equals("CD")
                    || t.tag().equals("NNPS")) && !MALE.contains(w) && !FEMALE.contains(w);
            if (!ok) {
                break;
            }
            if ((t.isNoun() && !t.isProperNoun()) || TITLES.contains(w)) {
                title = true;
            }
            start = j;
            j--;
        }
        while (start < end && (text.text(text.token(start)).equals("and") || text.token(start).tag().equals("POS"))) {
            start++;
        }
        if (end < m.firstToken() && start - 1 >= s.firstToken()) {
            String before = text.token(start - 1).tag();
            if (before.equals("DT")) {
                return null; // "… of the Clinton proposals, Mr. Holtz-Eakin said": a phrase, not a title
            }
        }
        if (!title || start >= end) {
            return null;
        }
        // the role must end on a noun naming a kind of person ("foreign minister", "U.S. President"),
        // not on "Iran 's", a thing ("Monday's debate Trump …") or a plural ("young voters")
        if (!personHead(text, end - 1)) {
            return null;
        }
        // "Broward and St. Lucie counties and former President Clinton": the role starts after an
        // "and" whose left side describes no person
        for (int k = end - 2; k > start; k--) {
            if (text.text(text.token(k)).equals("and") && !personHead(text, k - 1)) {
                start = k + 1;
                break;
            }
        }
        return text.text(start, end);
    }

    /** The token is a title ("Sen.", "President") or a singular noun naming a kind of person. */
    private static boolean personHead(AnnotatedText text, int t) {
        Token k = text.token(t);
        String w = text.text(k);
        if (TITLES.contains(w)) {
            return true;
        }
        return (k.tag().equals("NN") || k.tag().equals("NNP")) && PersonNouns.is(w);
    }

    private static Character genderNear(AnnotatedText text, Sentence s, EntityMention m, String role) {
        int j = m.firstToken() - 1;
        if (j >= s.firstToken()) {
            String w = text.text(text.token(j));
            if (MALE.contains(w)) {
                return 'm';
            }
            if (FEMALE.contains(w)) {
                return 'f';
            }
        }
        if (role != null) {
            for (String w : role.split("\\s+")) {
                if (MALE.contains(w)) {
                    return 'm';
                }
                if (FEMALE.contains(w)) {
                    return 'f';
                }
            }
        }
        return null;
    }
}
