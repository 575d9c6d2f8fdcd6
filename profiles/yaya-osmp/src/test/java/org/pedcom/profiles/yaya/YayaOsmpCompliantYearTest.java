package org.pedcom.profiles.yaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.yaya.YayaOsmpCommunityYear.judged;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Verdict;

class YayaOsmpCompliantYearTest {

    @Test
    void theCompliantYearYieldsNoFindingAndComplies() {
        ComplianceReport report = judged(aCompliantCommunityYear());

        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
    }

    @Test
    void everyCheckableClauseOfTheCompliantYearIsCompliedOrNotYetDue() {
        ComplianceReport report = judged(aCompliantCommunityYear());

        assertThat(report.clauses()).noneMatch(c -> c.status() == ClauseStatus.VIOLATED);
    }
}
