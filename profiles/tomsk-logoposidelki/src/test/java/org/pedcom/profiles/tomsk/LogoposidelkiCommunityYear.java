package org.pedcom.profiles.tomsk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pedcom.act.Act;
import org.pedcom.calendar.AcademicQuarter;
import org.pedcom.calendar.DateRange;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.community.CommunityId;
import org.pedcom.community.CommunityKind;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.documentation.Document;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.meeting.Protocol;
import org.pedcom.meeting.RegistrationSheet;
import org.pedcom.meeting.Signature;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.Membership;
import org.pedcom.membership.MembershipBasis;
import org.pedcom.organisation.Body;
import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.organisation.Territory;
import org.pedcom.people.CategoryGrant;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.PersonalData;
import org.pedcom.people.Position;
import org.pedcom.people.QualificationCategory;
import org.pedcom.people.Qualifications;
import org.pedcom.people.SpecialtyExperience;
import org.pedcom.people.WorkerId;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PlanStep;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;

/**
 * The 2024/2025 school year of ШПО «Логопосиделки»: a methodist of МАУ ИМЦ г. Томска appointed leader by order of
 * the департамент образования, four events (one in every calendar quarter and every четверть), each with a protocol
 * and a registration sheet, the leader's annual plan, the annual analytical report with both indicators of
 * clause 1.5, and the year's documentation filed at the ИМЦ. Judged on 20 September 2025, after every deadline of
 * the year.
 *
 * <p>Variants leave out a {@link Part} with {@link #aCommunityYearWithout(Part...)} and add a changed one back.
 */
public final class LogoposidelkiCommunityYear {

    static final LocalDate AS_OF = LocalDate.of(2025, 9, 20);
    static final SchoolYear YEAR = SchoolYear.of(2024);
    static final LocalDate CREATED_ON = LocalDate.of(2024, 9, 1);

    static final Territory TOMSK = Territory.of("Томская область", "Город Томск");
    static final OrganisationId IMC = OrganisationId.of("imc-tomsk");
    static final OrganisationId DEPARTMENT = OrganisationId.of("do-tomsk");
    static final OrganisationId SCHOOL_32 = OrganisationId.of("maou-sosh-32");
    static final OrganisationId GYMNASIUM_26 = OrganisationId.of("maou-gimnaziya-26");
    static final OrganisationId KINDERGARTEN_54 = OrganisationId.of("madou-54");

    static final WorkerId LEADER = WorkerId.of("w-0417");
    static final WorkerId SPEECH_THERAPIST_SCHOOL = WorkerId.of("w-1102");
    static final WorkerId DEFECTOLOGIST = WorkerId.of("w-1187");
    static final WorkerId SPEECH_THERAPIST_KINDERGARTEN = WorkerId.of("w-1230");
    static final WorkerId SPEECH_THERAPIST_NEW = WorkerId.of("w-1305");

    static final MeetingId SEPTEMBER_SESSION = MeetingId.of("shpo-2024-09-26");
    static final MeetingId NOVEMBER_WORKSHOP = MeetingId.of("shpo-2024-11-21");
    static final MeetingId FEBRUARY_MASTER_CLASS = MeetingId.of("shpo-2025-02-13");
    static final MeetingId APRIL_OPEN_EVENT = MeetingId.of("shpo-2025-04-17");

    /** The parts of the year a variant may leave out. */
    enum Part { LEADER_APPOINTMENT, PLAN, MEETINGS, ANNUAL_REPORT, DOCUMENTS }

    private LogoposidelkiCommunityYear() {
    }

    // --- the profile -------------------------------------------------------------------------------------------

    static Profile profile() {
        return Profiles.load().profile(LogoposidelkiProfileProvider.ID);
    }

    static Profile profile(String quarter) {
        return Profiles.load().profile(ProfileId.of(LogoposidelkiProfileProvider.ID),
                ProfileSettings.of(Map.of(LogoposidelkiProfileProvider.QUARTER, quarter)));
    }

    static ComplianceReport judge(CommunityRecord record) {
        return Compliance.evaluate(record, profile(), AS_OF);
    }

    static ComplianceReport judge(CommunityRecord record, Profile profile, LocalDate asOf) {
        return Compliance.evaluate(record, profile, asOf);
    }

    // --- the year ----------------------------------------------------------------------------------------------

    public static CommunityRecord aCompliantCommunityYear() {
        return aCommunityYearWithout().build();
    }

    /** The compliant year without the parts named. */
    static CommunityRecord.Builder aCommunityYearWithout(Part... omitted) {
        Set<Part> left = EnumSet.allOf(Part.class);
        left.removeAll(List.of(omitted));
        CommunityRecord.Builder record = CommunityRecord.builder(community(CREATED_ON))
                .terms(termsOf2024())
                .organisation(Organisation.of(IMC.value(),
                        "МАУ «Информационно-методический центр» г. Томска (МАУ ИМЦ г. Томска)",
                        OrganisationKind.METHODICAL_CENTRE, TOMSK))
                .organisation(Organisation.of(DEPARTMENT.value(), "Департамент образования администрации Города Томска",
                        OrganisationKind.EDUCATION_AUTHORITY, TOMSK))
                .organisation(Organisation.of(SCHOOL_32.value(), "МАОУ СОШ № 32 г. Томска", OrganisationKind.EDUCATIONAL,
                        TOMSK, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL))
                .organisation(Organisation.of(GYMNASIUM_26.value(), "МАОУ гимназия № 26 г. Томска",
                        OrganisationKind.EDUCATIONAL, TOMSK, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL,
                        EducationLevel.SECONDARY_GENERAL))
                .organisation(Organisation.of(KINDERGARTEN_54.value(), "МАДОУ № 54 г. Томска", OrganisationKind.EDUCATIONAL,
                        TOMSK, EducationLevel.PRESCHOOL))
                .worker(worker(LEADER, Position.METHODIST, IMC, LocalDate.of(2006, 8, 28), "Кравченко Ольга Николаевна",
                        CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2022, 12, 20))))
                .worker(worker(SPEECH_THERAPIST_SCHOOL, Position.SPEECH_THERAPIST, SCHOOL_32, LocalDate.of(2012, 9, 1),
                        "Шевцова Марина Александровна", CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2023, 4, 26))))
                .worker(worker(DEFECTOLOGIST, Position.DEFECTOLOGIST, GYMNASIUM_26, LocalDate.of(2016, 9, 1),
                        "Лукина Татьяна Сергеевна"))
                .worker(worker(SPEECH_THERAPIST_KINDERGARTEN, Position.SPEECH_THERAPIST, KINDERGARTEN_54,
                        LocalDate.of(2009, 9, 1), "Мельникова Анна Викторовна",
                        CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2024, 2, 28))))
                .worker(worker(SPEECH_THERAPIST_NEW, Position.SPEECH_THERAPIST, KINDERGARTEN_54, LocalDate.of(2024, 8, 26),
                        "Гордеева Елена Павловна"))
                .membership(Membership.since(SPEECH_THERAPIST_SCHOOL, CREATED_ON, MembershipBasis.APPLICATION))
                .membership(Membership.since(DEFECTOLOGIST, CREATED_ON, MembershipBasis.APPLICATION))
                .membership(Membership.since(SPEECH_THERAPIST_KINDERGARTEN, CREATED_ON, MembershipBasis.APPLICATION))
                .membership(Membership.since(SPEECH_THERAPIST_NEW, LocalDate.of(2024, 10, 1), MembershipBasis.APPLICATION));
        if (left.contains(Part.LEADER_APPOINTMENT)) {
            record.appointment(leaderAppointment(LEADER, CREATED_ON, departmentOrderAppointingLeader()));
        }
        if (left.contains(Part.PLAN)) {
            record.plan(plan(LEADER));
        }
        if (left.contains(Part.MEETINGS)) {
            meetings().forEach(record::meeting);
        }
        if (left.contains(Part.ANNUAL_REPORT)) {
            record.report(annualReport(LocalDate.of(2025, 6, 5), Map.of(
                    LogoposidelkiProfileProvider.INDICATOR_DIAGNOSED, BigDecimal.valueOf(23),
                    LogoposidelkiProfileProvider.INDICATOR_IMPROVED, BigDecimal.valueOf(17))));
        }
        if (left.contains(Part.DOCUMENTS)) {
            record.document(protocolsFile(IMC, LocalDate.of(2025, 5, 30)));
            record.document(registrationSheetsFile(IMC, LocalDate.of(2025, 5, 30)));
            record.document(annualReportDocument(IMC, LocalDate.of(2025, 6, 5)));
        }
        return record;
    }

    static Community community(LocalDate createdOn) {
        Act creation = Act.order("198", createdOn.minusDays(2), Body.headOf(IMC),
                "Об организации деятельности школ передового опыта в 2024-2025 учебном году");
        return new Community(CommunityId.of("shpo-logoposidelki"), CommunityKind.SHPO,
                "Школа передового опыта учителей-логопедов, учителей-дефектологов ОО и ДОО «Логопосиделки»", IMC,
                createdOn, Optional.of(creation), Optional.empty(),
                List.of("коррекционная работа с обучающимися, имеющими трудности в речевом развитии"), Optional.empty());
    }

    /** Term dates of the Tomsk schools' calendar study schedule for 2024/2025, holidays between the четверти. */
    static TermCalendar termsOf2024() {
        return TermCalendar.of(List.of(
                AcademicQuarter.of(YEAR, 1, DateRange.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 10, 25))),
                AcademicQuarter.of(YEAR, 2, DateRange.of(LocalDate.of(2024, 11, 5), LocalDate.of(2024, 12, 28))),
                AcademicQuarter.of(YEAR, 3, DateRange.of(LocalDate.of(2025, 1, 9), LocalDate.of(2025, 3, 21))),
                AcademicQuarter.of(YEAR, 4, DateRange.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 5, 26)))));
    }

    static PedagogicalWorker worker(WorkerId id, Position position, OrganisationId employer, LocalDate workingSince,
                                    String fullName, CategoryGrant... grants) {
        return new PedagogicalWorker(id, position, employer, Set.of(), new Qualifications(List.of(grants)),
                SpecialtyExperience.since(workingSince), PersonalData.named(fullName));
    }

    // --- the leader (пп. 2.3, 2.6) -----------------------------------------------------------------------------

    static Act departmentOrderAppointingLeader() {
        return Act.order("781-р", LocalDate.of(2024, 8, 29), Body.headOf(DEPARTMENT),
                "О назначении руководителей профессиональных объединений педагогов на 2024-2025 учебный год");
    }

    static Act imcOrderAppointingLeader() {
        return Act.order("201", LocalDate.of(2024, 8, 30), Body.headOf(IMC),
                "О руководителях школ передового опыта на 2024-2025 учебный год");
    }

    static Appointment leaderAppointment(WorkerId worker, LocalDate from, Act act) {
        return new Appointment(worker, CommunityRole.LEADER, from, Optional.empty(), Optional.of(act));
    }

    // --- the plan (пп. 1.2, 2.1, 2.6) --------------------------------------------------------------------------

    static Plan plan(WorkerId author) {
        return plan(YEAR, author);
    }

    static Plan plan(SchoolYear year, WorkerId author) {
        Act approval = Act.order("205", LocalDate.of(year.startYear(), 9, 6), Body.headOf(IMC),
                "Об утверждении планов работы методистов МАУ ИМЦ на " + year + " учебный год");
        return new Plan(year, PlanKind.WORK, Optional.of(author), List.of(
                new PlanItem("Выявить профессиональные дефициты учителей-логопедов, учителей-дефектологов",
                        List.of("Анкетирование профессиональных потребностей", "Организационное заседание ШПО"),
                        "Карта профессиональных дефицитов участников", "аналитическая справка"),
                new PlanItem("Обеспечить практическое освоение результативного опыта",
                        List.of("Практикум по нейропсихологическому подходу", "Мастер-класс по логоритмике",
                                "Открытое занятие в МАДОУ № 54"),
                        "Освоены приёмы коррекционной работы, представленные коллегами", "методические рекомендации")),
                List.of(new PlanStep.Drafted(LocalDate.of(year.startYear(), 9, 2)), new PlanStep.Approved(approval)),
                List.of());
    }

    // --- the events (пп. 2.5, 3.1) -----------------------------------------------------------------------------

    static List<Meeting> meetings() {
        return List.of(
                event(SEPTEMBER_SESSION, "1", LocalDate.of(2024, 9, 26), EventForm.SESSION,
                        "Организационное заседание: итоги анкетирования профессиональных потребностей",
                        AgendaItem.of("Итоги анкетирования профессиональных потребностей учителей-логопедов и дефектологов",
                                List.of("Принять итоги анкетирования за основу содержания работы ШПО"), List.of()),
                        AgendaItem.of("О плане работы ШПО на 2024/2025 учебный год",
                                List.of("Принять к сведению план работы"), List.of())),
                event(NOVEMBER_WORKSHOP, "2", LocalDate.of(2024, 11, 21), EventForm.WORKSHOP,
                        "Нейропсихологический подход в коррекции нарушений письменной речи у младших школьников",
                        AgendaItem.of("Практикум: диагностика и коррекция дисграфии",
                                List.of(), List.of("Использовать нейропсихологические упражнения на логопедических занятиях"))),
                event(FEBRUARY_MASTER_CLASS, "3", LocalDate.of(2025, 2, 13), EventForm.MASTER_CLASS,
                        "Логоритмика в коррекционной работе с дошкольниками с тяжёлыми нарушениями речи",
                        AgendaItem.of("Мастер-класс: логоритмические упражнения",
                                List.of(), List.of("Включить логоритмику в индивидуальные программы"))),
                event(APRIL_OPEN_EVENT, "4", LocalDate.of(2025, 4, 17), EventForm.OPEN_EVENT,
                        "Открытое занятие: автоматизация звуков в игровой деятельности",
                        AgendaItem.of("Анализ открытого занятия",
                                List.of("Рекомендовать опыт к распространению на муниципальном уровне"), List.of())));
    }

    /** An event of the ШПО with its protocol, signed by the leader, and its registration sheet. */
    static Meeting event(MeetingId id, String protocolNumber, LocalDate date, EventForm form, String topic,
                         AgendaItem... agenda) {
        return new Meeting(id, date, form, topic, List.of(agenda),
                Optional.of(new Protocol(protocolNumber, date, List.of(new Signature(LEADER, CommunityRole.LEADER)))),
                Optional.of(new RegistrationSheet(Set.of(LEADER, SPEECH_THERAPIST_SCHOOL, DEFECTOLOGIST,
                        SPEECH_THERAPIST_KINDERGARTEN), 9)),
                Optional.empty());
    }

    /** A complete event of any date, for the frequency cases. */
    static Meeting anEventOn(LocalDate date) {
        return event(MeetingId.of("shpo-" + date), "5", date, EventForm.SEMINAR, "Семинар ШПО " + date,
                AgendaItem.of("Обмен опытом", List.of("Принять к сведению"), List.of()));
    }

    // --- the report and the documentation (пп. 1.5, 1.6, 3.1, 3.2) -----------------------------------------------

    static AnnualReport annualReport(LocalDate compiledOn, Map<String, BigDecimal> indicators) {
        return new AnnualReport(YEAR, compiledOn, DocumentForm.ELECTRONIC, indicators, Optional.empty());
    }

    static Document protocolsFile(OrganisationId keptAt, LocalDate date) {
        return new Document(DocumentKind.PROTOCOL, "Протоколы мероприятий ШПО «Логопосиделки» за 2024/2025 учебный год",
                date, DocumentForm.PAPER, Optional.of(keptAt), Optional.of(YEAR));
    }

    static Document registrationSheetsFile(OrganisationId keptAt, LocalDate date) {
        return new Document(DocumentKind.REGISTRATION_SHEET,
                "Листы регистрации участников мероприятий ШПО «Логопосиделки» за 2024/2025 учебный год",
                date, DocumentForm.PAPER, Optional.of(keptAt), Optional.of(YEAR));
    }

    static Document annualReportDocument(OrganisationId keptAt, LocalDate date) {
        return new Document(DocumentKind.ANNUAL_REPORT,
                "Аналитический отчёт о работе ШПО «Логопосиделки» за 2024/2025 учебный год",
                date, DocumentForm.ELECTRONIC, Optional.of(keptAt), Optional.of(YEAR));
    }
}
