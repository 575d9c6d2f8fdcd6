package org.pedcom.profiles.sobolevskaya;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.community.CommunityForm;
import org.pedcom.community.CommunityId;
import org.pedcom.community.CommunityKind;
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
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;

/**
 * A school year of a plausible ПОС of МОКУ «Соболевская средняя школа»: created by the director's order with its
 * composition, led by a teacher of the group, supervised by the deputy director for УВР, with a plan itemised by
 * tasks, a schedule of sessions, a session with agenda, protocol and registration every month from September to
 * May, the regulation in its documentation and a report for the final pedagogical council.
 */
public final class SobolevskayaCommunityYear {

    static final OrganisationId SCHOOL = OrganisationId.of("sobolevskaya-sosh");
    static final WorkerId LEADER = WorkerId.of("w-101");
    static final WorkerId RUSSIAN_TEACHER = WorkerId.of("w-102");
    static final WorkerId BIOLOGY_TEACHER = WorkerId.of("w-103");
    static final WorkerId PRIMARY_TEACHER = WorkerId.of("w-104");
    static final WorkerId DEPUTY_HEAD = WorkerId.of("w-201");
    /** A teacher of the school who is not in the group. */
    static final WorkerId OUTSIDER = WorkerId.of("w-105");
    static final List<WorkerId> MEMBERS = List.of(LEADER, RUSSIAN_TEACHER, BIOLOGY_TEACHER, PRIMARY_TEACHER);
    /** The names of the fixture's people: personal data that must never reach a finding. */
    static final List<String> NAMES = List.of("Корнилова", "Шевчук", "Ахмадуллина", "Лукьянова", "Берестова", "Ткаченко");

    /** The teaching months, September to May, in school-year order. */
    static final List<Month> TEACHING_MONTHS = List.of(Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER,
            Month.JANUARY, Month.FEBRUARY, Month.MARCH, Month.APRIL, Month.MAY);

    private static final Territory KAMCHATKA = Territory.of("Камчатский край", "Соболевский муниципальный район");

    private SobolevskayaCommunityYear() {
    }

    /** School year 2024/2025, created on 1 September 2024 by «приказ № 12-од от 30.08.2024». */
    public static CommunityRecord aCompliantCommunityYear() {
        return aCompliantCommunityYear(2024);
    }

    /** The same community in the school year starting in {@code startYear}, created on 1 September. */
    static CommunityRecord aCompliantCommunityYear(int startYear) {
        return aCommunityCreatedOn(LocalDate.of(startYear, Month.SEPTEMBER, 1));
    }

    /** A day after every deadline of the school year starting in {@code startYear}. */
    static LocalDate judgedAfter(int startYear) {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    /** 31 August 2025: the school year 2024/2025 and all its deadlines are over. */
    static LocalDate afterTheYear() {
        return judgedAfter(2024);
    }

    /**
     * The community created on {@code createdOn} (order dated the working day before), meeting in every teaching month
     * that starts after the creation, or in the month of creation when created on its first day.
     */
    static CommunityRecord aCommunityCreatedOn(LocalDate createdOn) {
        SchoolYear year = SchoolYear.containing(createdOn);
        Act creation = orderOfDirector("12-од", createdOn.minusDays(2),
                "О создании профессионального обучающегося сообщества учителей «Функциональная грамотность» и "
                        + "утверждении его состава");
        Community community = new Community(CommunityId.of("sobolevskaya-pos-" + year.startYear()), CommunityKind.PS,
                "ПОС учителей «Функциональная грамотность»", SCHOOL, createdOn, Optional.of(creation),
                Optional.of(CommunityForm.LEARNING_GROUP), List.of("формирование функциональной грамотности обучающихся"),
                Optional.empty());
        CommunityRecord.Builder record = CommunityRecord.builder(community)
                .terms(TermCalendar.standard())
                .organisation(Organisation.of(SCHOOL.value(), "МОКУ «Соболевская средняя школа»", OrganisationKind.EDUCATIONAL,
                        KAMCHATKA, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL))
                .worker(teacher(LEADER, "Корнилова Анна Викторовна", 2009))
                .worker(teacher(RUSSIAN_TEACHER, "Шевчук Ольга Николаевна", 2015))
                .worker(teacher(BIOLOGY_TEACHER, "Ахмадуллина Гульнара Рашидовна", 2019))
                .worker(teacher(PRIMARY_TEACHER, "Лукьянова Дарья Сергеевна", 2022))
                .worker(teacher(OUTSIDER, "Берестова Ирина Павловна", 2012))
                .worker(new PedagogicalWorker(DEPUTY_HEAD, Position.DEPUTY_HEAD, SCHOOL, Set.of(AdministrativeRole.DEPUTY_HEAD),
                        Qualifications.of(CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2021, 3, 25))),
                        SpecialtyExperience.since(LocalDate.of(2004, 9, 1)), PersonalData.named("Ткаченко Елена Юрьевна")))
                .appointment(new Appointment(LEADER, CommunityRole.LEADER, createdOn, Optional.empty(), Optional.of(creation)))
                .appointment(new Appointment(DEPUTY_HEAD, CommunityRole.SUPERVISOR, createdOn, Optional.empty(),
                        Optional.of(creation)))
                .compositionOrder(new CompositionOrder(year, creation, Set.copyOf(MEMBERS),
                        List.of("формирование функциональной грамотности обучающихся")));
        MEMBERS.forEach(w -> record.membership(Membership.since(w, createdOn, MembershipBasis.ORDER)));

        List<Meeting> sessions = monthlySessions(year, createdOn);
        sessions.forEach(record::meeting);
        record.plan(new Plan(year, PlanKind.WORK, Optional.of(LEADER), planItems(),
                List.of(new PlanStep.Drafted(createdOn.plusDays(4)),
                        new PlanStep.Reviewed(sessions.get(0).date(), sessions.get(0).id())),
                List.of()));
        LocalDate paperwork = createdOn.plusDays(1);
        return record
                .document(new Document(DocumentKind.REGULATION, "Положение о профессиональном сообществе учителей",
                        LocalDate.of(2023, Month.JANUARY, 19), DocumentForm.PAPER, Optional.of(SCHOOL), Optional.empty()))
                .document(new Document(DocumentKind.CREATION_ORDER, creation.citation() + " «" + creation.title() + "»",
                        creation.date(), DocumentForm.PAPER, Optional.of(SCHOOL), Optional.of(year)))
                .document(new Document(DocumentKind.MEETING_SCHEDULE, "График проведения плановых заседаний ПОС на "
                        + year + " учебный год", paperwork, DocumentForm.PAPER, Optional.of(SCHOOL), Optional.of(year)))
                .report(new AnnualReport(year, LocalDate.of(year.startYear() + 1, Month.MAY, 26), DocumentForm.PAPER,
                        java.util.Map.of(), Optional.empty()))
                .build();
    }

    static Act orderOfDirector(String number, LocalDate date, String title) {
        return Act.order(number, date, Body.headOf(SCHOOL), title);
    }

    /** A session of the ПОС: one question with its decision, a protocol signed by the leader, the members registered. */
    static Meeting aSession(String id, LocalDate date, String topic) {
        return new Meeting(MeetingId.of(id), date, EventForm.SESSION, topic,
                List.of(AgendaItem.of(topic, List.of("Принять к сведению информацию руководителя ПОС"),
                        List.of("Апробировать обсуждённые приёмы на уроках до следующего заседания"))),
                Optional.of(new Protocol(id.substring(id.lastIndexOf('-') + 1), date,
                        List.of(new Signature(LEADER, CommunityRole.LEADER)))),
                Optional.of(new RegistrationSheet(new LinkedHashSet<>(MEMBERS), 0)), Optional.empty());
    }

    /** The same meeting moved to another day. */
    static Meeting movedTo(Meeting m, LocalDate date) {
        return new Meeting(m.id(), date, m.form(), m.topic(), m.agenda(),
                m.protocol().map(p -> new Protocol(p.number(), date, p.signatures())), m.registration(), m.scenario());
    }

    /** The id of the session of {@code month} in the school year starting in {@code startYear}. */
    static MeetingId sessionOf(int startYear, Month month) {
        YearMonth ym = yearMonth(SchoolYear.of(startYear), month);
        return MeetingId.of("pos-" + ym);
    }

    /** A copy of {@code record} with parts replaced: for variants {@code toBuilder()} cannot make (it only adds). */
    static CommunityRecord edit(CommunityRecord record, Consumer<Parts> change) {
        Parts p = new Parts(record);
        change.accept(p);
        return new CommunityRecord(p.community, record.terms(), record.organisations(), p.workers, p.memberships,
                p.appointments, p.compositionOrders, p.plans, p.meetings, p.documents, p.reports, record.submissions(),
                record.statusGrants());
    }

    /** The mutable parts of a record, for {@link #edit}. */
    static final class Parts {
        Community community;
        final List<PedagogicalWorker> workers;
        final List<Membership> memberships;
        final List<Appointment> appointments;
        final List<CompositionOrder> compositionOrders;
        final List<Plan> plans;
        final List<Meeting> meetings;
        final List<Document> documents;
        final List<AnnualReport> reports;

        private Parts(CommunityRecord r) {
            community = r.community();
            workers = new ArrayList<>(r.workers());
            memberships = new ArrayList<>(r.memberships());
            appointments = new ArrayList<>(r.appointments());
            compositionOrders = new ArrayList<>(r.compositionOrders());
            plans = new ArrayList<>(r.plans());
            meetings = new ArrayList<>(r.meetings());
            documents = new ArrayList<>(r.documents());
            reports = new ArrayList<>(r.reports());
        }

        /** Replaces the appointments to {@code role} with one. */
        Parts appoint(CommunityRole role, Appointment appointment) {
            appointments.removeIf(a -> a.role() == role);
            appointments.add(appointment);
            return this;
        }

        /** Drops the meetings of {@code month}, and the plan reviews held at them, which would point nowhere. */
        Parts dropMeetingsIn(Month month) {
            Set<MeetingId> dropped = new java.util.HashSet<>();
            meetings.removeIf(m -> m.date().getMonth() == month && dropped.add(m.id()));
            plans.replaceAll(plan -> new Plan(plan.schoolYear(), plan.kind(), plan.author(), plan.items(),
                    plan.steps().stream().filter(s -> !(s instanceof PlanStep.Reviewed r && dropped.contains(r.meeting())))
                            .toList(), plan.publications()));
            return this;
        }

        Parts replaceMeeting(MeetingId id, Meeting by) {
            meetings.replaceAll(m -> m.id().equals(id) ? by : m);
            return this;
        }
    }

    private static PedagogicalWorker teacher(WorkerId id, String name, int since) {
        return new PedagogicalWorker(id, Position.TEACHER, SCHOOL, Set.of(), Qualifications.none(),
                SpecialtyExperience.since(LocalDate.of(since, Month.SEPTEMBER, 1)), PersonalData.named(name));
    }

    private static final List<String> TOPICS = List.of(
            "Организационное заседание: задачи ПОС, план работы и график заседаний на учебный год",
            "Анализ результатов диагностики читательской грамотности обучающихся 5–7 классов",
            "Приёмы смыслового чтения на уроках разных предметов: итоги взаимопосещения уроков",
            "Естественно-научная грамотность: практико-ориентированные задания",
            "Критериальное оценивание заданий на функциональную грамотность",
            "Обмен опытом: метапредметные задания в начальной школе",
            "Подготовка банка заданий ПОС: экспертиза разработок участников",
            "Итоги мастер-классов участников ПОС и внеклассных мероприятий с обучающимися",
            "Итоги работы ПОС за учебный год, подготовка отчёта к итоговому педагогическому совету");

    private static final int[] SESSION_DAYS = {12, 17, 14, 12, 16, 13, 13, 17, 15};

    private static List<Meeting> monthlySessions(SchoolYear year, LocalDate createdOn) {
        List<Meeting> sessions = new ArrayList<>();
        for (int i = 0; i < TEACHING_MONTHS.size(); i++) {
            YearMonth ym = yearMonth(year, TEACHING_MONTHS.get(i));
            boolean existedAllMonth = !ym.atDay(1).isBefore(createdOn);
            if (existedAllMonth) {
                sessions.add(aSession("pos-" + ym, ym.atDay(SESSION_DAYS[i]), TOPICS.get(i)));
            }
        }
        return sessions;
    }

    private static YearMonth yearMonth(SchoolYear year, Month month) {
        return YearMonth.of(month.getValue() >= Month.SEPTEMBER.getValue() ? year.startYear() : year.startYear() + 1, month);
    }

    private static List<PlanItem> planItems() {
        return List.of(
                new PlanItem("Освоить приёмы смыслового чтения на уроках всех предметов",
                        List.of("Семинар «Стратегии смыслового чтения»", "Взаимопосещение уроков участниками ПОС"),
                        "Каждый участник применяет не менее трёх приёмов смыслового чтения",
                        "Методический продукт: памятка «Приёмы смыслового чтения»"),
                new PlanItem("Разработать практико-ориентированные задания по естественно-научной грамотности",
                        List.of("Мастер-класс учителя биологии", "Экспертиза заданий на заседании ПОС"),
                        "Банк из 30 заданий для 5–9 классов",
                        "Образовательный продукт: банк заданий"),
                new PlanItem("Обобщить опыт ПОС",
                        List.of("Отчёт на итоговом педагогическом совете школы"),
                        "Опыт представлен педагогическому коллективу",
                        "Презентация достижений ПОС"));
    }
}
