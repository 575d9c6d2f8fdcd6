package org.pedcom.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.community.Community;
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
import org.pedcom.people.WorkerId;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PlanStep;
import org.pedcom.plan.Publication;
import org.pedcom.plan.PublicationChannel;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.status.Extension;
import org.pedcom.status.StatusGrant;

/**
 * Shared, realistic test data for the domain core, published in the core test-jar so that profile and adapter
 * modules build their records the same way.
 *
 * <p>The default setting is the professional pedagogical community (ППС) of the Рыбновский district, created by
 * «приказ № 39/1 от 23.03.2020» of the district's education authority. Every method is a pure static factory: no
 * state, every call returns fresh values, and every record built here is consistent (all references resolve), so a
 * test changes only what it is about, typically with {@link CommunityRecord#toBuilder()}.
 *
 * <p>Personal data (names, birth dates, contacts) is fictitious but looks real, so tests can check that it never
 * leaks into {@code toString()} or error messages.
 */
public final class RecordFixtures {

    /** The school year most fixtures live in unless a year is passed. */
    private static final SchoolYear DEFAULT_YEAR = SchoolYear.of(2024);

    private static final List<String> FULL_NAMES = List.of(
            "Кондрашова Елена Петровна",
            "Смирнова Ольга Викторовна",
            "Кузнецов Андрей Николаевич",
            "Павлова Наталья Сергеевна",
            "Морозова Ирина Александровна",
            "Волков Дмитрий Игоревич",
            "Лебедева Татьяна Михайловна",
            "Соколова Анна Владимировна");

    private RecordFixtures() {
    }

    // ---------------------------------------------------------------- territory and organisations

    /** «Рязанская область, Рыбновский муниципальный район». */
    public static Territory aTerritory() {
        return Territory.of("Рязанская область", "Рыбновский муниципальный район");
    }

    public static OrganisationId authorityId() {
        return OrganisationId.of("rybnovsky-uo");
    }

    public static OrganisationId methodicalCentreId() {
        return OrganisationId.of("rybnovsky-imc");
    }

    public static OrganisationId schoolId() {
        return OrganisationId.of("rybnovskaya-sosh-1");
    }

    public static OrganisationId secondSchoolId() {
        return OrganisationId.of("kuzminskaya-sosh");
    }

    /** The district education authority that created the community and hosts it. */
    public static Organisation theAuthority() {
        return new Organisation(authorityId(),
                "Управление образования и молодёжной политики администрации муниципального образования — "
                        + "Рыбновский муниципальный район Рязанской области",
                OrganisationKind.EDUCATION_AUTHORITY, Set.of(), aTerritory());
    }

    /** «МБУ „Информационно-методический центр“», the district's methodological service. */
    public static Organisation theMethodicalCentre() {
        return new Organisation(methodicalCentreId(),
                "МБУ «Информационно-методический центр» Рыбновского муниципального района",
                OrganisationKind.METHODICAL_CENTRE, Set.of(), aTerritory());
    }

    public static Organisation theSchool() {
        return aSchool(schoolId().value(), "МБОУ «Рыбновская средняя общеобразовательная школа № 1»");
    }

    public static Organisation theSecondSchool() {
        return aSchool(secondSchoolId().value(), "МБОУ «Кузьминская средняя общеобразовательная школа»");
    }

    /** A general-education school of the district with the given id and name. */
    public static Organisation aSchool(String id, String name) {
        return Organisation.of(id, name, OrganisationKind.EDUCATIONAL, aTerritory(),
                EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL);
    }

    /** A school of the district with the given id. */
    public static Organisation anOrganisation(String id) {
        return aSchool(id, "МБОУ «Средняя общеобразовательная школа» (" + id + ")");
    }

    // ---------------------------------------------------------------- acts

    /** An order of the head of {@code issuer}, e.g. «приказ № 39/1 от 23.03.2020». */
    public static Act anOrder(String number, LocalDate date, OrganisationId issuer) {
        return anOrder(number, date, issuer, "Об организации деятельности профессионального педагогического сообщества");
    }

    public static Act anOrder(String number, LocalDate date, OrganisationId issuer, String title) {
        return Act.order(number, date, Body.headOf(issuer), title);
    }

    /** A decision of the methodological council of {@code issuer}. */
    public static Act aDecision(String number, LocalDate date, OrganisationId issuer) {
        return Act.decision(number, date, Body.of(BodyKind.METHODICAL_COUNCIL, issuer),
                "О присвоении статуса опорной (стажировочной) методической площадки");
    }

    /** «приказ № 39/1 от 23.03.2020» of the education authority, which created the community. */
    public static Act theCreationOrder() {
        return anOrder("39/1", LocalDate.of(2020, Month.MARCH, 23), authorityId(),
                "О создании профессионального педагогического сообщества руководителей ОО и МО, а также педагогов");
    }

    // ---------------------------------------------------------------- community

    public static CommunityId communityId() {
        return CommunityId.of("rybnovsky-pps");
    }

    /** The ППС, hosted and created by the education authority on 23.03.2020, still active. */
    public static Community aCommunity() {
        return new Community(communityId(), CommunityKind.PPS,
                "Профессиональное педагогическое сообщество руководителей ОО и МО, а также педагогов",
                authorityId(), theCreationOrder().date(), Optional.of(theCreationOrder()), Optional.empty(),
                List.of("повышение качества образовательных результатов",
                        "сопровождение школ с низкими результатами обучения"),
                Optional.empty());
    }

    /** The same community, but created on {@code createdOn} without a creating act. */
    public static Community aCommunityCreatedOn(LocalDate createdOn) {
        Community c = aCommunity();
        return new Community(c.id(), c.kind(), c.name(), c.host(), createdOn, Optional.empty(), c.form(),
                c.directions(), Optional.empty());
    }

    // ---------------------------------------------------------------- people

    public static WorkerId leaderId() {
        return WorkerId.of("w-leader");
    }

    public static WorkerId secretaryId() {
        return WorkerId.of("w-secretary");
    }

    public static WorkerId firstMemberId() {
        return WorkerId.of("w-member-1");
    }

    public static WorkerId secondMemberId() {
        return WorkerId.of("w-member-2");
    }

    /** Leader, secretary and the two ordinary members of {@link #aCommunityWithMembers()}. */
    public static List<WorkerId> memberIds() {
        return List.of(leaderId(), secretaryId(), firstMemberId(), secondMemberId());
    }

    /** A teacher of {@link #theSchool()} with the высшая category and 16 years in the specialty. */
    public static PedagogicalWorker aWorker(String id) {
        return aWorker(id, Position.TEACHER, schoolId());
    }

    public static PedagogicalWorker aWorker(String id, OrganisationId employer) {
        return aWorker(id, Position.TEACHER, employer);
    }

    public static PedagogicalWorker aWorker(String id, Position position, OrganisationId employer) {
        return new PedagogicalWorker(WorkerId.of(id), position, employer, Set.of(),
                Qualifications.of(CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2021, Month.DECEMBER, 23))),
                SpecialtyExperience.since(LocalDate.of(2008, Month.SEPTEMBER, 1)),
                aPersonalDataNamed(aFullNameFor(id)));
    }

    /** A deputy head («заместитель директора по УВР») who leads a methodological association. */
    public static PedagogicalWorker aDeputyHead(String id, OrganisationId employer) {
        PedagogicalWorker w = aWorker(id, Position.DEPUTY_HEAD, employer);
        return new PedagogicalWorker(w.id(), w.position(), w.employer(),
                Set.of(AdministrativeRole.DEPUTY_HEAD, AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION),
                w.qualifications(), w.experience(), w.personalData());
    }

    /** The same worker with other personal data. */
    public static PedagogicalWorker aWorkerWithPersonalData(String id, PersonalData personalData) {
        PedagogicalWorker w = aWorker(id);
        return new PedagogicalWorker(w.id(), w.position(), w.employer(), w.roles(), w.qualifications(),
                w.experience(), personalData);
    }

    /** A realistic Russian full name, chosen deterministically from the id. */
    public static String aFullNameFor(String id) {
        return FULL_NAMES.get(Math.floorMod(id.hashCode(), FULL_NAMES.size()));
    }

    /**
     * Complete personal data: birth date 14.02.1979, e-mail, phone, an award, a title, a publication, a contest and
     * both consents (processing and publication) given on 01.09.2020.
     */
    public static PersonalData aPersonalDataNamed(String fullName) {
        LocalDate consented = LocalDate.of(2020, Month.SEPTEMBER, 1);
        return new PersonalData(fullName, Optional.of(LocalDate.of(1979, Month.FEBRUARY, 14)),
                Optional.of("высшее, Рязанский государственный университет имени С. А. Есенина, 2001"),
                List.of(new Contact(ContactKind.EMAIL, "e.kondrashova@rybnoe-school.example.ru"),
                        new Contact(ContactKind.PHONE, "+7 (491) 373-15-27")),
                List.of("Почётная грамота Министерства просвещения Российской Федерации"),
                List.of("Почётный работник воспитания и просвещения Российской Федерации"),
                List.of("Формирование читательской грамотности на уроках литературы. — Рязань, 2022"),
                List.of("«Учитель года Рязанской области — 2019», лауреат"),
                List.of(Consent.given(ConsentPurpose.PROCESSING, consented),
                        Consent.given(ConsentPurpose.PUBLICATION, consented)));
    }

    // ---------------------------------------------------------------- membership

    public static Membership aMembership(WorkerId worker, LocalDate joinedOn) {
        return Membership.since(worker, joinedOn, MembershipBasis.ORDER);
    }

    public static Membership aMembership(WorkerId worker, LocalDate joinedOn, LocalDate leftOn) {
        return new Membership(worker, joinedOn, Optional.of(leftOn), MembershipBasis.APPLICATION);
    }

    public static Appointment anAppointment(WorkerId worker, CommunityRole role, LocalDate from, LocalDate until) {
        return new Appointment(worker, role, from, Optional.of(until), Optional.empty());
    }

    /** «приказ № 112-о» of the education authority on 2 September of {@code year}, fixing the composition. */
    public static Act aCompositionOrder(SchoolYear year) {
        return anOrder("112-о", year.dateOf(MonthDay.of(Month.SEPTEMBER, 2)), authorityId(),
                "Об утверждении состава профессионального педагогического сообщества на " + year + " учебный год");
    }

    // ---------------------------------------------------------------- meetings

    public static MeetingId aMeetingIdFor(LocalDate date) {
        return MeetingId.of("meeting-" + date);
    }

    /** A session («заседание») on {@code date} with one agenda item, no protocol and no registration sheet. */
    public static Meeting aMeetingOn(LocalDate date) {
        return new Meeting(aMeetingIdFor(date), date, EventForm.SESSION,
                "Анализ результатов всероссийских проверочных работ", List.of(anAgendaItem()), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A session on {@code date} with a protocol of the same date signed by the leader and the secretary. */
    public static Meeting aProtocolledMeetingOn(LocalDate date, String protocolNumber, WorkerId leader,
                                                WorkerId secretary, Set<WorkerId> attendees) {
        Meeting m = aMeetingOn(date);
        return new Meeting(m.id(), date, m.form(), m.topic(), m.agenda(),
                Optional.of(aProtocol(protocolNumber, date, leader, secretary)),
                Optional.of(new RegistrationSheet(attendees, 0)), Optional.empty());
    }

    public static Protocol aProtocol(String number, LocalDate date, WorkerId leader, WorkerId secretary) {
        return new Protocol(number, date, List.of(new Signature(leader, CommunityRole.LEADER),
                new Signature(secretary, CommunityRole.SECRETARY)));
    }

    public static AgendaItem anAgendaItem() {
        return AgendaItem.of("О результатах ВПР по русскому языку в 5–8 классах",
                List.of("Принять к сведению информацию руководителя ППС"),
                List.of("Руководителям МО включить разбор типичных ошибок в планы работы"));
    }

    // ---------------------------------------------------------------- plans, reports, documents

    /** A work plan for {@code year}: drafted, reviewed at {@code reviewedAt}, approved by {@code approval}, published. */
    public static Plan aWorkPlan(SchoolYear year, Meeting reviewedAt, Act approval, OrganisationId publishedBy) {
        return new Plan(year, PlanKind.WORK, Optional.of(leaderId()),
                List.of(new PlanItem("Повысить читательскую грамотность обучающихся 5–9 классов",
                        List.of("Семинар «Смысловое чтение на уроках»", "Взаимопосещение уроков"),
                        "Доля обучающихся, выполнивших задания на смысловое чтение, не ниже 60 %",
                        "методические рекомендации")),
                List.of(new PlanStep.Drafted(reviewedAt.date().minusDays(5)),
                        new PlanStep.Reviewed(reviewedAt.date(), reviewedAt.id()),
                        new PlanStep.Approved(approval)),
                List.of(new Publication(PublicationChannel.WEBSITE, publishedBy, approval.date().plusDays(1))));
    }

    public static AnnualReport anAnnualReport(SchoolYear year, LocalDate compiledOn, MeetingId presentedAt) {
        return new AnnualReport(year, compiledOn, DocumentForm.ELECTRONIC,
                Map.of("diagnosed-teachers", BigDecimal.valueOf(14), "open-events", BigDecimal.valueOf(3)),
                Optional.of(presentedAt));
    }

    public static Document aDocument(DocumentKind kind, LocalDate date, SchoolYear year, OrganisationId keptAt) {
        return new Document(kind, kind.title() + " (" + year + ")", date, DocumentForm.ELECTRONIC,
                Optional.of(keptAt), Optional.of(year));
    }

    // ---------------------------------------------------------------- status

    /** A status granted by the methodological council of {@code issuer} on {@code decidedOn} for {@code term}, confirmed by an order. */
    public static StatusGrant aStatusGrant(OrganisationId issuer, LocalDate decidedOn, Period term, Extension... extensions) {
        return new StatusGrant("Формирование функциональной грамотности обучающихся",
                aDecision("3", decidedOn, issuer), term,
                Optional.of(anOrder("58", decidedOn.plusDays(7), issuer, "О подтверждении статуса ОСМП")),
                List.of(extensions));
    }

    public static Extension anExtension(OrganisationId issuer, LocalDate decidedOn, Period by) {
        return new Extension(aDecision("7", decidedOn, issuer), by);
    }

    // ---------------------------------------------------------------- whole records

    /** The smallest consistent record: the community and its host. */
    public static CommunityRecord aCommunityRecord() {
        return CommunityRecord.builder(aCommunity()).organisation(theAuthority()).build();
    }

    /** {@link #aCommunityWithMembers(SchoolYear)} for 2024/2025. */
    public static CommunityRecord aCommunityWithMembers() {
        return aCommunityWithMembers(DEFAULT_YEAR);
    }

    /**
     * The community with its organisations, four workers (a leader, a secretary, two members from two schools), their
     * memberships from 2 September of {@code year}, the leader's and the secretary's appointments and the composition
     * order of that day.
     */
    public static CommunityRecord aCommunityWithMembers(SchoolYear year) {
        Act composition = aCompositionOrder(year);
        LocalDate joined = composition.date();
        CommunityRecord.Builder b = CommunityRecord.builder(aCommunity())
                .organisation(theAuthority())
                .organisation(theMethodicalCentre())
                .organisation(theSchool())
                .organisation(theSecondSchool())
                .worker(aDeputyHead(leaderId().value(), schoolId()))
                .worker(aWorker(secretaryId().value(), Position.METHODIST, methodicalCentreId()))
                .worker(aWorker(firstMemberId().value(), schoolId()))
                .worker(aWorker(secondMemberId().value(), secondSchoolId()))
                .appointment(Appointment.byAct(leaderId(), CommunityRole.LEADER, composition))
                .appointment(Appointment.byAct(secretaryId(), CommunityRole.SECRETARY, composition))
                .compositionOrder(new CompositionOrder(year, composition, Set.copyOf(memberIds()),
                        List.of("повышение качества образовательных результатов")));
        for (WorkerId w : memberIds()) {
            b.membership(aMembership(w, joined));
        }
        return b.build();
    }

    /** {@link #aCommunityWithAFullYear(SchoolYear)} for 2024/2025. */
    public static CommunityRecord aCommunityWithAFullYear() {
        return aCommunityWithAFullYear(DEFAULT_YEAR);
    }

    /**
     * {@link #aCommunityWithMembers(SchoolYear)} plus a complete year of work: four protocolled sessions (10 September,
     * 14 November, 20 February, 22 May), a work plan reviewed at the first and approved by «приказ № 118» of
     * 12 September, the annual report presented at the last, submitted to the methodical centre on 5 June, and the
     * protocols and plan in the documentation set.
     */
    public static CommunityRecord aCommunityWithAFullYear(SchoolYear year) {
        Set<WorkerId> everyone = Set.copyOf(memberIds());
        List<Meeting> meetings = List.of(
                aProtocolledMeetingOn(year.dateOf(MonthDay.of(Month.SEPTEMBER, 10)), "1", leaderId(), secretaryId(), everyone),
                aProtocolledMeetingOn(year.dateOf(MonthDay.of(Month.NOVEMBER, 14)), "2", leaderId(), secretaryId(), everyone),
                aProtocolledMeetingOn(year.dateOf(MonthDay.of(Month.FEBRUARY, 20)), "3", leaderId(), secretaryId(), everyone),
                aProtocolledMeetingOn(year.dateOf(MonthDay.of(Month.MAY, 22)), "4", leaderId(), secretaryId(), everyone));
        Act approval = anOrder("118", year.dateOf(MonthDay.of(Month.SEPTEMBER, 12)), authorityId(),
                "Об утверждении плана работы ППС на " + year + " учебный год");
        Meeting last = meetings.get(3);
        CommunityRecord.Builder b = aCommunityWithMembers(year).toBuilder()
                .plan(aWorkPlan(year, meetings.get(0), approval, authorityId()))
                .report(anAnnualReport(year, last.date().minusDays(2), last.id()))
                .submission(new Submission(DocumentKind.ANNUAL_REPORT, year, methodicalCentreId(),
                        year.dateOf(MonthDay.of(Month.JUNE, 5))))
                .document(aDocument(DocumentKind.WORK_PLAN, approval.date(), year, authorityId()));
        for (Meeting m : meetings) {
            b.meeting(m).document(aDocument(DocumentKind.PROTOCOL, m.date(), year, authorityId()));
        }
        return b.build();
    }

    /**
     * An ОСМП on the base of {@link #theSchool()}, created on 1 September 2022, with a status granted by the
     * methodological council of the methodical centre on 15 September 2022 for three years and confirmed a week later.
     */
    public static CommunityRecord aCommunityWithStatus(Extension... extensions) {
        Community osmp = new Community(CommunityId.of("rybnovskaya-sosh-1-osmp"), CommunityKind.OSMP,
                "Опорная (стажировочная) методическая площадка «Функциональная грамотность»", schoolId(),
                LocalDate.of(2022, Month.SEPTEMBER, 1), Optional.empty(), Optional.empty(),
                List.of("функциональная грамотность"), Optional.empty());
        return CommunityRecord.builder(osmp)
                .organisation(theSchool())
                .organisation(theMethodicalCentre())
                .statusGrant(aStatusGrant(methodicalCentreId(), LocalDate.of(2022, Month.SEPTEMBER, 15),
                        Period.ofYears(3), extensions))
                .build();
    }
}
