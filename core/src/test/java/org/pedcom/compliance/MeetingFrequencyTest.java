package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.compliance.EngineFixtures.aCommunityCreatedOn;
import static org.pedcom.compliance.EngineFixtures.aProfileRequiring;
import static org.pedcom.compliance.EngineFixtures.aSession;
import static org.pedcom.compliance.EngineFixtures.withMonthlySessions;

import java.time.LocalDate;
import java.time.Month;

import org.junit.jupiter.api.Test;
import org.pedcom.calendar.PeriodKind;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.MeetingFrequency;

class MeetingFrequencyTest {

    private static final Month[] SEPTEMBER_TO_MAY = {Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER,
            Month.JANUARY, Month.FEBRUARY, Month.MARCH, Month.APRIL, Month.MAY};

    private static final Profile MONTHLY_SEPTEMBER_TO_MAY = aProfileRequiring(
            MeetingFrequency.atLeast(1, PeriodKind.MONTH).inMonths(SEPTEMBER_TO_MAY));

    @Test
    void reportsExactlyTheOneMonthWithoutAMeeting() {
        CommunityRecord record = withMonthlySessions(aCommunityCreatedOn(LocalDate.of(2024, 8, 30)),
                Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER, Month.JANUARY,
                Month.MARCH, Month.APRIL, Month.MAY).build();

        ComplianceReport report = Compliance.evaluate(record, MONTHLY_SEPTEMBER_TO_MAY, LocalDate.of(2025, 6, 30));

        assertThat(report.violations()).singleElement().satisfies(f -> {
            assertThat(f.clauseNumber()).isEqualTo("1.1");
            assertThat(f.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("февраль 2025"));
            assertThat(f.citation()).isEqualTo("п. 1.1 Положения о тестовом сообществе, утв. приказом № 1 от 01.01.2020");
        });
        assertThat(report.verdict()).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void compliesWhenEveryCountedMonthHasAMeeting() {
        CommunityRecord record = withMonthlySessions(aCommunityCreatedOn(LocalDate.of(2024, 8, 30)), SEPTEMBER_TO_MAY).build();

        ComplianceReport report = Compliance.evaluate(record, MONTHLY_SEPTEMBER_TO_MAY, LocalDate.of(2025, 8, 31));

        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
    }
}
