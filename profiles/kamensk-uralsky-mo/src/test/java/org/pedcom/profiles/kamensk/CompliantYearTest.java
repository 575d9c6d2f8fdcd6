package org.pedcom.profiles.kamensk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.judge;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.profileWith;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.ClauseSummary;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.Verdict;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.people.PedagogicalWorker;

class CompliantYearTest {

    @Test
    void compliantYearYieldsNoFindingAndComplies() {
        ComplianceReport report = judge(aCompliantCommunityYear());

        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
    }

    @Test
    void everyCheckableClauseIsCompliedInTheCompliantYear() {
        ComplianceReport report = judge(aCompliantCommunityYear());

        assertThat(report.clauses()).filteredOn(c -> !c.rules().isEmpty())
                .extracting(c -> c.clause().number() + " " + c.status())
                .containsExactly("1.1 COMPLIED", "1.3 COMPLIED", "5.1 COMPLIED", "5.2 COMPLIED", "5.3 COMPLIED", "9.1 COMPLIED",
                        "9.2 COMPLIED", "9.3 COMPLIED", "9.4 COMPLIED", "9.5 COMPLIED", "9.6 COMPLIED");
        assertThat(report.clauses()).filteredOn(c -> c.rules().isEmpty()).extracting(ClauseSummary::status)
                .containsOnly(ClauseStatus.NOT_CHECKABLE).hasSize(29);
    }

    @Test
    void compliantYearCompliesUnderEveryParameterValue() {
        for (ComplianceReport report : List.of(
                judge(aCompliantCommunityYear(), profileWith("item-outcome", "decision-or-recommendation")),
                judge(aCompliantCommunityYear(), profileWith("plan-deadline", "september-30")))) {
            assertThat(report.findings()).isEmpty();
            assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
        }
    }

    @Test
    void showsWhatTheNextSchoolYearOwesAsObligations() {
        ComplianceReport report = judge(aCompliantCommunityYear());

        assertThat(report.obligations()).extracting(o -> o.rule().value() + " " + o.dueBy()).contains(
                "composition-order-yearly 2025-09-30", "sessions-per-half-year 2025-12-31",
                "work-plan-approved 2026-08-31", "analysis-of-year 2026-08-31");
    }

    @Test
    void findingsNameWorkersByIdOnlyNeverByPersonalData() {
        // The leader, whose data bank entry holds a name, a birth date and an e-mail, is put in charge of control.
        var draft = KamenskMoCommunityYear.draft().appointment(CommunityRole.SUPERVISOR,
                a -> new Appointment(KamenskMoCommunityYear.LEADER, CommunityRole.SUPERVISOR, a.from(), a.until(), a.act()));
        PedagogicalWorker leader = draft.workers.stream().filter(w -> w.id().equals(KamenskMoCommunityYear.LEADER))
                .findFirst().orElseThrow();

        ComplianceReport report = judge(draft.build());

        Finding f = KamenskMoCommunityYear.onlyViolation(report, "supervisor-deputy-director", "5.3");
        assertThat(f.evidence().workers()).containsExactly(KamenskMoCommunityYear.LEADER);
        String everything = report.findings().toString();
        assertThat(everything).contains("w-0214")
                .doesNotContain(leader.personalData().fullName())
                .doesNotContain("Ковалёва")
                .doesNotContain("leader.mo@cpmss.example")
                .doesNotContain(LocalDate.of(1984, 3, 14).toString());
    }
}
