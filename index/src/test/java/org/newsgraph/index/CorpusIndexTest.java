package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.json.AnalysisJson;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.QuoteKind;
import org.newsgraph.index.CorpusIndex.Outcome;
import org.newsgraph.index.search.Hits.CorpusEntity;
import org.newsgraph.index.search.Hits.Network;
import org.newsgraph.index.search.Hits.TimelineDay;
import org.newsgraph.index.search.SearchFilter;

class CorpusIndexTest {

    static final LocalDate MAR3 = LocalDate.of(2025, 3, 3);
    static final LocalDate MAR5 = LocalDate.of(2025, 3, 5);

    static final String BODY1 = "Iran's foreign minister Abbas Araghchi said on Monday that talks with the United States "
            + "were possible. \"We are ready to talk if sanctions are lifted,\" Araghchi told reporters in Tehran. "
            + "The United States imposed new sanctions on Iran last week. ISIS fighters attacked a checkpoint near "
            + "the border, officials said. Analysts said the talks could resume within weeks if both sides agreed to "
            + "a framework for verification and the release of frozen funds held in foreign banks.";
    static final String BODY2 = "The Islamic State claimed an attack on Iraqi soldiers on Wednesday. Iraqi officials said the "
            + "group, also known as ISIS, had regrouped in the desert. \"The threat is real,\" said Abbas Araghchi, "
            + "who was visiting Baghdad. Iran condemned the attack and offered help to Iraq in the fight against "
            + "the militants, whose remaining cells still hide in caves along the river valley.";

    @TempDir
    Path dir;

    Analysis a1;
    Analysis a2;

    @BeforeEach
    void setUp() {
        a1 = new Fixtures("https://www.example.org/iran-talks?utm_source=x", "Iran open to talks", MAR3, BODY1)
                .entity("Abbas Araghchi", EntityType.PERSON, "Abbas Araghchi", "Araghchi")
                .entity("United States", EntityType.GPE)
                .entity("Iran", EntityType.GPE)
                .entity("ISIS", EntityType.ORG)
                .quote("Abbas Araghchi", "We are ready to talk if sanctions are lifted,")
                .event("COERCE", "United States", "Iran", "The United States imposed new sanctions on Iran last week.")
                .build();
        a2 = new Fixtures("https://example.org/islamic-state-attack", "Islamic State attack", MAR5, BODY2)
                .entity("Islamic State", EntityType.ORG, "Islamic State", "ISIS")
                .entity("Abbas Araghchi", EntityType.PERSON)
                .entity("Iran", EntityType.GPE)
                .entity("Iraq", EntityType.GPE, "Iraq")
                .quote("Abbas Araghchi", "The threat is real,")
                .event("ASSAULT", "Islamic State", "Iraq", "The Islamic State claimed an attack on Iraqi soldiers on Wednesday.")
                .build();
    }

    @Test
    void storesAnalysesThatReadBackAndRefusesExactDuplicates() throws Exception {
        try (CorpusIndex index = CorpusIndex.open(dir)) {
            assertThat(index.add(a1).outcome()).isEqualTo(Outcome.ADDED);
            assertThat(index.add(a2).outcome()).isEqualTo(Outcome.ADDED);
            assertThat(index.add(a1).outcome()).isEqualTo(Outcome.DUPLICATE);
            index.commit();
        }
        try (CorpusIndex reopened = CorpusIndex.open(dir)) {
            assertThat(reopened.add(a2).outcome()).isEqualTo(Outcome.DUPLICATE);
            assertThat(reopened.hasBody(AnalysisJson.bodyId(BODY1))).isTrue();
        }
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            assertThat(s.articleCount(true)).isEqualTo(2);
            Analysis back = s.analysis(AnalysisJson.bodyId(BODY1)).orElseThrow();
            assertThat(back.article().body()).isEqualTo(BODY1);
            assertThat(back.quotes()).hasSize(1);
            assertThat(back.events().get(0).type()).isEqualTo("COERCE");
        }
    }

    @Test
    void sameCanonicalUrlWithNewTextReplacesTheOldArticle() throws Exception {
        Analysis updated = new Fixtures("https://example.org/iran-talks/", "Iran open to talks (updated)", MAR3,
                BODY1.replace("within weeks", "within days"))
                .entity("Iran", EntityType.GPE).build();
        try (CorpusIndex index = CorpusIndex.open(dir)) {
            index.add(a1);
            assertThat(index.add(updated).outcome()).isEqualTo(Outcome.UPDATED);
            index.commit();
        }
        try (CorpusIndex again = CorpusIndex.open(dir)) {
            // reading the same sources again (old version first) must not flip the article back
            assertThat(again.add(a1).outcome()).isEqualTo(Outcome.DUPLICATE);
            assertThat(again.add(updated).outcome()).isEqualTo(Outcome.DUPLICATE);
            again.commit();
        }
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            assertThat(s.articleCount(true)).isEqualTo(1);
            assertThat(s.articles(SearchFilter.any().text("days"), 5)).hasSize(1);
            assertThat(s.quotes(SearchFilter.any(), 10)).isEmpty();
        }
    }

    @Test
    void nearDuplicatesAreLinkedToTheFirstCopyAndLeftOutOfCounts() throws Exception {
        Analysis copy = new Fixtures("https://mirror.example.net/story", "Iran open to talks", MAR3,
                BODY1.replace("said on Monday", "said Monday"))
                .entity("Abbas Araghchi", EntityType.PERSON, "Abbas Araghchi", "Araghchi")
                .entity("Iran", EntityType.GPE).build();
        try (CorpusIndex index = CorpusIndex.open(dir)) {
            index.add(a1);
            index.add(a2);
            CorpusIndex.Added added = index.add(copy);
            assertThat(added.outcome()).isEqualTo(Outcome.NEAR_DUPLICATE);
            assertThat(added.other()).isEqualTo(AnalysisJson.bodyId(BODY1));
            index.commit();
        }
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            assertThat(s.articleCount(false)).isEqualTo(2);
            assertThat(s.articleCount(true)).isEqualTo(3);
            assertThat(s.entity("Iran", SearchFilter.any()).orElseThrow().articles()).isEqualTo(2);
            assertThat(s.articles(SearchFilter.any().text("sanctions").includeDuplicates(true), 5))
                    .anySatisfy(h -> assertThat(h.dupOf()).isEqualTo(AnalysisJson.bodyId(BODY1)));
        }
    }

    @Test
    void entitiesMergeAcrossArticlesByNameAndAlias() throws Exception {
        write(a1, a2);
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            CorpusEntity isis = s.entity("Islamic State", SearchFilter.any()).orElseThrow();
            assertThat(isis.articles()).isEqualTo(2);
            assertThat(isis.aliases()).contains("ISIS", "Islamic State");
            assertThat(isis.firstSeen()).isEqualTo(MAR3);
            assertThat(isis.lastSeen()).isEqualTo(MAR5);
            assertThat(s.resolve("isis")).containsExactly(isis.key());
            List<CorpusEntity> top = s.entities(SearchFilter.any(), 10);
            assertThat(top.get(0).articles()).isEqualTo(2);
            assertThat(top).extracting(CorpusEntity::name).contains("Abbas Araghchi", "Iran", "Iraq", "United States");
        }
    }

    @Test
    void quotesBySpeakerAndAboutAnEntityWithHighlights() throws Exception {
        write(a1, a2);
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            assertThat(s.quotes(SearchFilter.any().speaker("Araghchi"), 10)).hasSize(2)
                    .allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Abbas Araghchi"));
            // newest first without a text query
            assertThat(s.quotes(SearchFilter.any().speaker("Abbas Araghchi"), 10).get(0).day()).isEqualTo(MAR5);
            var hits = s.quotes(SearchFilter.any().text("sanction"), 10);
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).highlight()).contains("**sanctions**");
            assertThat(s.quotes(SearchFilter.any().speaker("Araghchi").dates(MAR5, MAR5), 10)).hasSize(1);
            assertThat(s.quotes(SearchFilter.any().speaker("Nobody Known"), 10)).isEmpty();
        }
    }

    @Test
    void quotesFilterAndFacetByAttribution() throws Exception {
        String body = "Prime Minister Lena Holt plans to visit the flooded towns next week. \"We will rebuild every "
                + "bridge,\" Holt said on Friday. Holt believes the insurers will pay for most of the damage.";
        Analysis a3 = new Fixtures("https://example.org/floods", "Floods", MAR5, body)
                .entity("Lena Holt", EntityType.PERSON, "Lena Holt", "Holt")
                .quote("Lena Holt", "visit the flooded towns next week", QuoteKind.INDIRECT, Attribution.INTENTION)
                .quote("Lena Holt", "We will rebuild every bridge,")
                .quote("Lena Holt", "the insurers will pay for most of the damage", QuoteKind.INDIRECT, Attribution.THOUGHT)
                .build();
        write(a3);
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            assertThat(s.quotes(SearchFilter.any().speaker("Holt"), 10)).hasSize(3);
            assertThat(s.quotes(SearchFilter.any().speaker("Holt").attribution(Attribution.SPEECH), 10))
                    .extracting(q -> q.text()).containsExactly("We will rebuild every bridge,");
            assertThat(s.quotes(SearchFilter.any().attribution(Attribution.INTENTION), 10))
                    .extracting(q -> q.quote().path("attribution").asText()).containsExactly("intention");
            assertThat(s.articles(SearchFilter.any().attribution(Attribution.THOUGHT), 10)).isEmpty();
            assertThat(s.facets(SearchFilter.any()).counts().get("quote_attribution"))
                    .containsEntry("speech", 1L).containsEntry("thought", 1L).containsEntry("intention", 1L);
        }
    }

    @Test
    void aQuoteReportedInsideAnotherNamesWhoseClaimItIs() throws Exception {
        String body = "Aides to Omar Reyes said Lena Holt told donors that the budget vote would slip to May.";
        Analysis a3 = new Fixtures("https://example.org/budget", "Budget", MAR5, body)
                .entity("Omar Reyes", EntityType.PERSON)
                .entity("Lena Holt", EntityType.PERSON)
                .quote("Omar Reyes", "Lena Holt told donors that the budget vote would slip to May", QuoteKind.INDIRECT,
                        Attribution.SPEECH)
                .reportedWithinLast("Lena Holt", "the budget vote would slip to May")
                .build();
        write(a3);
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            var hits = s.quotes(SearchFilter.any().speaker("Lena Holt"), 10);
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).quote().path("within").asText()).isEqualTo("q1");
            assertThat(hits.get(0).quote().path("reported_by").asText()).isEqualTo("Omar Reyes");
            assertThat(s.quotes(SearchFilter.any().speaker("Omar Reyes"), 10).get(0).quote().has("reported_by")).isFalse();
        }
    }

    @Test
    void eventsBetweenTwoPartiesEitherWayAndByType() throws Exception {
        write(a1, a2);
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            assertThat(s.events(SearchFilter.any().between("Iran", "United States"), 10)).hasSize(1)
                    .allSatisfy(e -> assertThat(e.actor()).isEqualTo("United States"));
            assertThat(s.events(SearchFilter.any().actor("Iran"), 10)).isEmpty();
            assertThat(s.events(SearchFilter.any().recipient("Iraq").eventType("assault"), 10)).hasSize(1);
            assertThat(s.events(SearchFilter.any().actor("ISIS"), 10)).hasSize(1);
            assertThat(s.articles(SearchFilter.any().eventType("ASSAULT"), 10)).extracting(h -> h.title())
                    .containsExactly("Islamic State attack");
        }
    }

    @Test
    void timelineNetworkAndFacets() throws Exception {
        write(a1, a2);
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            assertThat(s.timeline("Iran", SearchFilter.any())).containsExactly(new TimelineDay(MAR3, 1, 0));
            assertThat(s.timeline("Araghchi", SearchFilter.any()))
                    .containsExactly(new TimelineDay(MAR3, 0, 1), new TimelineDay(MAR5, 0, 1));
            Network net = s.network(SearchFilter.any(), 3);
            assertThat(net.nodes()).hasSize(3);
            assertThat(net.edges()).allSatisfy(e -> assertThat(e.weight()).isEqualTo(2));
            var facets = s.facets(SearchFilter.any()).counts();
            assertThat(facets.get("source")).containsEntry("example.org", 2L);
            assertThat(facets.get("event_type")).containsEntry("COERCE", 1L).containsEntry("ASSAULT", 1L);
            assertThat(facets.get("speaker")).containsEntry("Abbas Araghchi", 2L);
            assertThat(facets.get("month")).containsEntry("2025-03", 2L);
        }
    }

    @Test
    void aSecondWriterIsRefusedWithAClearMessage() throws Exception {
        try (CorpusIndex first = CorpusIndex.open(dir)) {
            assertThatThrownBy(() -> CorpusIndex.open(dir)).isInstanceOf(IndexLockedException.class)
                    .hasMessageContaining("another ingest");
        }
    }

    private void write(Analysis... analyses) throws Exception {
        try (CorpusIndex index = CorpusIndex.open(dir)) {
            for (Analysis a : analyses) {
                index.add(a);
            }
            index.commit();
        }
    }
}
