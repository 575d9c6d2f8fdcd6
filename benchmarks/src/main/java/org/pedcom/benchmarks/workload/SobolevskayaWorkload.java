package org.pedcom.benchmarks.workload;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
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
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;

/**
 * Realistic, seeded community-years of a ПС (ПОС) of МОКУ «Соболевская средняя школа» under {@code sobolevskaya-ps},
 * shaped like the profile's own fixture ({@code SobolevskayaCommunityYear}): created by the director's order with its
 * composition, five to eleven members, a teacher of the group as leader and the deputy director for УВР as supervisor,
 * a work plan itemised by tasks, a schedule of sessions, a session with agenda, protocol and registration in every
 * teaching month, other events of 2.2 абз. 6 (lesson visits, seminars, trainings, master classes, events with pupils),
 * 10–40 events in all, the regulation kept and a report for the final pedagogical council.
 *
 * <p>Most communities start on 1 September 2024; some have worked since 1 September 2023 (their record carries both
 * school years), some start in the autumn of 2024 (their first school year owes no plan, schedule or composition
 * order). Most records comply; each part breaks with a small, independent probability, as it does in a real school:
 * a ПС set up by the pedagogical council instead of the director, a psychologist or an outsider leading it, a leader
 * who left without a successor, a methodist or the director instead of the deputy, a month without a session, a
 * composition order late, missing or not renewed, a plan approved in October, the schedule or the regulation missing
 * from the folder, a report left for the August council. Each record is a community of its own (its own staff), so a
 * batch is a population, not one school's year. The same seed gives the same records.
 */
public final class SobolevskayaWorkload extends Generator {

    public static final String PROFILE_ID = "sobolevskaya-ps";

    /**
     * 1 July 2025, the day after the last yearly deadline of 2024/2025 under this profile: the report for the final
     * pedagogical council (due 30 June). By then every teaching month September–May that 3.1 counts by default is
     * over and the documentation of the year (composition order, plan, schedule, due 30 September 2024) long due, so
     * the whole year is judged, while the 2025/2026 composition order, plan and schedule (due 30 September 2025), the
     * September 2025 session and the 2025/2026 report are obligations. A date after 30 September 2025, as Rybnovsky's
     * 20 September is after its 15 September, would judge 2025/2026 items the generated years do not reach.
     */
    public static final LocalDate JUDGED_ON = LocalDate.of(2025, Month.JULY, 1);

    static final OrganisationId SCHOOL = OrganisationId.of("sobolevskaya-sosh");
    private static final Territory KAMCHATKA = Territory.of("Камчатский край", "Соболевский муниципальный район");
    private static final SchoolYear JUDGED_YEAR = SchoolYear.of(2024);
    private static final LocalDate REGULATION_DATE = LocalDate.of(2023, Month.JANUARY, 19);
    /** The last school day of 2024/2025 on which an event is generated: nothing may postdate the judgement. */
    private static final LocalDate LAST_EVENT_DAY = LocalDate.of(2025, Month.JUNE, 27);

    /** The months 3.1 counts by default, in school-year order; September opens the year with the plan. */
    private static final List<Month> TEACHING_MONTHS = List.of(Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER,
            Month.DECEMBER, Month.JANUARY, Month.FEBRUARY, Month.MARCH, Month.APRIL, Month.MAY);

    /** What a ПС works on: its direction, the strategy its teachers master and the product they present. */
    private record Direction(String name, String strategy, String product) {
    }

    private static final List<Direction> DIRECTIONS = List.of(
            new Direction("Функциональная грамотность", "задания на формирование функциональной грамотности",
                    "банк практико-ориентированных заданий для 5–9 классов"),
            new Direction("Смысловое чтение", "приёмы смыслового чтения на уроках всех предметов",
                    "памятка «Приёмы смыслового чтения»"),
            new Direction("Формирующее оценивание", "техники формирующего оценивания",
                    "сборник критериев оценивания и листов самооценки"),
            new Direction("Проектная деятельность обучающихся", "метод проектов в основной школе",
                    "каталог тем индивидуальных проектов"),
            new Direction("Наставничество", "сопровождение молодых учителей",
                    "индивидуальные планы профессионального развития"),
            new Direction("Обновлённые ФГОС", "проектирование уроков по обновлённым ФГОС ООО и СОО",
                    "технологические карты уроков"),
            new Direction("Разноуровневое обучение", "дифференциация заданий по уровням сложности",
                    "банк разноуровневых заданий"),
            new Direction("Цифровая образовательная среда", "цифровые образовательные ресурсы на уроке",
                    "каталог цифровых ресурсов по предметам"));

    /** «в любой форме» (2.1): the form names the community and its creation order. */
    private record Shape(CommunityForm form, String name, String genitive) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(CommunityForm.LEARNING_GROUP, "ПОС учителей", "профессионального обучающегося сообщества учителей"),
            new Shape(CommunityForm.CREATIVE_GROUP, "Творческая группа учителей", "творческой группы учителей"),
            new Shape(CommunityForm.CLUB, "Клуб учителей", "клуба учителей"));

    /**
     * One topic per teaching month, following the steps of 2.2: diagnosis, strategies, deficits, practice, results;
     * {@code %1$s} is the direction, {@code %2$s} the strategy.
     */
    private static final List<String> SESSION_TOPICS = List.of(
            "Организационное заседание: цель ПОС, план работы и график заседаний на учебный год",
            "Анализ результатов стартовой диагностики обучающихся по направлению «%1$s»",
            "Выявление профессиональных дефицитов участников ПОС: %2$s",
            "Итоги взаимопосещения уроков: %2$s",
            "Обмен опытом участников ПОС по направлению «%1$s»",
            "Экспертиза методических разработок участников ПОС: %2$s",
            "Подготовка мастер-классов и внеклассных мероприятий с обучающимися",
            "Промежуточные результаты: ожидаемый «прирост» в профессиональном развитии участников",
            "Итоги работы ПОС за учебный год, подготовка отчёта к итоговому педагогическому совету");

    private static final List<String> FURTHER_QUESTIONS = List.of(
            "О графике взаимопосещения уроков на следующий месяц",
            "О курсах повышения квалификации по направлению ПОС",
            "О подготовке участников к школьному методическому дню",
            "Разное: информация заместителя директора по УВР");

    /** The other forms of 2.2 абз. 6, each with how a school names such an event (placeholders as for sessions). */
    private static final List<EventForm> OTHER_FORMS = List.of(EventForm.LESSON_VISITS, EventForm.SEMINAR,
            EventForm.TRAINING, EventForm.MASTER_CLASS, EventForm.OPEN_EVENT, EventForm.OPEN_LESSON, EventForm.WORKSHOP,
            EventForm.CONSULTATION);
    private static final List<String> OTHER_TOPICS = List.of(
            "Взаимопосещение уроков участниками ПОС по направлению «%1$s»",
            "Семинар-практикум «%2$s»",
            "Тренинг для участников ПОС: %2$s",
            "Мастер-класс участника ПОС: %2$s",
            "Внеклассное мероприятие с обучающимися по направлению «%1$s»",
            "Открытый урок: %2$s",
            "Совместное проектирование: %2$s",
            "Консультация для участников ПОС: %2$s");

    // Invented names: surnames and patronymics as stems, so that each combines into a female or a male form.
    private static final List<String> SURNAMES = List.of("Андреев", "Белоусов", "Воронцов", "Голубев", "Денисов",
            "Ермаков", "Жуков", "Зайцев", "Исаев", "Карпов", "Лебедев", "Миронов", "Никитин", "Орлов", "Панфилов",
            "Рябинин", "Соколов", "Тарасов", "Устинов", "Фролов", "Хромов", "Цветков", "Чернов", "Шарапов", "Юдин",
            "Яковлев");
    private static final List<String> FEMALE_NAMES = List.of("Анна", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина",
            "Светлана", "Марина", "Юлия", "Екатерина", "Мария", "Людмила", "Галина", "Оксана", "Надежда", "Дарья",
            "Алёна", "Виктория", "Ксения", "Валентина");
    private static final List<String> MALE_NAMES = List.of("Алексей", "Сергей", "Андрей", "Дмитрий", "Владимир",
            "Игорь", "Николай", "Павел", "Евгений", "Максим");
    private static final List<String> PATRONYMICS = List.of("Александров", "Викторов", "Сергеев", "Николаев",
            "Владимиров", "Петров", "Иванов", "Юрьев", "Михайлов", "Анатольев", "Геннадьев", "Олегов", "Васильев");

    /** The school's order numbers: one register for the whole batch, so no two acts share a number. */
    private int orders;
    /** The events of the record being generated, numbered for their ids. */
    private int events;

    private SobolevskayaWorkload(long seed) {
        super(new SplittableRandom(seed));
    }

    /** {@code count} community-years from {@code seed}, each with 10–40 events and 5–11 members, judged on {@link #JUDGED_ON}. */
    public static List<CommunityRecord> communityYears(long seed, int count) {
        SobolevskayaWorkload w = new SobolevskayaWorkload(seed);
        return batch(count, i -> w.communityYear(i));
    }


    private static LocalDate weekdayOnOrBefore(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.minusDays(2);
            default -> date;
        };
    }

    private static LocalDate weekdayOnOrAfter(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    private Act order(LocalDate date, String title) {
        return Act.order(++orders + "-од", date, Body.headOf(SCHOOL), title);
    }

    /** Who belongs and who leads, as the generator decided them: read back for attendance and signatures. */
    private record Staff(List<Membership> memberships, List<Appointment> leaders, WorkerId supervisor) {

        List<WorkerId> membersOn(LocalDate date) {
            return memberships.stream().filter(m -> m.isActiveOn(date)).map(Membership::worker).toList();
        }

        Optional<WorkerId> leaderOn(LocalDate date) {
            return leaders.stream().filter(a -> a.isActiveOn(date)).map(Appointment::worker).findFirst();
        }
    }

    private CommunityRecord communityYear(int index) {
        events = 0;
        Direction direction = pick(DIRECTIONS);
        Shape shape = pick(SHAPES);
        // When it was created: mostly for 2024/2025, sometimes a year earlier, sometimes after the autumn diagnosis.
        double life = random.nextDouble();
        LocalDate created = life < 0.75 ? LocalDate.of(2024, Month.SEPTEMBER, 1)
                : life < 0.88 ? LocalDate.of(2023, Month.SEPTEMBER, 1)
                : weekdayOnOrAfter(between(LocalDate.of(2024, Month.OCTOBER, 1), LocalDate.of(2024, Month.DECEMBER, 12)));
        boolean fromSeptember = created.getMonth() == Month.SEPTEMBER;
        // A ПС starting with the school year is set up at the end of August, after the August pedagogical council.
        LocalDate setUpOn = fromSeptember ? weekdayOnOrBefore(between(created.minusDays(6), created.minusDays(2))) : created;
        String genitive = shape.genitive() + " «" + direction.name() + "»";

        double c = random.nextDouble();
        // Rarely the ПС works on a council's decision, the way other school bodies are set up, or on no act at all.
        Optional<Act> creation = c < 0.012 ? Optional.empty()
                : c < 0.03 ? Optional.of(Act.decision("1", setUpOn, Body.of(BodyKind.PEDAGOGICAL_COUNCIL, SCHOOL),
                "О создании " + genitive))
                : Optional.of(order(setUpOn, "О создании " + genitive + ", назначении руководителя и утверждении состава"));
        Community community = new Community(CommunityId.of("sobolevskaya-pos-" + index), CommunityKind.PS,
                shape.name() + " «" + direction.name() + "»", SCHOOL, created, creation, Optional.of(shape.form()),
                List.of(direction.name()), Optional.empty());
        CommunityRecord.Builder record = CommunityRecord.builder(community)
                .terms(TermCalendar.standard())
                .organisation(Organisation.of(SCHOOL.value(), "МОКУ «Соболевская средняя школа»", OrganisationKind.EDUCATIONAL,
                        KAMCHATKA, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL));

        Staff staff = people(index, record, created, setUpOn, creation);
        SchoolYear firstYear = SchoolYear.containing(created);
        List<Meeting> meetings = new ArrayList<>();
        for (SchoolYear y = firstYear; y.compareTo(JUDGED_YEAR) <= 0; y = y.next()) {
            LocalDate start = y.start().isBefore(created) ? created : y.start();
            List<Meeting> ofYear = sessions(index, y, start, direction, staff);
            meetings.addAll(ofYear);
            documentation(record, y, y.equals(firstYear), creation, setUpOn, start, ofYear, direction, staff);
            // the folder of protocols is kept whatever else is missing
            record.document(new Document(DocumentKind.PROTOCOL, "Протоколы заседаний ПОС за " + y + " учебный год",
                    ofYear.get(ofYear.size() - 1).date(), DocumentForm.PAPER, Optional.of(SCHOOL), Optional.of(y)));
        }
        int least = Math.max(10, meetings.size());
        int total = least + random.nextInt(41 - least);
        while (meetings.size() < total) {
            meetings.add(otherEvent(index, schoolDayBetween(created, LAST_EVENT_DAY), direction, staff));
        }
        meetings.forEach(record::meeting);

        // now and then the folder lacks the regulation itself (Прил. 1 п. 2)
        if (chance(0.97)) {
            record.document(new Document(DocumentKind.REGULATION, "Положение о профессиональном сообществе учителей",
                    REGULATION_DATE, DocumentForm.PAPER, Optional.of(SCHOOL), Optional.empty()));
        }
        creation.filter(a -> a.issuer().kind() == BodyKind.HEAD).ifPresent(a -> record.document(new Document(
                DocumentKind.CREATION_ORDER, a.citation() + " «" + a.title() + "»", a.date(), DocumentForm.PAPER,
                Optional.of(SCHOOL), Optional.of(firstYear))));
        return record.build();
    }

    /** Workers, memberships and the two roles 2.1 and 2.4 fill; each may go wrong the way it does in a school. */
    private Staff people(int index, CommunityRecord.Builder record, LocalDate created, LocalDate setUpOn,
                         Optional<Act> creation) {
        int size = 5 + random.nextInt(7);
        List<WorkerId> members = new ArrayList<>(size);
        for (int w = 1; w <= size; w++) {
            members.add(WorkerId.of("w-" + index + "-" + w));
        }
        WorkerId leader = members.get(0);
        // What happens to the leadership: mostly nothing; the bands below are the ways 2.1 абз. 2 is broken.
        double l = random.nextDouble();
        boolean notATeacher = l < 0.02;
        boolean handOver = l >= 0.02 && l < 0.08;
        boolean leaderQuits = l >= 0.08 && l < 0.09;
        boolean outsider = l >= 0.09 && l < 0.105;
        boolean appointedLate = l >= 0.105 && l < 0.125;
        // a psychologist or speech therapist leading a teachers' ПС: 2.1 asks for an «учитель»
        record.worker(worker(leader, notATeacher ? pick(List.of(Position.PSYCHOLOGIST, Position.SPEECH_THERAPIST,
                Position.SOCIAL_PEDAGOGUE)) : Position.TEACHER, Set.of()));
        for (int w = 1; w < size; w++) {
            // the successor of a hand-over (member 1) is a teacher; others may be any specialist of the school
            record.worker(worker(members.get(w), w > 1 && chance(0.08)
                    ? pick(List.of(Position.PSYCHOLOGIST, Position.SPEECH_THERAPIST)) : Position.TEACHER, Set.of()));
        }

        // Dates within the judged year, never before a ПС created in the autumn exists.
        LocalDate afterStart = created.plusDays(30);
        LocalDate november = LocalDate.of(2024, Month.NOVEMBER, 1);
        LocalDate fromNovember = afterStart.isAfter(november) ? afterStart : november;
        LocalDate handOverOn = weekdayOnOrBefore(between(fromNovember, LocalDate.of(2025, Month.APRIL, 30)));
        List<Membership> memberships = new ArrayList<>();
        // the leader leaves the school on a hand-over, or leaves the group but keeps the role
        memberships.add(new Membership(leader, created, handOver ? Optional.of(handOverOn) : leaderQuits
                ? Optional.of(between(LocalDate.of(2025, Month.FEBRUARY, 1), LocalDate.of(2025, Month.MAY, 31)))
                : Optional.empty(), MembershipBasis.ORDER));
        boolean twoYears = created.isBefore(JUDGED_YEAR.start());
        boolean omitted = !created.isAfter(JUDGED_YEAR.start()) && chance(0.02);
        LocalDate october = LocalDate.of(2024, Month.OCTOBER, 14);
        for (int w = 1; w < size; w++) {
            WorkerId id = members.get(w);
            double m = w == 1 && handOver ? 1.0 : random.nextDouble();
            if (w == size - 1 && omitted) {
                // arrived in September after the order was signed; nobody amended the order before 30 September
                memberships.add(Membership.since(id, between(LocalDate.of(2024, Month.SEPTEMBER, 9),
                        LocalDate.of(2024, Month.SEPTEMBER, 25)), MembershipBasis.APPLICATION));
            } else if (twoYears && m < 0.2) {
                // a teacher new to the school joins with the second year, and must be named in its order
                memberships.add(Membership.since(id, JUDGED_YEAR.start(), MembershipBasis.ORDER));
            } else if (m >= 0.2 && m < 0.28) {
                // joined later in the year on her own application: the order of 30 September did not owe her name
                LocalDate from = afterStart.isAfter(october) ? afterStart : october;
                memberships.add(Membership.since(id, weekdayOnOrAfter(between(from, LocalDate.of(2025, Month.MARCH, 3))),
                        MembershipBasis.APPLICATION));
            } else if (m >= 0.28 && m < 0.32) {
                // moved to another school during the year
                memberships.add(new Membership(id, created, Optional.of(between(fromNovember,
                        LocalDate.of(2025, Month.MAY, 31))), MembershipBasis.ORDER));
            } else {
                memberships.add(Membership.since(id, created, MembershipBasis.ORDER));
            }
        }
        memberships.forEach(record::membership);

        // The act the leader is appointed by: the creation order, unless the group chose its leader without one or
        // the methodical council did; a ПС without a creation order still has its leader appointed by the director.
        double a = random.nextDouble();
        Optional<Act> creationOrder = creation.filter(act -> act.issuer().kind() == BodyKind.HEAD);
        Optional<Act> leaderAct = creation.isEmpty() ? Optional.of(order(setUpOn, "О назначении руководителя "
                + "профессионального сообщества учителей"))
                : a < 0.06 ? Optional.empty()
                : a < 0.10 ? Optional.of(Act.decision("1", setUpOn, Body.of(BodyKind.METHODICAL_COUNCIL, SCHOOL),
                "О руководителях профессиональных сообществ учителей"))
                : creationOrder.isPresent() ? creationOrder
                : Optional.of(order(setUpOn, "О назначении руководителя профессионального сообщества учителей"));
        WorkerId leading = leader;
        if (outsider) {
            // the head of another МО leads it, never included in the group
            leading = WorkerId.of("w-" + index + "-" + (size + 1));
            record.worker(worker(leading, Position.TEACHER, Set.of(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION)));
        }
        List<Appointment> leaders = new ArrayList<>();
        if (appointedLate) {
            // the leader was chosen at the first session and appointed by an order after it: the ПС began leaderless
            LocalDate from = weekdayOnOrAfter(created.plusDays(8 + random.nextInt(14)));
            leaders.add(Appointment.byAct(leading, CommunityRole.LEADER, order(from, "О назначении руководителя "
                    + "профессионального сообщества учителей")));
        } else if (handOver) {
            leaders.add(new Appointment(leading, CommunityRole.LEADER, created, Optional.of(handOverOn), leaderAct));
            // a successor from the group: by an order of the leader's last day, from the next, or by an order only
            // after weeks without a leader
            String title = "О смене руководителя профессионального сообщества учителей";
            leaders.add(chance(0.5)
                    ? new Appointment(members.get(1), CommunityRole.LEADER, handOverOn.plusDays(1), Optional.empty(),
                    Optional.of(order(handOverOn, title)))
                    : Appointment.byAct(members.get(1), CommunityRole.LEADER,
                    order(weekdayOnOrAfter(handOverOn.plusDays(7 + random.nextInt(40))), title)));
        } else {
            leaders.add(new Appointment(leading, CommunityRole.LEADER, created, Optional.empty(), leaderAct));
        }
        leaders.forEach(record::appointment);

        // 2.4: the deputy director for УВР; sometimes the methodist or the director, sometimes nobody at all or
        // nobody after the deputy left for another school.
        WorkerId supervisor = WorkerId.of("w-" + index + "-0");
        double s = random.nextDouble();
        record.worker(s < 0.015 ? worker(supervisor, Position.METHODIST, Set.of())
                : s < 0.025 ? worker(supervisor, Position.HEAD, Set.of(AdministrativeRole.HEAD_OF_ORGANISATION))
                : worker(supervisor, Position.DEPUTY_HEAD, Set.of(AdministrativeRole.DEPUTY_HEAD)));
        boolean nobody = s >= 0.025 && s < 0.04;
        if (!nobody) {
            Optional<LocalDate> until = s >= 0.04 && s < 0.05 ? Optional.of(between(LocalDate.of(2025, Month.JANUARY, 10),
                    LocalDate.of(2025, Month.APRIL, 30))) : Optional.empty();
            record.appointment(new Appointment(supervisor, CommunityRole.SUPERVISOR, created, until, creationOrder));
        }
        return new Staff(memberships, leaders, supervisor);
    }

    /**
     * Прил. 1 for one school year: the composition order (the creation act in the first year), the plan, the schedule
     * of sessions and the report, each on time unless it breaks.
     */
    private void documentation(CommunityRecord.Builder record, SchoolYear y, boolean firstYear, Optional<Act> creation,
                               LocalDate setUpOn, LocalDate start, List<Meeting> held, Direction direction, Staff staff) {
        LocalDate due = y.dateOf(MonthDay.of(Month.SEPTEMBER, 30));
        String ofYear = " на " + y + " учебный год";
        // a ПС created in the autumn names its founders; the others, whoever is in the group on 30 September
        boolean owed = !start.isAfter(due);
        Set<WorkerId> named = new LinkedHashSet<>(staff.membersOn(owed ? due : start));
        // a member who came in September after the order: the order names only who was there when it was signed
        named.removeIf(w -> staff.memberships().stream().anyMatch(m -> m.worker().equals(w)
                && m.joinedOn().isAfter(setUpOn) && m.joinedOn().isAfter(y.start()) && m.basis() == MembershipBasis.APPLICATION
                && m.joinedOn().isBefore(due)));
        double c = random.nextDouble();
        if (firstYear) {
            if (creation.isPresent() && c >= 0.02) {
                // now and then the creation order named nobody: the composition followed in October, or never
                boolean late = c < 0.04 && owed;
                Act act = late ? order(weekdayOnOrAfter(between(due.plusDays(3), due.plusDays(25))),
                        "Об утверждении состава профессионального сообщества учителей" + ofYear) : creation.get();
                record.compositionOrder(new CompositionOrder(y, act, named, List.of(direction.name())));
            }
        } else if (c >= 0.12) {
            // a continuing ПС needs a new order each year; it is forgotten more often than any other paper
            LocalDate on = c < 0.15 ? weekdayOnOrAfter(between(due.plusDays(1), due.plusDays(30)))
                    : weekdayOnOrBefore(between(y.start().minusDays(6), y.start().plusDays(12)));
            record.compositionOrder(new CompositionOrder(y, order(on, "О составе профессионального сообщества учителей"
                    + ofYear), named, List.of(direction.name())));
        }

        // The plan: drafted by the leader, reviewed at the organisational session, approved by the director or not.
        LocalDate drafted = weekdayOnOrAfter(start.plusDays(1 + random.nextInt(3)));
        Meeting organisational = held.get(0);
        WorkerId author = staff.leaderOn(drafted).orElse(staff.supervisor());
        // only a continuing ПС loses a plan, that of its first year: the judged year's plan is in every record
        if (y.equals(JUDGED_YEAR) || !chance(0.1)) {
            List<PlanStep> steps = new ArrayList<>();
            steps.add(new PlanStep.Drafted(drafted));
            if (!organisational.date().isBefore(drafted)) {
                steps.add(new PlanStep.Reviewed(organisational.date(), organisational.id()));
            }
            double p = random.nextDouble();
            if (p < 0.035 && owed) {
                steps.add(new PlanStep.Approved(order(weekdayOnOrAfter(between(due.plusDays(2), due.plusDays(25))),
                        "Об утверждении планов работы профессиональных сообществ учителей" + ofYear)));
            } else if (p < 0.7) {
                LocalDate approved = weekdayOnOrBefore(between(organisational.date().plusDays(1), organisational.date().plusDays(7)));
                steps.add(new PlanStep.Approved(order(approved.isBefore(drafted) ? drafted : approved,
                        "Об утверждении планов работы профессиональных сообществ учителей" + ofYear)));
            }
            record.plan(new Plan(y, PlanKind.WORK, Optional.of(author), planItems(direction, chance(0.05)), steps, List.of()));
        }

        double g = random.nextDouble();
        if (g >= 0.03) {
            // late: drawn up only when the October check found the folder without it
            LocalDate on = g < 0.05 && owed ? weekdayOnOrAfter(between(due.plusDays(2), due.plusDays(25))) : drafted;
            record.document(new Document(DocumentKind.MEETING_SCHEDULE, "График проведения плановых заседаний ПОС" + ofYear,
                    on, DocumentForm.PAPER, Optional.of(SCHOOL), Optional.of(y)));
        }

        LocalDate finalCouncil = weekdayOnOrBefore(between(LocalDate.of(y.startYear() + 1, Month.MAY, 26),
                LocalDate.of(y.startYear() + 1, Month.JUNE, 27)));
        double r = random.nextDouble();
        if (r < 0.05 && y.equals(JUDGED_YEAR)) {
            // left for the August council: on the day of judgement the report of 2024/2025 does not exist yet
            return;
        }
        LocalDate compiled = r < 0.05 ? weekdayOnOrBefore(LocalDate.of(y.startYear() + 1, Month.AUGUST, 29)) : finalCouncil;
        record.report(new AnnualReport(y, compiled, DocumentForm.PAPER, Map.of(
                "sessions-held", BigDecimal.valueOf(held.stream().filter(m -> m.form().equals(EventForm.SESSION)).count()),
                "members", BigDecimal.valueOf(staff.membersOn(compiled).size())), Optional.empty()));
    }

    /**
     * A session in every teaching month the ПС exists in, the first one organisational, sometimes a final one in June;
     * now and then a month is lost (epidemic quarantine, the holidays) or its session held as another form of work.
     */
    private List<Meeting> sessions(int index, SchoolYear y, LocalDate start, Direction direction, Staff staff) {
        Optional<Month> lost = chance(0.1) ? Optional.of(pick(TEACHING_MONTHS.subList(1, TEACHING_MONTHS.size())))
                : Optional.empty();
        boolean heldAsAnotherForm = chance(0.4);
        List<Meeting> sessions = new ArrayList<>();
        int protocol = 0;
        for (int i = 0; i < TEACHING_MONTHS.size(); i++) {
            Month month = TEACHING_MONTHS.get(i);
            YearMonth ym = YearMonth.of(month.compareTo(Month.SEPTEMBER) >= 0 ? y.startYear() : y.startYear() + 1, month);
            LocalDate from = ym.atDay(1).isBefore(start) ? start.plusDays(3)
                    : ym.atDay(month == Month.JANUARY ? 13 : month == Month.SEPTEMBER ? 9 : 5);
            LocalDate to = month == Month.SEPTEMBER ? ym.atDay(20) : ym.atEndOfMonth().minusDays(5);
            if (from.isAfter(to)) {
                continue;
            }
            LocalDate date = weekdayOnOrAfter(between(from, to));
            if (lost.isPresent() && lost.get() == month && !sessions.isEmpty()) {
                if (heldAsAnotherForm) {
                    sessions.add(otherEvent(index, date, direction, staff));
                }
                continue;
            }
            String topic = sessions.isEmpty() ? SESSION_TOPICS.get(0) : SESSION_TOPICS.get(i).formatted(direction.name(), direction.strategy());
            sessions.add(session(index, date, ++protocol, topic, sessions.isEmpty(), y, staff));
        }
        if (chance(0.3)) {
            LocalDate june = weekdayOnOrBefore(between(LocalDate.of(y.startYear() + 1, Month.JUNE, 2),
                    LocalDate.of(y.startYear() + 1, Month.JUNE, 20)));
            sessions.add(session(index, june, ++protocol, "Итоговое заседание: представление продуктов участников ПОС — "
                    + direction.product(), false, y, staff));
        }
        return sessions;
    }

    private Meeting session(int index, LocalDate date, int number, String topic, boolean organisational, SchoolYear y,
                            Staff staff) {
        List<AgendaItem> agenda = new ArrayList<>();
        agenda.add(organisational
                ? AgendaItem.of(topic, List.of("Одобрить план работы ПОС и график заседаний на " + y + " учебный год",
                        "Представить план на утверждение директору"), List.of())
                : AgendaItem.of(topic, List.of("Принять к сведению информацию руководителя ПОС"),
                        List.of("Апробировать обсуждённые приёмы на уроках до следующего заседания")));
        // This profile judges no protocol (Прил. 1 lists none), yet real ones now and then lack a decision, a signature
        // or the protocol itself: kept, because they must not change the verdict.
        int further = random.nextInt(3);
        for (int q = 0; q < further; q++) {
            agenda.add(chance(0.01) ? AgendaItem.of(FURTHER_QUESTIONS.get(q), List.of(), List.of())
                    : AgendaItem.of(FURTHER_QUESTIONS.get(q), List.of("Принять к сведению"), List.of()));
        }
        Optional<WorkerId> chair = staff.leaderOn(date);
        Optional<Protocol> protocol = Optional.empty();
        if (!chance(0.01)) {
            List<Signature> signatures = chance(0.01) ? List.of()
                    : List.of(chair.map(w -> new Signature(w, CommunityRole.LEADER))
                    .orElseGet(() -> new Signature(staff.supervisor(), CommunityRole.SUPERVISOR)));
            protocol = Optional.of(new Protocol(String.valueOf(number), date.plusDays(random.nextInt(3)), signatures));
        }
        return new Meeting(MeetingId.of("pos-" + index + "-" + ++events), date, EventForm.SESSION, topic, agenda, protocol,
                Optional.of(attendance(date, staff, 0)), Optional.empty());
    }

    private Meeting otherEvent(int index, LocalDate date, Direction direction, Staff staff) {
        int kind = random.nextInt(OTHER_FORMS.size());
        EventForm form = OTHER_FORMS.get(kind);
        boolean withPupils = form.equals(EventForm.OPEN_EVENT);
        return new Meeting(MeetingId.of("pos-" + index + "-" + ++events), date, form,
                OTHER_TOPICS.get(kind).formatted(direction.name(), direction.strategy()), List.of(), Optional.empty(),
                Optional.of(attendance(date, staff, withPupils ? 0 : random.nextInt(3))),
                withPupils ? Optional.of("Сценарий внеклассного мероприятия «" + direction.name() + "» для 6–8 классов")
                        : Optional.empty());
    }

    /** The members of the day, each missing now and then (lessons, illness); whoever chairs is there. */
    private RegistrationSheet attendance(LocalDate date, Staff staff, int guests) {
        Set<WorkerId> present = new LinkedHashSet<>();
        staff.leaderOn(date).ifPresent(present::add);
        for (WorkerId w : staff.membersOn(date)) {
            if (!chance(0.12)) {
                present.add(w);
            }
        }
        return new RegistrationSheet(present, guests);
    }

    /** A weekday of the teaching year between the two dates: no summer, no New Year holidays. */
    private LocalDate schoolDayBetween(LocalDate from, LocalDate to) {
        while (true) {
            LocalDate d = between(from, to);
            boolean summer = d.getMonth() == Month.JULY || d.getMonth() == Month.AUGUST;
            boolean newYear = d.getMonth() == Month.JANUARY && d.getDayOfMonth() <= 8;
            if (!summer && !newYear && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return d;
            }
        }
    }

    private PedagogicalWorker worker(WorkerId id, Position position, Set<AdministrativeRole> roles) {
        boolean female = !chance(0.15);
        String surname = pick(SURNAMES);
        String name = surname + (female ? "а " + pick(FEMALE_NAMES) + " " + pick(PATRONYMICS) + "на"
                : " " + pick(MALE_NAMES) + " " + pick(PATRONYMICS) + "ич");
        double q = random.nextDouble();
        Qualifications qualifications = q < 0.3 ? Qualifications.none()
                : Qualifications.of(CategoryGrant.of(q < 0.7 ? QualificationCategory.FIRST : QualificationCategory.HIGHEST,
                between(LocalDate.of(2020, Month.JANUARY, 15), LocalDate.of(2024, Month.JUNE, 30))));
        return new PedagogicalWorker(id, position, SCHOOL, roles, qualifications,
                SpecialtyExperience.since(LocalDate.of(1990 + random.nextInt(34), Month.SEPTEMBER, 1)),
                PersonalData.named(name));
    }

    /**
     * The tasks of 2.2 абз. 5 подп. 3, each with its events, result and form of result; {@code lacksEvents}: the last
     * task, the presentation of achievements, was written down without an event under it.
     */
    private static List<PlanItem> planItems(Direction direction, boolean lacksEvents) {
        return List.of(
                new PlanItem("Выявить затруднения обучающихся и профессиональные дефициты педагогов по направлению «"
                        + direction.name() + "»",
                        List.of("Стартовая диагностика обучающихся", "Анкетирование участников ПОС"),
                        "Карта профессиональных дефицитов участников", "Аналитическая справка"),
                new PlanItem("Освоить " + direction.strategy(),
                        List.of("Семинар-практикум", "Взаимопосещение уроков участниками ПОС", "Мастер-классы участников"),
                        "Каждый участник применяет освоенные приёмы на своих уроках",
                        "Методический продукт: " + direction.product()),
                new PlanItem("Провести внеклассные мероприятия с обучающимися",
                        List.of("Внеклассное мероприятие по направлению ПОС в 6–8 классах"),
                        "Обучающиеся применяют освоенное вне урока", "Образовательный продукт: сценарии мероприятий"),
                new PlanItem("Представить достижения ПОС",
                        lacksEvents ? List.of() : List.of("Отчёт на итоговом педагогическом совете школы"),
                        "Опыт ПОС представлен педагогическому коллективу", "Презентация достижений ПОС"));
    }
}
