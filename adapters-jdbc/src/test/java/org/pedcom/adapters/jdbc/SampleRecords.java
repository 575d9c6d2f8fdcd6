package org.pedcom.adapters.jdbc;

import static java.time.LocalDate.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.pedcom.act.Act;
import org.pedcom.act.ActKind;
import org.pedcom.calendar.AcademicQuarter;
import org.pedcom.calendar.DateRange;
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
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.status.Extension;
import org.pedcom.status.StatusGrant;

/**
 * Community records for the tests: sample communities as the seed profiles describe them, and generated ones for
 * the volume tests. The seed profile modules do not exist yet; when they do, add their sample communities to
 * {@link #samples()}, one line each.
 */
public final class SampleRecords {

    public static final Territory RYBNOE = Territory.of("Рязанская область", "Рыбновский муниципальный район");
    public static final Territory SOBOLEVO = Territory.of("Камчатский край", "Соболевский муниципальный район");
    public static final Territory RYAZAN = Territory.of("Рязанская область", "городской округ город Рязань");

    private SampleRecords() {
    }

    /** Every sample record, named for the test report. The round trip runs once per entry. */
    public static Stream<Named<CommunityRecord>> samples() {
        return Stream.of(
                Named.of("a district ППС with every part filled, terminated", everyPart()),
                Named.of("an ОСМП with a status grant, still active", activeSupportSite()),
                Named.of("a school МО with nothing but its host", bareMethodicalAssociation()));
    }

    // --- organisations and acts --------------------------------------------------------------------------------

    static final Organisation IMC = new Organisation(OrganisationId.of("org-imc"),
            "МБУ «Информационно-методический центр управления образования»", OrganisationKind.METHODICAL_CENTRE,
            Set.of(), RYBNOE);
    static final Organisation AUTHORITY = Organisation.of("org-uo", "Управление образования администрации"
            + " муниципального образования – Рыбновский муниципальный район", OrganisationKind.EDUCATION_AUTHORITY, RYBNOE);
    static final Organisation SCHOOL = Organisation.of("org-school-1", "МБОУ «Рыбновская средняя общеобразовательная"
            + " школа № 1»", OrganisationKind.EDUCATIONAL, RYBNOE, EducationLevel.PRIMARY_GENERAL,
            EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL, EducationLevel.ADDITIONAL);
    static final Organisation KINDERGARTEN = Organisation.of("org-dou-3", "МБДОУ «Детский сад № 3 „Ёлочка“»",
            OrganisationKind.EDUCATIONAL, RYBNOE, EducationLevel.PRESCHOOL);
    static final Organisation SUPPORT_CENTRE = Organisation.of("org-cpmss", "Центр психолого-педагогической,"
            + " медицинской и социальной помощи", OrganisationKind.SUPPORT_CENTRE, RYAZAN);

    static final Act CREATION_ORDER = Act.order("39/1", of(2020, 3, 23), Body.headOf(AUTHORITY.id()),
            "О создании профессионального педагогического сообщества учителей начальных классов");
    static final Act LEADER_DECISION = Act.decision("2", of(2024, 8, 29), Body.of(BodyKind.METHODICAL_COUNCIL,
            IMC.id()), "О назначении руководителя и соруководителя ППС");
    static final Act COMPOSITION = Act.order("112-Д", of(2024, 9, 2), Body.headOf(IMC.id()),
            "Об утверждении состава ППС на 2024/2025 учебный год");
    static final Act PLAN_APPROVAL = new Act(ActKind.PROTOCOL, "1", of(2024, 8, 30),
            Body.of(BodyKind.PEDAGOGICAL_COUNCIL, SCHOOL.id()), "Протокол педагогического совета об утверждении плана");
    static final Act LIQUIDATION = Act.order("77", of(2025, 6, 30), Body.headOf(AUTHORITY.id()),
            "О прекращении деятельности ППС");

    // --- workers -------------------------------------------------------------------------------------------------

    static final PedagogicalWorker LEADER = new PedagogicalWorker(WorkerId.of("w-1"), Position.METHODIST, IMC.id(),
            Set.of(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION),
            Qualifications.of(CategoryGrant.of(QualificationCategory.HIGHEST, of(2019, 4, 1)),
                    CategoryGrant.of(QualificationCategory.METHODIST, of(2023, 10, 10)),
                    CategoryGrant.of(QualificationCategory.HIGHEST, of(2024, 3, 28)),
                    CategoryGrant.of(QualificationCategory.MENTOR, of(2024, 5, 15))),
            SpecialtyExperience.of(WorkSpan.of(of(1998, 9, 1), of(2004, 6, 30)), WorkSpan.since(of(2005, 9, 1))),
            new PersonalData("Кузнецова Алёна Викторовна", Optional.of(of(1976, 2, 29)),
                    Optional.of("высшее, РГУ им. С. А. Есенина, «Педагогика и методика начального образования»"),
                    List.of(new Contact(ContactKind.EMAIL, "kuznetsova.av@example.ru"),
                            new Contact(ContactKind.PHONE, "+7 (491-37) 5-12-34"),
                            new Contact(ContactKind.POSTAL_ADDRESS, "391110, г. Рыбное, ул. Почтовая, д. 1"),
                            new Contact(ContactKind.OTHER, "vk.com/kuznetsova_av")),
                    List.of("Почётная грамота Министерства просвещения РФ (2021)", "Медаль «За заслуги» (2023)"),
                    List.of("Почётный работник воспитания и просвещения РФ"),
                    List.of("«Смысловое чтение в начальной школе», сборник ИМЦ, 2022"),
                    List.of("«Учитель года – 2019», муниципальный этап, победитель"),
                    List.of(Consent.given(ConsentPurpose.PROCESSING, of(2024, 9, 1)),
                            Consent.given(ConsentPurpose.PUBLICATION, of(2024, 9, 1)))));

    static final PedagogicalWorker CO_LEADER = new PedagogicalWorker(WorkerId.of("w-2"), Position.DEPUTY_HEAD,
            SCHOOL.id(), Set.of(AdministrativeRole.DEPUTY_HEAD, AdministrativeRole.HEAD_OF_ORGANISATION),
            Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST, of(2022, 12, 20))),
            SpecialtyExperience.since(of(2010, 9, 1)),
            new PersonalData("Ёлкин Пётр Семёнович", Optional.of(of(1985, 7, 14)), Optional.empty(),
                    List.of(new Contact(ContactKind.EMAIL, "elkin@example.ru")), List.of(), List.of(), List.of(),
                    List.of(), List.of(new Consent(ConsentPurpose.PROCESSING, of(2023, 9, 1),
                    Optional.of(of(2024, 12, 31))), Consent.given(ConsentPurpose.PROCESSING, of(2025, 1, 15)))));

    static final PedagogicalWorker SECRETARY = new PedagogicalWorker(WorkerId.of("w-3"), Position.TEACHER,
            SCHOOL.id(), Set.of(), Qualifications.none(), SpecialtyExperience.none(),
            PersonalData.named("О'Коннор-Петрова Мария"));

    static final PedagogicalWorker EDUCATOR = new PedagogicalWorker(WorkerId.of("w-4"),
            Position.of("tutor", "тьютор"), KINDERGARTEN.id(), Set.of(),
            Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST, of(2018, 1, 31))),
            SpecialtyExperience.of(WorkSpan.of(of(2015, 9, 1), of(2015, 9, 1))),
            new PersonalData("Сидорова Анна", Optional.empty(), Optional.of("среднее профессиональное"), List.of(),
                    List.of("Грамота управления образования"), List.of(), List.of(), List.of(), List.of()));

    static final PedagogicalWorker SUPERVISOR = new PedagogicalWorker(WorkerId.of("w-5"), Position.HEAD,
            AUTHORITY.id(), Set.of(AdministrativeRole.HEAD_OF_ORGANISATION), Qualifications.none(),
            SpecialtyExperience.since(of(1990, 8, 15)), PersonalData.named("Иванов Иван Иванович"));

    // --- samples -------------------------------------------------------------------------------------------------

    /** Every part of a record filled, every enumeration constant used, equal acts shared by several parts. */
    public static CommunityRecord everyPart() {
        SchoolYear year = SchoolYear.of(2024);
        Community community = new Community(CommunityId.of("pps-rybnoe-primary"), CommunityKind.PPS,
                "ППС учителей начальных классов Рыбновского района", IMC.id(), of(2020, 3, 23),
                Optional.of(CREATION_ORDER), Optional.of(CommunityForm.CREATIVE_GROUP),
                List.of("функциональная грамотность", "наставничество", "«Орлята России»"),
                Optional.of(Termination.of(of(2025, 6, 30), TerminationReason.LIQUIDATED, LIQUIDATION)));

        Meeting august = new Meeting(MeetingId.of("m-2024-08"), of(2024, 8, 28), EventForm.SESSION,
                "Анализ работы за 2023/2024 учебный год и план на 2024/2025",
                List.of(AgendaItem.of("Об итогах 2023/2024 учебного года",
                                List.of("Признать работу удовлетворительной", "Отметить работу Кузнецовой А. В."),
                                List.of("Продолжить работу по функциональной грамотности")),
                        AgendaItem.of("О проекте плана на 2024/2025 учебный год", List.of("Одобрить проект плана"),
                                List.of()),
                        AgendaItem.of("Разное", List.of(), List.of("Подготовить выступления к конференции"))),
                Optional.of(new Protocol("1", of(2024, 8, 29), List.of(new Signature(LEADER.id(), CommunityRole.LEADER),
                        new Signature(SECRETARY.id(), CommunityRole.SECRETARY)))),
                Optional.of(new RegistrationSheet(Set.of(LEADER.id(), CO_LEADER.id(), SECRETARY.id(), EDUCATOR.id()), 3)),
                Optional.empty());
        Meeting masterClass = new Meeting(MeetingId.of("m-2024-11-mc"), of(2024, 11, 14), EventForm.MASTER_CLASS,
                "Приёмы смыслового чтения на уроках литературного чтения", List.of(), Optional.empty(),
                Optional.of(new RegistrationSheet(Set.of(), 27)), Optional.of("Сценарий мастер-класса, папка ИМЦ № 14"));
        Meeting webinar = new Meeting(MeetingId.of("m-2025-02"), of(2025, 2, 20),
                EventForm.of("round-table", "круглый стол"), "Наставничество: опыт школ района",
                List.of(AgendaItem.of("Обмен опытом", List.of(), List.of())),
                Optional.of(new Protocol("2", of(2025, 2, 20), List.of(new Signature(CO_LEADER.id(),
                        CommunityRole.CO_LEADER), new Signature(EDUCATOR.id(), CommunityRole.MEMBER),
                        new Signature(SUPERVISOR.id(), CommunityRole.SUPERVISOR)))),
                Optional.empty(), Optional.empty());
        Meeting finalCouncil = new Meeting(MeetingId.of("m-2025-05"), of(2025, 5, 28), EventForm.SESSION,
                "Итоги года", List.of(), Optional.empty(), Optional.empty(), Optional.empty());

        Plan workPlan = new Plan(year, PlanKind.WORK, Optional.of(LEADER.id()),
                List.of(new PlanItem("Повышение функциональной грамотности младших школьников",
                                List.of("Семинар «Читательская грамотность»", "Мастер-класс по смысловому чтению"),
                                "Банк заданий по читательской грамотности", "методический продукт"),
                        new PlanItem("Развитие наставничества", List.of(), "Пары «наставник – молодой педагог»",
                                "образовательный продукт")),
                List.of(new PlanStep.Approved(PLAN_APPROVAL), new PlanStep.Drafted(of(2024, 8, 20)),
                        new PlanStep.Reviewed(of(2024, 8, 28), august.id())),
                List.of(new Publication(PublicationChannel.WEBSITE, IMC.id(), of(2024, 9, 3)),
                        new Publication(PublicationChannel.AUTHORITY_ANNUAL_PLAN, AUTHORITY.id(), of(2024, 9, 10)),
                        new Publication(PublicationChannel.OTHER, SCHOOL.id(), of(2024, 9, 12))));
        Plan preliminary = new Plan(year.next(), PlanKind.PRELIMINARY, Optional.empty(),
                List.of(new PlanItem("Подготовка к аттестации", List.of("Консультации"), "Аттестованы 3 педагога",
                        "справка")),
                List.of(new PlanStep.Drafted(of(2025, 5, 20))), List.of());

        Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        indicators.put("diagnosed-teachers", new BigDecimal("14"));
        indicators.put("share-with-categories", new BigDecimal("87.50"));
        indicators.put("average-score", new BigDecimal("0.125"));
        indicators.put("listeners", new BigDecimal("1E+3"));
        indicators.put("budget-rub", new BigDecimal("-12345678901234567890.12345678901234567890"));

        TermCalendar terms = TermCalendar.of(List.of(
                AcademicQuarter.of(year, 1, DateRange.of(of(2024, 9, 2), of(2024, 10, 25))),
                AcademicQuarter.of(year, 2, DateRange.of(of(2024, 11, 5), of(2024, 12, 28))),
                AcademicQuarter.of(year, 3, DateRange.of(of(2025, 1, 9), of(2025, 3, 21))),
                AcademicQuarter.of(year, 4, DateRange.of(of(2025, 3, 31), of(2025, 5, 26))),
                AcademicQuarter.of(year.next(), 1, DateRange.of(of(2025, 9, 1), of(2025, 10, 24))),
                AcademicQuarter.of(year.next(), 2, DateRange.of(of(2025, 11, 5), of(2025, 12, 27))),
                AcademicQuarter.of(year.next(), 3, DateRange.of(of(2026, 1, 12), of(2026, 3, 20))),
                AcademicQuarter.of(year.next(), 4, DateRange.of(of(2026, 3, 30), of(2026, 5, 29)))));

        return CommunityRecord.builder(community)
                .terms(terms)
                .organisation(IMC).organisation(AUTHORITY).organisation(SCHOOL).organisation(KINDERGARTEN)
                .organisation(SUPPORT_CENTRE)
                .worker(LEADER).worker(CO_LEADER).worker(SECRETARY).worker(EDUCATOR).worker(SUPERVISOR)
                .membership(Membership.since(LEADER.id(), of(2020, 3, 23), MembershipBasis.ORDER))
                .membership(Membership.since(CO_LEADER.id(), of(2020, 3, 23), MembershipBasis.BY_POSITION))
                .membership(Membership.since(SECRETARY.id(), of(2021, 9, 1), MembershipBasis.APPLICATION))
                .membership(new Membership(EDUCATOR.id(), of(2022, 9, 1), Optional.of(of(2024, 5, 31)),
                        MembershipBasis.APPLICATION))
                .membership(Membership.since(EDUCATOR.id(), of(2024, 9, 2), MembershipBasis.ORDER))
                .appointment(Appointment.byAct(LEADER.id(), CommunityRole.LEADER, CREATION_ORDER))
                .appointment(new Appointment(CO_LEADER.id(), CommunityRole.CO_LEADER, of(2024, 8, 29),
                        Optional.of(of(2025, 6, 30)), Optional.of(LEADER_DECISION)))
                .appointment(new Appointment(SECRETARY.id(), CommunityRole.SECRETARY, of(2021, 9, 1), Optional.empty(),
                        Optional.empty()))
                .appointment(Appointment.byAct(SUPERVISOR.id(), CommunityRole.SUPERVISOR, CREATION_ORDER))
                .compositionOrder(new CompositionOrder(year, COMPOSITION, Set.of(LEADER.id(), CO_LEADER.id(),
                        SECRETARY.id(), EDUCATOR.id()), List.of("функциональная грамотность", "наставничество")))
                .compositionOrder(new CompositionOrder(year.previous(), Act.order("98", of(2023, 9, 4),
                        Body.headOf(IMC.id()), "Об утверждении состава ППС на 2023/2024 учебный год"),
                        Set.of(LEADER.id()), List.of()))
                .plan(workPlan).plan(preliminary)
                .meeting(webinar).meeting(august).meeting(finalCouncil).meeting(masterClass)
                .document(new Document(DocumentKind.REGULATION, "Положение о ППС", of(2020, 3, 23),
                        DocumentForm.PAPER, Optional.of(AUTHORITY.id()), Optional.empty()))
                .document(new Document(DocumentKind.PROTOCOL, "Протокол № 1", of(2024, 8, 29),
                        DocumentForm.ELECTRONIC, Optional.empty(), Optional.of(year)))
                .document(new Document(DocumentKind.of("portfolio", "портфолио сообщества"), "Портфолио ППС",
                        of(2025, 5, 30), DocumentForm.ELECTRONIC, Optional.of(IMC.id()), Optional.of(year)))
                .report(new AnnualReport(year, of(2025, 5, 30), DocumentForm.ELECTRONIC, indicators,
                        Optional.of(finalCouncil.id())))
                .report(new AnnualReport(year.previous(), of(2024, 6, 3), DocumentForm.PAPER, Map.of(),
                        Optional.empty()))
                .submission(new Submission(DocumentKind.ANNUAL_REPORT, year, AUTHORITY.id(), of(2025, 6, 2)))
                .submission(new Submission(DocumentKind.of("e-collection", "электронный сборник"), year, IMC.id(),
                        of(2025, 4, 1)))
                .statusGrant(new StatusGrant("Смысловое чтение как основа функциональной грамотности",
                        Act.decision("5", of(2021, 5, 12), Body.of(BodyKind.METHODICAL_COUNCIL, IMC.id()),
                                "О присвоении статуса"), Period.ofYears(3),
                        Optional.of(Act.order("54", of(2021, 5, 20), Body.headOf(AUTHORITY.id()),
                                "О подтверждении статуса")),
                        List.of(new Extension(Act.decision("7", of(2024, 4, 10), Body.of(BodyKind.METHODICAL_COUNCIL,
                                        IMC.id()), "О продлении статуса"), Period.of(1, 6, 0)),
                                new Extension(LEADER_DECISION, Period.ofDays(45)))))
                .build();
    }

    /** An ОСМП with a status grant in force, its own form, and no termination. */
    public static CommunityRecord activeSupportSite() {
        Community site = new Community(CommunityId.of("osmp-cpmss-inclusion"), CommunityKind.OSMP,
                "Опорная методическая площадка по инклюзивному образованию", SUPPORT_CENTRE.id(), of(2023, 1, 16),
                Optional.empty(), Optional.of(CommunityForm.of("site", "площадка")), List.of("инклюзия"),
                Optional.empty());
        PedagogicalWorker psychologist = new PedagogicalWorker(WorkerId.of("w-psy"), Position.PSYCHOLOGIST,
                SUPPORT_CENTRE.id(), Set.of(), Qualifications.of(CategoryGrant.of(QualificationCategory.HIGHEST,
                of(2023, 11, 1))), SpecialtyExperience.since(of(2012, 9, 1)),
                PersonalData.named("Петренко-Шмидт Ольга"));
        return CommunityRecord.builder(site)
                .organisation(SUPPORT_CENTRE).organisation(IMC)
                .worker(psychologist)
                .membership(Membership.since(psychologist.id(), of(2023, 1, 16), MembershipBasis.BY_POSITION))
                .appointment(new Appointment(psychologist.id(), CommunityRole.LEADER, of(2023, 1, 16), Optional.empty(),
                        Optional.empty()))
                .statusGrant(new StatusGrant("Инклюзивное образование детей с ОВЗ", Act.decision("1",
                        of(2023, 1, 16), Body.of(BodyKind.METHODICAL_COUNCIL, IMC.id()), "О присвоении статуса ОСМП"),
                        Period.ofYears(2), Optional.empty(), List.of()))
                .build();
    }

    /** A school МО recorded with nothing but its host. */
    public static CommunityRecord bareMethodicalAssociation() {
        return CommunityRecord.builder(new Community(CommunityId.of("mo-school-1-math"), CommunityKind.MO,
                        "МО учителей математики", SCHOOL.id(), of(2015, 9, 1), Optional.empty(), Optional.empty(),
                        List.of(), Optional.empty()))
                .organisation(SCHOOL)
                .build();
    }

    /** {@code record} under another identifier, everything else equal. */
    public static CommunityRecord renamed(CommunityRecord record, String id) {
        Community c = record.community();
        return record.toBuilder().community(new Community(CommunityId.of(id), c.kind(), c.name(), c.host(),
                c.createdOn(), c.creationAct(), c.form(), c.directions(), c.termination())).build();
    }

    /** {@code record} with its first worker's birth date changed. */
    public static CommunityRecord withFirstWorkerBornOn(CommunityRecord record, LocalDate birthDate) {
        List<PedagogicalWorker> workers = new ArrayList<>(record.workers());
        PedagogicalWorker w = workers.get(0);
        PersonalData p = w.personalData();
        workers.set(0, new PedagogicalWorker(w.id(), w.position(), w.employer(), w.roles(), w.qualifications(),
                w.experience(), new PersonalData(p.fullName(), Optional.of(birthDate), p.education(), p.contacts(),
                p.awards(), p.titles(), p.publications(), p.contests(), p.consents())));
        return new CommunityRecord(record.community(), record.terms(), record.organisations(), workers,
                record.memberships(), record.appointments(), record.compositionOrders(), record.plans(),
                record.meetings(), record.documents(), record.reports(), record.submissions(), record.statusGrants());
    }

    /** {@code record} with one more meeting: a typical change between two saves. */
    public static CommunityRecord withMeeting(CommunityRecord record, String meetingId, LocalDate on) {
        return record.toBuilder().meeting(new Meeting(MeetingId.of(meetingId), on, EventForm.SEMINAR,
                "Семинар " + meetingId, List.of(), Optional.empty(), Optional.empty(), Optional.empty())).build();
    }

    /**
     * The {@code n}-th of many generated communities hosted in {@code territory}: a small but complete record
     * (organisations, workers with personal data, memberships, an appointment, a plan, meetings, a report), with an
     * identifier that sorts by {@code n} in any collation.
     */
    public static CommunityRecord generated(String prefix, int n, Territory territory) {
        String id = String.format("%s%06d", prefix, n);
        Organisation host = Organisation.of(id + "-host", "МБОУ «Школа № " + n + "»", OrganisationKind.EDUCATIONAL,
                territory, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL);
        Act creation = Act.order(n + "/о", of(2022, 9, 1), Body.headOf(host.id()), "О создании МО");
        List<PedagogicalWorker> workers = new ArrayList<>();
        for (int w = 1; w <= 3; w++) {
            workers.add(new PedagogicalWorker(WorkerId.of(id + "-w" + w), w == 1 ? Position.DEPUTY_HEAD
                    : Position.TEACHER, host.id(), Set.of(), Qualifications.of(CategoryGrant.of(
                    QualificationCategory.FIRST, of(2021, 3, w))), SpecialtyExperience.since(of(2000 + w, 9, 1)),
                    new PersonalData("Педагог " + n + "-" + w, Optional.of(of(1980 + w, 1, 1 + w)), Optional.empty(),
                            List.of(new Contact(ContactKind.EMAIL, "teacher" + n + "-" + w + "@example.ru")),
                            List.of(), List.of(), List.of(), List.of(),
                            List.of(Consent.given(ConsentPurpose.PROCESSING, of(2022, 9, 1))))));
        }
        CommunityRecord.Builder builder = CommunityRecord.builder(new Community(CommunityId.of(id), CommunityKind.MO,
                        "МО учителей начальных классов школы № " + n, host.id(), of(2022, 9, 1), Optional.of(creation),
                        Optional.empty(), List.of("функциональная грамотность"), Optional.empty()))
                .organisation(host);
        workers.forEach(w -> builder.worker(w).membership(Membership.since(w.id(), of(2022, 9, 1),
                MembershipBasis.APPLICATION)));
        builder.appointment(Appointment.byAct(workers.get(0).id(), CommunityRole.LEADER, creation));
        Meeting first = new Meeting(MeetingId.of(id + "-m1"), of(2024, 8, 29), EventForm.SESSION, "Планирование",
                List.of(AgendaItem.of("О плане работы", List.of("Утвердить план"), List.of())),
                Optional.of(new Protocol("1", of(2024, 8, 29), List.of(new Signature(workers.get(0).id(),
                        CommunityRole.LEADER)))),
                Optional.of(new RegistrationSheet(Set.of(workers.get(0).id(), workers.get(1).id()), 0)),
                Optional.empty());
        Meeting second = new Meeting(MeetingId.of(id + "-m2"), of(2025, 1, 15), EventForm.SEMINAR, "Семинар",
                List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        return builder.meeting(first).meeting(second)
                .plan(new Plan(SchoolYear.of(2024), PlanKind.WORK, Optional.of(workers.get(0).id()),
                        List.of(new PlanItem("Задача " + n, List.of("Семинар"), "Результат", "справка")),
                        List.of(new PlanStep.Drafted(of(2024, 8, 20)), new PlanStep.Reviewed(of(2024, 8, 29),
                                first.id())), List.of()))
                .report(new AnnualReport(SchoolYear.of(2024), of(2025, 5, 30), DocumentForm.ELECTRONIC,
                        Map.of("meetings-held", BigDecimal.valueOf(2)), Optional.empty()))
                .build();
    }

    /** Every personal value in {@code record}: what must never show up in a message. */
    public static List<String> personalValues(CommunityRecord record) {
        List<String> values = new ArrayList<>();
        for (PedagogicalWorker w : record.workers()) {
            PersonalData p = w.personalData();
            values.add(p.fullName());
            p.birthDate().ifPresent(d -> values.add(d.toString()));
            p.education().ifPresent(values::add);
            p.contacts().forEach(c -> values.add(c.value()));
            values.addAll(p.awards());
            values.addAll(p.titles());
            values.addAll(p.publications());
            values.addAll(p.contests());
        }
        return values;
    }
}
