package org.pedcom.profiles.rybnovsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.CITATION_4_7;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.CREATION_ORDER;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.LEADER;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.LIST_ORDER_2024;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.LIST_ORDER_2025;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.NEXT_YEAR;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.SCHOOL_RYBNOE_1;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.SEMINAR;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.SESSION_1;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.SESSION_3;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.SESSION_4;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.TEACHER_HISTORY;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.TEACHER_LITERATURE;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.YEAR;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.aLeader;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.edit;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.judge;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.meeting;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.orderOfAuthority;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.orderOfRimk;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.orderOfSchool;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.theOnlyViolation;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.workPlan2024;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.workPlanApprovedBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.community.Community;
import org.pedcom.community.Termination;
import org.pedcom.community.TerminationReason;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.Verdict;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.Protocol;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.people.CategoryGrant;
import org.pedcom.people.QualificationCategory;
import org.pedcom.people.Qualifications;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanKind;
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.Submission;
import org.pedcom.rule.RuleId;
import org.pedcom.rule.Severity;

/** One violating variant of the compliant year for every rule of the profile. */
class RybnovskyPpsRulesTest {

    // п. 1.3 — annual-list-order

    @Test
    void rejectsListOrderThatLeavesOutAMember() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.compositionOrders.replaceAll(o ->
                o.schoolYear().equals(YEAR)
                        ? new CompositionOrder(YEAR, LIST_ORDER_2024, Set.copyOf(List.of(LEADER, TEACHER_LITERATURE)), List.of())
                        : o));

        Finding finding = theOnlyViolation(judge(record), "annual-list-order", "1.3");

        assertThat(finding.citation()).isEqualTo("пп. 1.3, 1.4 Положения о ППС, утв. приказом № 39/1 от 23.03.2020");
        assertThat(finding.message().ru()).contains(TEACHER_HISTORY.value());
    }

    @Test
    void rejectsListOrderIssuedByRimkInsteadOfTheEducationDepartment() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.compositionOrders.replaceAll(o ->
                o.schoolYear().equals(NEXT_YEAR)
                        ? new CompositionOrder(NEXT_YEAR, orderOfRimk("12", LIST_ORDER_2025.date(), LIST_ORDER_2025.title()),
                        o.members(), o.directions())
                        : o));

        theOnlyViolation(judge(record), "annual-list-order", "1.3");
    }

    // п. 1.4 — created-by-order, terminated-by-order

    @Test
    void rejectsCommunityCreatedByOrderOfRimkInsteadOfTheEducationDepartment() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.community = new Community(
                r.community.id(), r.community.kind(), r.community.name(), r.community.host(), r.community.createdOn(),
                Optional.of(orderOfRimk("9", CREATION_ORDER.date(), CREATION_ORDER.title())), r.community.form(),
                r.community.directions(), Optional.empty()));

        Finding finding = theOnlyViolation(judge(record), "created-by-order", "1.4");

        assertThat(finding.evidence().acts()).containsExactly("приказ № 9 от 28.08.2024");
    }

    @Test
    void rejectsTerminationForAReasonClauseOneFourDoesNotKnow() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.community = r.community.withTermination(
                Termination.of(LocalDate.of(2025, 6, 30), TerminationReason.STAFF_CHANGES,
                        orderOfAuthority("180", LocalDate.of(2025, 6, 27), "О прекращении деятельности ППС"))));

        theOnlyViolation(judge(record), "terminated-by-order", "1.4");
    }

    @Test
    void rejectsLiquidationWithoutAnOrderOfTheEducationDepartment() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.community = r.community.withTermination(
                new Termination(LocalDate.of(2025, 6, 30), TerminationReason.LIQUIDATED, Optional.empty())));

        theOnlyViolation(judge(record), "terminated-by-order", "1.4");
    }

    @Test
    void acceptsLiquidationAndReorganisationByOrderOfTheEducationDepartment() {
        for (TerminationReason reason : List.of(TerminationReason.LIQUIDATED, TerminationReason.REORGANISED)) {
            CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.community = r.community.withTermination(
                    Termination.of(LocalDate.of(2025, 6, 30), reason,
                            orderOfAuthority("180", LocalDate.of(2025, 6, 27), "О ликвидации ППС"))));

            assertThat(judge(record).findings()).as(reason.code()).isEmpty();
        }
    }

    // п. 4.1 — leader-required

    @Test
    void rejectsSummerWithoutLeaderBetweenTwoYearlyAppointments() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> {
            r.appointments.clear();
            r.appointments.add(new Appointment(LEADER, CommunityRole.LEADER, LocalDate.of(2024, 9, 1),
                    Optional.of(LocalDate.of(2025, 6, 30)), Optional.of(LIST_ORDER_2024)));
            r.appointments.add(Appointment.byAct(LEADER, CommunityRole.LEADER, LIST_ORDER_2025));
        });

        Finding finding = theOnlyViolation(judge(record), "leader-required", "4.1");

        assertThat(finding.message().ru()).contains("с 01.07.2025 по 26.08.2025");
    }

    // п. 4.2 — leader-eligibility

    @Test
    void rejectsLeaderWithoutQualificationCategoryWhoHeadsNothing() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replaceWorker(aLeader(Qualifications.none())));

        Finding finding = theOnlyViolation(judge(record), "leader-eligibility", "4.2");

        assertThat(finding.evidence().workers()).containsExactly(LEADER);
        assertThat(finding.message().ru()).contains("на дату назначения 01.09.2024");
    }

    @Test
    void rejectsCategorisedTeacherWithLessThanThreeYearsInTheSpecialty() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replaceWorker(
                RybnovskyCommunityYear.worker(LEADER, aLeader(Qualifications.none()).position(), SCHOOL_RYBNOE_1, Set.of(),
                        Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2024, 4, 24))),
                        LocalDate.of(2021, 11, 1), "Соколова Ирина Викторовна")));

        Finding finding = theOnlyViolation(judge(record), "leader-eligibility", "4.2");

        assertThat(finding.message().ru()).contains("стаж по специальности 2 полных года, требуется не менее 3 лет");
    }

    @Test
    void acceptsTeacherMethodistAsLeader() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replaceWorker(aLeader(Qualifications.of(
                CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2019, 4, 18)),
                CategoryGrant.of(QualificationCategory.METHODIST, LocalDate.of(2024, 3, 21))))));

        // The высшая of 2019 ran out on 17.04.2024; the педагог-методист category of 2024 keeps the leader eligible.
        assertThat(judge(record).findings()).isEmpty();
    }

    // п. 4.3 (абз. 2) — plan-drafted-by-leader

    @Test
    void rejectsPlanDraftedByAMemberWhoIsNotTheLeader() {
        Plan plan = workPlan2024();
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replacePlan(new Plan(plan.schoolYear(),
                plan.kind(), Optional.of(TEACHER_LITERATURE), plan.items(), plan.steps(), plan.publications())));

        theOnlyViolation(judge(record), "plan-drafted-by-leader", "4.3 (абз. 2)");
    }

    // п. 4.3 (абз. 7) — protocols-signed-by-leader (warning)

    @Test
    void warnsWhenTheLeaderDidNotSignAProtocol() {
        Meeting session = meeting(aCompliantCommunityYear(), SESSION_3);
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replaceMeeting(new Meeting(session.id(),
                session.date(), session.form(), session.topic(), session.agenda(),
                Optional.of(new Protocol("3", session.date(), List.of())), session.registration(), session.scenario())));

        ComplianceReport report = judge(record);

        assertThat(report.violations()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.of("protocols-signed-by-leader"));
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.clauseNumber()).isEqualTo("4.3 (абз. 7)");
            // п. 4.6 names no signatories: the warning must not cite it
            assertThat(f.clauses()).extracting(c -> c.number()).containsExactly("4.3 (абз. 7)");
            assertThat(f.evidence().meetings()).containsExactly(SESSION_3);
        });
    }

    // п. 4.5 — sessions-per-half-year

    @Test
    void rejectsSecondHalfYearWithOnlyASeminarAndNoSession() {
        CommunityRecord record = edit(aCompliantCommunityYear(),
                r -> r.meetings.removeIf(m -> m.id().equals(SESSION_3) || m.id().equals(SESSION_4)));

        Finding finding = theOnlyViolation(judge(record), "sessions-per-half-year", "4.5");

        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("II полугодие 2024/2025"));
        assertThat(finding.evidence().meetings()).doesNotContain(SEMINAR);
    }

    // п. 4.6 — session-protocol, protocol-content

    @Test
    void rejectsSessionWithoutProtocol() {
        Meeting session = meeting(aCompliantCommunityYear(), SESSION_1);
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replaceMeeting(new Meeting(session.id(),
                session.date(), session.form(), session.topic(), session.agenda(), Optional.empty(),
                session.registration(), session.scenario())));

        Finding finding = theOnlyViolation(judge(record), "session-protocol", "4.6");

        assertThat(finding.evidence().meetings()).containsExactly(SESSION_1);
    }

    @Test
    void acceptsSeminarWithoutProtocolBecauseOnlySessionsAreRecordedByProtocol() {
        assertThat(meeting(aCompliantCommunityYear(), SEMINAR).protocol()).isEmpty();
        assertThat(judge(aCompliantCommunityYear()).findings()).isEmpty();
    }

    @Test
    void rejectsProtocolQuestionWithNeitherDecisionNorRecommendation() {
        Meeting session = meeting(aCompliantCommunityYear(), SESSION_4);
        List<AgendaItem> agenda = List.of(session.agenda().get(0),
                AgendaItem.of("О предварительном плане работы на 2025/2026 учебный год", List.of(), List.of()));
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replaceMeeting(new Meeting(session.id(),
                session.date(), session.form(), session.topic(), agenda, session.protocol(), session.registration(),
                session.scenario())));

        Finding finding = theOnlyViolation(judge(record), "protocol-content", "4.6");

        assertThat(finding.message().ru()).contains("по вопросу 2");
    }

    @Test
    void rejectsProtocolThatRecordsNoQuestion() {
        Meeting session = meeting(aCompliantCommunityYear(), SESSION_4);
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replaceMeeting(new Meeting(session.id(),
                session.date(), session.form(), session.topic(), List.of(), session.protocol(), session.registration(),
                session.scenario())));

        ComplianceReport report = judge(record);

        Finding finding = theOnlyViolation(report, "protocol-content", "4.6");
        assertThat(finding.message().ru()).contains("не указаны обсуждаемые вопросы");
    }

    // п. 4.7 — plan-approved-by-rimk

    @Test
    void rejectsPlanApprovedByTheSchoolDirectorInsteadOfRimk() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.replacePlan(workPlanApprovedBy(
                orderOfSchool(SCHOOL_RYBNOE_1, "112-о", LocalDate.of(2024, 9, 10), "Об утверждении плана работы ППС"))));

        Finding finding = theOnlyViolation(judge(record), "plan-approved-by-rimk", "4.7");

        assertThat(finding.citation()).isEqualTo(CITATION_4_7);
    }

    @Test
    void rejectsNextYearWithoutWorkPlanBySeptemberFifteenth() {
        CommunityRecord record = edit(aCompliantCommunityYear(),
                r -> r.plans.removeIf(p -> p.schoolYear().equals(NEXT_YEAR) && p.kind() == PlanKind.WORK));

        Finding finding = theOnlyViolation(judge(record), "plan-approved-by-rimk", "4.7");

        assertThat(finding.citation()).isEqualTo(CITATION_4_7);
        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("2025/2026 учебный год"));
    }

    // п. 4.8 — annual-report, annual-report-submitted, preliminary-plan-submitted

    @Test
    void rejectsYearWithoutAnalyticalReport() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.reports.clear());

        Finding finding = theOnlyViolation(judge(record), "annual-report", "4.8");

        assertThat(finding.citation()).isEqualTo("пп. 4.8, 4.3 (абз. 3) Положения о ППС, утв. приказом № 39/1 от 23.03.2020");
    }

    @Test
    void rejectsReportNeverHandedToRimk() {
        CommunityRecord record = edit(aCompliantCommunityYear(),
                r -> r.submissions.removeIf(s -> s.kind().equals(DocumentKind.ANNUAL_REPORT)));

        theOnlyViolation(judge(record), "annual-report-submitted", "4.8");
    }

    @Test
    void rejectsReportHandedToTheEducationDepartmentInsteadOfRimk() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.submissions.replaceAll(s ->
                s.kind().equals(DocumentKind.ANNUAL_REPORT)
                        ? new Submission(s.kind(), s.schoolYear(), RybnovskyCommunityYear.AUTHORITY, s.on()) : s));

        theOnlyViolation(judge(record), "annual-report-submitted", "4.8");
    }

    @Test
    void rejectsPreliminaryPlanNeverHandedToRimk() {
        CommunityRecord record = edit(aCompliantCommunityYear(),
                r -> r.submissions.removeIf(s -> s.kind().equals(DocumentKind.PRELIMINARY_PLAN)));

        Finding finding = theOnlyViolation(judge(record), "preliminary-plan-submitted", "4.8");

        assertThat(finding.message().ru()).contains("(2025/2026)");
    }

    @Test
    void rejectsPreliminaryPlanForTheWrongYear() {
        CommunityRecord record = edit(aCompliantCommunityYear(), r -> r.submissions.replaceAll(s ->
                s.kind().equals(DocumentKind.PRELIMINARY_PLAN) ? new Submission(s.kind(), YEAR, s.to(), s.on()) : s));

        theOnlyViolation(judge(record), "preliminary-plan-submitted", "4.8");
    }
}
