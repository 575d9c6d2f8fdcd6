package org.pedcom.profiles.kamensk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.community.CommunityId;
import org.pedcom.community.CommunityKind;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
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
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;
import org.pedcom.rule.Severity;

/**
 * School year 2024/2025 of the city МО of psychologists, speech therapists, defectologists and social pedagogues
 * of Каменск-Уральский, working on the base of the ЦПМСС since 2016: the composition order, the plan drafted by the
 * leader, reviewed at the opening session and approved by the director's order, four sessions with protocols, a
 * seminar and an open event with its scenario, registration sheets, the analysis of the year and the data banks.
 *
 * <p>{@link #aCompliantCommunityYear()} complies with every rule; tests derive violating variants from
 * {@link #draft()}, changing one thing.
 */
public final class KamenskMoCommunityYear {

    static final Territory TERRITORY = Territory.of("Свердловская область", "Каменск-Уральский городской округ");
    static final OrganisationId CPMSS = OrganisationId.of("cpmss-ku");
    static final OrganisationId SCHOOL_21 = OrganisationId.of("sosh-21-ku");
    static final OrganisationId LYCEUM_10 = OrganisationId.of("lyceum-10-ku");
    static final OrganisationId KINDERGARTEN_92 = OrganisationId.of("dou-92-ku");
    static final OrganisationId AUTHORITY = OrganisationId.of("uo-ku");

    /** Заместитель директора ЦПМСС, in charge of control (п. 5.3). */
    static final WorkerId DEPUTY = WorkerId.of("w-0101");
    /** Методист ЦПМСС: employed by the host, but no deputy director. */
    static final WorkerId METHODIST = WorkerId.of("w-0102");
    /** Заместитель директора по УВР школы № 21: a deputy head, but not of the ЦПМСС. */
    static final WorkerId SCHOOL_DEPUTY = WorkerId.of("w-0120");
    static final WorkerId LEADER = WorkerId.of("w-0214");
    static final WorkerId SECRETARY = WorkerId.of("w-0377");
    static final WorkerId PSYCHOLOGIST = WorkerId.of("w-0412");
    static final WorkerId SPEECH_THERAPIST = WorkerId.of("w-0455");
    static final WorkerId DEFECTOLOGIST = WorkerId.of("w-0503");
    /** A young specialist who joins in January. */
    static final WorkerId NEWCOMER = WorkerId.of("w-0561");

    static final SchoolYear YEAR = SchoolYear.of(2024);
    /** After every deadline of 2024/2025, before those of 2025/2026. */
    static final LocalDate JUDGED_ON = LocalDate.of(2025, Month.SEPTEMBER, 20);

    static final MeetingId OPENING_SESSION = MeetingId.of("m-2024-09-25");
    static final MeetingId SEMINAR = MeetingId.of("m-2024-11-20");
    static final MeetingId DECEMBER_SESSION = MeetingId.of("m-2024-12-18");
    static final MeetingId OPEN_EVENT = MeetingId.of("m-2025-02-19");
    static final MeetingId MARCH_SESSION = MeetingId.of("m-2025-03-26");
    static final MeetingId FINAL_SESSION = MeetingId.of("m-2025-05-21");

    /** The full name of the leader, to prove it never reaches a finding. */
    static final String LEADER_NAME = "Ковалёва Светлана Андреевна";

    static final Act ORDER_APPOINTING_LEADERS = orderOfCpmss("61-Д", LocalDate.of(2022, 9, 12),
            "О назначении руководителей и секретарей городских методических объединений");
    static final Act ORDER_DISTRIBUTING_DUTIES = orderOfCpmss("47-Д", LocalDate.of(2024, 9, 2),
            "О распределении обязанностей между директором и заместителем директора на 2024/2025 учебный год");
    static final Act COMPOSITION_ORDER = orderOfCpmss("52-Д", LocalDate.of(2024, 9, 13),
            "О составе и направлениях деятельности городских методических объединений на 2024/2025 учебный год");
    static final Act PLAN_ORDER = orderOfCpmss("71-Д", LocalDate.of(2024, 9, 27),
            "Об утверждении планов работы городских методических объединений на 2024/2025 учебный год");

    private KamenskMoCommunityYear() {
    }

    // ---- profiles ---------------------------------------------------------------------------------------------

    static Profile profile() {
        return Profiles.load().profile(KamenskUralskyMoProfileProvider.ID);
    }

    static Profile profileWith(String parameter, String value) {
        return Profiles.load().profile(ProfileId.of(KamenskUralskyMoProfileProvider.ID),
                ProfileSettings.of(Map.of(parameter, value)));
    }

    static ComplianceReport judge(CommunityRecord record) {
        return Compliance.evaluate(record, profile(), JUDGED_ON);
    }

    static ComplianceReport judge(CommunityRecord record, Profile profile) {
        return Compliance.evaluate(record, profile, JUDGED_ON);
    }

    /** Asserts that the report's only violation comes from {@code rule}, citing the clause printed as {@code number}. */
    static Finding onlyViolation(ComplianceReport report, String rule, String number) {
        assertThat(report.violations()).as("violations").hasSize(1);
        Finding f = report.violations().get(0);
        assertThat(f.rule().value()).isEqualTo(rule);
        assertThat(f.clauseNumber()).isEqualTo(number);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        return f;
    }

    // ---- the compliant year -----------------------------------------------------------------------------------

    public static CommunityRecord aCompliantCommunityYear() {
        return draft().build();
    }

    static Draft draft() {
        return new Draft();
    }

    static Act orderOfCpmss(String number, LocalDate date, String title) {
        return Act.order(number, date, Body.headOf(CPMSS), title);
    }

    /** A session with a protocol signed by the leader and the secretary and a registration sheet of the members. */
    static Meeting aSession(MeetingId id, LocalDate date, String topic, String protocolNumber, List<AgendaItem> agenda,
                            Set<WorkerId> attendees) {
        return new Meeting(id, date, EventForm.SESSION, topic, agenda,
                Optional.of(new Protocol(protocolNumber, date, List.of(
                        new Signature(LEADER, CommunityRole.LEADER), new Signature(SECRETARY, CommunityRole.SECRETARY)))),
                Optional.of(new RegistrationSheet(attendees, 0)), Optional.empty());
    }

    static AgendaItem item(String question, String decision, String recommendation) {
        return AgendaItem.of(question, List.of(decision), List.of(recommendation));
    }

    /** The same meeting held in another form, keeping its id so that references to it still resolve. */
    static Meeting inForm(Meeting m, EventForm form) {
        return new Meeting(m.id(), m.date(), form, m.topic(), m.agenda(), m.protocol(), m.registration(), m.scenario());
    }

    /** The same meeting held on another day; its protocol is dated that day. */
    static Meeting on(Meeting m, LocalDate date) {
        return new Meeting(m.id(), date, m.form(), m.topic(), m.agenda(),
                m.protocol().map(p -> new Protocol(p.number(), date, p.signatures())), m.registration(), m.scenario());
    }

    static Meeting withAgenda(Meeting m, List<AgendaItem> agenda) {
        return new Meeting(m.id(), m.date(), m.form(), m.topic(), agenda, m.protocol(), m.registration(), m.scenario());
    }

    static Meeting withSignatures(Meeting m, Signature... signatures) {
        Protocol p = m.protocol().orElseThrow();
        return new Meeting(m.id(), m.date(), m.form(), m.topic(), m.agenda(),
                Optional.of(new Protocol(p.number(), p.date(), List.of(signatures))), m.registration(), m.scenario());
    }

    static Meeting withoutProtocol(Meeting m) {
        return new Meeting(m.id(), m.date(), m.form(), m.topic(), m.agenda(), Optional.empty(), m.registration(), m.scenario());
    }

    static Meeting withoutRegistration(Meeting m) {
        return new Meeting(m.id(), m.date(), m.form(), m.topic(), m.agenda(), m.protocol(), Optional.empty(), m.scenario());
    }

    static Meeting withoutScenario(Meeting m) {
        return new Meeting(m.id(), m.date(), m.form(), m.topic(), m.agenda(), m.protocol(), m.registration(), Optional.empty());
    }

    static PedagogicalWorker worker(WorkerId id, Position position, OrganisationId employer, Set<AdministrativeRole> roles,
                                    LocalDate inSpecialtySince, PersonalData personalData, CategoryGrant... grants) {
        return new PedagogicalWorker(id, position, employer, roles, new Qualifications(List.of(grants)),
                SpecialtyExperience.since(inSpecialtySince), personalData);
    }

    /** What the data bank of п. 9.4 holds about a member: personal data with the consent to processing. */
    static PersonalData personalData(String fullName, LocalDate birthDate, String education, String email,
                                     List<String> contests, List<String> publications) {
        return new PersonalData(fullName, Optional.of(birthDate), Optional.of(education),
                List.of(new Contact(ContactKind.EMAIL, email), new Contact(ContactKind.PHONE, "+7 3439 00-00-00")),
                List.of(), List.of(), publications, contests,
                List.of(Consent.given(ConsentPurpose.PROCESSING, LocalDate.of(2024, 9, 5))));
    }

    /**
     * The parts of a record, open to change one at a time. Lists are mutable on purpose: a test removes or replaces
     * one element and builds.
     */
    static final class Draft {
        Community community = new Community(CommunityId.of("ku-gmo-ppp"), CommunityKind.MO,
                "Городское методическое объединение педагогических работников, оказывающих психолого-педагогическую "
                        + "помощь участникам образовательного процесса",
                CPMSS, LocalDate.of(2016, 9, 1),
                Optional.of(orderOfCpmss("58-Д", LocalDate.of(2016, 9, 1), "О создании городских методических объединений")),
                Optional.empty(),
                List.of("профилактика кризисных состояний обучающихся", "сопровождение обучающихся с ОВЗ",
                        "наставничество молодых специалистов"),
                Optional.empty());

        final List<Organisation> organisations = new ArrayList<>(List.of(
                Organisation.of(CPMSS.value(), "МБУ «Центр психолого-медико-социального сопровождения»",
                        OrganisationKind.SUPPORT_CENTRE, TERRITORY),
                Organisation.of(SCHOOL_21.value(), "МБОУ «Средняя общеобразовательная школа № 21»", OrganisationKind.EDUCATIONAL,
                        TERRITORY, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL),
                Organisation.of(LYCEUM_10.value(), "МАОУ «Лицей № 10»", OrganisationKind.EDUCATIONAL, TERRITORY,
                        EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL),
                Organisation.of(KINDERGARTEN_92.value(), "МАДОУ «Детский сад № 92»", OrganisationKind.EDUCATIONAL, TERRITORY,
                        EducationLevel.PRESCHOOL),
                Organisation.of(AUTHORITY.value(), "Управление образования Каменск-Уральского городского округа",
                        OrganisationKind.EDUCATION_AUTHORITY, TERRITORY)));

        final List<PedagogicalWorker> workers = new ArrayList<>(List.of(
                worker(DEPUTY, Position.DEPUTY_HEAD, CPMSS, Set.of(AdministrativeRole.DEPUTY_HEAD), LocalDate.of(2001, 9, 1),
                        PersonalData.named("Миронова Ольга Викторовна"),
                        CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2023, 12, 20))),
                worker(METHODIST, Position.METHODIST, CPMSS, Set.of(), LocalDate.of(2012, 9, 1),
                        PersonalData.named("Сафронова Анна Игоревна")),
                worker(SCHOOL_DEPUTY, Position.DEPUTY_HEAD, SCHOOL_21, Set.of(AdministrativeRole.DEPUTY_HEAD),
                        LocalDate.of(2005, 9, 1), PersonalData.named("Пономарёва Ирина Геннадьевна")),
                worker(LEADER, Position.PSYCHOLOGIST, CPMSS, Set.of(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION),
                        LocalDate.of(2008, 9, 1),
                        personalData(LEADER_NAME, LocalDate.of(1984, 3, 14),
                                "высшее, УрГПУ, 2008, «Педагогика и психология»", "leader.mo@cpmss.example",
                                List.of("«Педагог-психолог России — 2021», лауреат"),
                                List.of("Сборник «Ступеньки», 2023: «Тренинг саморегуляции для девятиклассников»")),
                        CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2024, 2, 28))),
                worker(SECRETARY, Position.SOCIAL_PEDAGOGUE, SCHOOL_21, Set.of(), LocalDate.of(2015, 9, 1),
                        personalData("Гилёва Татьяна Николаевна", LocalDate.of(1990, 7, 2),
                                "высшее, УрФУ, 2013, «Социальная педагогика»", "secretary.mo@school21.example",
                                List.of(), List.of()),
                        CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2023, 11, 29))),
                worker(PSYCHOLOGIST, Position.PSYCHOLOGIST, LYCEUM_10, Set.of(), LocalDate.of(2011, 9, 1),
                        personalData("Шарапова Елена Викторовна", LocalDate.of(1987, 11, 23),
                                "высшее, УрГПУ, 2010, «Психология»", "psy@lyceum10.example",
                                List.of("Городской конкурс «Педагог года — 2023», участник"), List.of()),
                        CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2023, 10, 25))),
                worker(SPEECH_THERAPIST, Position.SPEECH_THERAPIST, KINDERGARTEN_92, Set.of(), LocalDate.of(2017, 9, 1),
                        personalData("Долгих Марина Сергеевна", LocalDate.of(1994, 5, 9),
                                "высшее, УрГПУ, 2017, «Логопедия»", "logo@dou92.example", List.of(), List.of()),
                        CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2022, 4, 27))),
                worker(DEFECTOLOGIST, Position.DEFECTOLOGIST, SCHOOL_21, Set.of(), LocalDate.of(2019, 9, 1),
                        personalData("Бажукова Наталья Петровна", LocalDate.of(1996, 1, 17),
                                "высшее, УрГПУ, 2019, «Олигофренопедагогика»", "defect@school21.example", List.of(), List.of())),
                worker(NEWCOMER, Position.PSYCHOLOGIST, KINDERGARTEN_92, Set.of(), LocalDate.of(2024, 9, 2),
                        personalData("Кузнецова Дарья Алексеевна", LocalDate.of(2001, 8, 30),
                                "высшее, УрГПУ, 2024, «Психолого-педагогическое образование»", "young@dou92.example",
                                List.of(), List.of()))));

        /** «Включение … носит добровольный заявительный характер»: applications for the year, membership ends on 31 August. */
        final List<Membership> memberships = new ArrayList<>(List.of(
                yearMembership(LEADER, LocalDate.of(2024, 9, 3)),
                yearMembership(SECRETARY, LocalDate.of(2024, 9, 4)),
                yearMembership(PSYCHOLOGIST, LocalDate.of(2024, 9, 5)),
                yearMembership(SPEECH_THERAPIST, LocalDate.of(2024, 9, 9)),
                yearMembership(DEFECTOLOGIST, LocalDate.of(2024, 9, 11)),
                yearMembership(NEWCOMER, LocalDate.of(2025, 1, 20))));

        final List<Appointment> appointments = new ArrayList<>(List.of(
                Appointment.byAct(LEADER, CommunityRole.LEADER, ORDER_APPOINTING_LEADERS),
                Appointment.byAct(SECRETARY, CommunityRole.SECRETARY, ORDER_APPOINTING_LEADERS),
                Appointment.byAct(DEPUTY, CommunityRole.SUPERVISOR, ORDER_DISTRIBUTING_DUTIES)));

        final List<CompositionOrder> compositionOrders = new ArrayList<>(List.of(
                new CompositionOrder(YEAR, COMPOSITION_ORDER,
                        Set.of(LEADER, SECRETARY, PSYCHOLOGIST, SPEECH_THERAPIST, DEFECTOLOGIST),
                        List.of("профилактика кризисных состояний обучающихся", "сопровождение обучающихся с ОВЗ",
                                "наставничество молодых специалистов"))));

        final List<Plan> plans = new ArrayList<>(List.of(new Plan(YEAR, PlanKind.WORK, Optional.of(LEADER),
                List.of(
                        new PlanItem("Повышение компетентности педагогов в профилактике кризисных состояний обучающихся",
                                List.of("Семинар-практикум «Профилактика тревожности у обучающихся в период подготовки к ГИА»",
                                        "Заседание МО «Психолого-педагогическое сопровождение обучающихся с ОВЗ»"),
                                "Педагоги применяют алгоритм раннего выявления признаков кризисного состояния",
                                "методические рекомендации"),
                        new PlanItem("Обобщение и распространение эффективных психолого-педагогических практик",
                                List.of("Открытое мероприятие: тренинг «Ресурсное состояние педагога»",
                                        "Пополнение банка эффективных практик", "Подготовка материалов в сборник «Ступеньки»"),
                                "Банк практик пополнен не менее чем тремя разработками", "банк практик, статьи сборника"),
                        new PlanItem("Методическая помощь молодым специалистам, наставничество",
                                List.of("Заседание МО «Наставничество и методическая помощь молодым специалистам»"),
                                "За каждым молодым специалистом закреплён наставник", "индивидуальные планы наставничества")),
                List.of(new PlanStep.Drafted(LocalDate.of(2024, 9, 16)),
                        new PlanStep.Reviewed(LocalDate.of(2024, 9, 25), OPENING_SESSION),
                        new PlanStep.Approved(PLAN_ORDER)),
                List.of())));

        final List<Meeting> meetings = new ArrayList<>(List.of(
                aSession(OPENING_SESSION, LocalDate.of(2024, 9, 25),
                        "Установочное заседание: итоги 2023/2024 и задачи на 2024/2025 учебный год", "1",
                        List.of(item("Об итогах работы МО за 2023/2024 учебный год",
                                        "Принять анализ работы МО за 2023/2024 учебный год к сведению",
                                        "Учесть выявленные профессиональные дефициты при планировании"),
                                item("О проекте плана работы МО на 2024/2025 учебный год",
                                        "Одобрить проект плана и направить его на утверждение директору ЦПМСС",
                                        "Членам МО до 10.10.2024 предложить темы открытых мероприятий"),
                                item("Об обновлении банка данных о педагогах МО",
                                        "Обновить банк данных к 01.10.2024",
                                        "Представить сведения о курсах повышения квалификации за 2023/2024 учебный год")),
                        Set.of(LEADER, SECRETARY, PSYCHOLOGIST, SPEECH_THERAPIST, DEFECTOLOGIST)),
                new Meeting(SEMINAR, LocalDate.of(2024, 11, 20), EventForm.SEMINAR,
                        "Семинар-практикум «Профилактика тревожности у обучающихся в период подготовки к ГИА»",
                        List.of(), Optional.empty(),
                        Optional.of(new RegistrationSheet(Set.of(LEADER, SECRETARY, PSYCHOLOGIST, DEFECTOLOGIST), 14)),
                        Optional.empty()),
                aSession(DECEMBER_SESSION, LocalDate.of(2024, 12, 18),
                        "Психолого-педагогическое сопровождение обучающихся с ОВЗ", "2",
                        List.of(item("О результатах работы ППк образовательных организаций в I полугодии",
                                        "Принять информацию к сведению",
                                        "Использовать единую форму заключения ППк")),
                        Set.of(LEADER, SECRETARY, SPEECH_THERAPIST, DEFECTOLOGIST)),
                new Meeting(OPEN_EVENT, LocalDate.of(2025, 2, 19), EventForm.OPEN_EVENT,
                        "Открытое мероприятие: тренинг для педагогов «Ресурсное состояние педагога»",
                        List.of(), Optional.empty(),
                        Optional.of(new RegistrationSheet(Set.of(LEADER, PSYCHOLOGIST, SPEECH_THERAPIST, NEWCOMER), 18)),
                        Optional.of("Сценарий тренинга «Ресурсное состояние педагога» (электронный документ, банк практик МО)")),
                aSession(MARCH_SESSION, LocalDate.of(2025, 3, 26),
                        "Наставничество и методическая помощь молодым специалистам", "3",
                        List.of(item("О закреплении наставников за молодыми специалистами",
                                "Закрепить наставника за педагогом-психологом МАДОУ «Детский сад № 92»",
                                "Разработать индивидуальный план наставничества до 15.04.2025")),
                        Set.of(LEADER, SECRETARY, PSYCHOLOGIST, NEWCOMER)),
                aSession(FINAL_SESSION, LocalDate.of(2025, 5, 21),
                        "Итоговое заседание: анализ работы МО за 2024/2025 учебный год", "4",
                        List.of(item("Об анализе работы МО за 2024/2025 учебный год",
                                        "Утвердить анализ работы МО за 2024/2025 учебный год",
                                        "Включить в план на 2025/2026 учебный год тему цифровых инструментов диагностики"),
                                item("О материалах для электронного сборника «Ступеньки»",
                                        "Направить в ЦПМСС три статьи членов МО",
                                        "Оформить статьи по требованиям редакции сборника")),
                        Set.of(LEADER, SECRETARY, PSYCHOLOGIST, SPEECH_THERAPIST, DEFECTOLOGIST, NEWCOMER))));

        final List<Document> documents = new ArrayList<>(List.of(
                new Document(DocumentKind.WORK_PLAN, "План работы МО на 2024/2025 учебный год", LocalDate.of(2024, 9, 27),
                        DocumentForm.ELECTRONIC, Optional.of(CPMSS), Optional.of(YEAR)),
                new Document(DocumentKind.TEACHER_DATA_BANK, "Банк данных о педагогах МО на 2024/2025 учебный год",
                        LocalDate.of(2024, 10, 1), DocumentForm.ELECTRONIC, Optional.of(CPMSS), Optional.of(YEAR)),
                // Kept since 2021 and added to every year: serves each later school year.
                new Document(DocumentKind.PRACTICE_BANK, "Банк эффективных педагогических практик МО", LocalDate.of(2021, 5, 20),
                        DocumentForm.ELECTRONIC, Optional.of(CPMSS), Optional.empty()),
                new Document(DocumentKind.E_COLLECTION_CONTRIBUTION, "Материалы МО для электронного сборника «Ступеньки», 2025",
                        LocalDate.of(2025, 5, 30), DocumentForm.ELECTRONIC, Optional.of(CPMSS), Optional.of(YEAR))));

        final List<AnnualReport> reports = new ArrayList<>(List.of(new AnnualReport(YEAR, LocalDate.of(2025, 5, 16),
                DocumentForm.ELECTRONIC,
                Map.of("sessions-held", BigDecimal.valueOf(4), "open-events", BigDecimal.ONE, "members", BigDecimal.valueOf(6)),
                Optional.of(FINAL_SESSION))));

        private Draft() {
        }

        static Membership yearMembership(WorkerId worker, LocalDate applied) {
            return new Membership(worker, applied, Optional.of(YEAR.end()), MembershipBasis.APPLICATION);
        }

        Draft createdOn(LocalDate date) {
            Community c = community;
            community = new Community(c.id(), c.kind(), c.name(), c.host(), date, c.creationAct()
                    .map(a -> new Act(a.kind(), a.number(), date, a.issuer(), a.title())), c.form(), c.directions(),
                    c.termination());
            return this;
        }

        Draft meeting(MeetingId id, UnaryOperator<Meeting> change) {
            assertThat(meetings.stream().anyMatch(m -> m.id().equals(id))).as("meeting " + id).isTrue();
            meetings.replaceAll(m -> m.id().equals(id) ? change.apply(m) : m);
            return this;
        }

        Draft addMeeting(Meeting m) {
            meetings.add(m);
            return this;
        }

        Draft plan(UnaryOperator<Plan> change) {
            plans.replaceAll(change);
            return this;
        }

        Draft compositionOrder(UnaryOperator<CompositionOrder> change) {
            compositionOrders.replaceAll(change);
            return this;
        }

        Draft appointment(CommunityRole role, UnaryOperator<Appointment> change) {
            appointments.replaceAll(a -> a.role() == role ? change.apply(a) : a);
            return this;
        }

        Draft document(DocumentKind kind, UnaryOperator<Document> change) {
            documents.replaceAll(d -> d.kind().equals(kind) ? change.apply(d) : d);
            return this;
        }

        Draft withoutDocuments(DocumentKind kind) {
            documents.removeIf(d -> d.kind().equals(kind));
            return this;
        }

        Draft report(UnaryOperator<AnnualReport> change) {
            reports.replaceAll(change);
            return this;
        }

        CommunityRecord build() {
            CommunityRecord.Builder b = CommunityRecord.builder(community).terms(TermCalendar.standard());
            organisations.forEach(b::organisation);
            workers.forEach(b::worker);
            memberships.forEach(b::membership);
            appointments.forEach(b::appointment);
            compositionOrders.forEach(b::compositionOrder);
            plans.forEach(b::plan);
            meetings.forEach(b::meeting);
            documents.forEach(b::document);
            reports.forEach(b::report);
            return b.build();
        }
    }
}
