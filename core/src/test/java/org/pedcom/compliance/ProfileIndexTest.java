package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.compliance.EngineFixtures.aProfileBuilder;

import org.junit.jupiter.api.Test;
import org.pedcom.profile.Profile;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.AnnualReportRequired;
import org.pedcom.rule.Deadline;

class ProfileIndexTest {

    private static Profile aProfileCitingTwoClausesWithOneUncited() {
        return aProfileBuilder()
                .clause("p1", "1.1", "Отчёт составляется ежегодно.").requires("report",
                        new AnnualReportRequired(Deadline.endOfSchoolYear(), java.util.Set.of(), java.util.Optional.empty()))
                .clause("p2", "1.2", "Сообщество стремится к совершенству.").notCheckable("пожелание")
                .build();
    }

    @Test
    void buildsTheIndexOncePerProfileInstance() {
        Profile profile = aProfileCitingTwoClausesWithOneUncited();

        assertThat(ProfileIndex.of(profile)).isSameAs(ProfileIndex.of(profile));
    }

    @Test
    void keepsEqualProfilesBuiltApartInIndexesOfTheirOwn() {
        Profile one = aProfileCitingTwoClausesWithOneUncited();
        Profile other = aProfileCitingTwoClausesWithOneUncited();

        assertThat(one).isEqualTo(other);
        assertThat(ProfileIndex.of(one)).isNotSameAs(ProfileIndex.of(other));
    }

    @Test
    void citesEachRuleAndSummarisesAnUncitedClauseAsNotCheckableWhateverItIsAskedFor() {
        ProfileIndex.EditionIndex edition = ProfileIndex.of(aProfileCitingTwoClausesWithOneUncited()).edition(0);

        assertThat(edition.citation(0)).isEqualTo("п. 1.1 Положения о тестовом сообществе, утв. приказом № 1 от 01.01.2020");
        assertThat(edition.clauses(0)).containsExactly(new ClauseRef(ClauseId.of("p1"), "1.1"));
        assertThat(edition.position(ClauseId.of("p2"))).isEqualTo(1);
        assertThat(edition.position(ClauseId.of("p9"))).isEqualTo(-1);
        assertThat(edition.summary(1, ClauseStatus.COMPLIED).status()).isEqualTo(ClauseStatus.NOT_CHECKABLE);
        assertThat(edition.summary(0, ClauseStatus.VIOLATED).status()).isEqualTo(ClauseStatus.VIOLATED);
    }
}
