package org.pedcom.profiles.rybnovsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.judge;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Verdict;

class CompliantYearTest {

    @Test
    void compliantYearYieldsNoFindingAndComplies() {
        ComplianceReport report = judge(aCompliantCommunityYear());

        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
    }
}
