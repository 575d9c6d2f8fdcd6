package org.pedcom.profiles.rybnovsky;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.community.CommunityId;
import org.pedcom.community.CommunityKind;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.Verdict;
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
import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.organisation.Territory;
import org.pedcom.people.AdministrativeRole;
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
import org.pedcom.plan.Publication;
import org.pedcom.plan.PublicationChannel;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.rule.RuleId;

/**
 * One school year, 2024/2025, of a district ППС on reading literacy in Рыбновский район, kept the way п. 1.3–4.8
 * demand — plus the start of 2025/2026 (list order, plan approved by 15 September), because a judgement on
 * 20 September 2025 already covers those deadlines. Variants are derived with {@link #edit}.
 */
public final class RybnovskyCommunityYear {

    static final LocalDate JUDGED_ON = LocalDate.of(2025, 9, 20);
    static final String CITATION_4_7 = "п. 4.7 Положения о ППС, утв. приказом № 39/1 от 23.03.2020";

    static final SchoolYear YEAR = SchoolYear.of(2024);
    static final SchoolYear NEXT_YEAR = SchoolYear.of(2025);

    static final Territory RYBNOVSKY = Territory.of("Рязанская область", "Рыбновский муниципальный район");
    static final OrganisationId AUTHORITY = OrganisationId.of("uo-rybnoe");
    static final OrganisationId RIMK = OrganisationId.of("rimk-rybnoe");
    static final OrganisationId SCHOOL_RYBNOE_1 = OrganisationId.of("sch-rybnoe-1");
    static final OrganisationId SCHOOL_PIONERSKAYA = OrganisationId.of("sch-pionerskaya");
    static final OrganisationId SCHOOL_BATURINO = OrganisationId.of("sch-baturino");
    static final OrganisationId SCHOOL_ZHITOVO = OrganisationId.of("sch-zhitovo");

    /** The leader: a teacher of Russian with the высшая category since December 2023. */
    static final WorkerId LEADER = WorkerId.of("w-0417");
    static final WorkerId DIRECTOR = WorkerId.of("w-0102");
    static final WorkerId MO_HEAD = WorkerId.of("w-0233");
    static final WorkerId TEACHER_LITERATURE = WorkerId.of("w-0388");
    static final WorkerId TEACHER_HISTORY = WorkerId.of("w-0451");
    static final WorkerId DEPUTY = WorkerId.of("w-0176");
    static final List<WorkerId> MEMBERS = List.of(LEADER, DIRECTOR, MO_HEAD, TEACHER_LITERATURE, TEACHER_HISTORY, DEPUTY);

    /** Names in the record, so that tests can prove none of them reaches a finding. */
    static final List<String> PERSONAL_NAMES = List.of("Соколова Ирина Викторовна", "Мартынов Сергей Петрович",
            "Гришина Елена Александровна", "Кузнецова Ольга Николаевна", "Белов Андрей Игоревич",
            "Тарасова Наталья Михайловна");

    static final LocalDate CREATED_ON = LocalDate.of(2024, 9, 1);

    static final Act CREATION_ORDER = orderOfAuthority("245", LocalDate.of(2024, 8, 28),
            "О создании профессиональных педагогических сообществ руководителей и педагогов");
    static final Act LIST_ORDER_2024 = orderOfAuthority("246", LocalDate.of(2024, 8, 28),
            "Об утверждении списка и состава ППС на 2024/2025 учебный год");
    static final Act LIST_ORDER_2025 = orderOfAuthority("231", LocalDate.of(2025, 8, 27),
            "Об утверждении списка и состава ППС на 2025/2026 учебный год");
    static final Act PLAN_APPROVAL_2024 = orderOfRimk("17", LocalDate.of(2024, 9, 13),
            "Об утверждении планов работы ППС на 2024/2025 учебный год");
    static final Act PLAN_APPROVAL_2025 = orderOfRimk("15", LocalDate.of(2025, 9, 11),
            "Об утверждении планов работы ППС на 2025/2026 учебный год");

    static final MeetingId SESSION_1 = MeetingId.of("pps-2024-10-16");
    static final MeetingId SESSION_2 = MeetingId.of("pps-2024-12-18");
    static final MeetingId SEMINAR = MeetingId.of("seminar-2025-02-12");
    static final MeetingId SESSION_3 = MeetingId.of("pps-2025-03-19");
    static final MeetingId SESSION_4 = MeetingId.of("pps-2025-05-21");

    private RybnovskyCommunityYear() {
    }

    /** The profile with default settings, as a portal gets it. */
    static Profile profile() {
        return Profiles.load().profile(RybnovskyPpsProfileProvider.ID);
    }

    static Profile profile(String parameter, String value) {
        return Profiles.load().profile(ProfileId.of(RybnovskyPpsProfileProvider.ID),
                ProfileSettings.of(Map.of(parameter, value)));
    }

    static ComplianceReport judge(CommunityRecord record) {
        return Compliance.evaluate(record, profile(), JUDGED_ON);
    }

    /**
     * The one violation of {@code report}, asserted to come from {@code rule} and to cite {@code clauseNumber} as
     * printed first.
     */
    static Finding theOnlyViolation(ComplianceReport report, String rule, String clauseNumber) {
        assertThat(report.violations()).as("violations").hasSize(1);
        Finding finding = report.violations().get(0);
        assertThat(finding.rule()).isEqualTo(RuleId.of(rule));
        assertThat(finding.clauseNumber()).isEqualTo(clauseNumber);
        assertThat(report.verdict()).isEqualTo(Verdict.VIOLATED);
        return finding;
    }

    static Act orderOfAuthority(String number, LocalDate date, String title) {
        return Act.order(number, date, Body.headOf(AUTHORITY), title);
    }

    static Act orderOfRimk(String number, LocalDate date, String title) {
        return Act.order(number, date, Body.headOf(RIMK), title);
    }

    static Act orderOfSchool(OrganisationId school, String number, LocalDate date, String title) {
        return Act.order(number, date, Body.headOf(school), title);
    }

    /** 2024/2025 as the regulation wants it, with the start of 2025/2026. */
    public static CommunityRecord aCompliantCommunityYear() {
        Community community = new Community(CommunityId.of("pps-chitgram-2024"), CommunityKind.PPS,
                "ППС руководителей и педагогов «Читательская грамотность: от диагностики к результату»", RIMK,
                CREATED_ON, Optional.of(CREATION_ORDER), Optional.empty(),
                List.of("аналитическое", "консультационная", "образовательная"), Optional.empty());
        CommunityRecord.Builder record = CommunityRecord.builder(community)
                .terms(TermCalendar.standard())
                .organisation(Organisation.of(AUTHORITY.value(), "Управление образования и молодёжной политики "
                        + "администрации Рыбновского муниципального района", OrganisationKind.EDUCATION_AUTHORITY, RYBNOVSKY))
                .organisation(Organisation.of(RIMK.value(), "Районный информационно-методический кабинет (РИМК)",
                        OrganisationKind.METHODICAL_CENTRE, RYBNOVSKY))
                .organisation(school(SCHOOL_RYBNOE_1, "МБОУ «Рыбновская средняя школа № 1»"))
                .organisation(school(SCHOOL_PIONERSKAYA, "МБОУ «Пионерская средняя школа»"))
                .organisation(school(SCHOOL_BATURINO, "МБОУ «Батуринская средняя школа»"))
                .organisation(school(SCHOOL_ZHITOVO, "МБОУ «Житовская средняя школа»"))
                .worker(aLeader(Qualifications.of(CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2023, 12, 14)))))
                .worker(worker(DIRECTOR, Position.HEAD, SCHOOL_PIONERSKAYA, Set.of(AdministrativeRole.HEAD_OF_ORGANISATION),
                        Qualifications.none(), LocalDate.of(1998, 8, 25), PERSONAL_NAMES.get(1)))
                .worker(worker(MO_HEAD, Position.TEACHER, SCHOOL_BATURINO,
                        Set.of(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION),
                        Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2024, 2, 20))),
                        LocalDate.of(2016, 9, 1), PERSONAL_NAMES.get(2)))
                .worker(worker(TEACHER_LITERATURE, Position.TEACHER, SCHOOL_ZHITOVO, Set.of(),
                        Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2021, 3, 25))),
                        LocalDate.of(2012, 9, 1), PERSONAL_NAMES.get(3)))
                .worker(worker(TEACHER_HISTORY, Position.TEACHER, SCHOOL_RYBNOE_1, Set.of(), Qualifications.none(),
                        LocalDate.of(2022, 9, 1), PERSONAL_NAMES.get(4)))
                .worker(worker(DEPUTY, Position.DEPUTY_HEAD, SCHOOL_ZHITOVO, Set.of(AdministrativeRole.DEPUTY_HEAD),
                        Qualifications.of(CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2019, 11, 28))),
                        LocalDate.of(2005, 9, 1), PERSONAL_NAMES.get(5)))
                .appointment(new Appointment(LEADER, CommunityRole.LEADER, CREATED_ON, Optional.empty(),
                        Optional.of(LIST_ORDER_2024)))
                .compositionOrder(new CompositionOrder(YEAR, LIST_ORDER_2024, Set.copyOf(MEMBERS),
                        List.of("читательская грамотность")))
                .compositionOrder(new CompositionOrder(NEXT_YEAR, LIST_ORDER_2025, Set.copyOf(MEMBERS),
                        List.of("читательская грамотность")))
                .plan(workPlan2024())
                .plan(new Plan(NEXT_YEAR, PlanKind.PRELIMINARY, Optional.of(LEADER), planItems(),
                        List.of(new PlanStep.Drafted(LocalDate.of(2025, 6, 18))), List.of()))
                .plan(new Plan(NEXT_YEAR, PlanKind.WORK, Optional.of(LEADER), planItems(),
                        List.of(new PlanStep.Drafted(LocalDate.of(2025, 9, 3)), new PlanStep.Approved(PLAN_APPROVAL_2025)),
                        List.of(new Publication(PublicationChannel.WEBSITE, RIMK, LocalDate.of(2025, 9, 12)))))
                .meeting(session(SESSION_1, LocalDate.of(2024, 10, 16), "1",
                        "Читательская грамотность: результаты стартовой диагностики",
                        AgendaItem.of("Анализ результатов ВПР-2024 по русскому языку: типичные затруднения обучающихся "
                                        + "5–8 классов", List.of("Принять к сведению аналитическую справку"),
                                List.of("Руководителям ШМО включить разбор типичных ошибок в планы заседаний")),
                        AgendaItem.of("О плане работы ППС на 2024/2025 учебный год",
                                List.of("Принять к исполнению план, утверждённый РИМК 13.09.2024"), List.of())))
                .meeting(session(SESSION_2, LocalDate.of(2024, 12, 18), "2",
                        "Приёмы смыслового чтения на уроках всех предметов",
                        AgendaItem.of("Изучение методических рекомендаций ФИОКО по формированию читательской грамотности",
                                List.of(), List.of("Использовать задания банка ФИОКО на уроках истории и литературы"))))
                .meeting(new Meeting(SEMINAR, LocalDate.of(2025, 2, 12), EventForm.SEMINAR,
                        "Семинар-практикум «Работа с несплошными текстами» на базе МБОУ «Житовская средняя школа»",
                        List.of(), Optional.empty(),
                        Optional.of(new RegistrationSheet(Set.copyOf(MEMBERS), 14)), Optional.empty()))
                .meeting(session(SESSION_3, LocalDate.of(2025, 3, 19), "3",
                        "Индивидуальные образовательные маршруты педагогов",
                        AgendaItem.of("О формировании заказа на курсовую подготовку на 2025/2026 учебный год",
                                List.of("Направить в РИМК заявку на курсы ОГБУ ДПО РИРО"), List.of())))
                .meeting(session(SESSION_4, LocalDate.of(2025, 5, 21), "4", "Итоги работы ППС за 2024/2025 учебный год",
                        AgendaItem.of("О результатах итоговой диагностики читательской грамотности",
                                List.of("Признать работу ППС удовлетворительной"),
                                List.of("Продолжить работу по теме в 2025/2026 учебном году")),
                        AgendaItem.of("О предварительном плане работы на 2025/2026 учебный год",
                                List.of("Поручить руководителю ППС составить предварительный план до 20.06.2025"),
                                List.of())))
                .document(new Document(DocumentKind.WORK_PLAN, "План работы ППС на 2024/2025 учебный год",
                        LocalDate.of(2024, 9, 13), DocumentForm.ELECTRONIC, Optional.of(RIMK), Optional.of(YEAR)))
                .document(new Document(DocumentKind.PROTOCOL, "Протоколы заседаний ППС № 1–4",
                        LocalDate.of(2025, 5, 21), DocumentForm.PAPER, Optional.of(RIMK), Optional.of(YEAR)))
                .document(new Document(DocumentKind.ANNUAL_REPORT, "Аналитический отчёт о деятельности ППС за 2024/2025 "
                        + "учебный год", LocalDate.of(2025, 6, 20), DocumentForm.ELECTRONIC, Optional.of(RIMK), Optional.of(YEAR)))
                .report(new AnnualReport(YEAR, LocalDate.of(2025, 6, 20), DocumentForm.ELECTRONIC,
                        Map.of("sessions-held", BigDecimal.valueOf(4), "open-events", BigDecimal.ONE,
                                "teachers-involved", BigDecimal.valueOf(20)), Optional.empty()))
                .submission(new Submission(DocumentKind.ANNUAL_REPORT, YEAR, RIMK, LocalDate.of(2025, 6, 25)))
                .submission(new Submission(DocumentKind.PRELIMINARY_PLAN, NEXT_YEAR, RIMK, LocalDate.of(2025, 6, 25)));
        for (WorkerId member : MEMBERS) {
            record.membership(Membership.since(member, CREATED_ON, MembershipBasis.ORDER));
        }
        return record.build();
    }

    /**
     * The same community created by an order of 12 November 2024: no list order and no plan deadline fell while it
     * existed in 2024/2025; its plan for that year was drafted and approved in November.
     */
    static CommunityRecord aCommunityCreatedMidYear() {
        LocalDate created = LocalDate.of(2024, 11, 15);
        Act creation = orderOfAuthority("312", LocalDate.of(2024, 11, 12),
                "О создании ППС «Читательская грамотность: от диагностики к результату»");
        Act appointing = orderOfAuthority("313", LocalDate.of(2024, 11, 12),
                "Об утверждении состава ППС на 2024/2025 учебный год");
        return edit(aCompliantCommunityYear(), r -> {
            r.community = new Community(r.community.id(), r.community.kind(), r.community.name(), r.community.host(),
                    created, Optional.of(creation), r.community.form(), r.community.directions(), Optional.empty());
            r.memberships.replaceAll(m -> Membership.since(m.worker(), created, m.basis()));
            r.appointments.clear();
            r.appointments.add(new Appointment(LEADER, CommunityRole.LEADER, created, Optional.empty(), Optional.of(appointing)));
            r.compositionOrders.removeIf(o -> o.schoolYear().equals(YEAR));
            r.compositionOrders.add(new CompositionOrder(YEAR, appointing, Set.copyOf(MEMBERS), List.of()));
            r.meetings.removeIf(m -> m.id().equals(SESSION_1));
            r.plans.removeIf(p -> p.schoolYear().equals(YEAR));
            r.plans.add(new Plan(YEAR, PlanKind.WORK, Optional.of(LEADER), planItems(),
                    List.of(new PlanStep.Drafted(LocalDate.of(2024, 11, 18)), new PlanStep.Approved(orderOfRimk("29",
                            LocalDate.of(2024, 11, 22), "Об утверждении плана работы ППС на 2024/2025 учебный год"))),
                    List.of()));
        });
    }

    static Plan workPlan2024() {
        return workPlanApprovedBy(PLAN_APPROVAL_2024);
    }

    static Plan workPlanApprovedBy(Act approval) {
        return new Plan(YEAR, PlanKind.WORK, Optional.of(LEADER), planItems(),
                List.of(new PlanStep.Drafted(LocalDate.of(2024, 9, 5)), new PlanStep.Approved(approval)),
                List.of(new Publication(PublicationChannel.WEBSITE, RIMK, LocalDate.of(2024, 9, 16))));
    }

    static PedagogicalWorker aLeader(Qualifications qualifications) {
        return worker(LEADER, Position.of("teacher-russian", "учитель русского языка и литературы"), SCHOOL_RYBNOE_1,
                Set.of(), qualifications, LocalDate.of(2009, 9, 1), PERSONAL_NAMES.get(0));
    }

    static PedagogicalWorker worker(WorkerId id, Position position, OrganisationId employer,
                                    Set<AdministrativeRole> roles, Qualifications qualifications,
                                    LocalDate inSpecialtySince, String fullName) {
        return new PedagogicalWorker(id, position, employer, roles, qualifications,
                SpecialtyExperience.since(inSpecialtySince), PersonalData.named(fullName));
    }

    /** A session with its protocol signed by the leader and a registration sheet of all members. */
    static Meeting session(MeetingId id, LocalDate date, String protocolNumber, String topic, AgendaItem... agenda) {
        return new Meeting(id, date, EventForm.SESSION, topic, List.of(agenda),
                Optional.of(new Protocol(protocolNumber, date, List.of(new Signature(LEADER, CommunityRole.LEADER)))),
                Optional.of(new RegistrationSheet(Set.copyOf(MEMBERS), 2)), Optional.empty());
    }

    static Meeting meeting(CommunityRecord record, MeetingId id) {
        return record.meeting(id).orElseThrow();
    }

    private static List<PlanItem> planItems() {
        return List.of(
                new PlanItem("Выявить типичные затруднения обучающихся в читательской грамотности",
                        List.of("Стартовая диагностика в 5–8 классах", "Заседание ППС по итогам диагностики"),
                        "Аналитическая справка по школам района", "аналитическая справка"),
                new PlanItem("Освоить приёмы смыслового чтения на уроках всех предметов",
                        List.of("Семинар-практикум «Работа с несплошными текстами»", "Взаимопосещение уроков"),
                        "Банк заданий по читательской грамотности", "методический продукт"),
                new PlanItem("Подвести итоги и спланировать следующий год",
                        List.of("Итоговое заседание", "Аналитический отчёт в РИМК"),
                        "Отчёт и предварительный план", "отчёт"));
    }

    private static Organisation school(OrganisationId id, String name) {
        return Organisation.of(id.value(), name, OrganisationKind.EDUCATIONAL, RYBNOVSKY,
                EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL);
    }

    /** A copy of {@code record} with some of its parts changed; every invariant is checked again. */
    static CommunityRecord edit(CommunityRecord record, Consumer<Parts> change) {
        Parts parts = new Parts(record);
        change.accept(parts);
        return parts.build();
    }

    /** The parts of a record, open for a test to change. */
    static final class Parts {
        Community community;
        final TermCalendar terms;
        final List<Organisation> organisations;
        final List<PedagogicalWorker> workers;
        final List<Membership> memberships;
        final List<Appointment> appointments;
        final List<CompositionOrder> compositionOrders;
        final List<Plan> plans;
        final List<Meeting> meetings;
        final List<Document> documents;
        final List<AnnualReport> reports;
        final List<Submission> submissions;
        private final CommunityRecord original;

        private Parts(CommunityRecord r) {
            original = r;
            community = r.community();
            terms = r.terms();
            organisations = new ArrayList<>(r.organisations());
            workers = new ArrayList<>(r.workers());
            memberships = new ArrayList<>(r.memberships());
            appointments = new ArrayList<>(r.appointments());
            compositionOrders = new ArrayList<>(r.compositionOrders());
            plans = new ArrayList<>(r.plans());
            meetings = new ArrayList<>(r.meetings());
            documents = new ArrayList<>(r.documents());
            reports = new ArrayList<>(r.reports());
            submissions = new ArrayList<>(r.submissions());
        }

        /** Puts {@code worker} in place of the worker with the same id. */
        void replaceWorker(PedagogicalWorker worker) {
            workers.replaceAll(w -> w.id().equals(worker.id()) ? worker : w);
        }

        /** Puts {@code meeting} in place of the meeting with the same id. */
        void replaceMeeting(Meeting meeting) {
            meetings.replaceAll(m -> m.id().equals(meeting.id()) ? meeting : m);
        }

        /** Puts {@code plan} in place of the plan of the same year and kind. */
        void replacePlan(Plan plan) {
            plans.replaceAll(p -> p.schoolYear().equals(plan.schoolYear()) && p.kind() == plan.kind() ? plan : p);
        }

        /** Moves the hand-over of {@code kind} to {@code on}. */
        void handIn(DocumentKind kind, LocalDate on) {
            submissions.replaceAll(s -> s.kind().equals(kind) ? new Submission(s.kind(), s.schoolYear(), s.to(), on) : s);
        }

        CommunityRecord build() {
            return new CommunityRecord(community, terms, organisations, workers, memberships, appointments,
                    compositionOrders, plans, meetings, documents, reports, submissions, original.statusGrants());
        }
    }
}
