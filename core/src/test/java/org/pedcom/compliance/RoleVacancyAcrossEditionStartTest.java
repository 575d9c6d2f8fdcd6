package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.compliance.EngineFixtures.aCommunityCreatedOn;
import static org.pedcom.compliance.EngineFixtures.aProfileRequiring;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.RoleEligibility;

/**
 * A required role left vacant since before the edition came into force is judged for the edition's own days: the
 * edition (in force since 01.01.2020) cannot excuse a vacancy merely because it began under no regulation.
 */
class RoleVacancyAcrossEditionStartTest {

    private static final Profile SUPERVISOR_REQUIRED = aProfileRequiring(
            RoleEligibility.of(CommunityRole.SUPERVISOR, true, Eligibility.anyone()));

    @Test
    void reportsAVacancyThatBeganBeforeTheEditionFromTheEditionsFirstDay() {
        CommunityRecord record = aCommunityCreatedOn(LocalDate.of(2019, 9, 1)).build();

        ComplianceReport report = Compliance.evaluate(record, SUPERVISOR_REQUIRED, LocalDate.of(2020, 3, 1));

        assertThat(report.violations()).singleElement().satisfies(f -> {
            assertThat(f.clauseNumber()).isEqualTo("1.1");
            assertThat(f.message().ru()).contains("с 01.01.2020 по 01.03.2020");
        });
    }

    @Test
    void passesWhenTheRoleIsFilledOnEveryDayOfTheEdition() {
        CommunityRecord record = aCommunityCreatedOn(LocalDate.of(2019, 9, 1))
                .appointment(new Appointment(EngineFixtures.TEACHER, CommunityRole.SUPERVISOR, LocalDate.of(2019, 12, 1),
                        Optional.empty(), Optional.empty()))
                .build();

        ComplianceReport report = Compliance.evaluate(record, SUPERVISOR_REQUIRED, LocalDate.of(2020, 3, 1));

        assertThat(report.findings()).isEmpty();
        assertThat(report.clauses()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ClauseStatus.COMPLIED));
    }

    @Test
    void ignoresAVacancyThatEndedBeforeTheEditionCameIntoForce() {
        CommunityRecord record = aCommunityCreatedOn(LocalDate.of(2019, 9, 1))
                .appointment(new Appointment(EngineFixtures.TEACHER, CommunityRole.SUPERVISOR, LocalDate.of(2020, 1, 1),
                        Optional.empty(), Optional.empty()))
                .build();

        ComplianceReport report = Compliance.evaluate(record, SUPERVISOR_REQUIRED, LocalDate.of(2020, 3, 1));

        assertThat(report.findings()).isEmpty();
    }
}
