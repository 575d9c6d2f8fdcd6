package org.pedcom.profiles.tomsk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.APRIL_OPEN_EVENT;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.AS_OF;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.CREATED_ON;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.DEPARTMENT;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.FEBRUARY_MASTER_CLASS;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.IMC;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.LEADER;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.NOVEMBER_WORKSHOP;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.SCHOOL_32;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.SPEECH_THERAPIST_SCHOOL;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.aCommunityYearWithout;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.annualReport;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.annualReportDocument;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.departmentOrderAppointingLeader;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.imcOrderAppointingLeader;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.judge;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.leaderAppointment;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.plan;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.profile;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.protocolsFile;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.registrationSheetsFile;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.worker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.pedcom.act.Act;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.Verdict;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.meeting.RegistrationSheet;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.organisation.Body;
import org.pedcom.people.Position;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.people.WorkerId;
import org.pedcom.record.CommunityRecord;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.RuleId;

class LogoposidelkiComplianceTest {

    private static final WorkerId SCHOOL_METHODIST = WorkerId.of("w-0533");

    // --- the compliant year --------------------------------------------------------------------------------------

    @Test
    void compliesForTheWholeYearUnderTheDefaultCalendarQuarter() {
        ComplianceReport report = judge(aCompliantCommunityYear());

        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
        assertThat(report.clauses()).filteredOn(c -> !c.rules().isEmpty())
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(ClauseStatus.COMPLIED));
    }

    @Test
    void compliesForTheWholeYearWhenQuarterMeansTheAcademicQuarter() {
        ComplianceReport report = judge(aCompliantCommunityYear(), profile("academic"), AS_OF);

        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
    }

    @Test
    void owesTheNextQuarterEventAndNextYearsPlanReportAndFiles() {
        ComplianceReport report = judge(aCompliantCommunityYear());

        assertThat(report.obligations()).anySatisfy(o -> {
            assertThat(o.rule()).isEqualTo(RuleId.of("events-per-quarter"));
            assertThat(o.dueBy()).isEqualTo(LocalDate.of(2025, 9, 30));
        });
        assertThat(report.obligations()).filteredOn(o -> o.rule().value().equals("annual-report"))
                .singleElement().satisfies(o -> assertThat(o.dueBy()).isEqualTo(LocalDate.of(2026, 8, 31)));
    }

    // --- п. 2.3: the leader is a methodist of МАУ ИМЦ ------------------------------------------------------------

    @Test
    void rejectsALeaderWhoIsASpeechTherapistOfASchool() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.LEADER_APPOINTMENT,
                LogoposidelkiCommunityYear.Part.PLAN)
                .appointment(leaderAppointment(SPEECH_THERAPIST_SCHOOL, CREATED_ON, departmentOrderAppointingLeader()))
                .plan(plan(SPEECH_THERAPIST_SCHOOL))
                .build();

        Finding finding = onlyViolation(judge(record), "leader-is-imc-methodist", "2.3");
        assertThat(finding.message().ru()).contains("должность «учитель-логопед»").contains("методический центр");
        assertThat(finding.evidence().workers()).containsExactly(SPEECH_THERAPIST_SCHOOL);
    }

    @Test
    void rejectsALeaderWhoIsAMethodistOfASchoolRatherThanOfTheCentre() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.LEADER_APPOINTMENT,
                LogoposidelkiCommunityYear.Part.PLAN)
                .worker(worker(SCHOOL_METHODIST, Position.METHODIST, SCHOOL_32, LocalDate.of(2015, 9, 1),
                        "Иванова Светлана Игоревна"))
                .appointment(leaderAppointment(SCHOOL_METHODIST, CREATED_ON, departmentOrderAppointingLeader()))
                .plan(plan(SCHOOL_METHODIST))
                .build();

        Finding finding = onlyViolation(judge(record), "leader-is-imc-methodist", "2.3");
        assertThat(finding.message().ru()).contains("основное место работы").doesNotContain("должность");
    }

    @Test
    void rejectsAPeriodWithoutALeader() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.LEADER_APPOINTMENT)
                .appointment(new Appointment(LEADER, CommunityRole.LEADER, CREATED_ON,
                        Optional.of(LocalDate.of(2025, 3, 31)), Optional.of(departmentOrderAppointingLeader())))
                .build();

        Finding finding = onlyViolation(judge(record), "leader-is-imc-methodist", "2.3");
        assertThat(finding.message().ru()).contains("не занята с 01.04.2025");
    }

    @Test
    void acceptsASuccessorLeaderTakingOverTheDayAfter() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.LEADER_APPOINTMENT)
                .worker(worker(WorkerId.of("w-0688"), Position.METHODIST, IMC, LocalDate.of(2011, 9, 1),
                        "Соловьёва Наталья Геннадьевна"))
                .appointment(new Appointment(LEADER, CommunityRole.LEADER, CREATED_ON,
                        Optional.of(LocalDate.of(2025, 3, 31)), Optional.of(departmentOrderAppointingLeader())))
                .appointment(leaderAppointment(WorkerId.of("w-0688"), LocalDate.of(2025, 4, 1),
                        Act.order("233-р", LocalDate.of(2025, 3, 28),
                                Body.headOf(DEPARTMENT),
                                "О смене руководителя ШПО «Логопосиделки»")))
                .build();

        assertThat(judge(record).findings()).isEmpty();
    }

    // --- п. 2.6: appointed by order of the департамент образования ------------------------------------------------

    @Test
    void rejectsALeaderAppointedByAnOrderOfTheCentreInsteadOfTheDepartment() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.LEADER_APPOINTMENT)
                .appointment(leaderAppointment(LEADER, CREATED_ON, imcOrderAppointingLeader()))
                .build();

        Finding finding = onlyViolation(judge(record), "leader-appointed-by-department-order", "2.6");
        assertThat(finding.message().ru()).contains("приказ № 201 от 30.08.2024").contains("орган управления образованием");
        assertThat(finding.clauses()).extracting(c -> c.number()).containsExactly("2.6", "2.3");
    }

    @Test
    void rejectsALeaderAppointedWithoutAnyAct() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.LEADER_APPOINTMENT)
                .appointment(new Appointment(LEADER, CommunityRole.LEADER, CREATED_ON, Optional.empty(), Optional.empty()))
                .build();

        onlyViolation(judge(record), "leader-appointed-by-department-order", "2.6");
    }

    // --- пп. 2.3, 2.6 under leader-reading = methodist-curator -------------------------------------------------

    private static Profile curatorReading() {
        return Profiles.load().profile(ProfileId.of(LogoposidelkiProfileProvider.ID),
                ProfileSettings.of(Map.of(LogoposidelkiProfileProvider.LEADER_READING, LogoposidelkiProfileProvider.LEADER_CURATOR)));
    }

    /** A speech therapist of school № 32 leads, appointed by the department; the ИМЦ methodist is the curator. */
    private static CommunityRecord.Builder ledByASchoolSpeechTherapist() {
        return aCommunityYearWithout(LogoposidelkiCommunityYear.Part.LEADER_APPOINTMENT, LogoposidelkiCommunityYear.Part.PLAN)
                .appointment(leaderAppointment(SPEECH_THERAPIST_SCHOOL, CREATED_ON, departmentOrderAppointingLeader()))
                .plan(plan(SPEECH_THERAPIST_SCHOOL));
    }

    private static Appointment curator(WorkerId worker, Optional<LocalDate> until) {
        return new Appointment(worker, CommunityRole.SUPERVISOR, CREATED_ON, until, Optional.empty());
    }

    @Test
    void curatorReadingAcceptsASchoolLeaderUnderTheCuratorshipOfTheImcMethodist() {
        CommunityRecord record = ledByASchoolSpeechTherapist().appointment(curator(LEADER, Optional.empty())).build();

        assertThat(judge(record, curatorReading(), AS_OF).findings()).isEmpty();
        onlyViolation(judge(record), "leader-is-imc-methodist", "2.3");
    }

    @Test
    void curatorReadingRejectsAShpoWithoutAnImcMethodistAsCurator() {
        Finding finding = onlyViolation(judge(ledByASchoolSpeechTherapist().build(), curatorReading(), AS_OF),
                "curator-is-imc-methodist", "2.3");
        assertThat(finding.message().ru()).contains("«куратор»").contains("не занята с 01.09.2024");
    }

    @Test
    void curatorReadingRejectsACuratorWhoIsNoMethodistOfTheCentre() {
        CommunityRecord record = ledByASchoolSpeechTherapist()
                .appointment(curator(SPEECH_THERAPIST_SCHOOL, Optional.empty())).build();

        Finding finding = onlyViolation(judge(record, curatorReading(), AS_OF), "curator-is-imc-methodist", "2.3");
        assertThat(finding.message().ru()).contains("должность «учитель-логопед»");
    }

    @Test
    void curatorReadingStillDemandsTheDepartmentsOrderAndALeaderEveryDay() {
        CommunityRecord byImcOrder = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.LEADER_APPOINTMENT)
                .appointment(leaderAppointment(LEADER, CREATED_ON, imcOrderAppointingLeader()))
                .appointment(curator(LEADER, Optional.empty())).build();
        Finding wrongAct = onlyViolation(judge(byImcOrder, curatorReading(), AS_OF),
                "leader-appointed-by-department-order", "2.6");
        assertThat(wrongAct.clauses()).extracting(c -> c.number()).containsExactly("2.6");

        CommunityRecord gap = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.LEADER_APPOINTMENT)
                .appointment(new Appointment(LEADER, CommunityRole.LEADER, CREATED_ON,
                        Optional.of(LocalDate.of(2025, 3, 31)), Optional.of(departmentOrderAppointingLeader())))
                .appointment(curator(LEADER, Optional.empty())).build();
        Finding vacancy = onlyViolation(judge(gap, curatorReading(), AS_OF), "leader-in-place", "2.6");
        assertThat(vacancy.message().ru()).contains("не занята с 01.04.2025");
    }

    // --- пп. 1.2, 2.1, 2.6 (абз. 2): the annual plan, drawn up by the leader ----------------------------------------

    @Test
    void rejectsAYearWithoutAPlanUnderBothPlanRules() {
        ComplianceReport report = judge(aCommunityYearWithout(LogoposidelkiCommunityYear.Part.PLAN).build());

        assertThat(report.violations()).extracting(f -> f.rule().value())
                .containsExactlyInAnyOrder("annual-plan", "plan-drafted-by-leader");
        assertThat(violation(report, "annual-plan").clauseNumber()).isEqualTo("2.1");
        assertThat(violation(report, "annual-plan").citation()).startsWith("пп. 2.1, 1.2 Положения о Школе передового опыта");
    }

    @Test
    void rejectsAPlanNotDrawnUpByTheLeader() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.PLAN)
                .plan(plan(SPEECH_THERAPIST_SCHOOL)).build();

        Finding finding = onlyViolation(judge(record), "plan-drafted-by-leader", "2.6 (абз. 2)");
        assertThat(finding.message().ru()).contains("автор плана не является руководителем");
    }

    // --- п. 2.5: one event a quarter ------------------------------------------------------------------------------

    @Test
    void rejectsQuarterWithoutAnEvent() {
        CommunityRecord record = aCompliantCommunityYear().toBuilder()
                .withoutMeetings(m -> m.id().equals(FEBRUARY_MASTER_CLASS)).build();

        Finding finding = onlyViolation(judge(record), "events-per-quarter", "2.5");
        assertThat(finding.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("1 квартал 2025 г."));
        assertThat(finding.citation()).startsWith("пп. 2.5, 2.6 (абз. 3) Положения о Школе передового опыта «Логопосиделки», "
                + "приложение № 14 к приказу МАУ ИМЦ г. Томска от __.__.2021 № __");
    }

    // --- п. 3.1: protocols, registration sheets, the annual report ----------------------------------------------------

    @Test
    void rejectsAnEventWithoutAProtocol() {
        CommunityRecord record = replacing(NOVEMBER_WORKSHOP, m -> new Meeting(m.id(), m.date(), m.form(), m.topic(),
                m.agenda(), Optional.empty(), m.registration(), m.scenario()));

        Finding finding = onlyViolation(judge(record), "event-protocol", "3.1");
        assertThat(finding.message().ru()).contains("нет протокола");
        assertThat(finding.evidence().meetings()).containsExactly(NOVEMBER_WORKSHOP);
    }

    @Test
    void rejectsAnEventWithoutARegistrationSheet() {
        CommunityRecord record = replacing(APRIL_OPEN_EVENT, m -> new Meeting(m.id(), m.date(), m.form(), m.topic(),
                m.agenda(), m.protocol(), Optional.empty(), m.scenario()));

        Finding finding = onlyViolation(judge(record), "event-registration-sheet", "3.1");
        assertThat(finding.message().ru()).contains("нет листа регистрации");
    }

    @Test
    void rejectsARegistrationSheetNobodySigned() {
        CommunityRecord record = replacing(APRIL_OPEN_EVENT, m -> new Meeting(m.id(), m.date(), m.form(), m.topic(),
                m.agenda(), m.protocol(), Optional.of(new RegistrationSheet(Set.of(), 0)), m.scenario()));

        onlyViolation(judge(record), "event-registration-sheet", "3.1");
    }

    @Test
    void rejectsAYearWithoutTheAnnualReportUnderTheReportAndIndicatorRules() {
        ComplianceReport report = judge(aCommunityYearWithout(LogoposidelkiCommunityYear.Part.ANNUAL_REPORT).build());

        assertThat(report.violations()).extracting(f -> f.rule().value())
                .containsExactlyInAnyOrder("annual-report", "report-indicators");
        Finding finding = violation(report, "annual-report");
        assertThat(finding.clauseNumber()).isEqualTo("3.1");
        assertThat(finding.clauses()).extracting(c -> c.number()).containsExactly("3.1", "2.6 (абз. 4)");
        assertThat(finding.message().ru()).contains("нет аналитического отчёта за 2024/2025");
    }

    // --- п. 1.5: the indicators in the annual report ---------------------------------------------------------------

    @Test
    void rejectsAnAnnualReportWithoutTheMasteryIndicator() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.ANNUAL_REPORT)
                .report(annualReport(LocalDate.of(2025, 6, 5),
                        Map.of(LogoposidelkiProfileProvider.INDICATOR_DIAGNOSED, BigDecimal.valueOf(23))))
                .build();

        Finding finding = onlyViolation(judge(record), "report-indicators", "1.5");
        assertThat(finding.message().ru()).contains("teachers-improved-mastery").doesNotContain("teachers-diagnosed");
    }

    @Test
    void rejectsAnAnnualReportWithoutTheDiagnosticsIndicator() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.ANNUAL_REPORT)
                .report(annualReport(LocalDate.of(2025, 6, 5),
                        Map.of(LogoposidelkiProfileProvider.INDICATOR_IMPROVED, BigDecimal.valueOf(17))))
                .build();

        Finding finding = onlyViolation(judge(record), "report-indicators", "1.5");
        assertThat(finding.message().ru()).contains("teachers-diagnosed-for-deficits");
    }

    @Test
    void acceptsAZeroIndicatorValueBecauseTheTextSetsNoTarget() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.ANNUAL_REPORT)
                .report(annualReport(LocalDate.of(2025, 6, 5), Map.of(
                        LogoposidelkiProfileProvider.INDICATOR_DIAGNOSED, BigDecimal.ZERO,
                        LogoposidelkiProfileProvider.INDICATOR_IMPROVED, BigDecimal.ZERO)))
                .build();

        assertThat(judge(record).findings()).isEmpty();
    }

    // --- п. 3.2: the documentation is kept at the информационно-методический центр ----------------------------------

    @Test
    void rejectsProtocolsKeptAtASchool() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.DOCUMENTS)
                .document(protocolsFile(SCHOOL_32, LocalDate.of(2025, 5, 30)))
                .document(registrationSheetsFile(IMC, LocalDate.of(2025, 5, 30)))
                .document(annualReportDocument(IMC, LocalDate.of(2025, 6, 5)))
                .build();

        Finding finding = onlyViolation(judge(record), "protocols-kept-at-imc", "3.2");
        assertThat(finding.message().ru()).contains("хранится не там, где требуется").contains("методический центр");
    }

    @Test
    void rejectsRegistrationSheetsKeptAtASchool() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.DOCUMENTS)
                .document(protocolsFile(IMC, LocalDate.of(2025, 5, 30)))
                .document(registrationSheetsFile(SCHOOL_32, LocalDate.of(2025, 5, 30)))
                .document(annualReportDocument(IMC, LocalDate.of(2025, 6, 5)))
                .build();

        onlyViolation(judge(record), "registration-sheets-kept-at-imc", "3.2");
    }

    @Test
    void rejectsAnAnnualReportNotFiledAtTheCentre() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.DOCUMENTS)
                .document(protocolsFile(IMC, LocalDate.of(2025, 5, 30)))
                .document(registrationSheetsFile(IMC, LocalDate.of(2025, 5, 30)))
                .build();

        Finding finding = onlyViolation(judge(record), "annual-report-kept-at-imc", "3.2");
        assertThat(finding.message().ru()).contains("нет документа «аналитический отчёт о работе за год»");
    }

    @Test
    void rejectsAYearWhoseDocumentationWasNeverFiled() {
        ComplianceReport report = judge(aCommunityYearWithout(LogoposidelkiCommunityYear.Part.DOCUMENTS).build());

        assertThat(report.violations()).extracting(f -> f.rule().value()).containsExactlyInAnyOrder(
                "protocols-kept-at-imc", "registration-sheets-kept-at-imc", "annual-report-kept-at-imc");
        assertThat(report.clause(ClauseId.of("p3-2"))).hasValueSatisfying(
                c -> assertThat(c.status()).isEqualTo(ClauseStatus.VIOLATED));
    }

    // --- personal data --------------------------------------------------------------------------------------------

    @Test
    void namesWorkersInFindingsByIdOnlyNeverByName() {
        CommunityRecord record = aCommunityYearWithout(LogoposidelkiCommunityYear.Part.LEADER_APPOINTMENT,
                LogoposidelkiCommunityYear.Part.PLAN)
                .appointment(leaderAppointment(SPEECH_THERAPIST_SCHOOL, CREATED_ON, imcOrderAppointingLeader()))
                .plan(plan(LEADER))
                .build();

        ComplianceReport report = judge(record);

        assertThat(report.violations()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(report.findings()).allSatisfy(f -> {
            String text = f.message().ru() + f.message().en() + f.hint().ru() + f.evidence();
            assertThat(text).doesNotContain("Шевцова").doesNotContain("Кравченко").doesNotContain("Марина");
        });
        assertThat(violation(report, "leader-is-imc-methodist").message().ru()).contains(SPEECH_THERAPIST_SCHOOL.value());
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    static Finding onlyViolation(ComplianceReport report, String rule, String clauseNumber) {
        assertThat(report.violations()).as("violations").singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.of(rule));
            assertThat(f.clauseNumber()).isEqualTo(clauseNumber);
        });
        assertThat(report.verdict()).isEqualTo(Verdict.VIOLATED);
        return report.violations().get(0);
    }

    static Finding violation(ComplianceReport report, String rule) {
        return report.violations().stream().filter(f -> f.rule().value().equals(rule)).findFirst().orElseThrow();
    }

    private static CommunityRecord replacing(MeetingId id, UnaryOperator<Meeting> change) {
        CommunityRecord compliant = aCompliantCommunityYear();
        Meeting changed = change.apply(compliant.meeting(id).orElseThrow());
        return compliant.toBuilder().withoutMeetings(m -> m.id().equals(id)).meeting(changed).build();
    }
}
