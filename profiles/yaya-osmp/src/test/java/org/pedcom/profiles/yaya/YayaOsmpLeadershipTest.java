package org.pedcom.profiles.yaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.CENTRE;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.CO_LEADER;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.HOST;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.LEADER;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.VILLAGE_SCHOOL;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.aYear;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.clauseIds;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.coLeaderAs;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.judged;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.leaderAs;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.orderOfCentre;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.orderOfHostDirector;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.theOnlyViolation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.people.AdministrativeRole;
import org.pedcom.people.CategoryGrant;
import org.pedcom.people.Position;
import org.pedcom.people.QualificationCategory;
import org.pedcom.record.CommunityRecord;

/** The first 3.4 (joint leadership, appointment by order), the first 3.5 (the leader), the second 3.4 (the co-leader). */
class YayaOsmpLeadershipTest {

    private static final Map<String, String> CATEGORY_FOR_EVERY_LEADER =
            Map.of(YayaOsmpProfileProvider.LEADER_CATEGORY_SCOPE, YayaOsmpProfileProvider.ADMINISTRATIVE_STAFF_TOO);

    @Test
    void rejectsAHostTeacherWithoutTheHighestCategoryAsLeader() {
        CommunityRecord record = aYear().leader(leaderAs(Position.TEACHER, HOST, Set.of(),
                CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2023, 4, 12)))).build();

        Finding f = theOnlyViolation(judged(record));

        assertThat(f.rule().value()).isEqualTo("leader-eligibility");
        assertThat(f.clauseNumber()).isEqualTo("3.5");
        assertThat(clauseIds(f)).containsExactly("p3-5-leader");
        assertThat(f.evidence().workers()).containsExactly(LEADER);
    }

    @Test
    void acceptsAHostTeacherWithTheHighestCategoryAsLeader() {
        CommunityRecord record = aYear().leader(leaderAs(Position.TEACHER, HOST, Set.of(),
                CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2023, 12, 19)))).build();

        assertThat(judged(record).findings()).isEmpty();
    }

    @Test
    void acceptsAPedagogueMethodistOfTheHostAsLeader() {
        CommunityRecord record = aYear().leader(leaderAs(Position.TEACHER, HOST, Set.of(),
                CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2023, 12, 19)),
                CategoryGrant.of(QualificationCategory.METHODIST, LocalDate.of(2024, 5, 22)))).build();

        assertThat(judged(record).findings()).isEmpty();
    }

    @Test
    void rejectsADeputyHeadOfAnotherSchoolAsLeader() {
        CommunityRecord record = aYear().leader(leaderAs(Position.DEPUTY_HEAD, VILLAGE_SCHOOL,
                Set.of(AdministrativeRole.DEPUTY_HEAD))).build();

        Finding f = theOnlyViolation(judged(record));

        assertThat(f.rule().value()).isEqualTo("leader-eligibility");
        assertThat(f.message().ru()).contains("основное место работы");
    }

    @Test
    void aDeputyHeadWithTheFirstCategoryLeadsOnlyIfTheCategoryBindsTeachersAlone() {
        CommunityRecord record = aYear().build();

        ComplianceReport byDefault = judged(record);
        ComplianceReport otherReading = judged(record, CATEGORY_FOR_EVERY_LEADER);

        assertThat(byDefault.violations()).isEmpty();
        Finding f = theOnlyViolation(otherReading);
        assertThat(f.rule().value()).isEqualTo("leader-eligibility");
        assertThat(f.clauseNumber()).isEqualTo("3.5");
        assertThat(f.message().ru()).contains("высшая");
    }

    @Test
    void aDeputyHeadWithTheHighestCategoryLeadsOnEitherReading() {
        CommunityRecord record = aYear().leader(leaderAs(Position.DEPUTY_HEAD, HOST, Set.of(AdministrativeRole.DEPUTY_HEAD),
                CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2024, 2, 20)))).build();

        assertThat(judged(record).violations()).isEmpty();
        assertThat(judged(record, CATEGORY_FOR_EVERY_LEADER).violations()).isEmpty();
    }

    @Test
    void rejectsAHostTeacherAsCoLeader() {
        Finding f = theOnlyViolation(judged(aYear().coLeader(coLeaderAs(Position.TEACHER, HOST)).build()));

        assertThat(f.rule().value()).isEqualTo("co-leader-eligibility");
        assertThat(f.clauseNumber()).isEqualTo("3.4");
        assertThat(clauseIds(f)).containsExactly("p3-4-co-leader");
    }

    @Test
    void rejectsAMethodistOfTheHostSchoolRatherThanOfTheCentreAsCoLeader() {
        Finding f = theOnlyViolation(judged(aYear().coLeader(coLeaderAs(Position.METHODIST, HOST)).build()));

        assertThat(f.rule().value()).isEqualTo("co-leader-eligibility");
        assertThat(f.message().ru()).contains("методический центр");
    }

    @Test
    void acceptsAMethodistOfTheCentreAsCoLeader() {
        assertThat(judged(aYear().coLeader(coLeaderAs(Position.METHODIST, CENTRE)).build()).findings()).isEmpty();
    }

    @Test
    void rejectsASiteLedWithoutACoLeader() {
        Finding f = theOnlyViolation(judged(aYear().withoutCoLeader().build()));

        assertThat(f.rule().value()).isEqualTo("co-leader-in-office");
        assertThat(f.clauseNumber()).isEqualTo("3.4");
        assertThat(clauseIds(f)).containsExactly("p3-4-joint-leadership");
    }

    @Test
    void rejectsALeaderAppointedAfterTheSiteOpened() {
        CommunityRecord record = aYear().leaderAppointedBy(orderOfCentre("104", LocalDate.of(2024, 9, 10),
                "Об утверждении руководителя ОСМП на базе МБОУ «Яйская СОШ № 2»")).build();

        Finding f = theOnlyViolation(judged(record));

        assertThat(f.rule().value()).isEqualTo("leader-in-office");
        assertThat(f.clauseNumber()).isEqualTo("3.4");
        assertThat(clauseIds(f)).containsExactly("p3-4-joint-leadership");
        assertThat(f.message().ru()).contains("с 01.09.2024 по 09.09.2024");
    }

    @Test
    void rejectsALeaderAppointedByTheHostDirectorsOrder() {
        CommunityRecord record = aYear().leaderAppointedBy(orderOfHostDirector("112-о", LocalDate.of(2024, 8, 29),
                "О назначении руководителя ОСМП")).build();

        Finding f = theOnlyViolation(judged(record));

        assertThat(f.rule().value()).isEqualTo("leader-appointed-by-order");
        assertThat(f.clauseNumber()).isEqualTo("3.4");
        assertThat(clauseIds(f)).containsExactly("p3-4-joint-leadership");
        assertThat(f.message().ru()).contains("приказ № 112-о от 29.08.2024");
    }

    @Test
    void rejectsACoLeaderAppointedByADecisionOfTheCouncilWithoutAnOrder() {
        CommunityRecord record = aYear().coLeaderAppointedBy(YayaOsmpCommunityYear.decisionOfCentreCouncil("4",
                LocalDate.of(2024, 8, 28), "О кандидатуре соруководителя ОСМП")).build();

        Finding f = theOnlyViolation(judged(record));

        assertThat(f.rule().value()).isEqualTo("co-leader-appointed-by-order");
        assertThat(f.clauseNumber()).isEqualTo("3.4");
        assertThat(clauseIds(f)).containsExactly("p3-4-joint-leadership");
    }

    @Test
    void findingsNameWorkersByIdNeverByName() {
        CommunityRecord record = aYear().leader(leaderAs(Position.TEACHER, VILLAGE_SCHOOL, Set.of()))
                .coLeader(coLeaderAs(Position.TEACHER, HOST)).build();

        ComplianceReport report = judged(record);

        assertThat(report.violations()).extracting(f -> f.rule().value())
                .containsExactlyInAnyOrder("leader-eligibility", "co-leader-eligibility");
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.message().ru() + f.message().en() + f.hint().ru()).doesNotContain("Кузнецова", "Семёнова");
            assertThat(f.evidence().workers()).containsAnyOf(LEADER, CO_LEADER);
        });
    }
}
