package org.pedcom.profiles.tomsk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.IMC;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.aCommunityYearWithout;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.annualReport;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.annualReportDocument;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.judge;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.profile;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.protocolsFile;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.registrationSheetsFile;
import static org.pedcom.profiles.tomsk.LogoposidelkiComplianceTest.onlyViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Verdict;
import org.pedcom.record.CommunityRecord;

/**
 * The yearly items — the annual report (пп. 1.5, 3.1) and the documentation filed at the ИМЦ (п. 3.2) — are due on
 * the last day of the school year, 31 August; the text names no other date.
 */
class YearEndDeadlinesTest {

    private static final LocalDate AUGUST_31 = LocalDate.of(2025, 8, 31);
    private static final LocalDate SEPTEMBER_1 = LocalDate.of(2025, 9, 1);

    private static CommunityRecord withReportCompiledOn(LocalDate day) {
        return aCommunityYearWithout(LogoposidelkiCommunityYear.Part.ANNUAL_REPORT)
                .report(annualReport(day, Map.of(
                        LogoposidelkiProfileProvider.INDICATOR_DIAGNOSED, BigDecimal.valueOf(23),
                        LogoposidelkiProfileProvider.INDICATOR_IMPROVED, BigDecimal.valueOf(17))))
                .build();
    }

    private static CommunityRecord withProtocolsFiledOn(LocalDate day) {
        return aCommunityYearWithout(LogoposidelkiCommunityYear.Part.DOCUMENTS)
                .document(protocolsFile(IMC, day))
                .document(registrationSheetsFile(IMC, LocalDate.of(2025, 5, 30)))
                .document(annualReportDocument(IMC, LocalDate.of(2025, 6, 5)))
                .build();
    }

    @Test
    void acceptsAnAnnualReportCompiledOn31August() {
        assertThat(judge(withReportCompiledOn(AUGUST_31)).findings()).isEmpty();
    }

    @Test
    void rejectsAnAnnualReportCompiledOn1September() {
        ComplianceReport report = judge(withReportCompiledOn(SEPTEMBER_1));

        assertThat(report.violations()).extracting(f -> f.rule().value())
                .containsExactlyInAnyOrder("annual-report", "report-indicators");
        assertThat(report.violations()).allSatisfy(f -> assertThat(f.message().ru()).contains("позже срока 31.08.2025"));
    }

    @Test
    void acceptsProtocolsFiledAtTheCentreOn31August() {
        assertThat(judge(withProtocolsFiledOn(AUGUST_31)).findings()).isEmpty();
    }

    @Test
    void rejectsProtocolsFiledAtTheCentreOn1September() {
        onlyViolation(judge(withProtocolsFiledOn(SEPTEMBER_1)), "protocols-kept-at-imc", "3.2");
    }

    @Test
    void aMissingReportIsOnlyOwedUntilTheYearsLastDayAndViolatedOnIt() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.ANNUAL_REPORT).build();

        ComplianceReport before = judge(record, profile(), LocalDate.of(2025, 8, 30));
        assertThat(before.violations()).isEmpty();
        assertThat(before.verdict()).isEqualTo(Verdict.COMPLIES);
        assertThat(before.obligations()).anySatisfy(o -> {
            assertThat(o.rule().value()).isEqualTo("annual-report");
            assertThat(o.dueBy()).isEqualTo(AUGUST_31);
        });

        ComplianceReport onTheDay = judge(record, profile(), AUGUST_31);
        assertThat(onTheDay.violations()).extracting(f -> f.rule().value())
                .containsExactlyInAnyOrder("annual-report", "report-indicators");
    }

    @Test
    void aMissingPlanIsViolatedOnlyOnceTheSchoolYearIsOver() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.PLAN).build();

        assertThat(judge(record, profile(), LocalDate.of(2025, 8, 30)).violations()).isEmpty();
        assertThat(judge(record, profile(), AUGUST_31).violations()).extracting(f -> f.rule().value())
                .containsExactlyInAnyOrder("annual-plan", "plan-drafted-by-leader");
    }
}
