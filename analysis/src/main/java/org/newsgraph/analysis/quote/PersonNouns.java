package org.newsgraph.analysis.quote;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a noun names a kind of person ("senator", "analyst", "widow", "nominee"), so that a
 * phrase ending in it can describe someone. A lexicon of news roles, kin and office words, plus
 * the agent suffixes of English ({@code -ist}, {@code -ian}, {@code -ee}, {@code -man}, and
 * {@code -er}/{@code -or} except for common things and abstractions).
 */
final class PersonNouns {

    private static final Set<String> WORDS = words(
            "official minister president spokesman spokeswoman spokesperson expert director senator governor " +
            "candidate nominee officer chief head ambassador secretary lawmaker mayor chairman chairwoman " +
            "chair commander general diplomat adviser advisor author attorney judge representative founder " +
            "executive ceo aide veteran scholar fellow activist premier chancellor king queen prince " +
            "princess cleric mogul man woman host anchor reporter journalist writer republican democrat " +
            "contender incumbent associate analyst economist professor student resident agent superintendent " +
            "correspondent opponent rival ally partner colleague friend wife husband widow widower daughter " +
            "son mother father sister brother niece nephew aunt uncle cousin child actress actor star " +
            "celebrity personality member mate guest witness victim chef coach captain sheriff deputy " +
            "lieutenant colonel sergeant admiral marshal envoy delegate consultant strategist pollster " +
            "surgeon doctor physician nurse priest pastor rabbi imam bishop pope monk nun sen. rep. gov. dr. " +
            "rev. gen. lt. col. capt. sgt. adm. prof. mr. mrs. ms. boss billionaire millionaire entrepreneur " +
            "tycoon heir heiress liaison appointee employee trustee chieftain commissioner emir sultan " +
            "sheikh ayatollah lady lord sir dean provost principal teacher counsel lawyer prosecutor " +
            "defendant plaintiff suspect detective inspector auditor comptroller treasurer clerk staffer " +
            "intern volunteer organizer supporter backer donor critic defender proponent observer insider " +
            "source speaker leader whip moderator operative ");
    /** Words with an agent suffix that name things or abstractions, not people. */
    private static final Set<String> NOT_PEOPLE = words(
            "number matter letter order paper border power water center centre chapter quarter winter summer " +
            "theater theatre floor door color colour error sector factor motor labor labour favor honor " +
            "mirror minor major corner dinner answer computer banner manner monitor cancer shelter poster " +
            "register trailer tower filter layer career character parameter other weather offer " +
            "transfer disaster surrender encounter newsletter headquarter headquarters chamber cluster after " +
            "never rather either neither together whether however wonder hunger anger danger finger silver " +
            "river cover fever lever liver rumor humor tumor vapor flavor behavior behaviour corridor vendor " +
            "indicator reactor elevator tractor generator calculator radiator ventilator pillar calendar " +
            "dollar year war bar car seminar grammar sugar guitar radar collar cellar liar beggar vicar ");

    private PersonNouns() {
    }

    private static Set<String> words(String spaced) {
        return Set.of(spaced.trim().split(" "));
    }

    /** True when {@code word} (any case, singular) names a kind of person. */
    static boolean is(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (WORDS.contains(w)) {
            return true;
        }
        if (w.length() < 5 || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (w.endsWith("ist") || w.endsWith("ian") || w.endsWith("ee") || w.endsWith("man") || w.endsWith("woman")) {
            return !w.equals("list") && !w.equals("german") && !w.equals("human") && !w.equals("committee");
        }
        return (w.endsWith("er") || w.endsWith("or")) && !NOT_PEOPLE.contains(w);
    }
}
