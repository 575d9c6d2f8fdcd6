package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.compliance.EngineFixtures.aCommunityCreatedOn;
import static org.pedcom.compliance.EngineFixtures.decisionOfCentreCouncil;
import static org.pedcom.compliance.EngineFixtures.judge;
import static org.pedcom.compliance.EngineFixtures.orderOfCentre;
import static org.pedcom.compliance.EngineFixtures.orderOfSchool;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.community.Community;
import org.pedcom.community.Termination;
import org.pedcom.community.TerminationReason;
import org.pedcom.organisation.BodyKind;
import org.pedcom.profile.Profile;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.record.CommunityRecord;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.StatusTerm;
import org.pedcom.rule.TerminationReasons;
import org.pedcom.status.Extension;
import org.pedcom.status.StatusGrant;

class StatusRulesTest {

    private static final LocalDate GRANTED = LocalDate.of(2023, 9, 1);
    private static final OrganisationScope CENTRE = OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE);
    /** «на срок от одного до двух лет … подтверждается приказом … продлён … не более чем на один год». */
    private static final StatusTerm ONE_TO_TWO_YEARS = new StatusTerm(Period.ofYears(1), Period.ofYears(2), Period.ofYears(1),
            ActRequirement.decisionOf(BodyKind.METHODICAL_COUNCIL, CENTRE), Optional.of(ActRequirement.orderOfHead(CENTRE)),
            Optional.of(ActRequirement.decisionOf(BodyKind.METHODICAL_COUNCIL, CENTRE)), true);

    private static StatusGrant aGrant(Period term, Extension... extensions) {
        return new StatusGrant("Функциональная грамотность", decisionOfCentreCouncil("3", GRANTED, "О присвоении статуса ОСМП"), term,
                Optional.of(orderOfCentre("112", GRANTED.plusDays(3), "Об утверждении статуса ОСМП")), List.of(extensions));
    }

    private static Extension anExtension(Period by) {
        return new Extension(decisionOfCentreCouncil("5", LocalDate.of(2025, 6, 1), "О продлении срока ОСМП"), by);
    }

    private static CommunityRecord.Builder aSiteWith(StatusGrant grant) {
        return aCommunityCreatedOn(GRANTED).statusGrant(grant);
    }

    @Test
    void acceptsATwoYearGrantAndOwesItsLastDay() {
        ComplianceReport report = judge(aSiteWith(aGrant(Period.ofYears(2))), ONE_TO_TWO_YEARS, LocalDate.of(2024, 5, 1));

        assertThat(report.findings()).isEmpty();
        assertThat(report.obligations()).singleElement().satisfies(o -> {
            assertThat(o.dueBy()).isEqualTo(LocalDate.of(2025, 8, 31));
            assertThat(o.what().ru()).contains("Срок статуса истекает 31.08.2025");
        });
    }

    @Test
    void rejectsATermOfThreeYears() {
        assertThat(judge(aSiteWith(aGrant(Period.ofYears(3))), ONE_TO_TWO_YEARS, LocalDate.of(2024, 5, 1)).violations())
                .singleElement().satisfies(f -> assertThat(f.message().ru()).contains("срок статуса — 3 года, вне допустимых пределов: 1 год — 2 года"));
    }

    @Test
    void anExtensionOfExactlyOneYearIsAllowedAndOneYearAndADayIsNot() {
        LocalDate asOf = LocalDate.of(2025, 9, 1);
        assertThat(judge(aSiteWith(aGrant(Period.ofYears(2), anExtension(Period.ofYears(1)))), ONE_TO_TWO_YEARS, asOf).violations())
                .isEmpty();
        assertThat(judge(aSiteWith(aGrant(Period.ofYears(2), anExtension(Period.of(1, 0, 1)))), ONE_TO_TWO_YEARS, asOf).violations())
                .singleElement().satisfies(f -> assertThat(f.message().ru()).contains("продлён в сумме на 1 год 1 день, предел продления — 1 год"));
    }

    @Test
    void workingPastTheLastDayOfTheStatusIsAViolationFromTheDayAfter() {
        CommunityRecord.Builder site = aSiteWith(aGrant(Period.ofYears(2)));

        assertThat(judge(site, ONE_TO_TWO_YEARS, LocalDate.of(2025, 8, 31)).violations()).as("last day of the status").isEmpty();
        assertThat(judge(site, ONE_TO_TWO_YEARS, LocalDate.of(2025, 9, 1)).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("без действующего статуса с 01.09.2025 по 01.09.2025"));
    }

    @Test
    void aLapseThatBeganBeforeANewEditionIsJudgedFromItsFirstDay() {
        Profile twoEditions = EngineFixtures.aProfileBuilder()
                .clause("p3-3", "3.3", "Статус присваивается на срок от одного до двух лет.").requires("status", ONE_TO_TWO_YEARS)
                .edition("2026-01-01", LocalDate.of(2026, 1, 1), "утв. приказом № 2 от 20.12.2025")
                .clause("p3-3", "3.3", "Статус присваивается на срок от одного до двух лет.").requires("status", ONE_TO_TWO_YEARS)
                .build();

        ComplianceReport report = Compliance.evaluate(aSiteWith(aGrant(Period.ofYears(2))).build(), twoEditions, LocalDate.of(2026, 2, 1));

        assertThat(report.violations()).extracting(f -> f.edition() + " " + f.message().ru()).containsExactly(
                "2020-01-01 деятельность без действующего статуса с 01.09.2025 по 31.12.2025",
                "2026-01-01 деятельность без действующего статуса с 01.01.2026 по 01.02.2026");
    }

    @Test
    void requiresTheConfirmingOrder() {
        StatusGrant unconfirmed = new StatusGrant("Тема", decisionOfCentreCouncil("3", GRANTED, "О присвоении"), Period.ofYears(1),
                Optional.empty(), List.of());

        assertThat(judge(aSiteWith(unconfirmed), ONE_TO_TWO_YEARS, LocalDate.of(2024, 1, 1)).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("не подтверждено"));
    }

    private static final TerminationReasons LISTED_REASONS = new TerminationReasons(
            Set.of(TerminationReason.TERM_EXPIRED, TerminationReason.LAW_VIOLATION), Optional.empty());

    private static CommunityRecord.Builder endedFor(TerminationReason reason) {
        Community c = aCommunityCreatedOn(GRANTED).build().community();
        return aCommunityCreatedOn(GRANTED).community(c.withTermination(Termination.of(LocalDate.of(2025, 5, 31), reason,
                orderOfSchool("40", LocalDate.of(2025, 5, 31), "О прекращении деятельности"))));
    }

    @Test
    void acceptsAListedReasonOfTerminationAndRejectsAnother() {
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        assertThat(judge(endedFor(TerminationReason.TERM_EXPIRED), LISTED_REASONS, asOf).violations()).isEmpty();
        assertThat(judge(endedFor(TerminationReason.REORGANISED), LISTED_REASONS, asOf).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("«реорганизация» не предусмотрено"));
    }

    @Test
    void aCommunityStillWorkingHasNothingToJudgeForTermination() {
        ComplianceReport report = judge(aCommunityCreatedOn(GRANTED), LISTED_REASONS, LocalDate.of(2025, 6, 1));

        assertThat(report.findings()).isEmpty();
        assertThat(report.clause(ClauseId.of("p1")).orElseThrow().status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }

    @Test
    void requiresTheTerminatingActWhereTheClauseNamesOne() {
        TerminationReasons byOrderOfCentre = new TerminationReasons(Set.of(TerminationReason.REORGANISED),
                Optional.of(ActRequirement.orderOfHead(CENTRE)));

        assertThat(judge(endedFor(TerminationReason.REORGANISED), byOrderOfCentre, LocalDate.of(2025, 6, 1)).violations())
                .singleElement().satisfies(f -> assertThat(f.message().ru()).contains("приказ № 40 от 31.05.2025 — орган: руководитель"));
    }
}
