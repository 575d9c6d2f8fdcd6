package org.pedcom.profiles.yaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.CONFIRMATION_ORDER;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.GRANT_DECISION;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.TOPIC;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.aYear;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.clauseIds;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.decisionOfHostPedagogicalCouncil;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.extensionByCouncil;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.judged;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.orderOfCentre;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.statusFor;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.theOnlyViolation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.community.TerminationReason;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.Verdict;
import org.pedcom.record.CommunityRecord;
import org.pedcom.status.Extension;
import org.pedcom.status.StatusGrant;

/** 3.1, 3.3, 3.7 (rule status-term) and 3.8 (rule termination-reasons). */
class YayaOsmpStatusTest {

    /** Granted 28.08.2024 for one year: the last day of the status is 27.08.2025. */
    private static final LocalDate LAST_DAY_OF_ONE_YEAR = LocalDate.of(2025, 8, 27);

    @Test
    void rejectsAStatusGrantedByTheHostsPedagogicalCouncil() {
        StatusGrant byTheSchool = new StatusGrant(TOPIC, decisionOfHostPedagogicalCouncil("1", LocalDate.of(2024, 8, 28),
                "О работе школы в статусе ОСМП"), Period.ofYears(2), Optional.of(CONFIRMATION_ORDER), List.of());

        Finding f = theOnlyViolation(judged(aYear().status(byTheSchool).build()));

        assertThat(f.rule().value()).isEqualTo("status-term");
        assertThat(f.clauseNumber()).isEqualTo("3.1");
        assertThat(clauseIds(f)).containsExactly("p3-1", "p3-3", "p3-7");
        assertThat(f.message().ru()).contains("требуется: протокол или решение методического совета");
    }

    @Test
    void rejectsAStatusNotConfirmedByOrderOfTheCentre() {
        StatusGrant unconfirmed = new StatusGrant(TOPIC, GRANT_DECISION, Period.ofYears(2), Optional.empty(), List.of());

        Finding f = theOnlyViolation(judged(aYear().status(unconfirmed).build()));

        assertThat(f.rule().value()).isEqualTo("status-term");
        assertThat(f.message().ru()).contains("не подтверждено");
    }

    @Test
    void rejectsAStatusGrantedForMoreThanTwoYearsByOneDay() {
        Finding f = theOnlyViolation(judged(aYear().status(statusFor(Period.of(2, 0, 1))).build()));

        assertThat(f.rule().value()).isEqualTo("status-term");
        assertThat(f.clauseNumber()).isEqualTo("3.1");
        assertThat(f.message().ru()).contains("вне допустимых пределов: 1 год — 2 года");
    }

    @Test
    void acceptsAStatusOfExactlyTwoYears() {
        assertThat(judged(aYear().status(statusFor(Period.ofYears(2))).build()).violations()).isEmpty();
    }

    @Test
    void rejectsAStatusGrantedForLessThanOneYear() {
        CommunityRecord elevenMonths = aYear().status(statusFor(Period.ofMonths(11)))
                .terminated(LocalDate.of(2025, 7, 27), TerminationReason.TERM_EXPIRED).build();

        Finding f = theOnlyViolation(judged(elevenMonths));

        assertThat(f.rule().value()).isEqualTo("status-term");
        assertThat(f.message().ru()).contains("вне допустимых пределов: 1 год — 2 года");
    }

    @Test
    void acceptsAOneYearStatusWhoseSiteStopsOnItsLastDay() {
        CommunityRecord oneYear = aYear().status(statusFor(Period.ofYears(1)))
                .terminated(LAST_DAY_OF_ONE_YEAR, TerminationReason.TERM_EXPIRED).build();

        assertThat(judged(oneYear).findings()).isEmpty();
    }

    @Test
    void aSiteStillWorkingOnTheLastDayOfItsStatusComplies() {
        CommunityRecord oneYear = aYear().status(statusFor(Period.ofYears(1))).build();

        ComplianceReport report = judged(oneYear, LAST_DAY_OF_ONE_YEAR);

        assertThat(report.violations()).isEmpty();
        assertThat(report.obligations()).anySatisfy(o -> {
            assertThat(o.rule().value()).isEqualTo("status-term");
            assertThat(o.dueBy()).isEqualTo(LAST_DAY_OF_ONE_YEAR);
        });
    }

    @Test
    void rejectsASiteWorkingTheDayAfterItsStatusEnded() {
        CommunityRecord oneYear = aYear().status(statusFor(Period.ofYears(1))).build();

        Finding f = theOnlyViolation(judged(oneYear, LAST_DAY_OF_ONE_YEAR.plusDays(1)));

        assertThat(f.rule().value()).isEqualTo("status-term");
        assertThat(f.clauseNumber()).isEqualTo("3.1");
        assertThat(f.message().ru()).contains("без действующего статуса с 28.08.2025");
    }

    @Test
    void acceptsAnExtensionByTheCouncilOfExactlyOneYear() {
        CommunityRecord extended = aYear().status(statusFor(Period.ofYears(1), extensionByCouncil(Period.ofYears(1)))).build();

        ComplianceReport report = judged(extended);

        assertThat(report.findings()).isEmpty();
        assertThat(report.obligations()).anySatisfy(o -> assertThat(o.dueBy()).isEqualTo(LocalDate.of(2026, 8, 27)));
    }

    @Test
    void rejectsStatusExtendedByMoreThanOneYear() {
        CommunityRecord extended = aYear().status(statusFor(Period.ofYears(1), extensionByCouncil(Period.of(1, 0, 1)))).build();

        Finding f = theOnlyViolation(judged(extended));

        assertThat(f.rule().value()).isEqualTo("status-term");
        assertThat(f.clauses()).anySatisfy(c -> {
            assertThat(c.id().value()).isEqualTo("p3-7");
            assertThat(c.number()).isEqualTo("3.7");
        });
        assertThat(f.message().ru()).contains("продлён");
    }

    @Test
    void rejectsTwoExtensionsThatTogetherExceedOneYear() {
        Extension first = extensionByCouncil(Period.ofMonths(6));
        Extension second = new Extension(YayaOsmpCommunityYear.decisionOfCentreCouncil("8", LocalDate.of(2026, 2, 24),
                "О повторном продлении срока работы ОСМП"), Period.ofMonths(7));
        CommunityRecord extended = aYear().status(statusFor(Period.ofYears(1), first, second)).build();

        ComplianceReport report = judged(extended, LocalDate.of(2026, 3, 1));

        // Judged in March 2026, the extended site also owed its 2025/2026 plan (by 30.09.2025); the fixture has none.
        assertThat(report.violations()).extracting(v -> v.rule().value())
                .containsExactlyInAnyOrder("status-term", "plan-approval");
        Finding f = report.violations().stream().filter(v -> v.rule().value().equals("status-term")).findFirst().orElseThrow();
        assertThat(f.clauseNumber()).isEqualTo("3.1");
        assertThat(f.message().ru()).contains("в сумме");
    }

    @Test
    void rejectsAnExtensionByOrderInsteadOfADecisionOfTheCouncil() {
        Extension byOrder = new Extension(orderOfCentre("57", LocalDate.of(2025, 5, 27), "О продлении срока работы ОСМП"),
                Period.ofYears(1));
        CommunityRecord extended = aYear().status(statusFor(Period.ofYears(1), byOrder)).build();

        Finding f = theOnlyViolation(judged(extended));

        assertThat(f.rule().value()).isEqualTo("status-term");
        assertThat(f.message().ru()).contains("приказ № 57 от 27.05.2025");
    }

    @Test
    void acceptsEachOfTheFourReasonsOfTermination() {
        for (TerminationReason reason : List.of(TerminationReason.TERM_EXPIRED, TerminationReason.TOPIC_NO_LONGER_RELEVANT,
                TerminationReason.STAFF_CHANGES, TerminationReason.LAW_VIOLATION)) {
            ComplianceReport report = judged(aYear().terminated(LocalDate.of(2025, 6, 30), reason).build());

            assertThat(report.violations()).as(reason.code()).isEmpty();
            assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
        }
    }

    @Test
    void rejectsATerminationForAReasonTheRegulationDoesNotList() {
        Finding f = theOnlyViolation(judged(aYear().terminated(LocalDate.of(2025, 6, 30), TerminationReason.REORGANISED).build()));

        assertThat(f.rule().value()).isEqualTo("termination-reasons");
        assertThat(f.clauseNumber()).isEqualTo("3.8");
        assertThat(clauseIds(f)).doesNotContain("p3-8-abz6");
    }

    @Test
    void theCompliantSiteOwesADecisionOnTheLastDayOfItsTwoYearStatus() {
        assertThat(judged(aCompliantCommunityYear()).obligations()).anySatisfy(o -> {
            assertThat(o.rule().value()).isEqualTo("status-term");
            assertThat(o.dueBy()).isEqualTo(LocalDate.of(2026, 8, 27));
        });
    }
}
