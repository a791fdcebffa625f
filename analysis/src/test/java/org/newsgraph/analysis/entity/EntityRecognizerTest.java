package org.newsgraph.analysis.entity;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Span;
import org.newsgraph.nlp.CoreNlpEngine;

import static org.assertj.core.api.Assertions.assertThat;

/** Entity grouping on news sentences written for these tests, through real CoreNLP. */
class EntityRecognizerTest {

    private final EntityRecognizer recognizer = new EntityRecognizer();

    private EntitySet recognize(String text) {
        return recognizer.recognize(CoreNlpEngine.shared().annotate(text));
    }

    private static Entity named(EntitySet set, String name) {
        return set.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + set.entities().stream().map(Entity::name).toList()));
    }

    @Test
    void surnamesJoinTheFullName() {
        EntitySet set = recognize("Defense Minister Laura Brennan visited the base on Monday. "
                + "Brennan said the troops would stay. Later, Brennan met the mayor, Tomas Okafor.");
        Entity brennan = named(set, "Laura Brennan");
        assertThat(brennan.type()).isEqualTo(EntityType.PERSON);
        assertThat(brennan.mentions()).hasSize(3);
        assertThat(brennan.aliases()).containsExactly("Laura Brennan", "Brennan");
        assertThat(named(set, "Tomas Okafor").mentions()).hasSize(1);
    }

    @Test
    void knownAliasesGroupUnderOneCanonicalName() {
        EntitySet set = recognize("Fighters of the Islamic State overran the town. ISIS had held it before, and "
                + "residents still call the group Daesh. Officials said IS was regrouping.");
        Entity is = named(set, "Islamic State");
        assertThat(is.type()).isEqualTo(EntityType.ORG);
        assertThat(is.aliases()).contains("Islamic State", "ISIS", "Daesh", "IS");
        assertThat(set.entities()).noneMatch(e -> e.name().equals("Daesh") && e.type() == EntityType.PERSON);
    }

    @Test
    void parentheticalAcronymJoinsItsExpansion() {
        EntitySet set = recognize("The Northern Grain Cooperative (NGC) raised prices. NGC blamed the drought.");
        Entity coop = named(set, "Northern Grain Cooperative");
        assertThat(coop.aliases()).contains("NGC");
        assertThat(coop.mentions()).hasSize(3);
    }

    @Test
    void capitalAsActorIsItsCountryButAsPlaceStaysACity() {
        String text = "Moscow rejected the proposal. The talks in Moscow ended early, and Kyiv said it would wait.";
        EntitySet set = recognize(text);
        Entity russia = named(set, "Russia");
        assertThat(russia.type()).isEqualTo(EntityType.GPE);
        assertThat(russia.mentions()).extracting(m -> m.text(text)).containsExactly("Moscow");
        assertThat(russia.mentions().get(0).start()).isZero();
        Entity city = named(set, "Moscow");
        assertThat(city.mentions()).hasSize(1);
        assertThat(named(set, "Ukraine").aliases()).contains("Kyiv");
    }

    @Test
    void namesWithArabicParticlesAreNotCutShort() {
        String text = "The strike also killed the commander Abu Bakr al-Zarqawi near the border.";
        EntitySet set = recognize(text);
        assertThat(set.entities()).extracting(Entity::name).contains("Abu Bakr al-Zarqawi");
    }

    @Test
    void countryShortFormsAndDemonyms() {
        EntitySet set = recognize("U.S. officials said the US would respond. American diplomats and Americans abroad were warned.");
        Entity us = named(set, "United States");
        assertThat(us.aliases()).contains("U.S.", "US");
        Entity norp = named(set, "American");
        assertThat(norp.type()).isEqualTo(EntityType.NORP);
        assertThat(norp.aliases()).contains("Americans");
        assertThat(set.country(us.id())).isEqualTo("USA");
        assertThat(set.country(norp.id())).isEqualTo("USA");
    }

    @Test
    void mentionsAreTheirOwnText() {
        String text = "“We will hold,” said Gen. Mark Ellison of the Canadian Armed Forces in Ottawa.";
        EntitySet set = recognize(text);
        for (Entity e : set.entities()) {
            for (Span m : e.mentions()) {
                assertThat(e.aliases()).contains(m.text(text));
                assertThat(m.text(text)).doesNotStartWith("“").doesNotEndWith("”").isEqualTo(m.text(text).strip());
            }
        }
        assertThat(set.entities()).extracting(Entity::name).contains("Mark Ellison");
    }
}
