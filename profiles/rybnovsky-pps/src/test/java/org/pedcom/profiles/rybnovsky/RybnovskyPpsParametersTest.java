package org.pedcom.profiles.rybnovsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.JUDGED_ON;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.LEADER;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.LIST_ORDER_2024;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.SCHOOL_BATURINO;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.YEAR;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.edit;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.judge;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.orderOfAuthority;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.profile;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.theOnlyViolation;
import static org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider.AUGUST_31;
import static org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider.COMPOSITION_ORDER_DUE;
import static org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider.END_OF_SCHOOL_YEAR;
import static org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider.EVERY_LEADER;
import static org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider.EXPERIENCE_APPLIES_TO;
import static org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider.SEPTEMBER_1;
import static org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider.SEPTEMBER_15;
import static org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider.SUBMISSION_DEADLINE;
import static org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider.TEACHER_ONLY;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.people.AdministrativeRole;
import org.pedcom.people.Position;
import org.pedcom.people.Qualifications;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;

/** Each parameter's other reading changes the outcome exactly as the README says. */
class RybnovskyPpsParametersTest {

    // experience-applies-to

    /** A head of the school МО without a category who has taught for one year on appointment, two by now. */
    private static CommunityRecord ledByAYoungHeadOfMethodicalAssociation() {
        return edit(aCompliantCommunityYear(), r -> r.replaceWorker(RybnovskyCommunityYear.worker(LEADER, Position.TEACHER,
                SCHOOL_BATURINO, Set.of(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION), Qualifications.none(),
                LocalDate.of(2023, 3, 1), "Соколова Ирина Викторовна")));
    }

    @Test
    void headOfMethodicalAssociationNeedsNoExperienceByDefault() {
        assertThat(judge(ledByAYoungHeadOfMethodicalAssociation()).findings()).isEmpty();
    }

    @Test
    void headOfMethodicalAssociationNeedsThreeYearsWhenExperienceAppliesToEveryLeader() {
        ComplianceReport report = Compliance.evaluate(ledByAYoungHeadOfMethodicalAssociation(),
                profile(EXPERIENCE_APPLIES_TO, EVERY_LEADER), JUDGED_ON);

        Finding finding = theOnlyViolation(report, "leader-eligibility", "4.2");
        assertThat(finding.message().ru()).contains("стаж по специальности 1 полный год, требуется не менее 3 лет");
        assertThat(report.settings()).containsEntry(EXPERIENCE_APPLIES_TO, EVERY_LEADER);
    }

    @Test
    void experiencedDirectorLeadsUnderEitherReading() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replaceWorker(RybnovskyCommunityYear.worker(LEADER,
                Position.HEAD, SCHOOL_BATURINO, Set.of(AdministrativeRole.HEAD_OF_ORGANISATION), Qualifications.none(),
                LocalDate.of(2001, 9, 1), "Соколова Ирина Викторовна")));

        assertThat(Compliance.evaluate(record, profile(EXPERIENCE_APPLIES_TO, TEACHER_ONLY), JUDGED_ON).findings()).isEmpty();
        assertThat(Compliance.evaluate(record, profile(EXPERIENCE_APPLIES_TO, EVERY_LEADER), JUDGED_ON).findings()).isEmpty();
    }

    // composition-order-due

    private static CommunityRecord withListOrderFor2024On(LocalDate date) {
        return edit(aCompliantCommunityYear(), r -> r.compositionOrders.replaceAll(o -> o.schoolYear().equals(YEAR)
                ? new CompositionOrder(YEAR, orderOfAuthority("262", date, LIST_ORDER_2024.title()), o.members(), o.directions())
                : o));
    }

    @Test
    void listOrderOfTenthSeptemberIsInTimeByDefaultButLateWhenDueOnFirstSeptember() {
        CommunityRecord record = withListOrderFor2024On(LocalDate.of(2024, 9, 10));

        assertThat(Compliance.evaluate(record, profile(COMPOSITION_ORDER_DUE, SEPTEMBER_15), JUDGED_ON).findings()).isEmpty();
        theOnlyViolation(Compliance.evaluate(record, profile(COMPOSITION_ORDER_DUE, SEPTEMBER_1), JUDGED_ON),
                "annual-list-order", "1.3");
    }

    @Test
    void listOrderOfOctoberIsLateByDefaultButInTimeWhenDueByTheEndOfTheSchoolYear() {
        CommunityRecord record = withListOrderFor2024On(LocalDate.of(2024, 10, 21));

        Finding late = theOnlyViolation(judge(record), "annual-list-order", "1.3");
        assertThat(late.message().ru()).contains("позже срока 15.09.2024");
        assertThat(Compliance.evaluate(record, profile(COMPOSITION_ORDER_DUE, END_OF_SCHOOL_YEAR), JUDGED_ON).findings())
                .isEmpty();
    }

    // submission-deadline

    @Test
    void reportHandedInOnFirstSeptemberIsLateByDefaultButInTimeWhenFirstSeptemberIsAllowed() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> {
            r.handIn(DocumentKind.ANNUAL_REPORT, LocalDate.of(2025, 9, 1));
            r.handIn(DocumentKind.PRELIMINARY_PLAN, LocalDate.of(2025, 9, 1));
        });

        ComplianceReport byDefault = Compliance.evaluate(record, profile(SUBMISSION_DEADLINE, AUGUST_31), JUDGED_ON);
        assertThat(byDefault.violations()).extracting(f -> f.rule().value())
                .containsExactlyInAnyOrder("annual-report-submitted", "preliminary-plan-submitted");
        assertThat(Compliance.evaluate(record, profile(SUBMISSION_DEADLINE, SEPTEMBER_1), JUDGED_ON).findings()).isEmpty();
    }

    @Test
    void secondSeptemberIsLateUnderEitherReading() {
        CommunityRecord record = edit(aCompliantCommunityYear(),
                r -> r.handIn(DocumentKind.ANNUAL_REPORT, LocalDate.of(2025, 9, 2)));

        theOnlyViolation(Compliance.evaluate(record, profile(SUBMISSION_DEADLINE, SEPTEMBER_1), JUDGED_ON),
                "annual-report-submitted", "4.8");
    }

    @Test
    void refusesAValueTheParameterDoesNotAllow() {
        assertThatThrownBy(() -> Profiles.load().profile(ProfileId.of(RybnovskyPpsProfileProvider.ID),
                ProfileSettings.of(Map.of(EXPERIENCE_APPLIES_TO, "heads-only"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(EXPERIENCE_APPLIES_TO);
    }
}
