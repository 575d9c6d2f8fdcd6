package org.pedcom.adapters.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pedcom.act.Act;
import org.pedcom.act.ActKind;
import org.pedcom.calendar.AcademicQuarter;
import org.pedcom.calendar.DateRange;
import org.pedcom.calendar.PeriodKind;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.community.CommunityForm;
import org.pedcom.community.CommunityId;
import org.pedcom.community.CommunityKind;
import org.pedcom.community.Termination;
import org.pedcom.community.TerminationReason;
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
import org.pedcom.membership.CompositionOrder;
import org.pedcom.membership.Membership;
import org.pedcom.membership.MembershipBasis;
import org.pedcom.organisation.Body;
import org.pedcom.organisation.BodyKind;
import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.organisation.Territory;
import org.pedcom.people.AdministrativeRole;
import org.pedcom.people.CategoryGrant;
import org.pedcom.people.Consent;
import org.pedcom.people.ConsentPurpose;
import org.pedcom.people.Contact;
import org.pedcom.people.ContactKind;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.PersonalData;
import org.pedcom.people.Position;
import org.pedcom.people.QualificationCategory;
import org.pedcom.people.Qualifications;
import org.pedcom.people.SpecialtyExperience;
import org.pedcom.people.WorkSpan;
import org.pedcom.people.WorkerId;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PlanStep;
import org.pedcom.plan.Publication;
import org.pedcom.plan.PublicationChannel;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.spi.ProfileProvider;
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.AnnualCompositionOrder;
import org.pedcom.rule.AnnualReportRequired;
import org.pedcom.rule.AppointmentByAct;
import org.pedcom.rule.CreationByAct;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.DocumentScope;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.ItemOutcome;
import org.pedcom.rule.MeetingDocuments;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.MeetingPart;
import org.pedcom.rule.MembershipBasisRequired;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.ProtocolContent;
import org.pedcom.rule.RequiredDocument;
import org.pedcom.rule.RoleEligibility;
import org.pedcom.rule.Severity;
import org.pedcom.rule.StatusTerm;
import org.pedcom.rule.SubmissionDeadline;
import org.pedcom.rule.TerminationReasons;

/**
 * Shared fixtures: a record that uses every core type and every optional field, and a profile that uses every
 * requirement kind and every optional field, so that round trips exercise all of the codecs.
 */
final class JsonFixtures {

    static final Territory TERRITORY = Territory.of("Камчатский край", "Соболевский муниципальный район");
    static final OrganisationId SCHOOL = OrganisationId.of("sch-1");
    static final OrganisationId CENTRE = OrganisationId.of("rimk");
    static final OrganisationId AUTHORITY = OrganisationId.of("uo");
    static final WorkerId LEADER = WorkerId.of("w-leader");
    static final WorkerId SECRETARY = WorkerId.of("w-secretary");
    static final WorkerId TEACHER = WorkerId.of("w-teacher");
    static final SchoolYear YEAR = SchoolYear.of(2024);
    /** The full name of the leader: personal data that must never appear in a message. */
    static final String SECRET_NAME = "Иванова Секретина Тайновна";
    static final Position TUTOR = Position.of("tutor", "тьютор");
    static final EventForm ROUND_TABLE = EventForm.of("round-table", "круглый стол");

    private JsonFixtures() {
    }

    static Act orderOfSchool(String number, LocalDate date, String title) {
        return Act.order(number, date, Body.headOf(SCHOOL), title);
    }

    static Act decisionOfCentreCouncil(String number, LocalDate date, String title) {
        return Act.decision(number, date, Body.of(BodyKind.METHODICAL_COUNCIL, CENTRE), title);
    }

    static PersonalData fullPersonalData() {
        return new PersonalData(SECRET_NAME, Optional.of(LocalDate.of(1980, 5, 17)), Optional.of("высшее педагогическое"),
                List.of(new Contact(ContactKind.EMAIL, "secret@example.org"), new Contact(ContactKind.PHONE, "+7 900 000-00-00")),
                List.of("Почётная грамота Минпросвещения"), List.of("Почётный работник общего образования"),
                List.of("Статья о функциональной грамотности"), List.of("Учитель года — 2019"),
                List.of(Consent.given(ConsentPurpose.PROCESSING, LocalDate.of(2024, 8, 20)),
                        new Consent(ConsentPurpose.PUBLICATION, LocalDate.of(2024, 8, 20), Optional.of(LocalDate.of(2025, 1, 10)))));
    }

    static Meeting session(String id, LocalDate date) {
        return new Meeting(MeetingId.of(id), date, EventForm.SESSION, "Заседание " + id,
                List.of(AgendaItem.of("О ходе работы", List.of("Принять к сведению"), List.of("Продолжить работу"))),
                Optional.of(new Protocol(id, date, List.of(new Signature(LEADER, CommunityRole.LEADER),
                        new Signature(SECRETARY, CommunityRole.SECRETARY)))),
                Optional.of(new RegistrationSheet(Set.of(LEADER, SECRETARY, TEACHER), 0)), Optional.empty());
    }

    /** A record with every type and optional field of the domain filled in at least once. */
    static CommunityRecord richRecord() {
        LocalDate created = LocalDate.of(2024, 8, 30);
        Act creation = orderOfSchool("1-к", created, "О создании профессионального сообщества");
        Community community = new Community(CommunityId.of("c-1"), CommunityKind.PS, "ПС учителей математики", SCHOOL, created,
                Optional.of(creation), Optional.of(CommunityForm.of("lab", "лаборатория")), List.of("функциональная грамотность",
                "наставничество"), Optional.of(new Termination(LocalDate.of(2025, 8, 31), TerminationReason.TERM_EXPIRED,
                Optional.of(orderOfSchool("99", LocalDate.of(2025, 8, 25), "О прекращении деятельности")))));
        TermCalendar terms = TermCalendar.of(List.of(
                AcademicQuarter.of(YEAR, 1, DateRange.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 10, 25))),
                AcademicQuarter.of(YEAR, 2, DateRange.of(LocalDate.of(2024, 11, 5), LocalDate.of(2024, 12, 28))),
                AcademicQuarter.of(YEAR, 3, DateRange.of(LocalDate.of(2025, 1, 9), LocalDate.of(2025, 3, 21))),
                AcademicQuarter.of(YEAR, 4, DateRange.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 5, 26)))));
        PedagogicalWorker leader = new PedagogicalWorker(LEADER, Position.TEACHER, SCHOOL,
                Set.of(AdministrativeRole.DEPUTY_HEAD, AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION),
                Qualifications.of(CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2023, 12, 1)),
                        CategoryGrant.of(QualificationCategory.METHODIST, LocalDate.of(2024, 3, 1))),
                SpecialtyExperience.of(WorkSpan.of(LocalDate.of(2002, 9, 1), LocalDate.of(2008, 6, 30)),
                        WorkSpan.since(LocalDate.of(2010, 9, 1))),
                fullPersonalData());
        PedagogicalWorker secretary = new PedagogicalWorker(SECRETARY, TUTOR, SCHOOL, Set.of(), Qualifications.none(),
                SpecialtyExperience.since(LocalDate.of(2018, 9, 1)), PersonalData.named("Петров Пётр Петрович"));
        PedagogicalWorker teacher = new PedagogicalWorker(TEACHER, Position.PSYCHOLOGIST, CENTRE, Set.of(),
                Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2019, 4, 1))),
                SpecialtyExperience.none(), PersonalData.named("Сидорова Анна Ивановна"));
        Meeting openEvent = new Meeting(MeetingId.of("m-open"), LocalDate.of(2024, 12, 12), ROUND_TABLE, "Открытый круглый стол",
                List.of(), Optional.empty(), Optional.of(new RegistrationSheet(Set.of(LEADER), 25)),
                Optional.of("Сценарий круглого стола"));
        Plan plan = new Plan(YEAR, PlanKind.WORK, Optional.of(LEADER),
                List.of(new PlanItem("Повысить функциональную грамотность", List.of("Семинар", "Мастер-класс"),
                        "Банк заданий", "методический продукт")),
                List.of(new PlanStep.Drafted(LocalDate.of(2024, 9, 2)),
                        new PlanStep.Reviewed(LocalDate.of(2024, 9, 10), MeetingId.of("m-1")),
                        new PlanStep.Approved(orderOfSchool("12", LocalDate.of(2024, 9, 12), "Об утверждении плана работы ПС"))),
                List.of(new Publication(PublicationChannel.WEBSITE, SCHOOL, LocalDate.of(2024, 9, 13))));
        return CommunityRecord.builder(community)
                .terms(terms)
                .organisation(Organisation.of(SCHOOL.value(), "МОКУ «Соболевская средняя школа»", OrganisationKind.EDUCATIONAL,
                        TERRITORY, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL))
                .organisation(Organisation.of(CENTRE.value(), "РИМК", OrganisationKind.METHODICAL_CENTRE, TERRITORY))
                .organisation(Organisation.of(AUTHORITY.value(), "Управление образования", OrganisationKind.EDUCATION_AUTHORITY, TERRITORY))
                .worker(leader).worker(secretary).worker(teacher)
                .membership(Membership.since(LEADER, created, MembershipBasis.APPLICATION))
                .membership(Membership.since(SECRETARY, created, MembershipBasis.ORDER))
                .membership(new Membership(TEACHER, created, Optional.of(LocalDate.of(2025, 5, 31)), MembershipBasis.BY_POSITION))
                .appointment(Appointment.byAct(LEADER, CommunityRole.LEADER, creation))
                .appointment(new Appointment(SECRETARY, CommunityRole.SECRETARY, created, Optional.of(LocalDate.of(2025, 8, 31)),
                        Optional.empty()))
                .compositionOrder(new CompositionOrder(YEAR, orderOfSchool("5", LocalDate.of(2024, 9, 5), "О составе ПС"),
                        Set.of(LEADER, SECRETARY, TEACHER), List.of("функциональная грамотность")))
                .plan(plan)
                .meeting(session("m-1", LocalDate.of(2024, 9, 10)))
                .meeting(session("m-2", LocalDate.of(2025, 1, 15)))
                .meeting(openEvent)
                .document(new Document(DocumentKind.TEACHER_DATA_BANK, "Банк данных о педагогах", LocalDate.of(2024, 9, 1),
                        DocumentForm.ELECTRONIC, Optional.of(CENTRE), Optional.empty()))
                .document(new Document(DocumentKind.of("portfolio", "портфолио сообщества"), "Портфолио", LocalDate.of(2025, 5, 1),
                        DocumentForm.PAPER, Optional.empty(), Optional.of(YEAR)))
                .report(new AnnualReport(YEAR, LocalDate.of(2025, 5, 30), DocumentForm.ELECTRONIC,
                        Map.of("diagnosed-teachers", new BigDecimal("14"), "share-improved", new BigDecimal("0.35")),
                        Optional.of(MeetingId.of("m-2"))))
                .submission(new Submission(DocumentKind.ANNUAL_REPORT, YEAR, CENTRE, LocalDate.of(2025, 6, 1)))
                .statusGrant(new org.pedcom.status.StatusGrant("Функциональная грамотность",
                        decisionOfCentreCouncil("3", LocalDate.of(2024, 8, 30), "О присвоении статуса"), Period.ofYears(1),
                        Optional.of(Act.order("7", LocalDate.of(2024, 9, 2), Body.headOf(AUTHORITY), "О подтверждении статуса")),
                        List.of(new org.pedcom.status.Extension(decisionOfCentreCouncil("8", LocalDate.of(2025, 6, 1), "О продлении"),
                                Period.ofMonths(6)))))
                .build();
    }

    /** A two-edition profile using every requirement kind and every optional field of the rule vocabulary. */
    static Profile richProfile() {
        ActRequirement orderOfHostHead = ActRequirement.orderOfHead(OrganisationScope.host());
        ActRequirement centreCouncil = ActRequirement.decisionOf(BodyKind.METHODICAL_COUNCIL, OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE));
        return Profile.builder("json-rich")
                .title("Положение о профессиональном сообществе (все виды правил)")
                .citedAs("Положения о ПС")
                .issuedBy("МОКУ «Соболевская средняя школа»")
                .settings(Map.of("monthly-months", "september-to-may"))
                .edition("2020-01-01", LocalDate.of(2020, 1, 1), "утв. приказом № 1 от 01.01.2020")
                .until(LocalDate.of(2023, 8, 31))
                .clause("p1", "1.1", "Заседания проводятся не реже 1 раза в полугодие.")
                .requires("meetings-per-half-year", MeetingFrequency.atLeast(1, PeriodKind.HALF_YEAR))
                .clause("p2", "1.2", "Цель сообщества — развитие профессиональных компетенций.")
                .notCheckable("цель, а не требование")
                .edition("2023-09-01", LocalDate.of(2023, 9, 1), "утв. приказом № 39/1 от 23.08.2023")
                .clause("p1", "1.1", "Заседания проводятся ежемесячно с сентября по май.")
                .interpreted("«ежемесячно» — не реже 1 раза в каждый из месяцев с сентября по май")
                .requires("meetings-monthly", MeetingFrequency.atLeast(1, PeriodKind.MONTH)
                        .inMonths(Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER, Month.JANUARY,
                                Month.FEBRUARY, Month.MARCH, Month.APRIL, Month.MAY)
                        .ofForms(EventForm.SESSION, ROUND_TABLE))
                .clause("p2", "2.1", "Руководитель назначается приказом директора из числа педагогов высшей категории со стажем не менее 5 лет.")
                .requires("leader-eligible", new RoleEligibility(CommunityRole.LEADER, true, List.of(
                        Eligibility.anyone().withPositions(Position.TEACHER, TUTOR).withCategories(QualificationCategory.HIGHEST)
                                .withMinYearsInSpecialty(5).employedBy(OrganisationScope.host()).mustBeMember(),
                        Eligibility.anyone().fromAdministrativeStaff())))
                .requires("leader-appointed", new AppointmentByAct(CommunityRole.LEADER, orderOfHostHead))
                .clause("p3", "2.2", "Сообщество создаётся приказом директора.")
                .requires("created-by-order", new CreationByAct(orderOfHostHead))
                .clause("p4", "3.1", "План работы рассматривается на заседании, утверждается приказом до 15 сентября и размещается на сайте.")
                .requires("plan-approved", new PlanApproval(Optional.of(orderOfHostHead), Optional.of(Deadline.on(MonthDay.of(9, 15))),
                        true, Set.of(PublicationChannel.WEBSITE, PublicationChannel.AUTHORITY_ANNUAL_PLAN), true))
                .warns("plan-exists", PlanApproval.planEachYear())
                .clause("p5", "3.2", "Отчёт предоставляется в РИМК до 1 июня, план на следующий год — до 1 сентября.")
                .requires("report-submitted", new SubmissionDeadline(DocumentKind.ANNUAL_REPORT, 0,
                        OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE), new Deadline(MonthDay.of(6, 1), 0)))
                .requires("plan-submitted", new SubmissionDeadline(DocumentKind.PRELIMINARY_PLAN, 1, OrganisationScope.any(),
                        new Deadline(MonthDay.of(9, 1), 1)), "p4")
                .clause("p6", "4.1", "Заседания оформляются протоколом с решениями и рекомендациями, подписываются руководителем и секретарём.")
                .requires("protocol-content", ProtocolContent.recording(ItemOutcome.DECISION_AND_RECOMMENDATION,
                        CommunityRole.LEADER, CommunityRole.SECRETARY).forForms(EventForm.SESSION))
                .requires("meeting-documents", MeetingDocuments.everyMeetingHas(MeetingPart.PROTOCOL, MeetingPart.REGISTRATION_SHEET,
                        MeetingPart.AGENDA))
                .rule("open-events-scenario", Severity.INFO, new MeetingDocuments(Set.of(EventForm.OPEN_EVENT, ROUND_TABLE),
                        Set.of(MeetingPart.SCENARIO)))
                .clause("p7", "4.2", "Банк данных ведётся в электронном виде и хранится в ИМЦ.")
                .requires("data-bank", RequiredDocument.standing(DocumentKind.TEACHER_DATA_BANK, Deadline.endOfSchoolYear())
                        .inForm(DocumentForm.ELECTRONIC).keptAt(OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE)))
                .requires("portfolio", new RequiredDocument(DocumentKind.of("portfolio", "портфолио сообщества"),
                        DocumentScope.PER_SCHOOL_YEAR, Deadline.on(MonthDay.of(6, 30)), Optional.empty(), Optional.empty()))
                .clause("p8", "5.1", "Вступление добровольное, по заявлению.")
                .requires("membership-by-application", MembershipBasisRequired.of(MembershipBasis.APPLICATION, MembershipBasis.ORDER))
                .clause("p9", "5.2", "Состав утверждается приказом ежегодно до 10 сентября.")
                .requires("composition", new AnnualCompositionOrder(
                        new ActRequirement(Set.of(ActKind.ORDER, ActKind.DECISION), BodyKind.HEAD, OrganisationScope.host()),
                        Deadline.on(MonthDay.of(9, 10))))
                .clause("p10", "6.1", "Статус присваивается решением МС на срок от 1 до 3 лет, подтверждается приказом УО, продлевается не более чем на 1 год.")
                .requires("status", new StatusTerm(Period.ofYears(1), Period.ofYears(3), Period.ofYears(1), centreCouncil,
                        Optional.of(ActRequirement.orderOfHead(OrganisationScope.ofKind(OrganisationKind.EDUCATION_AUTHORITY))),
                        Optional.of(centreCouncil), true))
                .clause("p11", "6.2", "Деятельность прекращается по истечении срока или при утрате актуальности темы приказом директора.")
                .requires("termination", new TerminationReasons(Set.of(TerminationReason.TERM_EXPIRED,
                        TerminationReason.TOPIC_NO_LONGER_RELEVANT, TerminationReason.of("merged", "слияние сообществ")),
                        Optional.of(orderOfHostHead)))
                .clause("p12", "7.1", "Аналитический отчёт с показателями составляется в электронном виде до 31 мая.")
                .requires("annual-report", new AnnualReportRequired(Deadline.on(MonthDay.of(5, 31)),
                        Set.of("diagnosed-teachers", "share-improved"), Optional.of(DocumentForm.ELECTRONIC)))
                .requires("annual-report-any-form", new AnnualReportRequired(Deadline.endOfSchoolYear(), Set.of(), Optional.empty()))
                .build();
    }

    /** The rich profile as a provider, beside whatever {@code Profiles.load()} finds on the class path. */
    static ProfileProvider richProvider() {
        return new ProfileProvider() {
            @Override
            public ProfileId id() {
                return ProfileId.of("json-rich");
            }

            @Override
            public String title() {
                return richProfile().title();
            }

            @Override
            public Profile create(ProfileSettings settings) {
                return richProfile();
            }
        };
    }

    static Set<Month> allMonths() {
        return EnumSet.allOf(Month.class);
    }
}
