package org.pedcom.benchmarks.workload;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.community.Community;
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
import org.pedcom.record.CommunityRecord;
import org.pedcom.status.Extension;
import org.pedcom.status.StatusGrant;

/**
 * Realistic, seeded community-years of an ОСМП (опорная стажировочная методическая площадка) of the Yaya district
 * under {@code yaya-osmp}, shaped like the profile's own fixture ({@code YayaOsmpCommunityYear}): a school,
 * kindergarten or house of children's creativity as host, МБУ ИМЦ УО and the education authority, two partner
 * organisations, the status granted by the Методический совет of the ИМЦ and confirmed by the ИМЦ's order, the
 * application package of 3.2, a leader of the host and a methodist of the ИМЦ as co-leader appointed by order, five to
 * eleven members, a work plan for every school year approved by the МС and published in the authority's annual plan
 * and on the ИМЦ's site, and 10–40 events in the forms of 3.6.3 (seminars, practicums, master classes, open lessons,
 * business games, methodical days, creative reports, consultations and a professional skills contest every year).
 *
 * <p>The sites live as real ones do: most were granted the status in August 2024 for two years; some for one year, then
 * extended by the МС or closed when the term ran out; some are in the second year of a status granted in August 2023; a
 * few opened in the middle of 2024/2025 or closed early. Most records comply; each part breaks with a small,
 * independent probability, drawn from what goes wrong in practice: the site sits at the ППМС-центр, which is no
 * educational organisation; the ИМЦ director signs an order where the МС must decide, the МС decides only after the
 * site has opened, the status is never confirmed, is granted for three years, runs out without an extension, or is
 * extended too long or by the wrong act; a paper of the package is missing, filed late or left at the school; the
 * leader is a teacher with only the первая category, has let the высшая lapse or works at another school; the school's
 * own director appoints the leader; the co-leader is the school's methodist or deputy, is never appointed or appointed
 * only by the МС's decision; an appointment comes weeks after the opening or a hand-over leaves the site without a
 * leader; the plan is approved late, by the wrong body or not at all, or never reaches the authority's annual plan; a
 * year passes without a contest or a consultation; a site closes because its host school is reorganised, which 3.8 does
 * not allow. The regulation demands no protocols, so the gaps real records have there (an event without a protocol, a
 * decision left empty, the co-leader's signature missing) are generated too but change no verdict. The same seed gives
 * the same records.
 */
public final class YayaWorkload extends Generator {

    public static final String PROFILE_ID = "yaya-osmp";

    /**
     * The date every generated record is judged on, 15 September 2025 (the profile fixture's date too). It falls just
     * after the yearly deadlines of 2024/2025 under this profile: the school year closed on 31 August 2025, so its
     * contest and consultation are judged; the package of 3.2 was due on the first 1 September of a site's life; a
     * status granted in late August 2024 for one year (or in August 2023 for two) ran out in late August 2025, so a
     * site working on without an extension shows. It falls before 30 September 2025, the default deadline of the
     * 2025/2026 plan, so that plan is an obligation, not a finding, when it is not approved yet.
     */
    public static final LocalDate JUDGED_ON = LocalDate.of(2025, 9, 15);

    static final Territory YAYA = Territory.of("Кемеровская область — Кузбасс", "Яйский муниципальный округ");
    static final OrganisationId CENTRE = OrganisationId.of("mbu-imc-uo-yaya");
    static final OrganisationId AUTHORITY = OrganisationId.of("uo-yaya");

    private static final EventForm BUSINESS_GAME = EventForm.of("business-game", "деловая игра");
    private static final EventForm DISCUSSION = EventForm.of("discussion", "дискуссия");
    private static final EventForm METHODICAL_DAY = EventForm.of("methodical-day", "методический день");
    private static final EventForm CREATIVE_REPORT = EventForm.of("creative-report", "творческий отчёт педагогов");

    /** What kind of organisation hosts the site: its positions, the topics it takes up and the contests it enters. */
    private enum HostType {
        SCHOOL(OrganisationKind.EDUCATIONAL, Position.HEAD, Position.DEPUTY_HEAD,
                List.of(Position.of("teacher-russian", "учитель русского языка и литературы"),
                        Position.of("teacher-mathematics", "учитель математики"),
                        Position.of("teacher-primary", "учитель начальных классов"),
                        Position.of("teacher-biology", "учитель биологии и химии"),
                        Position.of("teacher-history", "учитель истории и обществознания")),
                List.of("Формирование функциональной грамотности обучающихся",
                        "Наставничество как ресурс профессионального роста молодого учителя",
                        "Реализация обновлённых ФГОС НОО и ООО в сельской школе",
                        "Проектная и исследовательская деятельность обучающихся в центре «Точка роста»",
                        "Цифровая образовательная среда: ресурсы ФГИС «Моя школа» на уроке"),
                List.of("Муниципальный этап конкурса «Учитель года Кузбасса — %d»",
                        "Муниципальный конкурс методических разработок «Педагогическая копилка — %d»",
                        "Муниципальный этап конкурса «Педагогический дебют — %d»")),
        KINDERGARTEN(OrganisationKind.EDUCATIONAL, Position.of("preschool-head", "заведующий"),
                Position.of("preschool-deputy-head", "заместитель заведующего по воспитательной и методической работе"),
                List.of(Position.EDUCATOR, Position.of("senior-educator", "старший воспитатель"),
                        Position.of("music-director", "музыкальный руководитель"), Position.SPEECH_THERAPIST),
                List.of("Ранняя профориентация дошкольников",
                        "Патриотическое воспитание дошкольников через знакомство с малой родиной",
                        "Развитие речи дошкольников средствами театрализованной деятельности",
                        "Познавательное развитие дошкольников: экспериментирование и конструирование"),
                List.of("Муниципальный этап конкурса «Воспитатель года Кузбасса — %d»",
                        "Муниципальный конкурс «Лучшая методическая разработка в ДОО — %d»")),
        ADDITIONAL(OrganisationKind.EDUCATIONAL, Position.HEAD, Position.DEPUTY_HEAD,
                List.of(Position.of("additional-education-teacher", "педагог дополнительного образования"),
                        Position.of("teacher-organiser", "педагог-организатор")),
                List.of("Школьный театр как средство развития личности обучающихся",
                        "Техническое творчество обучающихся: робототехника и конструирование",
                        "Краеведение и детский туризм в дополнительном образовании"),
                List.of("Муниципальный этап конкурса «Сердце отдаю детям — %d»",
                        "Муниципальный конкурс дополнительных общеобразовательных программ — %d")),
        SUPPORT(OrganisationKind.SUPPORT_CENTRE, Position.HEAD, Position.DEPUTY_HEAD,
                List.of(Position.PSYCHOLOGIST, Position.SPEECH_THERAPIST, Position.DEFECTOLOGIST,
                        Position.SOCIAL_PEDAGOGUE),
                List.of("Психолого-педагогическое сопровождение обучающихся с ОВЗ в условиях инклюзии"),
                List.of("Муниципальный этап конкурса «Педагог-психолог Кузбасса — %d»"));

        final OrganisationKind kind;
        final Position head;
        final Position deputy;
        final List<Position> teachers;
        final List<String> topics;
        final List<String> contests;

        HostType(OrganisationKind kind, Position head, Position deputy, List<Position> teachers, List<String> topics,
                 List<String> contests) {
            this.kind = kind;
            this.head = head;
            this.deputy = deputy;
            this.teachers = teachers;
            this.topics = topics;
            this.contests = contests;
        }
    }

    private record Host(Organisation organisation, String shortName, HostType type) {
        OrganisationId id() {
            return organisation.id();
        }
    }

    private static final Set<EducationLevel> SECONDARY_SCHOOL = Set.of(EducationLevel.PRIMARY_GENERAL,
            EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL);

    private static final List<Host> HOSTS = List.of(
            host("mbou-yaya-sosh-1", "МБОУ «Яйская средняя общеобразовательная школа № 1»", "МБОУ «Яйская СОШ № 1»",
                    HostType.SCHOOL, SECONDARY_SCHOOL),
            host("mbou-yaya-sosh-2", "МБОУ «Яйская средняя общеобразовательная школа № 2»", "МБОУ «Яйская СОШ № 2»",
                    HostType.SCHOOL, Set.of(EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL,
                            EducationLevel.SECONDARY_GENERAL, EducationLevel.ADDITIONAL)),
            host("mbou-ulanovskaya-sosh", "МБОУ «Улановская средняя общеобразовательная школа»", "МБОУ «Улановская СОШ»",
                    HostType.SCHOOL, SECONDARY_SCHOOL),
            host("mbou-kaylinskaya-sosh", "МБОУ «Кайлинская средняя общеобразовательная школа»", "МБОУ «Кайлинская СОШ»",
                    HostType.SCHOOL, SECONDARY_SCHOOL),
            host("mbou-bezlesnaya-oosh", "МБОУ «Безлесная основная общеобразовательная школа»", "МБОУ «Безлесная ООШ»",
                    HostType.SCHOOL, Set.of(EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL)),
            host("mbdou-yaya-ds-3", "МБДОУ «Яйский детский сад № 3 „Солнышко“»", "МБДОУ «Яйский детский сад № 3»",
                    HostType.KINDERGARTEN, Set.of(EducationLevel.PRESCHOOL)),
            host("mbdou-yaya-ds-kolokolchik", "МБДОУ «Яйский детский сад „Колокольчик“»",
                    "МБДОУ «Яйский детский сад „Колокольчик“»", HostType.KINDERGARTEN, Set.of(EducationLevel.PRESCHOOL)),
            host("mbu-do-yaya-ddt", "МБУ ДО «Яйский дом детского творчества»", "МБУ ДО «Яйский ДДТ»",
                    HostType.ADDITIONAL, Set.of(EducationLevel.ADDITIONAL)));

    /** A ППМС-центр is no educational organisation in pedcom's terms, so a site on its base breaks 1.2–1.3. */
    private static final Host SUPPORT_CENTRE = host("mbu-ppms-yaya", "МБУ «Центр психолого-педагогической, медицинской "
            + "и социальной помощи» Яйского муниципального округа", "МБУ «ППМС-центр»", HostType.SUPPORT, Set.of());

    private record EventKind(EventForm form, String title, String question) {
    }

    /** The forms of 3.6.3 besides the consultations and contests each year must have, which are placed on purpose. */
    private static final List<EventKind> OTHER_EVENTS = List.of(
            new EventKind(EventForm.SEMINAR, "Постоянно действующий семинар «%s»",
                    "Из опыта работы педагогов ОСМП по теме площадки"),
            new EventKind(EventForm.WORKSHOP, "Практикум для педагогов-стажёров «%s: приёмы и инструменты»",
                    "Отработка приёмов: задания для педагогов-стажёров"),
            new EventKind(EventForm.MASTER_CLASS, "Мастер-класс педагогов ОСМП «%s»",
                    "Представление авторских методических разработок"),
            new EventKind(EventForm.OPEN_LESSON, "Открытое учебное занятие по теме ОСМП «%s»",
                    "Самоанализ и анализ открытого занятия"),
            new EventKind(EventForm.OPEN_EVENT, "Открытое внеклассное мероприятие «%s»",
                    "Обсуждение открытого мероприятия"),
            new EventKind(BUSINESS_GAME, "Деловая игра для руководящих работников ОО округа «%s»",
                    "Модели методической работы ОО по направлению ОСМП"),
            new EventKind(DISCUSSION, "Педагогическая дискуссия «%s: вопросы и решения»",
                    "Затруднения педагогов округа и пути их преодоления"),
            new EventKind(METHODICAL_DAY, "Методический день на базе ОСМП «%s»",
                    "Посещение занятий и обмен опытом"),
            new EventKind(CREATIVE_REPORT, "Творческий отчёт педагогов ОСМП «%s»",
                    "Результаты работы творческой группы ОСМП"));

    private static final List<EventKind> CONSULTATIONS = List.of(
            new EventKind(EventForm.CONSULTATION, "Групповая консультация для заместителей руководителей ОО округа «%s»",
                    "Вопросы содержания деятельности ОСМП в работе ОО"),
            new EventKind(EventForm.CONSULTATION, "Индивидуальные консультации для педагогов-стажёров по теме «%s»",
                    "Затруднения педагогов-стажёров по теме ОСМП"));

    private static final List<String> DECISIONS = List.of("Принять к сведению и использовать в работе",
            "Одобрить опыт и рекомендовать к распространению в ОО округа", "Включить материалы в банк методических разработок");
    private static final List<String> RECOMMENDATIONS = List.of("Разместить материалы на сайте МБУ ИМЦ УО",
            "Провести апробацию приёмов в ОО округа до конца четверти", "Подготовить методические рекомендации для педагогов округа");

    private static final List<String> SURNAMES = List.of("Иванова", "Петрова", "Смирнова", "Кузнецова", "Попова",
            "Васильева", "Соколова", "Михайлова", "Новикова", "Фёдорова", "Морозова", "Волкова", "Алексеева", "Лебедева",
            "Семёнова", "Егорова", "Павлова", "Козлова", "Степанова", "Николаева", "Орлова", "Андреева", "Макарова",
            "Никитина", "Захарова", "Зайцева", "Соловьёва", "Борисова", "Яковлева", "Григорьева", "Романова",
            "Воробьёва", "Сергеева", "Кондратьева", "Тарасова", "Белова", "Комарова", "Гусева", "Титова", "Кудрявцева");
    private static final List<String> WOMEN = List.of("Ирина", "Ольга", "Наталья", "Татьяна", "Елена", "Светлана",
            "Марина", "Екатерина", "Анна", "Юлия", "Галина", "Людмила", "Надежда", "Оксана", "Валентина", "Любовь",
            "Евгения", "Анастасия", "Мария", "Вера");
    private static final List<String> MEN = List.of("Андрей", "Сергей", "Алексей", "Дмитрий", "Владимир", "Николай",
            "Игорь", "Евгений", "Александр", "Михаил");
    /** The father's name as a daughter's and as a son's patronymic. */
    private static final List<List<String>> PATRONYMICS = List.of(List.of("Викторовна", "Викторович"),
            List.of("Николаевна", "Николаевич"), List.of("Петровна", "Петрович"), List.of("Сергеевна", "Сергеевич"),
            List.of("Ивановна", "Иванович"), List.of("Александровна", "Александрович"),
            List.of("Владимировна", "Владимирович"), List.of("Анатольевна", "Анатольевич"),
            List.of("Геннадьевна", "Геннадьевич"), List.of("Юрьевна", "Юрьевич"), List.of("Михайловна", "Михайлович"),
            List.of("Васильевна", "Васильевич"), List.of("Андреевна", "Андреевич"), List.of("Борисовна", "Борисович"));

    private int orders;

    private YayaWorkload(long seed) {
        super(new Random(seed));
    }

    /** {@code count} community-years from {@code seed} ({@code osmp-0}, {@code osmp-1}, …), 10–40 events each. */
    public static List<CommunityRecord> communityYears(long seed, int count) {
        YayaWorkload w = new YayaWorkload(seed);
        return batch(count, i -> w.communityYear(i, w.eventCount()));
    }

    private static Host host(String id, String name, String shortName, HostType type, Set<EducationLevel> levels) {
        return new Host(new Organisation(OrganisationId.of(id), name, type.kind, levels, YAYA), shortName, type);
    }

    /** Drawn with {@code nextInt}, as the records this profile's test was calibrated on were. */
    @Override
    LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    /** Events fall on weekdays; a weekend day moves to the nearest one, unless that leaves {@code from}–{@code to}. */
    private LocalDate weekdayBetween(LocalDate from, LocalDate to) {
        LocalDate day = between(from, to);
        LocalDate moved = day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
        return moved.isBefore(from) || moved.isAfter(to) ? day : moved;
    }

    /** Methodical events fall outside the summer holidays (July to mid-August) too, when the span leaves a choice. */
    private LocalDate eventDay(LocalDate from, LocalDate to) {
        LocalDate day = weekdayBetween(from, to);
        for (int retry = 0; retry < 3 && inSummerHolidays(day); retry++) {
            day = weekdayBetween(from, to);
        }
        return day;
    }

    private static boolean inSummerHolidays(LocalDate day) {
        return day.getMonth() == Month.JULY || day.getMonth() == Month.AUGUST && day.getDayOfMonth() <= 15;
    }

    /** The МС of the ИМЦ meets five or six times a year, numbering its protocols afresh from September. */
    private static String councilProtocol(LocalDate date) {
        return switch (date.getMonth()) {
            case SEPTEMBER, OCTOBER -> "1";
            case NOVEMBER, DECEMBER -> "2";
            case JANUARY, FEBRUARY -> "3";
            case MARCH, APRIL -> "4";
            case MAY, JUNE, JULY -> "5";
            case AUGUST -> "6";
        };
    }

    private static Act councilDecision(LocalDate date, String title) {
        return Act.decision(councilProtocol(date), date, Body.of(BodyKind.METHODICAL_COUNCIL, CENTRE), title);
    }

    private Act centreOrder(LocalDate date, String title) {
        return Act.order(String.valueOf(++orders), date, Body.headOf(CENTRE), title);
    }

    private Act hostOrder(Host host, LocalDate date, String title) {
        return Act.order((20 + random.nextInt(180)) + "-о", date, Body.headOf(host.id()), title);
    }

    /** The site's leaders as appointed: who signs and who drafts on a given day. */
    private record Team(List<Appointment> appointments, List<WorkerId> members) {
        Optional<WorkerId> holderOn(CommunityRole role, LocalDate date) {
            return appointments.stream().filter(a -> a.role() == role && a.isActiveOn(date)).map(Appointment::worker)
                    .findFirst();
        }
    }

    private CommunityRecord communityYear(int index, int eventCount) {
        Host host = chance(0.02) ? SUPPORT_CENTRE : pick(HOSTS);
        List<Host> others = new ArrayList<>(HOSTS);
        others.remove(host);
        shuffle(others);
        List<Host> partners = List.copyOf(others.subList(0, 2));
        String topic = pick(host.type().topics);
        String site = "ОСМП на базе " + host.shortName();
        orders = 60 + random.nextInt(90);

        // When the МС granted the status and for how long: mostly in August for two years; a year earlier; for one
        // year; or at a session in the middle of the year.
        double life = random.nextDouble();
        LocalDate grantedOn;
        LocalDate openedOn;
        Period term = Period.ofYears(2);
        if (life < 0.92) {
            int startYear = life < 0.24 ? 2023 : 2024;
            openedOn = LocalDate.of(startYear, Month.SEPTEMBER, 1);
            grantedOn = between(LocalDate.of(startYear, Month.AUGUST, 20), LocalDate.of(startYear, Month.AUGUST, 27));
            if (life >= 0.24 && life < 0.42) {
                term = Period.ofYears(1);
            }
        } else {
            grantedOn = between(LocalDate.of(2024, Month.OCTOBER, 8), LocalDate.of(2024, Month.DECEMBER, 10));
            openedOn = grantedOn.plusDays(5 + random.nextInt(6));
        }
        // The package was filed before the site opened, whenever the МС got round to deciding.
        LocalDate filed = (grantedOn.isBefore(openedOn) ? grantedOn : openedOn).minusDays(7 + random.nextInt(19));
        if (chance(0.008)) {
            grantedOn = openedOn.plusDays(5 + random.nextInt(20));
        }
        if (chance(0.008)) {
            term = Period.ofYears(3);
        }
        String granting = "О присвоении " + host.shortName() + " статуса опорной (стажировочной) методической площадки";
        Act grant = chance(0.012) ? centreOrder(grantedOn, granting) : councilDecision(grantedOn, granting);
        Optional<Act> confirmation = chance(0.015) ? Optional.empty()
                : Optional.of(centreOrder(grantedOn.plusDays(1 + random.nextInt(3)), "Об утверждении статуса опорной "
                + "(стажировочной) методической площадки на базе " + host.shortName()));

        // How it ends: now and then early; when the status runs out before the date judged, the МС extends it or the
        // site closes, and now and then neither happens and the site works on without a status.
        LocalDate statusEnds = grantedOn.plus(term).minusDays(1);
        List<Extension> extensions = new ArrayList<>();
        Optional<Termination> termination = Optional.empty();
        double end = random.nextDouble();
        if (end < 0.05) {
            LocalDate on = between(later(openedOn.plusDays(60), LocalDate.of(2025, Month.MARCH, 1)),
                    LocalDate.of(2025, Month.JUNE, 30));
            TerminationReason reason = end < 0.025 ? TerminationReason.REORGANISED
                    : end < 0.04 ? TerminationReason.STAFF_CHANGES : TerminationReason.TOPIC_NO_LONGER_RELEVANT;
            termination = Optional.of(new Termination(on, reason, Optional.of(centreOrder(on,
                    "О прекращении деятельности " + site + " (" + reason.title() + ")"))));
        } else if (statusEnds.isBefore(JUDGED_ON)) {
            double next = random.nextDouble();
            if (next < 0.5) {
                LocalDate decided = between(LocalDate.of(2025, Month.MAY, 15), LocalDate.of(2025, Month.JUNE, 10));
                String title = "О продлении срока работы " + site;
                extensions.add(new Extension(chance(0.05) ? centreOrder(decided, title) : councilDecision(decided, title),
                        chance(0.04) ? Period.ofYears(2) : Period.ofYears(1)));
            } else if (next >= 0.6) {
                termination = Optional.of(new Termination(statusEnds, TerminationReason.TERM_EXPIRED, Optional.empty()));
            }
        }
        LocalDate lastDay = termination.map(Termination::on).orElse(JUDGED_ON);

        Community community = new Community(CommunityId.of("osmp-" + index), CommunityKind.OSMP,
                "ОСМП «" + topic + "» на базе " + host.shortName(), host.id(), openedOn, Optional.of(grant),
                Optional.empty(), List.of(topic), termination);
        CommunityRecord.Builder record = CommunityRecord.builder(community)
                .organisation(host.organisation())
                .organisation(Organisation.of(CENTRE.value(), "МБУ «Информационно-методический центр Управления "
                        + "образования администрации Яйского муниципального округа»", OrganisationKind.METHODICAL_CENTRE, YAYA))
                .organisation(Organisation.of(AUTHORITY.value(), "Управление образования администрации Яйского "
                        + "муниципального округа", OrganisationKind.EDUCATION_AUTHORITY, YAYA))
                .statusGrant(new StatusGrant(topic, grant, term, confirmation, extensions));
        partners.forEach(p -> record.organisation(p.organisation()));

        // People: the leader, the co-leader, the members (mostly the host's teachers, some from the partners).
        WorkerId leader = WorkerId.of("w-" + index + "-0");
        WorkerId coLeader = WorkerId.of("w-" + index + "-1");
        record.worker(leader(leader, host, partners));
        record.worker(coLeader(coLeader, host));
        int memberCount = 5 + random.nextInt(7);
        List<WorkerId> members = new ArrayList<>();
        for (int m = 0; m < memberCount; m++) {
            WorkerId id = WorkerId.of("w-" + index + "-" + (m + 2));
            members.add(id);
            record.worker(member(id, chance(0.75) ? host : pick(partners)));
            record.membership(Membership.since(id, openedOn, MembershipBasis.ORDER));
        }

        Team team = new Team(appointments(index, host, site, grantedOn, openedOn, lastDay, leader, coLeader, record), members);
        team.appointments().forEach(record::appointment);

        packageOfDocuments(record, topic, filed, openedOn, host);

        // Year by year: the host's order on the team, the plan, the events, the protocols and the analytical note.
        SchoolYear first = SchoolYear.containing(openedOn);
        SchoolYear lastYear = SchoolYear.containing(lastDay);
        List<Meeting> meetings = new ArrayList<>();
        for (SchoolYear y = first; y.compareTo(lastYear) <= 0; y = y.next()) {
            LocalDate from = later(openedOn, y.start());
            LocalDate to = lastDay.isBefore(y.end()) ? lastDay : y.end();
            record.compositionOrder(new CompositionOrder(y, hostOrder(host, from.minusDays(1 + random.nextInt(5)),
                    "О составе творческой группы педагогов " + site + " на " + y + " учебный год"),
                    Set.copyOf(members), List.of(topic)));
            // The plan of the year just begun is due by 30 September: most sites had it approved in August, the
            // rest still owe it on the date judged.
            boolean justBegun = !y.equals(first) && y.equals(SchoolYear.containing(JUDGED_ON));
            if (!justBegun || chance(0.6)) {
                record.plan(workPlan(y, y.equals(first) ? Optional.of(grantedOn) : Optional.empty(), filed, host, topic, team));
            }
            if (ChronoUnit.DAYS.between(from, to) >= 120) {
                meetings.addAll(yearsEvents(index, meetings.size(), y, from, to, host, topic, team));
            }
            record.document(new Document(DocumentKind.PROTOCOL, "Протоколы мероприятий " + site + " за " + y
                    + " учебный год", to, DocumentForm.ELECTRONIC, Optional.of(host.id()), Optional.of(y)));
            LocalDate noteOn = LocalDate.of(y.startYear() + 1, Month.JUNE, 1);
            if (!to.isBefore(noteOn)) {
                record.document(new Document(DocumentKind.ANNUAL_REPORT, "Аналитическая справка о результатах "
                        + "деятельности " + site + " за " + y + " учебный год", between(noteOn, earlier(to, noteOn.plusDays(20))),
                        DocumentForm.PAPER, Optional.of(CENTRE), Optional.of(y)));
            }
        }
        for (int m = meetings.size(); m < eventCount; m++) {
            EventKind kind = pick(OTHER_EVENTS);
            meetings.add(event(index, m, eventDay(openedOn, lastDay), kind.form(), String.format(kind.title(), topic),
                    kind.question(), team));
        }
        meetings.forEach(record::meeting);
        return record.build();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The leader and co-leader, normally both named in one order of the ИМЦ days after the МС decision; now and then
     * an act of the wrong body or none, an order weeks after the opening, a co-leader never appointed, or a hand-over
     * of the leadership, sometimes with a gap.
     */
    private List<Appointment> appointments(int index, Host host, String site, LocalDate grantedOn, LocalDate openedOn,
                                           LocalDate lastDay, WorkerId leader, WorkerId coLeader,
                                           CommunityRecord.Builder record) {
        LocalDate appointedOn = grantedOn.plusDays(1 + random.nextInt(4));
        Act joint = centreOrder(appointedOn, "Об утверждении руководителя и соруководителя " + site);
        List<Appointment> appointments = new ArrayList<>();

        LocalDate leaderFrom = appointedOn;
        double how = random.nextDouble();
        Optional<Act> leaderAct = how < 0.04 ? Optional.of(hostOrder(host, appointedOn, "О назначении руководителя " + site))
                : how < 0.05 ? Optional.empty() : Optional.of(joint);
        if (chance(0.02)) {
            leaderFrom = openedOn.plusDays(7 + random.nextInt(24));
            leaderAct = Optional.of(centreOrder(leaderFrom, "О назначении руководителя " + site));
        }
        LocalDate earliestHandOver = leaderFrom.plusDays(90);
        LocalDate latestHandOver = lastDay.minusDays(45);
        if (chance(0.05) && earliestHandOver.isBefore(latestHandOver)) {
            // The leader leaves the school; the ИМЦ appoints a deputy head of the host, at once or some weeks later.
            LocalDate handOver = between(earliestHandOver, latestHandOver);
            appointments.add(new Appointment(leader, CommunityRole.LEADER, leaderFrom, Optional.of(handOver), leaderAct));
            WorkerId successor = WorkerId.of("w-" + index + "-s");
            record.worker(worker(successor, host.type().deputy, host.id(), Set.of(AdministrativeRole.DEPUTY_HEAD),
                    LocalDate.of(1996 + random.nextInt(15), Month.SEPTEMBER, 1),
                    CategoryGrant.of(QualificationCategory.FIRST,
                            between(LocalDate.of(2021, 1, 15), LocalDate.of(2024, 5, 30)))));
            LocalDate successorFrom = handOver.plusDays(chance(0.7) ? 1 : 10 + random.nextInt(21));
            appointments.add(Appointment.byAct(successor, CommunityRole.LEADER,
                    centreOrder(successorFrom, "О назначении руководителя " + site)));
        } else {
            appointments.add(new Appointment(leader, CommunityRole.LEADER, leaderFrom, Optional.empty(), leaderAct));
        }

        double co = random.nextDouble();
        if (co >= 0.02) {
            LocalDate coFrom = appointedOn;
            Optional<Act> coAct = Optional.of(joint);
            if (co < 0.035) {
                coFrom = openedOn.plusDays(10 + random.nextInt(31));
                coAct = Optional.of(centreOrder(coFrom, "О назначении соруководителя " + site));
            } else if (co < 0.055) {
                coAct = Optional.empty();
            } else if (co < 0.07) {
                // The МС reviewed the candidate, as 3.4 says, but the approving order was never issued.
                coAct = Optional.of(councilDecision(grantedOn, "О кандидатуре соруководителя " + site));
            }
            appointments.add(new Appointment(coLeader, CommunityRole.CO_LEADER, coFrom, Optional.empty(), coAct));
        }
        return appointments;
    }

    /** The three papers of 3.2, kept at the ИМЦ; each now and then missing, filed after the opening or left at the host. */
    private void packageOfDocuments(CommunityRecord.Builder record, String topic, LocalDate filed, LocalDate openedOn,
                                    Host host) {
        LocalDate due = openedOn.getMonth() == Month.SEPTEMBER && openedOn.getDayOfMonth() == 1 ? openedOn
                : SchoolYear.containing(openedOn).next().start();
        List<DocumentKind> kinds = List.of(DocumentKind.STATUS_APPLICATION, DocumentKind.INFORMATION_REFERENCE,
                DocumentKind.WORK_PLAN);
        List<String> titles = List.of("Заявление на присвоение статуса ОСМП по теме «" + topic + "»",
                "Информационная справка о результатах работы по теме «" + topic + "» за три года",
                "План работы ОСМП на " + SchoolYear.containing(openedOn) + " учебный год (в составе заявки)");
        for (int d = 0; d < kinds.size(); d++) {
            double fate = random.nextDouble();
            if (fate < 0.015) {
                continue;
            }
            LocalDate date = fate < 0.023 ? due.plusDays(1 + random.nextInt(10)) : filed;
            OrganisationId keptAt = fate < 0.023 || fate >= 0.029 ? CENTRE : host.id();
            record.document(new Document(kinds.get(d), titles.get(d), date, DocumentForm.PAPER, Optional.of(keptAt),
                    Optional.empty()));
        }
    }

    /**
     * The plan of {@code y}: the first year's is approved at the МС session that granted the status
     * ({@code grantSession}), later years' at the August or September session; published in the authority's annual
     * plan and on the ИМЦ's site. Now and then approved late, by the ИМЦ director's order or the host's
     * педсовет, not at all, or only put on the site.
     */
    private Plan workPlan(SchoolYear y, Optional<LocalDate> grantSession, LocalDate filed, Host host, String topic, Team team) {
        LocalDate approvedOn = grantSession.orElseGet(() -> between(LocalDate.of(y.startYear(), Month.AUGUST, 20),
                LocalDate.of(y.startYear(), Month.SEPTEMBER, 25)));
        if (chance(0.025)) {
            approvedOn = between(LocalDate.of(y.startYear(), Month.OCTOBER, 1), LocalDate.of(y.startYear(), Month.NOVEMBER, 20));
        }
        LocalDate drafted = grantSession.isPresent() ? filed : approvedOn.minusDays(5 + random.nextInt(11));
        String title = "Об утверждении плана работы ОСМП на базе " + host.shortName() + " на " + y + " учебный год";
        double by = random.nextDouble();
        List<PlanStep> steps = new ArrayList<>();
        steps.add(new PlanStep.Drafted(drafted));
        if (by >= 0.01) {
            steps.add(new PlanStep.Approved(by < 0.02 ? centreOrder(approvedOn, title)
                    : by < 0.028 ? Act.decision(String.valueOf(1 + random.nextInt(3)), approvedOn,
                    Body.of(BodyKind.PEDAGOGICAL_COUNCIL, host.id()), title)
                    : councilDecision(approvedOn, title)));
        }
        List<Publication> publications = new ArrayList<>();
        publications.add(new Publication(PublicationChannel.WEBSITE, CENTRE, approvedOn.plusDays(2 + random.nextInt(8))));
        if (!chance(0.025)) {
            publications.add(new Publication(PublicationChannel.AUTHORITY_ANNUAL_PLAN, AUTHORITY,
                    later(approvedOn, y.start()).plusDays(3 + random.nextInt(12))));
        }
        // a plan drafted before any appointment is the first leader's, who drafted it for the package
        Optional<WorkerId> author = team.holderOn(CommunityRole.LEADER, drafted).or(() -> team.appointments().stream()
                .filter(a -> a.role() == CommunityRole.LEADER).map(Appointment::worker).findFirst());
        return new Plan(y, PlanKind.WORK, author, planItems(topic), steps, publications);
    }

    private static List<PlanItem> planItems(String topic) {
        return List.of(
                new PlanItem("Организовать стажировку педагогов округа по теме «" + topic + "»",
                        List.of("установочный семинар", "мастер-классы", "открытые учебные занятия", "практикум"),
                        "не менее 20 педагогов округа прошли стажировку", "методические рекомендации"),
                new PlanItem("Оказать консультационную помощь руководящим и педагогическим работникам ОО округа",
                        List.of("групповые консультации", "индивидуальные консультации"),
                        "адресная помощь педагогам по запросам ОО", "банк вопросов и ответов на сайте МБУ ИМЦ УО"),
                new PlanItem("Обобщить и представить опыт работы ОСМП",
                        List.of("творческий отчёт педагогов", "участие в конкурсе профессионального мастерства",
                                "итоговый семинар"),
                        "опыт ОСМП представлен на муниципальном уровне", "аналитическая справка"));
    }

    /**
     * What a year of at least four months must hold: the opening seminar, a contest (3.8 абз. 6), one or two
     * consultations (3.5 абз. 2) and, when the year runs to its end, the closing seminar. A year now and then passes
     * without the contest or without any consultation.
     */
    private List<Meeting> yearsEvents(int index, int numbered, SchoolYear y, LocalDate from, LocalDate to, Host host,
                                      String topic, Team team) {
        List<Meeting> events = new ArrayList<>();
        LocalDate openingBy = from.plusDays(20).isAfter(to) ? to : from.plusDays(20);
        events.add(event(index, numbered + events.size(), weekdayBetween(from, openingBy), EventForm.SEMINAR,
                "Установочный семинар ОСМП: план стажировки педагогов округа на " + y + " учебный год",
                "О плане работы ОСМП на " + y + " учебный год", team));
        if (!chance(0.05)) {
            LocalDate contestFrom = later(from, LocalDate.of(y.startYear() + 1, Month.JANUARY, 15));
            LocalDate contestTo = LocalDate.of(y.startYear() + 1, Month.APRIL, 25);
            LocalDate on = contestFrom.isAfter(contestTo) || to.isBefore(contestTo) ? weekdayBetween(from, to)
                    : weekdayBetween(contestFrom, contestTo);
            events.add(contest(index, numbered + events.size(), on,
                    String.format(pick(host.type().contests), y.startYear() + 1), team));
        }
        if (!chance(0.04)) {
            for (int c = 1 + random.nextInt(2); c > 0; c--) {
                EventKind kind = pick(CONSULTATIONS);
                events.add(event(index, numbered + events.size(), eventDay(from, to), kind.form(),
                        String.format(kind.title(), topic), kind.question(), team));
            }
        }
        LocalDate closingFrom = LocalDate.of(y.startYear() + 1, Month.MAY, 12);
        if (!to.isBefore(closingFrom.plusDays(16))) {
            events.add(event(index, numbered + events.size(), weekdayBetween(closingFrom, closingFrom.plusDays(16)),
                    EventForm.SEMINAR, "Итоговый семинар «Результаты работы ОСМП за " + y + " учебный год»",
                    "Об итогах мониторинга результатов деятельности ОСМП и перспективах её развития", team));
        }
        return events;
    }

    /** A methodical event: its protocol signed by the leader and the co-leader of that day, стажёры as guests. */
    private Meeting event(int index, int number, LocalDate date, EventForm form, String title, String question, Team team) {
        Optional<WorkerId> leader = team.holderOn(CommunityRole.LEADER, date);
        Optional<WorkerId> coLeader = team.holderOn(CommunityRole.CO_LEADER, date);
        List<AgendaItem> agenda = List.of(AgendaItem.of(question,
                chance(0.02) ? List.of() : List.of(pick(DECISIONS)), List.of(pick(RECOMMENDATIONS))));
        Optional<Protocol> protocol = Optional.empty();
        if (!chance(0.07)) {
            List<Signature> signatures = new ArrayList<>();
            leader.ifPresent(w -> signatures.add(new Signature(w, CommunityRole.LEADER)));
            boolean coSigned = !chance(0.05);
            coLeader.filter(w -> coSigned).ifPresent(w -> signatures.add(new Signature(w, CommunityRole.CO_LEADER)));
            protocol = Optional.of(new Protocol(String.valueOf(number + 1), date.plusDays(random.nextInt(3)), signatures));
        }
        List<WorkerId> attendees = new ArrayList<>();
        leader.ifPresent(attendees::add);
        coLeader.ifPresent(attendees::add);
        List<WorkerId> members = team.members();
        attendees.addAll(members.subList(0, 3 + random.nextInt(members.size() - 2)));
        return new Meeting(MeetingId.of("m-" + index + "-" + number), date, form, title, agenda, protocol,
                Optional.of(new RegistrationSheet(Set.copyOf(attendees), 6 + random.nextInt(25))),
                form.equals(EventForm.OPEN_LESSON) ? Optional.of("Технологическая карта открытого занятия") : Optional.empty());
    }

    /** The site's teachers in a contest run by others: no agenda and no protocol of the site, only who took part. */
    private Meeting contest(int index, int number, LocalDate date, String title, Team team) {
        List<WorkerId> members = team.members();
        int from = random.nextInt(members.size() - 1);
        return new Meeting(MeetingId.of("m-" + index + "-" + number), date, EventForm.CONTEST,
                "Участие педагогов ОСМП: " + title, List.of(), Optional.empty(),
                Optional.of(new RegistrationSheet(Set.copyOf(members.subList(from, from + 1 + random.nextInt(2))), 0)),
                Optional.empty());
    }

    /**
     * The leader: mostly a deputy head or the head of the host, or one of its teachers with the высшая category
     * (now and then also педагог-методист); now and then a teacher with only the первая, one whose высшая, granted
     * under the old five-year rule, lapses before the date judged, or a deputy head of a partner.
     */
    private PedagogicalWorker leader(WorkerId id, Host host, List<Host> partners) {
        double kind = random.nextDouble();
        LocalDate since = LocalDate.of(1990 + random.nextInt(22), Month.SEPTEMBER, 1);
        if (kind < 0.40) {
            return worker(id, host.type().deputy, host.id(), Set.of(AdministrativeRole.DEPUTY_HEAD), since,
                    CategoryGrant.of(chance(0.5) ? QualificationCategory.FIRST : QualificationCategory.HIGHEST,
                            between(LocalDate.of(2021, 1, 15), LocalDate.of(2023, 5, 30))));
        }
        if (kind < 0.50) {
            return worker(id, host.type().head, host.id(), Set.of(AdministrativeRole.HEAD_OF_ORGANISATION), since);
        }
        Position position = pick(host.type().teachers);
        if (kind < 0.955) {
            CategoryGrant highest = CategoryGrant.of(QualificationCategory.HIGHEST,
                    between(LocalDate.of(2021, 2, 1), LocalDate.of(2023, 5, 31)));
            return chance(0.2)
                    ? worker(id, position, host.id(), Set.of(), since, highest, CategoryGrant.of(
                    QualificationCategory.METHODIST, between(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 6, 15))))
                    : worker(id, position, host.id(), Set.of(), since, highest);
        }
        if (kind < 0.975) {
            return worker(id, position, host.id(), Set.of(), since, CategoryGrant.of(QualificationCategory.FIRST,
                    between(LocalDate.of(2021, 1, 15), LocalDate.of(2023, 5, 30))));
        }
        if (kind < 0.99) {
            return worker(id, position, host.id(), Set.of(), since, CategoryGrant.of(QualificationCategory.HIGHEST,
                    between(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 8, 31))));
        }
        Host partner = pick(partners);
        return worker(id, partner.type().deputy, partner.id(), Set.of(AdministrativeRole.DEPUTY_HEAD), since);
    }

    /** The co-leader: a methodist of the ИМЦ; now and then the host's own methodist or deputy head instead. */
    private PedagogicalWorker coLeader(WorkerId id, Host host) {
        double kind = random.nextDouble();
        LocalDate since = LocalDate.of(1992 + random.nextInt(20), Month.SEPTEMBER, 1);
        CategoryGrant category = CategoryGrant.of(QualificationCategory.HIGHEST, between(LocalDate.of(2021, 1, 15),
                LocalDate.of(2024, 4, 30)));
        if (kind < 0.96) {
            return worker(id, Position.METHODIST, CENTRE, Set.of(), since, category);
        }
        if (kind < 0.98) {
            return worker(id, Position.METHODIST, host.id(), Set.of(), since, category);
        }
        return worker(id, host.type().deputy, host.id(), Set.of(AdministrativeRole.DEPUTY_HEAD), since, category);
    }

    private PedagogicalWorker member(WorkerId id, Host employer) {
        double kind = random.nextDouble();
        CategoryGrant[] grants = kind < 0.5 ? new CategoryGrant[] {CategoryGrant.of(QualificationCategory.FIRST,
                between(LocalDate.of(2020, 9, 1), LocalDate.of(2025, 4, 30)))}
                : kind < 0.75 ? new CategoryGrant[] {CategoryGrant.of(QualificationCategory.HIGHEST,
                between(LocalDate.of(2020, 9, 1), LocalDate.of(2025, 4, 30)))}
                : new CategoryGrant[0];
        return worker(id, pick(employer.type().teachers), employer.id(), Set.of(),
                LocalDate.of(1995 + random.nextInt(28), Month.SEPTEMBER, 1), grants);
    }

    private PedagogicalWorker worker(WorkerId id, Position position, OrganisationId employer,
                                     Set<AdministrativeRole> roles, LocalDate workingSince, CategoryGrant... grants) {
        return new PedagogicalWorker(id, position, employer, roles, new Qualifications(List.of(grants)),
                SpecialtyExperience.since(workingSince), PersonalData.named(inventedName()));
    }

    /** An invented full name: random surname, name and patronymic, women being most of the profession. */
    private String inventedName() {
        boolean woman = chance(0.85);
        String surname = pick(SURNAMES);
        List<String> patronymic = pick(PATRONYMICS);
        return woman ? surname + " " + pick(WOMEN) + " " + patronymic.get(0)
                : surname.substring(0, surname.length() - 1) + " " + pick(MEN) + " " + patronymic.get(1);
    }
}
