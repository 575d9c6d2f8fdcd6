package org.pedcom.profiles.yaya;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.community.Community;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
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
import org.pedcom.status.Extension;
import org.pedcom.status.StatusGrant;

/**
 * School year 2024/2025 of an ОСМП on «Формирование функциональной грамотности обучающихся» on the base of a Yaya
 * secondary school: status granted by the Методический совет of МБУ ИМЦ УО on 28.08.2024 for two years and confirmed
 * by order, a deputy head as leader and a methodist of the ИМЦ as co-leader appointed by order, the application
 * package filed with the ИМЦ, the plan approved by the МС and published, seminars, consultations, a master class, an
 * open lesson and a professional skills contest. Judged on {@link #JUDGED_ON}, after every deadline of the year.
 *
 * <p>{@link #aCompliantCommunityYear()} meets every rule of the profile; {@link #aYear()} gives the knobs the
 * violating variants turn.
 */
public final class YayaOsmpCommunityYear {

    static final LocalDate JUDGED_ON = LocalDate.of(2025, 9, 15);
    static final LocalDate OPENED_ON = LocalDate.of(2024, 9, 1);
    static final LocalDate GRANTED_ON = LocalDate.of(2024, 8, 28);

    static final Territory YAYA = Territory.of("Кемеровская область — Кузбасс", "Яйский муниципальный округ");
    static final OrganisationId HOST = OrganisationId.of("mbou-yaya-sosh-2");
    static final OrganisationId CENTRE = OrganisationId.of("mbu-imc-uo-yaya");
    static final OrganisationId AUTHORITY = OrganisationId.of("uo-yaya");
    static final OrganisationId KINDERGARTEN = OrganisationId.of("mbdou-yaya-ds-3");
    static final OrganisationId VILLAGE_SCHOOL = OrganisationId.of("mbou-bezlesnaya-oosh");

    static final WorkerId LEADER = WorkerId.of("w-1042");
    static final WorkerId CO_LEADER = WorkerId.of("w-2017");
    static final WorkerId HOST_TEACHER_HIGHEST = WorkerId.of("w-1051");
    static final WorkerId HOST_TEACHER_FIRST = WorkerId.of("w-1063");
    static final WorkerId VILLAGE_TEACHER = WorkerId.of("w-3008");
    static final WorkerId KINDERGARTEN_EDUCATOR = WorkerId.of("w-4012");

    static final String TOPIC = "Формирование функциональной грамотности обучающихся: стажировка педагогов округа";

    static final Act GRANT_DECISION = decisionOfCentreCouncil("4", GRANTED_ON,
            "О присвоении МБОУ «Яйская СОШ № 2» статуса опорной (стажировочной) методической площадки");
    static final Act CONFIRMATION_ORDER = orderOfCentre("98", LocalDate.of(2024, 8, 29),
            "Об утверждении статуса опорной (стажировочной) методической площадки на базе МБОУ «Яйская СОШ № 2»");
    static final Act APPOINTMENT_ORDER = orderOfCentre("99", LocalDate.of(2024, 8, 29),
            "Об утверждении руководителя и соруководителя ОСМП на базе МБОУ «Яйская СОШ № 2»");
    static final Act PLAN_DECISION = decisionOfCentreCouncil("4", GRANTED_ON,
            "Об утверждении плана работы ОСМП на базе МБОУ «Яйская СОШ № 2» на 2024/2025 учебный год");

    private YayaOsmpCommunityYear() {
    }

    // --- judging ----------------------------------------------------------------------------------------------

    /** The profile as a portal gets it: through the registry, with the given parameter values. */
    static Profile profile(Map<String, String> settings) {
        return Profiles.load().profile(ProfileId.of(YayaOsmpProfileProvider.ID), ProfileSettings.of(settings));
    }

    static ComplianceReport judged(CommunityRecord record) {
        return judged(record, JUDGED_ON);
    }

    static ComplianceReport judged(CommunityRecord record, LocalDate asOf) {
        return Compliance.evaluate(record, profile(Map.of()), asOf);
    }

    static ComplianceReport judged(CommunityRecord record, Map<String, String> settings) {
        return Compliance.evaluate(record, profile(settings), JUDGED_ON);
    }

    /** The one violation of the report; fails if there is none or more than one. */
    static Finding theOnlyViolation(ComplianceReport report) {
        assertThat(report.violations()).as("violations").hasSize(1);
        return report.violations().get(0);
    }

    /** The stable ids of the clauses a finding cites, first cited first. */
    static List<String> clauseIds(Finding finding) {
        return finding.clauses().stream().map(c -> c.id().value()).toList();
    }

    /** The year as the regulation wants it. */
    public static CommunityRecord aCompliantCommunityYear() {
        return aYear().build();
    }

    static Year aYear() {
        return new Year();
    }

    // --- acts -------------------------------------------------------------------------------------------------

    static Act decisionOfCentreCouncil(String protocolNumber, LocalDate date, String title) {
        return Act.decision(protocolNumber, date, Body.of(BodyKind.METHODICAL_COUNCIL, CENTRE), title);
    }

    static Act orderOfCentre(String number, LocalDate date, String title) {
        return Act.order(number, date, Body.headOf(CENTRE), title);
    }

    static Act orderOfHostDirector(String number, LocalDate date, String title) {
        return Act.order(number, date, Body.headOf(HOST), title);
    }

    static Act decisionOfHostPedagogicalCouncil(String number, LocalDate date, String title) {
        return Act.decision(number, date, Body.of(BodyKind.PEDAGOGICAL_COUNCIL, HOST), title);
    }

    // --- organisations ----------------------------------------------------------------------------------------

    static Organisation hostSchool() {
        return Organisation.of(HOST.value(), "МБОУ «Яйская средняя общеобразовательная школа № 2»",
                OrganisationKind.EDUCATIONAL, YAYA, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL,
                EducationLevel.SECONDARY_GENERAL, EducationLevel.ADDITIONAL);
    }

    /** The host's record with another kind and levels, for the variants of 1.3. */
    static Organisation hostRecordedAs(OrganisationKind kind, EducationLevel... levels) {
        return Organisation.of(HOST.value(), "МБОУ «Яйская средняя общеобразовательная школа № 2»", kind, YAYA, levels);
    }

    // --- people -----------------------------------------------------------------------------------------------

    /** Заместитель директора по УВР of the host, первая категория: eligible as АУП on the default reading only. */
    static PedagogicalWorker deputyHeadWithFirstCategory() {
        return worker(LEADER, Position.DEPUTY_HEAD, HOST, Set.of(AdministrativeRole.DEPUTY_HEAD), "Кузнецова Ирина Викторовна",
                LocalDate.of(2005, 9, 1), CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2024, 2, 20)));
    }

    static PedagogicalWorker methodistOfTheCentre() {
        return worker(CO_LEADER, Position.METHODIST, CENTRE, Set.of(), "Семёнова Ольга Николаевна",
                LocalDate.of(2001, 8, 25), CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2022, 3, 15)));
    }

    /** The leader's id, with any position, employer, roles and categories a variant needs. */
    static PedagogicalWorker leaderAs(Position position, OrganisationId employer, Set<AdministrativeRole> roles,
                                      CategoryGrant... grants) {
        return worker(LEADER, position, employer, roles, "Кузнецова Ирина Викторовна", LocalDate.of(2005, 9, 1), grants);
    }

    static PedagogicalWorker coLeaderAs(Position position, OrganisationId employer) {
        return worker(CO_LEADER, position, employer, Set.of(), "Семёнова Ольга Николаевна", LocalDate.of(2001, 8, 25),
                CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2022, 3, 15)));
    }

    private static List<PedagogicalWorker> otherWorkers() {
        return List.of(
                worker(HOST_TEACHER_HIGHEST, Position.TEACHER, HOST, Set.of(), "Морозов Андрей Петрович",
                        LocalDate.of(1998, 9, 1), CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2021, 12, 20))),
                worker(HOST_TEACHER_FIRST, Position.TEACHER, HOST, Set.of(), "Белова Наталья Сергеевна",
                        LocalDate.of(2016, 9, 1), CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2023, 4, 12))),
                worker(VILLAGE_TEACHER, Position.TEACHER, VILLAGE_SCHOOL, Set.of(), "Гордеева Татьяна Ивановна",
                        LocalDate.of(2010, 9, 1)),
                worker(KINDERGARTEN_EDUCATOR, Position.EDUCATOR, KINDERGARTEN, Set.of(), "Власова Екатерина Андреевна",
                        LocalDate.of(2019, 9, 1)));
    }

    private static PedagogicalWorker worker(WorkerId id, Position position, OrganisationId employer,
                                            Set<AdministrativeRole> roles, String fullName, LocalDate workingSince,
                                            CategoryGrant... grants) {
        return new PedagogicalWorker(id, position, employer, roles, new Qualifications(List.of(grants)),
                SpecialtyExperience.since(workingSince), PersonalData.named(fullName));
    }

    // --- status -----------------------------------------------------------------------------------------------

    /** Granted by the МС on 28.08.2024 for {@code term}, confirmed by order, with the given extensions. */
    static StatusGrant statusFor(Period term, Extension... extensions) {
        return new StatusGrant(TOPIC, GRANT_DECISION, term, Optional.of(CONFIRMATION_ORDER), List.of(extensions));
    }

    static Extension extensionByCouncil(Period by) {
        return new Extension(decisionOfCentreCouncil("3", LocalDate.of(2025, 5, 27),
                "О продлении срока работы ОСМП на базе МБОУ «Яйская СОШ № 2»"), by);
    }

    // --- plan and documents -----------------------------------------------------------------------------------

    static Plan plan2024(List<PlanStep> steps, List<Publication> publications) {
        return new Plan(SchoolYear.of(2024), PlanKind.WORK, Optional.of(LEADER), List.of(
                new PlanItem("Организовать стажировку педагогов округа по формированию читательской и математической грамотности",
                        List.of("установочный семинар", "мастер-класс", "открытый урок", "практикум"),
                        "не менее 25 педагогов округа прошли стажировку", "методические рекомендации"),
                new PlanItem("Оказать консультационную помощь заместителям директоров по УВР",
                        List.of("групповая консультация", "индивидуальные консультации"),
                        "план внутришкольной работы по функциональной грамотности в каждой ОО округа",
                        "банк заданий по функциональной грамотности")),
                steps, publications);
    }

    static List<PlanStep> approvedByTheCouncil() {
        return List.of(new PlanStep.Drafted(LocalDate.of(2024, 8, 19)), new PlanStep.Approved(PLAN_DECISION));
    }

    static List<Publication> publishedInTheAuthorityPlanAndOnTheCentreSite() {
        return List.of(new Publication(PublicationChannel.AUTHORITY_ANNUAL_PLAN, AUTHORITY, LocalDate.of(2024, 9, 5)),
                new Publication(PublicationChannel.WEBSITE, CENTRE, LocalDate.of(2024, 9, 3)));
    }

    /** The package of 3.2 as filed with the ИМЦ before the МС decision. */
    static List<Document> applicationPackage() {
        LocalDate filed = LocalDate.of(2024, 8, 12);
        return List.of(
                packageDocument(DocumentKind.STATUS_APPLICATION, "Заявление на присвоение статуса ОСМП по теме «" + TOPIC + "»", filed),
                packageDocument(DocumentKind.INFORMATION_REFERENCE,
                        "Информационная справка о результатах работы по теме за 2021–2024 годы", filed),
                packageDocument(DocumentKind.WORK_PLAN, "План работы ОСМП на 2024/2025 учебный год (в составе заявки)", filed));
    }

    static Document packageDocument(DocumentKind kind, String title, LocalDate date) {
        return new Document(kind, title, date, DocumentForm.PAPER, Optional.of(CENTRE), Optional.empty());
    }

    // --- meetings ---------------------------------------------------------------------------------------------

    static List<Meeting> theYearsEvents() {
        return List.of(
                event("m-2024-09-18", LocalDate.of(2024, 9, 18), EventForm.SEMINAR,
                        "Установочный семинар «Функциональная грамотность на уроках в основной школе»",
                        "О плане стажировки педагогов округа на 2024/2025 учебный год"),
                event("m-2024-10-16", LocalDate.of(2024, 10, 16), EventForm.CONSULTATION,
                        "Групповая консультация для заместителей директоров по УВР «Оценка функциональной грамотности»",
                        "О проведении стартовой диагностики функциональной грамотности в 7–9 классах"),
                event("m-2024-11-20", LocalDate.of(2024, 11, 20), EventForm.MASTER_CLASS,
                        "Мастер-класс «Читательская грамотность на уроках истории»",
                        "Приёмы смыслового чтения на уроках истории и обществознания"),
                event("m-2025-01-22", LocalDate.of(2025, 1, 22), EventForm.OPEN_LESSON,
                        "Открытый урок математики в 7 классе «Задачи в формате PISA»",
                        "Анализ открытого урока"),
                contest("m-2025-02-14", LocalDate.of(2025, 2, 14)),
                event("m-2025-03-19", LocalDate.of(2025, 3, 19), EventForm.WORKSHOP,
                        "Практикум «Конструирование заданий по естественно-научной грамотности»",
                        "О банке заданий по естественно-научной грамотности"),
                event("m-2025-04-16", LocalDate.of(2025, 4, 16), EventForm.CONSULTATION,
                        "Индивидуальные консультации для педагогов ОО округа по итогам стажировки",
                        "О затруднениях педагогов при составлении заданий"),
                event("m-2025-05-21", LocalDate.of(2025, 5, 21), EventForm.SEMINAR,
                        "Итоговый семинар «Результаты стажировки 2024/2025 учебного года»",
                        "Об итогах работы ОСМП за 2024/2025 учебный год и перспективах на 2025/2026"));
    }

    /** The site's team in a municipal professional skills contest. */
    static Meeting contest(String id, LocalDate date) {
        return event(id, date, EventForm.CONTEST,
                "Участие педагогов ОСМП в муниципальном этапе конкурса «Учитель года Кузбасса — 2025»",
                "О представлении опыта ОСМП на конкурсе");
    }

    static Meeting event(String id, LocalDate date, EventForm form, String topic, String question) {
        return new Meeting(MeetingId.of(id), date, form, topic,
                List.of(AgendaItem.of(question, List.of("Принять к сведению и использовать в работе"),
                        List.of("Разместить материалы на сайте МБУ ИМЦ УО"))),
                Optional.of(new Protocol(id.substring(2), date, List.of(new Signature(LEADER, CommunityRole.LEADER),
                        new Signature(CO_LEADER, CommunityRole.CO_LEADER)))),
                Optional.of(new RegistrationSheet(Set.of(LEADER, CO_LEADER, HOST_TEACHER_HIGHEST, HOST_TEACHER_FIRST,
                        VILLAGE_TEACHER, KINDERGARTEN_EDUCATOR), 14)),
                Optional.empty());
    }

    /** The knobs a violating variant turns; everything else stays as in the compliant year. */
    static final class Year {
        private Organisation host = hostSchool();
        private PedagogicalWorker leader = deputyHeadWithFirstCategory();
        private PedagogicalWorker coLeader = methodistOfTheCentre();
        private Act leaderAppointment = APPOINTMENT_ORDER;
        private Optional<Act> coLeaderAppointment = Optional.of(APPOINTMENT_ORDER);
        private StatusGrant status = statusFor(Period.ofYears(2));
        private Optional<Plan> plan = Optional.of(plan2024(approvedByTheCouncil(), publishedInTheAuthorityPlanAndOnTheCentreSite()));
        private final List<Document> documents = new ArrayList<>(applicationPackage());
        private final List<Meeting> meetings = new ArrayList<>(theYearsEvents());
        private Optional<Termination> termination = Optional.empty();

        Year host(Organisation value) {
            host = value;
            return this;
        }

        Year leader(PedagogicalWorker value) {
            leader = value;
            return this;
        }

        Year coLeader(PedagogicalWorker value) {
            coLeader = value;
            return this;
        }

        Year leaderAppointedBy(Act value) {
            leaderAppointment = value;
            return this;
        }

        Year coLeaderAppointedBy(Act value) {
            coLeaderAppointment = Optional.of(value);
            return this;
        }

        Year withoutCoLeader() {
            coLeaderAppointment = Optional.empty();
            return this;
        }

        Year status(StatusGrant value) {
            status = value;
            return this;
        }

        Year plan(Optional<Plan> value) {
            plan = value;
            return this;
        }

        Year withoutDocuments(Predicate<Document> drop) {
            documents.removeIf(drop);
            return this;
        }

        Year document(Document value) {
            documents.add(value);
            return this;
        }

        Year withoutEvents(Predicate<Meeting> drop) {
            meetings.removeIf(drop);
            return this;
        }

        Year event(Meeting value) {
            meetings.add(value);
            return this;
        }

        Year terminated(LocalDate on, TerminationReason reason) {
            termination = Optional.of(new Termination(on, reason, Optional.of(orderOfCentre("61", on,
                    "О прекращении деятельности ОСМП на базе МБОУ «Яйская СОШ № 2»"))));
            return this;
        }

        CommunityRecord build() {
            Community site = new Community(CommunityId.of("osmp-yaya-sosh2-2024"), CommunityKind.OSMP,
                    "ОСМП «Формирование функциональной грамотности обучающихся» на базе МБОУ «Яйская СОШ № 2»", HOST,
                    OPENED_ON, Optional.of(GRANT_DECISION), Optional.empty(), List.of("функциональная грамотность"),
                    termination);
            CommunityRecord.Builder record = CommunityRecord.builder(site)
                    .organisation(host)
                    .organisation(Organisation.of(CENTRE.value(), "МБУ «Информационно-методический центр Управления "
                            + "образования администрации Яйского муниципального округа»", OrganisationKind.METHODICAL_CENTRE, YAYA))
                    .organisation(Organisation.of(AUTHORITY.value(), "Управление образования администрации Яйского "
                            + "муниципального округа", OrganisationKind.EDUCATION_AUTHORITY, YAYA))
                    .organisation(Organisation.of(KINDERGARTEN.value(), "МБДОУ «Яйский детский сад № 3 „Солнышко“»",
                            OrganisationKind.EDUCATIONAL, YAYA, EducationLevel.PRESCHOOL))
                    .organisation(Organisation.of(VILLAGE_SCHOOL.value(), "МБОУ «Безлесная основная общеобразовательная школа»",
                            OrganisationKind.EDUCATIONAL, YAYA, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL))
                    .worker(leader)
                    .worker(coLeader)
                    .membership(Membership.since(HOST_TEACHER_HIGHEST, OPENED_ON, MembershipBasis.ORDER))
                    .membership(Membership.since(HOST_TEACHER_FIRST, OPENED_ON, MembershipBasis.ORDER))
                    .appointment(Appointment.byAct(LEADER, CommunityRole.LEADER, leaderAppointment))
                    .statusGrant(status);
            otherWorkers().forEach(record::worker);
            coLeaderAppointment.ifPresent(act -> record.appointment(Appointment.byAct(CO_LEADER, CommunityRole.CO_LEADER, act)));
            plan.ifPresent(record::plan);
            documents.forEach(record::document);
            meetings.forEach(record::meeting);
            return record.build();
        }
    }
}
