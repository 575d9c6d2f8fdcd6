package org.pedcom.benchmarks.workload;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
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
 * Realistic, seeded 2024/2025 years of the city МО of the Каменск-Уральский ЦПМСС under {@code kamensk-uralsky-mo},
 * shaped like the profile's own fixture ({@code KamenskMoCommunityYear}): the ЦПМСС as the host, the education
 * authority, schools and kindergartens; an МО of psychologists, speech therapists, defectologists, social pedagogues
 * or of all of them, with a leader, a secretary and five to eleven members who apply for each year; the deputy
 * director of the ЦПМСС in charge of control; the director's composition order; the plan drafted by the leader,
 * reviewed at the opening session and approved by the director's order; 10–40 events (four to seven sessions with
 * protocols, seminars, workshops, master classes, open events with their scenarios, consultations, contests) with
 * registration sheets; the analysis of the year and the electronic data banks.
 *
 * <p>Most records comply; each part breaks with a small, independent probability, as it does in a real ЦПМСС: a
 * composition order issued late, by the education authority or forgetting a member; a plan approved with the
 * director's «Утверждаю» instead of an order or by the education authority, approved before the МО reviewed it,
 * drafted by the methodist or never approved; a half-year whose sessions were held as mere «рабочие совещания»; a
 * session without a protocol, with no question recorded, with a question lacking its decision or its recommendation,
 * or with a protocol the secretary did not sign or a member signed in her place; a leader handed over with a gap in
 * which the successor already signs; control entrusted to a methodist, to a school's deputy head, to nobody, or
 * renewed days after the new year began; a member included by order or by position instead of on application; the
 * analysis compiled in September, on paper or not at all; the plan document or a data bank missing or on paper, a
 * practice bank begun only in September 2025; an open event without a scenario; an event without a registration
 * sheet; now and then an МО recorded on the base of a school instead of the ЦПМСС. The same seed gives the same
 * records.
 */
public final class KamenskWorkload extends Generator {

    public static final String PROFILE_ID = "kamensk-uralsky-mo";

    /**
     * The date every generated record is judged on: 20 September 2025. Under the profile's default settings the
     * yearly items of 2024/2025 — the plan with its electronic document, the analysis of the year, both data banks
     * and the session of the second half-year — fall due on 31 August 2025 (the composition order was due on
     * 30 September 2024), so all of 2024/2025 is judged; the three weeks after 31 August let an analysis compiled
     * at the start of September show as late rather than missing, and stop before 30 September 2025, so that the
     * 2025/2026 composition order, the session of the first half-year (31 December 2025) and the 2025/2026 plan,
     * analysis and banks (31 August 2026) are obligations. The profile's own fixture is judged on the same day.
     */
    public static final LocalDate JUDGED_ON = LocalDate.of(2025, 9, 20);

    static final Territory TERRITORY = Territory.of("Свердловская область", "Каменск-Уральский городской округ");
    static final OrganisationId CPMSS = OrganisationId.of("cpmss-ku");
    static final OrganisationId AUTHORITY = OrganisationId.of("uo-ku");
    static final List<OrganisationId> SCHOOLS = List.of(OrganisationId.of("sosh-21-ku"), OrganisationId.of("lyceum-10-ku"),
            OrganisationId.of("sosh-3-ku"), OrganisationId.of("gym-25-ku"), OrganisationId.of("sosh-35-ku"));
    static final List<OrganisationId> KINDERGARTENS = List.of(OrganisationId.of("dou-92-ku"), OrganisationId.of("dou-11-ku"),
            OrganisationId.of("dou-78-ku"));

    private static final List<Organisation> ORGANISATIONS = List.of(
            Organisation.of(CPMSS.value(), "МБУ «Центр психолого-медико-социального сопровождения»",
                    OrganisationKind.SUPPORT_CENTRE, TERRITORY),
            Organisation.of(AUTHORITY.value(), "Управление образования Каменск-Уральского городского округа",
                    OrganisationKind.EDUCATION_AUTHORITY, TERRITORY),
            school(SCHOOLS.get(0), "МБОУ «Средняя общеобразовательная школа № 21»"),
            Organisation.of(SCHOOLS.get(1).value(), "МАОУ «Лицей № 10»", OrganisationKind.EDUCATIONAL, TERRITORY,
                    EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL),
            school(SCHOOLS.get(2), "МБОУ «Средняя общеобразовательная школа № 3»"),
            school(SCHOOLS.get(3), "МАОУ «Гимназия № 25»"),
            Organisation.of(SCHOOLS.get(4).value(), "МБОУ «Школа № 35» для обучающихся с ограниченными возможностями здоровья",
                    OrganisationKind.EDUCATIONAL, TERRITORY, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL),
            kindergarten(KINDERGARTENS.get(0), "МАДОУ «Детский сад № 92»"),
            kindergarten(KINDERGARTENS.get(1), "МБДОУ «Детский сад № 11»"),
            kindergarten(KINDERGARTENS.get(2), "МАДОУ «Детский сад № 78 комбинированного вида»"));

    private static final SchoolYear YEAR = SchoolYear.of(2024);
    private static final SchoolYear NEXT = YEAR.next();
    /** The day the Положение came into force (приказ № 46-Д): nothing earlier is judged. */
    private static final LocalDate EDITION_START = LocalDate.of(2024, 9, 2);
    private static final LocalDate FIRST_HALF_END = LocalDate.of(2024, 12, 31);

    private static final String CONTROL_ORDER = "О распределении обязанностей между директором и заместителями директора на ";
    private static final String COMPOSITION_ORDER =
            "О составе и направлениях деятельности городских методических объединений на ";

    /**
     * One of the ЦПМСС's city МО: who joins it, what it works on, what its sessions discuss.
     *
     * @param of         the genitive tail of «методическое объединение …»
     * @param shortName  the name as the ЦПМСС's documents shorten it
     * @param positions  the positions of its members
     * @param employers  where its members work
     * @param directions its directions of activity, as the composition order names them
     * @param themes     themes of its seminars, open events and plan items
     * @param questions  questions its sessions discuss
     */
    private record Specialty(String of, String shortName, List<Position> positions, List<OrganisationId> employers,
                             List<String> directions, List<String> themes, List<String> questions) {

        String name() {
            return "Городское методическое объединение " + of;
        }
    }

    private static final List<OrganisationId> EVERYWHERE = List.of(SCHOOLS.get(0), SCHOOLS.get(1), SCHOOLS.get(2),
            SCHOOLS.get(3), SCHOOLS.get(4), KINDERGARTENS.get(0), KINDERGARTENS.get(1), KINDERGARTENS.get(2), CPMSS);

    private static final List<Specialty> SPECIALTIES = List.of(
            new Specialty("педагогов-психологов", "ГМО педагогов-психологов", List.of(Position.PSYCHOLOGIST), EVERYWHERE,
                    List.of("психологическое сопровождение подготовки обучающихся к ГИА",
                            "профилактика кризисных состояний обучающихся", "наставничество молодых педагогов-психологов"),
                    List.of("Профилактика тревожности у обучающихся в период подготовки к ГИА",
                            "Социально-психологическое тестирование: интерпретация результатов",
                            "Адаптация обучающихся 1-х и 5-х классов", "Ресурсное состояние педагога",
                            "Профилактика травли в детском коллективе", "Школьная служба медиации"),
                    List.of("О результатах социально-психологического тестирования обучающихся",
                            "Об алгоритме действий педагога-психолога при выявлении признаков кризисного состояния",
                            "О психологическом сопровождении обучающихся в период подготовки к ГИА",
                            "Об итогах диагностики адаптации обучающихся 1-х и 5-х классов")),
            new Specialty("учителей-логопедов", "ГМО учителей-логопедов", List.of(Position.SPEECH_THERAPIST),
                    List.of(KINDERGARTENS.get(0), KINDERGARTENS.get(1), KINDERGARTENS.get(2), SCHOOLS.get(0), SCHOOLS.get(4),
                            CPMSS),
                    List.of("коррекция нарушений устной и письменной речи",
                            "сопровождение обучающихся с тяжёлыми нарушениями речи",
                            "взаимодействие с семьями воспитанников"),
                    List.of("Формирование фонематического восприятия у дошкольников",
                            "Профилактика дисграфии у младших школьников",
                            "Развитие связной речи детей с общим недоразвитием речи",
                            "Интерактивные игры в логопедической работе", "Взаимодействие учителя-логопеда и воспитателя"),
                    List.of("О результатах логопедического обследования воспитанников и обучающихся",
                            "Об адаптированных образовательных программах для детей с тяжёлыми нарушениями речи",
                            "О преемственности логопедической работы детского сада и школы",
                            "Об организации работы логопедических пунктов")),
            new Specialty("учителей-дефектологов", "ГМО учителей-дефектологов", List.of(Position.DEFECTOLOGIST),
                    List.of(SCHOOLS.get(4), SCHOOLS.get(0), SCHOOLS.get(2), KINDERGARTENS.get(2), CPMSS),
                    List.of("сопровождение обучающихся с задержкой психического развития", "реализация адаптированных программ",
                            "ранняя помощь детям с ОВЗ"),
                    List.of("Сенсорная интеграция в работе с детьми с ОВЗ", "Альтернативная коммуникация для неговорящих детей",
                            "Развитие познавательной сферы обучающихся с ЗПР", "Игровые технологии в коррекционной работе",
                            "Ранняя помощь семьям детей с ОВЗ"),
                    List.of("О реализации адаптированных основных общеобразовательных программ",
                            "О результатах работы психолого-педагогических консилиумов образовательных организаций",
                            "Об индивидуальных образовательных маршрутах обучающихся с ОВЗ",
                            "Об организации ранней помощи детям с ОВЗ")),
            new Specialty("социальных педагогов", "ГМО социальных педагогов", List.of(Position.SOCIAL_PEDAGOGUE),
                    List.of(SCHOOLS.get(0), SCHOOLS.get(1), SCHOOLS.get(2), SCHOOLS.get(3), SCHOOLS.get(4), CPMSS),
                    List.of("профилактика безнадзорности и правонарушений несовершеннолетних",
                            "работа с семьями в социально опасном положении", "межведомственное взаимодействие"),
                    List.of("Индивидуальная профилактическая работа с несовершеннолетними",
                            "Работа с семьями, находящимися в социально опасном положении",
                            "Профилактика деструктивного поведения в сети Интернет", "Школьная служба примирения"),
                    List.of("О межведомственном взаимодействии по профилактике правонарушений несовершеннолетних",
                            "Об индивидуальной профилактической работе с обучающимися группы риска",
                            "О профилактике деструктивного поведения обучающихся",
                            "О ведении документации социального педагога")),
            new Specialty("педагогических работников, оказывающих психолого-педагогическую помощь участникам "
                    + "образовательного процесса", "ГМО специалистов сопровождения",
                    List.of(Position.PSYCHOLOGIST, Position.SPEECH_THERAPIST, Position.DEFECTOLOGIST,
                            Position.SOCIAL_PEDAGOGUE),
                    EVERYWHERE,
                    List.of("профилактика кризисных состояний обучающихся", "сопровождение обучающихся с ОВЗ",
                            "наставничество молодых специалистов"),
                    List.of("Профилактика тревожности у обучающихся в период подготовки к ГИА",
                            "Психолого-педагогическое сопровождение обучающихся с ОВЗ", "Ресурсное состояние педагога",
                            "Командная работа специалистов психолого-педагогического консилиума"),
                    List.of("О результатах работы психолого-педагогических консилиумов в I полугодии",
                            "О психолого-педагогическом сопровождении обучающихся с ОВЗ",
                            "О профилактике кризисных состояний обучающихся",
                            "О закреплении наставников за молодыми специалистами")));

    /** Questions every МО discusses now and then, whatever its specialty. */
    private static final List<String> COMMON_QUESTIONS = List.of(
            "О пополнении банка эффективных педагогических практик",
            "Об участии членов МО в профессиональных конкурсах",
            "О методической помощи молодым специалистам и наставничестве",
            "Об обобщении опыта членов МО для электронного сборника «Ступеньки»");
    private static final List<String> DECISIONS = List.of("Принять информацию к сведению",
            "Одобрить представленный опыт и включить материалы в банк эффективных практик",
            "Утвердить единую форму отчётной документации специалистов",
            "Направить материалы в ЦПМСС для публикации в сборнике «Ступеньки»",
            "Закрепить наставников за молодыми специалистами");
    private static final List<String> RECOMMENDATIONS = List.of("Использовать представленные материалы в работе",
            "Обсудить результаты на психолого-педагогических консилиумах образовательных организаций",
            "Разместить материалы на сайте ЦПМСС", "Провести диагностику по единому инструментарию до конца четверти",
            "Представить опыт работы на следующем заседании МО");

    private static final List<EventForm> OTHER_FORMS = List.of(EventForm.SEMINAR, EventForm.SEMINAR, EventForm.WORKSHOP,
            EventForm.MASTER_CLASS, EventForm.MASTER_CLASS, EventForm.OPEN_EVENT, EventForm.OPEN_LESSON,
            EventForm.CONSULTATION, EventForm.CONSULTATION, EventForm.TRAINING, EventForm.WEBINAR, EventForm.CONFERENCE,
            EventForm.CONTEST, EventForm.FESTIVAL, EventForm.EXHIBITION, EventForm.FORUM);

    private static final List<String> FEMALE_SURNAMES = List.of("Андреева", "Белоусова", "Васильева", "Гаврилова",
            "Дементьева", "Ершова", "Жукова", "Зайцева", "Калинина", "Лаптева", "Макарова", "Никитина", "Орлова", "Павлова",
            "Рябова", "Сорокина", "Тихонова", "Устинова", "Фролова", "Харитонова", "Шубина", "Щербакова", "Юдина",
            "Яковлева", "Кондратьева", "Мельникова", "Глухих", "Черных");
    private static final List<String> FEMALE_NAMES = List.of("Анна", "Валентина", "Галина", "Дарья", "Екатерина", "Елена",
            "Ирина", "Ксения", "Людмила", "Марина", "Надежда", "Наталья", "Оксана", "Ольга", "Светлана", "Татьяна", "Юлия",
            "Алёна", "Вероника", "Мария");
    private static final List<String> FEMALE_PATRONYMICS = List.of("Александровна", "Алексеевна", "Андреевна",
            "Викторовна", "Владимировна", "Геннадьевна", "Дмитриевна", "Евгеньевна", "Игоревна", "Михайловна",
            "Николаевна", "Олеговна", "Павловна", "Сергеевна", "Юрьевна");
    private static final List<String> MALE_SURNAMES = List.of("Воронин", "Кузьмин", "Лебедев", "Морозов", "Новиков",
            "Тарасов", "Фёдоров");
    private static final List<String> MALE_NAMES = List.of("Алексей", "Андрей", "Дмитрий", "Евгений", "Игорь", "Максим",
            "Сергей");
    private static final List<String> MALE_PATRONYMICS = List.of("Александрович", "Викторович", "Иванович", "Николаевич",
            "Петрович", "Сергеевич");


    private KamenskWorkload(long seed) {
        super(new SplittableRandom(seed));
    }

    /** {@code count} records from {@code seed}, each with 10–40 events; community, worker and meeting ids unique. */
    public static List<CommunityRecord> communityYears(long seed, int count) {
        KamenskWorkload w = new KamenskWorkload(seed);
        return batch(count, i -> w.communityYear(i, w.eventCount()));
    }

    private static Organisation school(OrganisationId id, String name) {
        return Organisation.of(id.value(), name, OrganisationKind.EDUCATIONAL, TERRITORY,
                EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL);
    }

    private static Organisation kindergarten(OrganisationId id, String name) {
        return Organisation.of(id.value(), name, OrganisationKind.EDUCATIONAL, TERRITORY, EducationLevel.PRESCHOOL);
    }


    /** МО meet on working days: a weekend moves to the Friday before, the New Year holidays to 9 January. */
    private static LocalDate workday(LocalDate date) {
        if (date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 8) {
            return date.withDayOfMonth(9);
        }
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? date.minusDays(1) : day == DayOfWeek.SUNDAY ? date.minusDays(2) : date;
    }

    private LocalDate workdayBetween(LocalDate from, LocalDate to) {
        return workday(between(from, to));
    }

    /** The ЦПМСС numbers its orders «NN-Д» from January: about one every four days. */
    private Act orderOf(OrganisationId organisation, LocalDate date, String title) {
        String number = organisation.equals(CPMSS) ? (date.getDayOfYear() / 4 + 1 + random.nextInt(3)) + "-Д"
                : String.valueOf(date.getDayOfYear() * 3 + random.nextInt(3));
        return Act.order(number, date, Body.headOf(organisation), title);
    }

    private String fullName() {
        if (chance(0.08)) {
            return pick(MALE_SURNAMES) + " " + pick(MALE_NAMES) + " " + pick(MALE_PATRONYMICS);
        }
        return pick(FEMALE_SURNAMES) + " " + pick(FEMALE_NAMES) + " " + pick(FEMALE_PATRONYMICS);
    }

    private Qualifications qualifications() {
        double q = random.nextDouble();
        // some granted before 1 September 2023, which lapse after five years: the data bank shows what is held
        return q < 0.4 ? Qualifications.of(CategoryGrant.of(QualificationCategory.HIGHEST,
                between(LocalDate.of(2020, 1, 15), LocalDate.of(2025, 4, 30))))
                : q < 0.75 ? Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST,
                between(LocalDate.of(2019, 10, 1), LocalDate.of(2025, 4, 30))))
                : Qualifications.none();
    }

    private PedagogicalWorker worker(WorkerId id, Position position, OrganisationId employer, Set<AdministrativeRole> roles,
                                     LocalDate inSpecialtySince) {
        return new PedagogicalWorker(id, position, employer, roles, qualifications(),
                SpecialtyExperience.since(inSpecialtySince), PersonalData.named(fullName()));
    }

    /** Almost always the member's own application, as п. 9.1 demands; now and then a head's order or the position. */
    private MembershipBasis basis() {
        double b = random.nextDouble();
        return b < 0.003 ? MembershipBasis.ORDER : b < 0.004 ? MembershipBasis.BY_POSITION : MembershipBasis.APPLICATION;
    }

    private CommunityRecord communityYear(int index, int eventCount) {
        Specialty sp = pick(SPECIALTIES);
        // Mostly an МО working for years; some created with the new Положение, a few during 2024/2025.
        double life = random.nextDouble();
        LocalDate created = life < 0.72 ? workday(LocalDate.of(2016 + random.nextInt(8), 9, 1))
                : life < 0.88 ? EDITION_START : workdayBetween(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 13));
        boolean old = created.isBefore(YEAR.start());
        LocalDate start = old ? EDITION_START : created;
        String prefix = index + "-";

        // People: the leader (0), the secretary (1) and the other members; the ЦПМСС's deputy director and methodist.
        int size = 5 + random.nextInt(7);
        boolean handOver = chance(0.05);
        List<WorkerId> members = new ArrayList<>(size);
        List<PedagogicalWorker> workers = new ArrayList<>(size + 3);
        for (int w = 0; w < size; w++) {
            WorkerId id = WorkerId.of("w-" + prefix + w);
            members.add(id);
            boolean leads = w == 0 || w == 2 && handOver;
            OrganisationId employer = leads && chance(0.5) ? CPMSS : pick(sp.employers());
            workers.add(worker(id, pick(sp.positions()), employer,
                    leads ? Set.of(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION) : Set.of(),
                    LocalDate.of(1996 + random.nextInt(28), 9, 1)));
        }
        WorkerId leader = members.get(0);
        WorkerId secretary = members.get(1);
        WorkerId deputy = WorkerId.of("w-" + prefix + "d");
        WorkerId methodist = WorkerId.of("w-" + prefix + "m");
        workers.add(worker(deputy, Position.DEPUTY_HEAD, CPMSS, Set.of(AdministrativeRole.DEPUTY_HEAD),
                LocalDate.of(1995 + random.nextInt(12), 9, 1)));
        workers.add(worker(methodist, Position.METHODIST, CPMSS, Set.of(), LocalDate.of(2005 + random.nextInt(15), 9, 1)));

        OrganisationId host = chance(0.025) ? pick(SCHOOLS) : CPMSS;
        Act creation = orderOf(CPMSS, created, "О создании городского методического объединения " + sp.of());
        Community community = new Community(CommunityId.of("ku-mo-" + index), CommunityKind.MO, sp.name(), host, created,
                Optional.of(creation), Optional.empty(), sp.directions(), Optional.empty());
        CommunityRecord.Builder record = CommunityRecord.builder(community).terms(TermCalendar.standard());
        ORGANISATIONS.forEach(record::organisation);

        // Applications for 2024/2025 in the first days of the year; now and then a young specialist joins later.
        List<LocalDate> joined = new ArrayList<>(size);
        for (int w = 0; w < size; w++) {
            LocalDate on = w < 2 ? workdayBetween(start, start.plusDays(2))
                    : w >= 4 && chance(0.12)
                    ? workdayBetween(max(LocalDate.of(2024, 10, 1), start.plusDays(14)), LocalDate.of(2025, 3, 14))
                    : workdayBetween(start, start.plusDays(10));
            joined.add(on);
            record.membership(new Membership(members.get(w), on, Optional.of(YEAR.end()), basis()));
        }
        // The opening session reviews the plan; the final one hears the analysis of the year.
        LocalDate opening = workdayBetween(start.plusDays(12), start.plusDays(25));
        LocalDate finalSession = workdayBetween(LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 29));

        // Leadership: the leader since an order of an earlier year (or the creation order); the secretary likewise
        // or elected at the opening session; now and then a hand-over, with or without a gap.
        Act leaderAct = old ? leadersOrder(created) : creation;
        // after the plan was drafted and the opening session held, so that only the protocols feel the hand-over
        LocalDate handedOver = workdayBetween(max(opening.plusDays(30), LocalDate.of(2024, 12, 2)),
                LocalDate.of(2025, 3, 14));
        LocalDate successorFrom = chance(0.4) ? workday(handedOver.plusDays(10 + random.nextInt(30)))
                : handedOver.plusDays(1);
        record.appointment(new Appointment(leader, CommunityRole.LEADER, leaderAct.date(),
                handOver ? Optional.of(handedOver) : Optional.empty(), Optional.of(leaderAct)));
        if (handOver) {
            record.appointment(Appointment.byAct(members.get(2), CommunityRole.LEADER, orderOf(CPMSS, successorFrom,
                    "О назначении руководителя городского методического объединения " + sp.of())));
        }
        record.appointment(old && chance(0.5) ? Appointment.byAct(secretary, CommunityRole.SECRETARY, leaderAct)
                : new Appointment(secretary, CommunityRole.SECRETARY, opening, Optional.empty(), Optional.empty()));
        control(record, prefix, old ? EDITION_START : created, deputy, methodist);

        // The director's composition order; it must name everyone who applied by 30 September.
        if (!chance(0.015)) {
            LocalDate on = old && chance(0.025) ? workdayBetween(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 25))
                    : workdayBetween(max(start.plusDays(11), LocalDate.of(2024, 9, 13)),
                    max(start.plusDays(25), LocalDate.of(2024, 9, 27)));
            Set<WorkerId> named = new LinkedHashSet<>();
            for (int w = 0; w < size; w++) {
                if (!joined.get(w).isAfter(on)) {
                    named.add(members.get(w));
                }
            }
            if (chance(0.025)) {
                named.remove(members.get(size - 1));
            }
            String title = COMPOSITION_ORDER + YEAR + " учебный год";
            record.compositionOrder(new CompositionOrder(YEAR, chance(0.015) ? orderOf(AUTHORITY, on, title)
                    : orderOf(CPMSS, on, title), named, sp.directions()));
        }

        // Events: 4–7 sessions (the opening one, the final one and those between), the rest in other forms.
        int sessions = 4 + random.nextInt(1 + (eventCount - 10) / 10);
        List<LocalDate> sessionDates = new ArrayList<>(sessions);
        sessionDates.add(opening);
        for (int s = 2; s < sessions; s++) {
            sessionDates.add(workdayBetween(opening.plusDays(21), finalSession.minusDays(14)));
        }
        sessionDates.add(finalSession);
        sessionDates.sort(null);
        // Now and then a half-year's sessions are held as working meetings, which do not count as sessions.
        int quietHalf = chance(0.04) ? 1 + random.nextInt(2) : 0;
        List<Meeting> meetings = new ArrayList<>(eventCount);
        MeetingId openingId = MeetingId.of("m-" + prefix + "0");
        MeetingId finalId = MeetingId.of("m-" + prefix + (sessions - 1));
        for (int s = 0; s < sessions; s++) {
            LocalDate date = sessionDates.get(s);
            MeetingId id = MeetingId.of("m-" + prefix + s);
            boolean first = s == 0;
            boolean last = s == sessions - 1;
            int half = date.isAfter(FIRST_HALF_END) ? 2 : 1;
            WorkerId signingLeader = handOver && date.isAfter(handedOver) ? members.get(2) : leader;
            meetings.add(session(id, date, String.valueOf(s + 1), sp, old, first, last, quietHalf == half,
                    signingLeader, secretary, members, joined));
        }
        for (int e = sessions; e < eventCount; e++) {
            LocalDate date = workdayBetween(opening.minusDays(5), LocalDate.of(2025, 6, 20));
            meetings.add(event(MeetingId.of("m-" + prefix + e), date, sp, attendees(members, joined, date)));
        }
        meetings.forEach(record::meeting);

        // The plan for 2024/2025: drafted by the leader, reviewed at the opening session, approved by the director.
        LocalDate drafted = old ? workdayBetween(LocalDate.of(2024, 8, 26), opening.minusDays(3))
                : workdayBetween(start.plusDays(1), opening.minusDays(3));
        List<PlanStep> steps = new ArrayList<>(3);
        steps.add(new PlanStep.Drafted(drafted));
        steps.add(new PlanStep.Reviewed(opening, openingId));
        double approval = random.nextDouble();
        // some directors sign the plans only in October: in time by default, late under «plan-deadline=september-30»
        LocalDate approvedOn = workday((chance(0.05) ? max(opening, LocalDate.of(2024, 9, 30)).plusDays(random.nextInt(25))
                : opening).plusDays(1 + random.nextInt(10)));
        String planTitle = "Об утверждении планов работы городских методических объединений на " + YEAR + " учебный год";
        Optional<Act> approvingAct;
        if (approval < 0.015) {
            approvingAct = Optional.empty();
        } else if (approval < 0.035) {
            // approved the day it was drafted; the МО saw it only at its opening session
            approvingAct = Optional.of(orderOf(CPMSS, drafted, planTitle));
        } else if (approval < 0.05) {
            // the director's «Утверждаю» on the title page: no order, so no number
            approvingAct = Optional.of(Act.decision("б/н", approvedOn, Body.headOf(CPMSS),
                    "«Утверждаю»: план работы " + sp.shortName() + " на " + YEAR + " учебный год"));
        } else if (approval < 0.06) {
            approvingAct = Optional.of(orderOf(AUTHORITY, approvedOn, planTitle));
        } else {
            approvingAct = Optional.of(orderOf(CPMSS, approvedOn, planTitle));
        }
        approvingAct.ifPresent(a -> steps.add(new PlanStep.Approved(a)));
        record.plan(new Plan(YEAR, PlanKind.WORK, Optional.of(chance(0.015) ? methodist : leader), planItems(sp), steps,
                List.of()));

        documents(record, sp, created, old, start, approvingAct.map(Act::date).orElse(drafted));
        analysis(record, sp, created, finalSession, finalId, sessions, eventCount, size);
        nextYear(record, members, sp);
        workers.forEach(record::worker);
        return record.build();
    }

    /** The order appointing the leaders and secretaries of the city МО, of a year between the МО's first and 2023. */
    private Act leadersOrder(LocalDate created) {
        int earliest = Math.max(created.getYear(), 2019);
        int year = earliest + random.nextInt(2024 - earliest);
        return orderOf(CPMSS, workdayBetween(LocalDate.of(year, 9, 2), LocalDate.of(year, 9, 15)),
                "О назначении руководителей и секретарей городских методических объединений");
    }

    /**
     * Control (п. 5.3): the deputy director, by the yearly order on the distribution of duties or by one of an
     * earlier year; now and then the methodist, a school's deputy head, nobody, or a new year's order days late.
     */
    private void control(CommunityRecord.Builder record, String prefix, LocalDate from, WorkerId deputy, WorkerId methodist) {
        double who = random.nextDouble();
        if (who < 0.012) {
            return;
        }
        WorkerId supervisor = deputy;
        if (who < 0.025) {
            supervisor = methodist;
        } else if (who < 0.037) {
            supervisor = WorkerId.of("w-" + prefix + "z");
            record.worker(worker(supervisor, Position.DEPUTY_HEAD, pick(SCHOOLS), Set.of(AdministrativeRole.DEPUTY_HEAD),
                    LocalDate.of(1998 + random.nextInt(10), 9, 1)));
        }
        if (chance(0.5)) {
            LocalDate since = from.equals(EDITION_START)
                    ? workday(LocalDate.of(2019 + random.nextInt(6), 9, 2)) : from;
            record.appointment(Appointment.byAct(supervisor, CommunityRole.SUPERVISOR, orderOf(CPMSS, since,
                    CONTROL_ORDER + SchoolYear.containing(since) + " учебный год")));
            return;
        }
        record.appointment(new Appointment(supervisor, CommunityRole.SUPERVISOR, from, Optional.of(YEAR.end()),
                Optional.of(orderOf(CPMSS, from, CONTROL_ORDER + YEAR + " учебный год"))));
        LocalDate renewed = chance(0.06) ? workdayBetween(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 9, 12))
                : NEXT.start();
        record.appointment(Appointment.byAct(supervisor, CommunityRole.SUPERVISOR,
                orderOf(CPMSS, renewed, CONTROL_ORDER + NEXT + " учебный год")));
    }

    private Meeting session(MeetingId id, LocalDate date, String number, Specialty sp, boolean hadPastYear, boolean first,
                            boolean last, boolean heldAsWorkingMeeting, WorkerId leader, WorkerId secretary,
                            List<WorkerId> members, List<LocalDate> joined) {
        List<AgendaItem> agenda = new ArrayList<>(3);
        String topic;
        if (first) {
            topic = "Установочное заседание: задачи МО на " + YEAR + " учебный год";
            agenda.add(hadPastYear ? item("Об итогах работы МО за " + YEAR.previous() + " учебный год",
                    "Принять анализ работы МО за " + YEAR.previous() + " учебный год к сведению",
                    "Учесть выявленные профессиональные дефициты при планировании")
                    : item("Об организации работы городского методического объединения " + sp.of(),
                    "Избрать секретаря МО", "Членам МО представить сведения для банка данных о педагогах МО"));
            agenda.add(item("О проекте плана работы МО на " + YEAR + " учебный год",
                    "Одобрить проект плана и направить его на утверждение директору ЦПМСС",
                    "Членам МО до 10 октября предложить темы открытых мероприятий"));
            if (chance(0.6)) {
                agenda.add(item("Об обновлении банка данных о педагогах МО", "Обновить банк данных до 1 октября",
                        "Представить сведения о курсах повышения квалификации за " + YEAR.previous() + " учебный год"));
            }
        } else if (last) {
            topic = "Итоговое заседание: анализ работы МО за " + YEAR + " учебный год";
            agenda.add(item("Об анализе работы МО за " + YEAR + " учебный год",
                    "Утвердить анализ работы МО за " + YEAR + " учебный год",
                    "Включить в план на " + NEXT + " учебный год темы, предложенные членами МО"));
            if (chance(0.7)) {
                agenda.add(item("О материалах для электронного сборника «Ступеньки»", "Направить в ЦПМСС статьи членов МО",
                        "Оформить статьи по требованиям редакции сборника"));
            }
        } else {
            topic = pick(sp.themes());
            int items = 1 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                agenda.add(item(i == 0 ? pick(sp.questions()) : chance(0.5) ? pick(sp.questions()) : pick(COMMON_QUESTIONS),
                        pick(DECISIONS), pick(RECOMMENDATIONS)));
            }
        }
        // A protocol that records no question at all: what was discussed is lost.
        if (chance(0.003)) {
            agenda.clear();
        }
        Optional<Protocol> protocol = Optional.empty();
        if (!chance(0.005)) {
            double sign = random.nextDouble();
            List<Signature> signatures = sign < 0.005 ? List.of(new Signature(leader, CommunityRole.LEADER))
                    : sign < 0.008 ? List.of(new Signature(leader, CommunityRole.LEADER),
                    new Signature(members.get(members.size() - 1), CommunityRole.SECRETARY))
                    : List.of(new Signature(leader, CommunityRole.LEADER), new Signature(secretary, CommunityRole.SECRETARY));
            protocol = Optional.of(new Protocol(number, chance(0.3) ? date.plusDays(1 + random.nextInt(3)) : date, signatures));
        }
        EventForm form = heldAsWorkingMeeting ? EventForm.CONFERENCE : EventForm.SESSION;
        String title = heldAsWorkingMeeting ? "Рабочее совещание МО: " + topic : topic;
        return new Meeting(id, date, form, title, agenda, protocol, registration(attendees(members, joined, date), 0),
                Optional.empty());
    }

    /** A question with its decision and recommendation; now and then one of them is not recorded. */
    private AgendaItem item(String question, String decision, String recommendation) {
        double outcome = random.nextDouble();
        return AgendaItem.of(question, outcome < 0.003 ? List.of() : List.of(decision),
                outcome >= 0.003 && outcome < 0.008 ? List.of() : List.of(recommendation));
    }

    private Meeting event(MeetingId id, LocalDate date, Specialty sp, Set<WorkerId> attendees) {
        EventForm form = pick(OTHER_FORMS);
        String theme = "«" + pick(sp.themes()) + "»";
        String title = switch (form.code()) {
            case "seminar" -> "Семинар-практикум " + theme;
            case "workshop" -> "Практикум " + theme;
            case "master-class" -> "Мастер-класс " + theme;
            case "open-event" -> "Открытое мероприятие " + theme;
            case "open-lesson" -> "Открытое коррекционно-развивающее занятие " + theme;
            case "consultation" -> "Групповая консультация для молодых специалистов " + theme;
            case "training" -> "Тренинг для педагогов " + theme;
            case "webinar" -> "Вебинар " + theme;
            case "conference" -> "Совещание специалистов психолого-педагогических консилиумов " + theme;
            case "contest" -> "Городской конкурс методических разработок " + theme;
            case "festival" -> "Городской фестиваль педагогических идей " + theme;
            case "exhibition" -> "Выставка методических пособий " + theme;
            default -> "Городской форум специалистов сопровождения " + theme;
        };
        boolean open = form.equals(EventForm.OPEN_EVENT) || form.equals(EventForm.OPEN_LESSON);
        boolean withGuests = open || form.equals(EventForm.CONTEST) || form.equals(EventForm.FESTIVAL)
                || form.equals(EventForm.FORUM) || form.equals(EventForm.EXHIBITION);
        Optional<String> scenario = open && !chance(0.035) ? Optional.of((form.equals(EventForm.OPEN_LESSON)
                ? "Сценарий открытого занятия " : "Сценарий открытого мероприятия ") + theme) : Optional.empty();
        return new Meeting(id, date, form, title, List.of(), Optional.empty(),
                registration(attendees, withGuests ? 5 + random.nextInt(36) : random.nextInt(8)), scenario);
    }

    /** A sheet of who signed in; now and then none was kept. */
    private Optional<RegistrationSheet> registration(Set<WorkerId> attendees, int guests) {
        return chance(0.003) ? Optional.empty() : Optional.of(new RegistrationSheet(attendees, guests));
    }

    /** The leader always, most of the members who had joined by then. */
    private Set<WorkerId> attendees(List<WorkerId> members, List<LocalDate> joined, LocalDate date) {
        Set<WorkerId> present = new LinkedHashSet<>();
        for (int w = 0; w < members.size(); w++) {
            if (!joined.get(w).isAfter(date) && (w == 0 || chance(0.75))) {
                present.add(members.get(w));
            }
        }
        return present;
    }

    private List<PlanItem> planItems(Specialty sp) {
        return List.of(
                new PlanItem("Повышение профессиональных компетенций членов МО",
                        List.of("Семинар-практикум «" + sp.themes().get(0) + "»", "Заседание МО «" + sp.themes().get(1) + "»"),
                        "Члены МО применяют освоенные приёмы в работе", "методические рекомендации"),
                new PlanItem("Обобщение и распространение эффективных психолого-педагогических практик",
                        List.of("Открытое мероприятие «" + pick(sp.themes()) + "»", "Пополнение банка эффективных практик",
                                "Подготовка материалов в сборник «Ступеньки»"),
                        "Банк практик пополнен не менее чем тремя разработками", "банк практик, статьи сборника"),
                new PlanItem("Методическая помощь молодым специалистам, наставничество",
                        List.of("Заседание МО «Наставничество и методическая помощь молодым специалистам»",
                                "Консультации для молодых специалистов"),
                        "За каждым молодым специалистом закреплён наставник", "индивидуальные планы наставничества"));
    }

    /** Section 9: the plan in electronic form, the data banks, the contributions to «Ступеньки». */
    private void documents(CommunityRecord.Builder record, Specialty sp, LocalDate created, boolean old, LocalDate start,
                           LocalDate planDated) {
        Optional<OrganisationId> atCpmss = Optional.of(CPMSS);
        if (!chance(0.01)) {
            record.document(new Document(DocumentKind.WORK_PLAN,
                    "План работы " + sp.shortName() + " на " + YEAR + " учебный год", planDated,
                    chance(0.015) ? DocumentForm.PAPER : DocumentForm.ELECTRONIC, atCpmss, Optional.of(YEAR)));
        }
        if (!chance(0.015)) {
            DocumentForm form = chance(0.015) ? DocumentForm.PAPER : DocumentForm.ELECTRONIC;
            // a bank made for the year, or one kept since an earlier year and serving every later one
            record.document(old && chance(0.4)
                    ? new Document(DocumentKind.TEACHER_DATA_BANK, "Банк данных о педагогах " + sp.shortName(),
                    between(created, LocalDate.of(2024, 6, 28)), form, atCpmss, Optional.empty())
                    : new Document(DocumentKind.TEACHER_DATA_BANK, "Банк данных о педагогах " + sp.shortName() + " на " + YEAR
                    + " учебный год", workdayBetween(start.plusDays(14), start.plusDays(40)), form, atCpmss,
                    Optional.of(YEAR)));
        }
        double practices = random.nextDouble();
        if (practices >= 0.012) {
            // started only after the year's end, it serves no day of 2024/2025
            LocalDate dated = practices < 0.024 ? workdayBetween(NEXT.start(), JUDGED_ON.minusDays(1))
                    : old ? between(created.plusDays(60), LocalDate.of(2024, 5, 31))
                    : workdayBetween(start.plusDays(30), LocalDate.of(2025, 4, 30));
            record.document(new Document(DocumentKind.PRACTICE_BANK,
                    "Банк эффективных педагогических практик " + sp.shortName(), dated,
                    chance(0.01) ? DocumentForm.PAPER : DocumentForm.ELECTRONIC, atCpmss, Optional.empty()));
        }
        if (chance(0.6)) {
            record.document(new Document(DocumentKind.E_COLLECTION_CONTRIBUTION, "Материалы " + sp.shortName()
                    + " для электронного сборника «Ступеньки», 2025", workdayBetween(LocalDate.of(2025, 5, 15),
                    LocalDate.of(2025, 6, 10)), DocumentForm.ELECTRONIC, atCpmss, Optional.of(YEAR)));
        }
    }

    /**
     * П. 9.2: the analysis of 2024/2025, compiled before the final session and heard there; now and then compiled
     * only in September, kept on paper, or not at all. An МО that lived through 2023/2024 has that year's too.
     */
    private void analysis(CommunityRecord.Builder record, Specialty sp, LocalDate created, LocalDate finalSession,
                          MeetingId finalId, int sessions, int events, int members) {
        if (!created.isAfter(YEAR.previous().start())) {
            LocalDate compiled = workdayBetween(LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 31));
            record.report(new AnnualReport(YEAR.previous(), compiled, DocumentForm.ELECTRONIC,
                    Map.of("sessions-held", BigDecimal.valueOf(4 + random.nextInt(3)),
                            "members", BigDecimal.valueOf(5 + random.nextInt(7))), Optional.empty()));
        }
        double kind = random.nextDouble();
        if (kind < 0.015) {
            return;
        }
        boolean late = kind < 0.045;
        LocalDate compiled = late ? workdayBetween(NEXT.start(), JUDGED_ON.minusDays(1))
                : workdayBetween(finalSession.minusDays(10), finalSession.minusDays(1));
        DocumentForm form = kind < 0.06 && !late ? DocumentForm.PAPER : DocumentForm.ELECTRONIC;
        record.report(new AnnualReport(YEAR, compiled, form, Map.of("sessions-held", BigDecimal.valueOf(sessions),
                "events-held", BigDecimal.valueOf(events), "members", BigDecimal.valueOf(members)),
                late ? Optional.empty() : Optional.of(finalId)));
        record.document(new Document(DocumentKind.ANNUAL_REPORT, "Анализ работы " + sp.shortName() + " за " + YEAR
                + " учебный год", compiled, form, Optional.of(CPMSS), Optional.of(YEAR)));
    }

    /**
     * The first days of 2025/2026 before the date of judgement: most members apply again, and some ЦПМСС have
     * already issued the new composition order — what is still missing is owed, not yet a violation.
     */
    private void nextYear(CommunityRecord.Builder record, List<WorkerId> members, Specialty sp) {
        List<WorkerId> applied = new ArrayList<>(members.size());
        List<LocalDate> appliedOn = new ArrayList<>(members.size());
        for (WorkerId w : members) {
            if (chance(0.7)) {
                LocalDate on = workdayBetween(NEXT.start(), LocalDate.of(2025, 9, 12));
                applied.add(w);
                appliedOn.add(on);
                record.membership(Membership.since(w, on, basis()));
            }
        }
        if (chance(0.4)) {
            LocalDate on = workdayBetween(LocalDate.of(2025, 9, 12), JUDGED_ON.minusDays(1));
            Set<WorkerId> named = new LinkedHashSet<>();
            for (int i = 0; i < applied.size(); i++) {
                if (!appliedOn.get(i).isAfter(on)) {
                    named.add(applied.get(i));
                }
            }
            record.compositionOrder(new CompositionOrder(NEXT, orderOf(CPMSS, on,
                    COMPOSITION_ORDER + NEXT + " учебный год"),
                    named, sp.directions()));
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
