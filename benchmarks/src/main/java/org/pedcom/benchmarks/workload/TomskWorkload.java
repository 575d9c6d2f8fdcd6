package org.pedcom.benchmarks.workload;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.pedcom.act.Act;
import org.pedcom.calendar.AcademicQuarter;
import org.pedcom.calendar.CalendarQuarter;
import org.pedcom.calendar.DateRange;
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
import org.pedcom.membership.Membership;
import org.pedcom.membership.MembershipBasis;
import org.pedcom.organisation.Body;
import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.organisation.Territory;
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
import org.pedcom.profiles.tomsk.LogoposidelkiProfileProvider;
import org.pedcom.record.CommunityRecord;
import org.pedcom.report.AnnualReport;

/**
 * Realistic, seeded community-years of a Tomsk school of best practice (ШПО) of учителя-логопеды and
 * учителя-дефектологи under {@code tomsk-logoposidelki}, shaped like the profile's own fixture
 * ({@code LogoposidelkiCommunityYear}): МАУ ИМЦ г. Томска as the base, the департамент образования appointing the
 * leader — a методист of the ИМЦ — by a yearly order, five to eleven speech therapists and defectologists of city
 * schools and kindergartens, the leader's annual work plan, 10–40 events of any form (sessions, workshops, master
 * classes, open lessons, seminars, consultations) each with a protocol and a registration sheet, the analytical
 * report with both indicators of clause 1.5, and the year's files kept at the ИМЦ.
 *
 * <p>Most records comply; each part breaks with a small, independent probability, the way such records really go
 * wrong: the yearly order issued late or by the ИМЦ instead of the department, a school speech therapist put in as
 * leader, a leader leaving with no successor for weeks, a plan missing or drawn up by a member, an event without a
 * protocol or with an unsigned registration sheet, a calendar quarter without any event, a report compiled in
 * September or lacking an indicator, a file left at a school or handed in late. The same seed gives the same
 * records.
 */
public final class TomskWorkload extends Generator {

    public static final String PROFILE_ID = "tomsk-logoposidelki";

    /**
     * The date every generated record is judged on, 20 September 2025. Every yearly item of 2024/2025 — the work plan
     * (I-6), the annual report with its indicators (I-7, I-9) and the three files at the ИМЦ (I-10) — is due on the
     * year's last day, 31 August 2025, and so is judged; the calendar quarters up to June 2025 are judged too. The
     * third quarter of 2025 (July–September) ends on 30 September, so it is not judged yet — an event held in
     * September counts for it, and without one it is owed — and the 2025/2026 plan, report and files are due on
     * 31 August 2026: the next year's items are obligations, not violations. Three weeks after the deadline
     * rather than the day after, so that a report or file handed in during the first weeks of September is in the
     * record and judged late, as the ИМЦ sees it when it collects the documentation; the same day as the profile's
     * fixture and {@link RybnovskyWorkload#JUDGED_ON}.
     */
    public static final LocalDate JUDGED_ON = LocalDate.of(2025, 9, 20);

    static final Territory TOMSK = Territory.of("Томская область", "Город Томск");
    static final OrganisationId IMC = OrganisationId.of("imc-tomsk");
    static final OrganisationId DEPARTMENT = OrganisationId.of("do-tomsk");

    /** City schools and kindergartens whose speech therapists and defectologists take part. */
    private record Institution(OrganisationId id, String name, boolean preschool) {
    }

    private static final List<Institution> INSTITUTIONS = List.of(
            new Institution(OrganisationId.of("maou-sosh-32"), "МАОУ СОШ № 32 г. Томска", false),
            new Institution(OrganisationId.of("maou-gimnaziya-26"), "МАОУ гимназия № 26 г. Томска", false),
            new Institution(OrganisationId.of("maou-sosh-4"), "МАОУ СОШ № 4 г. Томска", false),
            new Institution(OrganisationId.of("maou-licey-7"), "МАОУ лицей № 7 г. Томска", false),
            new Institution(OrganisationId.of("maou-sosh-49"), "МАОУ СОШ № 49 г. Томска", false),
            new Institution(OrganisationId.of("madou-54"), "МАДОУ № 54 г. Томска", true),
            new Institution(OrganisationId.of("madou-13"), "МАДОУ № 13 г. Томска", true),
            new Institution(OrganisationId.of("madou-82"), "МАДОУ № 82 г. Томска", true),
            new Institution(OrganisationId.of("madou-99"), "МАДОУ № 99 г. Томска", true));

    // Invented names: speech therapists and defectologists are almost all women, so the generated ones are too.
    private static final List<String> SURNAMES = List.of("Кравченко", "Шевцова", "Лукина", "Мельникова", "Гордеева",
            "Соловьёва", "Белоусова", "Терентьева", "Зайцева", "Киселёва", "Фомина", "Голубева", "Тихонова", "Рябова",
            "Логинова", "Ершова", "Калинина", "Панова", "Кудрявцева", "Сафронова");
    private static final List<String> FIRST_NAMES = List.of("Ольга", "Марина", "Татьяна", "Анна", "Елена", "Наталья",
            "Светлана", "Ирина", "Юлия", "Екатерина", "Людмила", "Оксана", "Галина", "Надежда");
    private static final List<String> PATRONYMICS = List.of("Николаевна", "Александровна", "Сергеевна", "Викторовна",
            "Павловна", "Геннадьевна", "Игоревна", "Владимировна", "Андреевна", "Юрьевна", "Михайловна");

    /** The yearly themes of the ШПО, from the goals of clause 1.3 and the tasks of clause 1.4. */
    private static final List<String> DIRECTIONS = List.of(
            "коррекция нарушений письменной речи у младших школьников",
            "логоритмика в коррекционной работе с дошкольниками с ТНР",
            "сопровождение обучающихся с ОВЗ в инклюзивном классе",
            "нейропсихологический подход в работе учителя-логопеда",
            "альтернативная и дополнительная коммуникация при РАС",
            "развитие связной речи у обучающихся с задержкой психического развития");

    private static final List<String> TOPICS = List.of(
            "Нейропсихологический подход в коррекции дисграфии у младших школьников",
            "Логоритмика в работе с дошкольниками с тяжёлыми нарушениями речи",
            "Формирование фонематического восприятия у детей 5–6 лет",
            "Коррекция дислексии: приёмы работы с текстом",
            "Логопедический массаж и самомассаж: практические приёмы",
            "Развитие связной речи у обучающихся с ОВЗ",
            "Альтернативная коммуникация в работе с детьми с РАС",
            "Мнемотехника в развитии речи дошкольников",
            "Взаимодействие учителя-логопеда с родителями обучающихся",
            "Речевая карта: логопедическое обследование по новой форме",
            "Адаптированная образовательная программа для обучающихся с ТНР",
            "Сенсорная интеграция в коррекционной работе учителя-дефектолога",
            "Игровые приёмы автоматизации звуков",
            "Интерактивные тренажёры на логопедических занятиях");

    private static final List<EventForm> WORKING_FORMS = List.of(EventForm.WORKSHOP, EventForm.MASTER_CLASS,
            EventForm.OPEN_LESSON, EventForm.OPEN_EVENT, EventForm.SEMINAR, EventForm.CONSULTATION, EventForm.WEBINAR,
            EventForm.TRAINING);

    /** For {@code quarter=academic}; the default calendar quarters do not read it. */
    static final TermCalendar TERMS = tomskTerms();

    private int acts;

    private TomskWorkload(long seed) {
        super(new SplittableRandom(seed));
    }

    /** {@code count} records from {@code seed}, each with 10–40 events; identifiers {@code shpo-0}, {@code shpo-1}, …. */
    public static List<CommunityRecord> communityYears(long seed, int count) {
        TomskWorkload w = new TomskWorkload(seed);
        return batch(count, i -> w.communityYear(i, w.eventCount()));
    }


    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private String fullName() {
        return pick(SURNAMES) + " " + pick(FIRST_NAMES) + " " + pick(PATRONYMICS);
    }

    private Act departmentOrder(LocalDate date, String title) {
        return Act.order(++acts + "-р", date, Body.headOf(DEPARTMENT), title);
    }

    private Act imcOrder(LocalDate date, String title) {
        return Act.order(String.valueOf(++acts), date, Body.headOf(IMC), title);
    }

    /** One leader's time in office; {@code until} is the last day. */
    private record Term(WorkerId leader, LocalDate from, LocalDate until) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }
    }

    private CommunityRecord communityYear(int index, int eventCount) {
        SchoolYear judgedYear = SchoolYear.of(2024);
        SchoolYear coming = judgedYear.next();
        // Mostly set up for 2024/2025; some have run since 2023/2024, a few are opened in the middle of the year.
        double life = random.nextDouble();
        LocalDate created = life < 0.75 ? LocalDate.of(2024, 9, 1)
                : life < 0.90 ? LocalDate.of(2023, 9, 1) : between(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 20));
        SchoolYear firstYear = SchoolYear.containing(created);
        String direction = pick(DIRECTIONS);
        Community community = new Community(CommunityId.of("shpo-" + index), CommunityKind.SHPO,
                "Школа передового опыта учителей-логопедов, учителей-дефектологов ОО и ДОО «Логопосиделки»", IMC, created,
                Optional.of(imcOrder(created.minusDays(2 + random.nextInt(5)),
                        "Об организации деятельности школ передового опыта в " + firstYear.startYear() + "-"
                                + (firstYear.startYear() + 1) + " учебном году")),
                Optional.empty(), List.of(direction), Optional.empty());

        CommunityRecord.Builder record = CommunityRecord.builder(community).terms(TERMS)
                .organisation(Organisation.of(IMC.value(),
                        "МАУ «Информационно-методический центр» г. Томска (МАУ ИМЦ г. Томска)",
                        OrganisationKind.METHODICAL_CENTRE, TOMSK))
                .organisation(Organisation.of(DEPARTMENT.value(), "Департамент образования администрации Города Томска",
                        OrganisationKind.EDUCATION_AUTHORITY, TOMSK));
        for (Institution i : INSTITUTIONS) {
            record.organisation(i.preschool()
                    ? Organisation.of(i.id().value(), i.name(), OrganisationKind.EDUCATIONAL, TOMSK, EducationLevel.PRESCHOOL)
                    : Organisation.of(i.id().value(), i.name(), OrganisationKind.EDUCATIONAL, TOMSK,
                    EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL));
        }

        // Members: 5–11 speech therapists and defectologists who applied; now and then one joins during the year.
        int memberCount = 5 + random.nextInt(7);
        List<WorkerId> members = new ArrayList<>(memberCount);
        Map<WorkerId, LocalDate> joined = new HashMap<>();
        Map<WorkerId, OrganisationId> employers = new HashMap<>();
        for (int m = 0; m < memberCount; m++) {
            WorkerId id = WorkerId.of("w-" + index + "-" + (m + 1));
            PedagogicalWorker worker = specialist(id);
            record.worker(worker);
            members.add(id);
            employers.put(id, worker.employer());
            LocalDate on = m >= 3 && chance(0.15) ? between(created.plusDays(20), LocalDate.of(2025, 3, 1)) : created;
            joined.put(id, on);
            record.membership(Membership.since(id, on, MembershipBasis.APPLICATION));
        }

        // The leader: a methodist of the ИМЦ; now and then the department puts in someone else (п. 2.3).
        WorkerId methodist = WorkerId.of("w-" + index + "-0");
        double who = random.nextDouble();
        WorkerId leader = who < 0.025 ? members.get(0) : methodist;
        if (who >= 0.025 && who < 0.045) {
            // a methodist, but of a school or kindergarten rather than of the ИМЦ
            record.worker(worker(methodist, Position.METHODIST, pick(INSTITUTIONS).id(), between(LocalDate.of(2003, 9, 1),
                    LocalDate.of(2016, 9, 1)), Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST,
                    between(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 5, 31))))));
        } else if (leader.equals(methodist)) {
            record.worker(worker(methodist, Position.METHODIST, IMC, between(LocalDate.of(1998, 9, 1),
                    LocalDate.of(2014, 9, 1)), Qualifications.of(CategoryGrant.of(QualificationCategory.HIGHEST,
                    between(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 30))))));
        }
        List<Term> terms = leadership(record, index, created, firstYear, coming, leader);

        // The work plan of every school year, drawn up by the leader (пп. 1.2, 2.1, 2.6 абз. 2).
        for (SchoolYear y = firstYear; y.compareTo(coming) <= 0; y = y.next()) {
            LocalDate start = later(y.start(), created);
            boolean judged = y.compareTo(judgedYear) <= 0;
            if (chance(judged ? 0.02 : 0.15)) {
                continue;
            }
            LocalDate drafted = between(start.plusDays(1), start.plusDays(6));
            WorkerId author = judged && chance(0.03) ? pick(members) : leaderOn(terms, drafted).orElse(leader);
            record.plan(plan(y, author, drafted));
        }

        // The report and the three files of every finished school year (пп. 1.5, 3.1, 3.2).
        for (SchoolYear y = firstYear; y.compareTo(judgedYear) <= 0; y = y.next()) {
            yearEnd(record, y, members, employers);
        }

        events(record, index, eventCount, created, terms, leader, members, joined);
        return record.build();
    }

    /**
     * A yearly order of the department appoints the leader for each school year. Some orders come late (the leader
     * starts with the order, leaving the first days without one), a few are issued by the ИМЦ or missing, the order
     * for 2025/2026 may not be out yet, and now and then the methodist leaves mid-year and is replaced — the next day
     * or only weeks later.
     */
    private List<Term> leadership(CommunityRecord.Builder record, int index, LocalDate created, SchoolYear firstYear,
                                  SchoolYear coming, WorkerId leader) {
        List<Term> terms = new ArrayList<>();
        for (SchoolYear y = firstYear; y.compareTo(coming) <= 0; y = y.next()) {
            LocalDate start = later(y.start(), created);
            boolean comingYear = y.equals(coming);
            if (comingYear && chance(0.02)) {
                break;
            }
            String title = "О назначении руководителей профессиональных объединений педагогов на " + y.startYear() + "-"
                    + (y.startYear() + 1) + " учебный год";
            LocalDate from = start;
            LocalDate issued = start.minusDays(2 + random.nextInt(10));
            if (chance(0.025)) {
                issued = start.plusDays(4 + random.nextInt(12));
                from = issued;
            }
            double actKind = random.nextDouble();
            Optional<Act> act = actKind < 0.012 ? Optional.empty()
                    : Optional.of(actKind < 0.04 ? imcOrder(issued, "О руководителях школ передового опыта на " + y + " учебный год")
                    : departmentOrder(issued, title));
            WorkerId holder = terms.isEmpty() ? leader : terms.get(terms.size() - 1).leader();
            if (y.equals(coming.previous()) && chance(0.05)) {
                // the methodist leaves the ИМЦ in the middle of the year; a colleague takes over
                LocalDate leaves = between(later(from.plusDays(30), LocalDate.of(y.startYear(), 12, 1)),
                        LocalDate.of(y.startYear() + 1, 4, 15));
                record.appointment(new Appointment(holder, CommunityRole.LEADER, from, Optional.of(leaves), act));
                terms.add(new Term(holder, from, leaves));
                WorkerId successor = WorkerId.of("w-" + index + "-s");
                record.worker(worker(successor, Position.METHODIST, IMC, between(LocalDate.of(2005, 9, 1),
                        LocalDate.of(2018, 9, 1)), Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST,
                        between(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 5, 31))))));
                LocalDate takesOver = leaves.plusDays(chance(0.5) ? 1 : 6 + random.nextInt(35));
                record.appointment(new Appointment(successor, CommunityRole.LEADER, takesOver, Optional.of(y.end()),
                        Optional.of(departmentOrder(takesOver.minusDays(1 + random.nextInt(3)),
                                "О смене руководителя ШПО «Логопосиделки»"))));
                terms.add(new Term(successor, takesOver, y.end()));
            } else {
                record.appointment(new Appointment(holder, CommunityRole.LEADER, from, Optional.of(y.end()), act));
                terms.add(new Term(holder, from, y.end()));
            }
        }
        return terms;
    }

    private static Optional<WorkerId> leaderOn(List<Term> terms, LocalDate day) {
        for (Term t : terms) {
            if (t.covers(day)) {
                return Optional.of(t.leader());
            }
        }
        return Optional.empty();
    }

    private Plan plan(SchoolYear y, WorkerId author, LocalDate drafted) {
        LocalDate approved = drafted.plusDays(2 + random.nextInt(7));
        return new Plan(y, PlanKind.WORK, Optional.of(author), List.of(
                new PlanItem("Выявить профессиональные дефициты учителей-логопедов, учителей-дефектологов",
                        List.of("Анкетирование профессиональных потребностей", "Организационное заседание ШПО"),
                        "Карта профессиональных дефицитов участников", "аналитическая справка"),
                new PlanItem("Изучить результативный опыт учителей-логопедов, учителей-дефектологов ОО и ДОО",
                        List.of("Мастер-классы участников ШПО", "Открытые занятия в ОО и ДОО"),
                        "Описаны практики для распространения на муниципальном уровне", "банк практик"),
                new PlanItem("Обеспечить практическое освоение представленного опыта",
                        List.of("Практикумы", "Консультации по запросу участников", "Итоговое заседание"),
                        "Освоены приёмы коррекционной работы, представленные коллегами", "методические рекомендации")),
                List.of(new PlanStep.Drafted(drafted), new PlanStep.Approved(imcOrder(approved,
                        "Об утверждении планов работы методистов МАУ ИМЦ на " + y + " учебный год"))),
                List.of());
    }

    /** The analytical report and the year's files, handed to the ИМЦ at the end of May or in June. */
    private void yearEnd(CommunityRecord.Builder record, SchoolYear y, List<WorkerId> members,
                         Map<WorkerId, OrganisationId> employers) {
        int closing = y.startYear() + 1;
        LocalDate lastDay = y.end();
        LocalDate lateFrom = lastDay.plusDays(1);
        LocalDate lateTo = lateFrom.plusDays(14);
        if (!chance(0.015)) {
            LocalDate compiled = chance(0.975) ? between(LocalDate.of(closing, 5, 20), LocalDate.of(closing, 6, 25))
                    : between(lateFrom, lateTo);
            int diagnosed = members.size() + 8 + random.nextInt(25);
            int improved = diagnosed * (40 + random.nextInt(41)) / 100;
            Map<String, BigDecimal> indicators = new HashMap<>();
            // the monitoring numbers come in through the Google form (1.6) and sometimes never reach the report
            if (!chance(0.015)) {
                indicators.put(LogoposidelkiProfileProvider.INDICATOR_DIAGNOSED, BigDecimal.valueOf(diagnosed));
            }
            if (!chance(0.015)) {
                indicators.put(LogoposidelkiProfileProvider.INDICATOR_IMPROVED, BigDecimal.valueOf(improved));
            }
            record.report(new AnnualReport(y, compiled, DocumentForm.ELECTRONIC, indicators, Optional.empty()));
            file(record, DocumentKind.ANNUAL_REPORT, "Аналитический отчёт о работе ШПО «Логопосиделки» за " + y
                    + " учебный год", compiled, DocumentForm.ELECTRONIC, y, members, employers);
        }
        LocalDate handedIn = between(LocalDate.of(closing, 5, 25), LocalDate.of(closing, 6, 20));
        file(record, DocumentKind.PROTOCOL, "Протоколы мероприятий ШПО «Логопосиделки» за " + y + " учебный год",
                handedIn, DocumentForm.PAPER, y, members, employers);
        file(record, DocumentKind.REGISTRATION_SHEET, "Листы регистрации участников мероприятий ШПО «Логопосиделки» за "
                + y + " учебный год", handedIn, DocumentForm.PAPER, y, members, employers);
    }

    /** A file of the year: mostly at the ИМЦ on time; sometimes missing, handed in late, or left at a member's school. */
    private void file(CommunityRecord.Builder record, DocumentKind kind, String title, LocalDate on, DocumentForm form,
                      SchoolYear y, List<WorkerId> members, Map<WorkerId, OrganisationId> employers) {
        double fate = random.nextDouble();
        if (fate < 0.01) {
            return;
        }
        LocalDate date = fate < 0.022 ? between(y.end().plusDays(1), y.end().plusDays(14)) : on;
        OrganisationId keptAt = fate >= 0.022 && fate < 0.034 ? employers.get(pick(members)) : IMC;
        record.document(new Document(kind, title, date, form, Optional.of(keptAt), Optional.of(y)));
    }

    /**
     * The events: one in every calendar quarter the ШПО lived through (п. 2.5), the rest on working days of the
     * school year, none in the summer break or the New Year holidays. Now and then a whole quarter passes without
     * any event. The first event of a school year is the organising session, the last one of a finished year the
     * final session.
     */
    private void events(CommunityRecord.Builder record, int index, int count, LocalDate created, List<Term> terms,
                        WorkerId leader, List<WorkerId> members, Map<WorkerId, LocalDate> joined) {
        List<CalendarQuarter> judged = new ArrayList<>();
        for (CalendarQuarter q = CalendarQuarter.containing(created); !q.end().isAfter(JUDGED_ON); q = q.next()) {
            if (!q.start().isBefore(created)) {
                judged.add(q);
            }
        }
        Optional<CalendarQuarter> quiet = chance(0.04) ? Optional.of(pick(judged)) : Optional.empty();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = created.plusDays(1); d.isBefore(JUDGED_ON); d = d.plusDays(1)) {
            if (workingDay(d) && !(quiet.isPresent() && quiet.get().range().contains(d))) {
                days.add(d);
            }
        }
        List<LocalDate> dates = new ArrayList<>(count);
        for (CalendarQuarter q : judged) {
            if (quiet.filter(q::equals).isEmpty()) {
                List<LocalDate> inQuarter = days.stream().filter(q.range()::contains).toList();
                dates.add(pick(inQuarter));
            }
        }
        while (dates.size() < count) {
            dates.add(pick(days));
        }
        dates.sort(null);

        Set<SchoolYear> opened = new HashSet<>();
        Map<SchoolYear, Integer> protocols = new HashMap<>();
        for (int n = 0; n < dates.size(); n++) {
            LocalDate date = dates.get(n);
            SchoolYear y = SchoolYear.containing(date);
            boolean first = opened.add(y);
            boolean last = y.end().isBefore(JUDGED_ON) && (n == dates.size() - 1
                    || !SchoolYear.containing(dates.get(n + 1)).equals(y)) && date.getMonthValue() >= 4;
            int number = protocols.merge(y, 1, Integer::sum);
            WorkerId chair = leaderOn(terms, date).orElse(leader);
            record.meeting(event(MeetingId.of("m-" + index + "-" + n), date, y, first, last, String.valueOf(number),
                    chair, members.stream().filter(m -> !joined.get(m).isAfter(date)).toList()));
        }
    }

    /** Weekdays outside the summer break (from 21 June to 24 August) and the New Year holidays. */
    private static boolean workingDay(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        MonthDay md = MonthDay.from(d);
        boolean summer = md.isAfter(MonthDay.of(6, 20)) && md.isBefore(MonthDay.of(8, 25));
        boolean newYear = md.isAfter(MonthDay.of(12, 29)) || md.isBefore(MonthDay.of(1, 9));
        return !summer && !newYear;
    }

    private Meeting event(MeetingId id, LocalDate date, SchoolYear y, boolean first, boolean last, String number,
                          WorkerId chair, List<WorkerId> present) {
        EventForm form;
        String topic;
        List<AgendaItem> agenda = new ArrayList<>();
        if (first) {
            form = EventForm.SESSION;
            topic = "Организационное заседание: итоги анкетирования профессиональных потребностей";
            agenda.add(AgendaItem.of("Итоги анкетирования профессиональных потребностей учителей-логопедов и дефектологов",
                    List.of("Принять итоги анкетирования за основу содержания работы ШПО"), List.of()));
            agenda.add(AgendaItem.of("О плане работы ШПО на " + y + " учебный год",
                    List.of("Принять к сведению план работы"), List.of()));
        } else if (last) {
            form = EventForm.SESSION;
            topic = "Итоговое заседание: результаты работы ШПО за " + y + " учебный год";
            agenda.add(AgendaItem.of("Итоги диагностики профессиональных дефицитов участников",
                    List.of("Принять к сведению"), List.of()));
            agenda.add(AgendaItem.of("Предложения в план работы на следующий учебный год", List.of(),
                    List.of("Включить в план темы, названные участниками")));
        } else {
            form = WORKING_FORMS.get(random.nextInt(WORKING_FORMS.size()));
            topic = pick(TOPICS);
            // an item with neither decision nor recommendation happens; the Положение asks for a protocol, not its content
            boolean empty = chance(0.03);
            agenda.add(AgendaItem.of(form.title().substring(0, 1).toUpperCase() + form.title().substring(1) + ": "
                    + topic.substring(0, 1).toLowerCase() + topic.substring(1), List.of(), empty ? List.of()
                    : List.of("Использовать представленные приёмы в коррекционной работе")));
        }

        Optional<Protocol> protocol = Optional.empty();
        if (!chance(0.004)) {
            LocalDate signed = date.plusDays(random.nextInt(2));
            // the leader signs; a protocol left unsigned is untidy but still a protocol under п. 3.1
            protocol = Optional.of(new Protocol(number, signed, chance(0.02)
                    ? List.of() : List.of(new Signature(chair, CommunityRole.LEADER))));
        }

        Optional<RegistrationSheet> registration;
        double sheet = random.nextDouble();
        if (sheet < 0.0015) {
            registration = Optional.empty();
        } else if (sheet < 0.003) {
            // the sheet was laid out but nobody signed it
            registration = Optional.of(new RegistrationSheet(Set.of(), 0));
        } else {
            List<WorkerId> attendees = new ArrayList<>();
            attendees.add(chair);
            for (WorkerId m : present) {
                if (chance(0.8)) {
                    attendees.add(m);
                }
            }
            boolean open = form.equals(EventForm.OPEN_EVENT) || form.equals(EventForm.OPEN_LESSON)
                    || form.equals(EventForm.WEBINAR);
            registration = Optional.of(new RegistrationSheet(Set.copyOf(attendees),
                    open ? 8 + random.nextInt(25) : random.nextInt(7)));
        }
        return new Meeting(id, date, form, topic, agenda, protocol, registration, Optional.empty());
    }

    private PedagogicalWorker specialist(WorkerId id) {
        Institution at = pick(INSTITUTIONS);
        Position position = chance(0.7) ? Position.SPEECH_THERAPIST : Position.DEFECTOLOGIST;
        double category = random.nextDouble();
        Qualifications q = category < 0.35 ? Qualifications.of(CategoryGrant.of(QualificationCategory.HIGHEST,
                between(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 30))))
                : category < 0.75 ? Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST,
                between(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 30)))) : Qualifications.none();
        return worker(id, position, at.id(), between(LocalDate.of(1995, 9, 1), LocalDate.of(2024, 8, 26)), q);
    }

    private PedagogicalWorker worker(WorkerId id, Position position, OrganisationId employer, LocalDate since,
                                     Qualifications q) {
        return new PedagogicalWorker(id, position, employer, Set.of(), q, SpecialtyExperience.since(since),
                PersonalData.named(fullName()));
    }

    /** The Tomsk schools' calendar study schedules: the четверти with the holidays between them. */
    private static TermCalendar tomskTerms() {
        SchoolYear y2023 = SchoolYear.of(2023);
        SchoolYear y2024 = SchoolYear.of(2024);
        return TermCalendar.of(List.of(
                AcademicQuarter.of(y2023, 1, DateRange.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 27))),
                AcademicQuarter.of(y2023, 2, DateRange.of(LocalDate.of(2023, 11, 7), LocalDate.of(2023, 12, 29))),
                AcademicQuarter.of(y2023, 3, DateRange.of(LocalDate.of(2024, 1, 9), LocalDate.of(2024, 3, 22))),
                AcademicQuarter.of(y2023, 4, DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 24))),
                AcademicQuarter.of(y2024, 1, DateRange.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 10, 25))),
                AcademicQuarter.of(y2024, 2, DateRange.of(LocalDate.of(2024, 11, 5), LocalDate.of(2024, 12, 28))),
                AcademicQuarter.of(y2024, 3, DateRange.of(LocalDate.of(2025, 1, 9), LocalDate.of(2025, 3, 21))),
                AcademicQuarter.of(y2024, 4, DateRange.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 5, 26)))));
    }
}
