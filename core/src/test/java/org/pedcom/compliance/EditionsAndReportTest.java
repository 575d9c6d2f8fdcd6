package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pedcom.compliance.EngineFixtures.aCommunityCreatedOn;
import static org.pedcom.compliance.EngineFixtures.aProfileBuilder;
import static org.pedcom.compliance.EngineFixtures.aSession;
import static org.pedcom.compliance.EngineFixtures.withMonthlySessions;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pedcom.calendar.PeriodKind;
import org.pedcom.meeting.Meeting;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.TerminationReasons;

class EditionsAndReportTest {

    /** Monthly meetings until 31 December 2024; from 1 January 2025 a new edition asks for one per half-year. */
    private static final Profile CHANGED_MID_YEAR = aProfileBuilder()
            .clause("p3-1", "3.1", "Заседания проводятся не реже 1 раза в месяц.")
            .requires("monthly", MeetingFrequency.atLeast(1, PeriodKind.MONTH))
            .edition("2025-01-01", LocalDate.of(2025, 1, 1), "утв. приказом № 7 от 20.12.2024")
            .clause("p3-1", "3.1", "Заседания проводятся не реже 1 раза в полугодие.")
            .requires("per-half-year", MeetingFrequency.atLeast(1, PeriodKind.HALF_YEAR))
            .build();

    @Test
    void eachPeriodIsJudgedUnderTheEditionInForceWhenItEnded() {
        CommunityRecord record = withMonthlySessions(aCommunityCreatedOn(LocalDate.of(2024, 8, 30)),
                Month.SEPTEMBER, Month.OCTOBER, Month.DECEMBER, Month.MARCH).build();

        ComplianceReport report = Compliance.evaluate(record, CHANGED_MID_YEAR, LocalDate.of(2025, 8, 31));

        assertThat(report.violations()).singleElement().satisfies(f -> {
            assertThat(f.period().orElseThrow().label()).isEqualTo("ноябрь 2024");
            assertThat(f.edition()).isEqualTo("2020-01-01");
            assertThat(f.citation()).endsWith("утв. приказом № 1 от 01.01.2020");
        });
        assertThat(report.edition().id()).isEqualTo("2025-01-01");
        assertThat(report.editionsApplied()).extracting(EditionRef::id).containsExactly("2020-01-01", "2025-01-01");
    }

    @Test
    void aStoredReportNamesTheEditionForAudit() {
        CommunityRecord record = aCommunityCreatedOn(LocalDate.of(2024, 8, 30)).build();

        ComplianceReport before = Compliance.evaluate(record, CHANGED_MID_YEAR, LocalDate.of(2024, 12, 31));
        ComplianceReport after = Compliance.evaluate(record, CHANGED_MID_YEAR, LocalDate.of(2025, 1, 1));

        assertThat(before.edition().id()).isEqualTo("2020-01-01");
        assertThat(after.edition().adoption()).isEqualTo("утв. приказом № 7 от 20.12.2024");
    }

    @Test
    void refusesADateBeforeTheFirstEdition() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Compliance.evaluate(aCommunityCreatedOn(LocalDate.of(2019, 9, 1)).build(), CHANGED_MID_YEAR,
                        LocalDate.of(2019, 12, 31)))
                .withMessageContaining("не действует на 2019-12-31");
    }

    @Test
    void theSameRecordGivesTheSameReportWhateverTheOrderOfItsParts() {
        CommunityRecord.Builder ordered = withMonthlySessions(aCommunityCreatedOn(LocalDate.of(2024, 8, 30)),
                Month.SEPTEMBER, Month.NOVEMBER, Month.JANUARY, Month.APRIL);
        List<Meeting> meetings = new ArrayList<>(ordered.build().meetings());
        Collections.shuffle(meetings, new Random(42));
        CommunityRecord.Builder shuffled = ordered.build().toBuilder().withoutMeetings(m -> true);
        meetings.forEach(shuffled::meeting);

        Profile monthly = EngineFixtures.aProfileRequiring(MeetingFrequency.atLeast(1, PeriodKind.MONTH));
        ComplianceReport a = Compliance.evaluate(ordered.build(), monthly, LocalDate.of(2025, 6, 1));
        ComplianceReport b = Compliance.evaluate(shuffled.build(), monthly, LocalDate.of(2025, 6, 1));

        assertThat(b).isEqualTo(a);
        assertThat(a.violations()).extracting(f -> f.period().orElseThrow().label())
                .containsExactly("октябрь 2024", "декабрь 2024", "февраль 2025", "март 2025", "май 2025");
    }

    @Test
    void summarisesEveryClauseOfTheEditionInForce() {
        Profile profile = aProfileBuilder()
                .clause("p1", "1.1", "Цель: повышение профессиональной компетентности.").notCheckable("цель, а не требование")
                .clause("p2", "2.1", "Заседания не реже 1 раза в полугодие.").requires("meetings", MeetingFrequency.atLeast(1, PeriodKind.HALF_YEAR))
                .clause("p3", "3.1", "План утверждается до 15 сентября.")
                .requires("plan", PlanApproval.planEachYear().by(Deadline.on(MonthDay.of(9, 15))))
                .clause("p4", "4.1", "Прекращение — по основаниям положения.")
                .requires("end", new TerminationReasons(java.util.Set.of(org.pedcom.community.TerminationReason.LIQUIDATED),
                        java.util.Optional.empty()))
                .clause("p5", "5.1", "Заседания каждый месяц.").requires("monthly", MeetingFrequency.atLeast(1, PeriodKind.MONTH))
                .build();
        CommunityRecord record = aCommunityCreatedOn(LocalDate.of(2024, 8, 30)).meeting(aSession("m-1", LocalDate.of(2024, 9, 10))).build();

        ComplianceReport report = Compliance.evaluate(record, profile, LocalDate.of(2024, 9, 12));

        assertThat(report.clauses()).extracting(c -> c.clause().number() + " " + c.status()).containsExactly(
                "1.1 NOT_CHECKABLE", "2.1 COMPLIED", "3.1 NOT_YET_DUE", "4.1 NOT_APPLICABLE", "5.1 COMPLIED");
        assertThat(report.clause(ClauseId.of("p2")).orElseThrow().rules()).extracting(Object::toString).containsExactly("meetings");
    }
}
