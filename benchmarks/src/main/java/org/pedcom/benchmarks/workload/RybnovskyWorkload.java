package org.pedcom.benchmarks.workload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;

/**
 * Realistic, seeded community-years of a district ППС under {@code rybnovsky-pps}, shaped like the profile's own
 * fixture ({@code RybnovskyCommunityYear}): an education department and РИМК, four schools, a leader and five to
 * eleven members, a yearly list order, a work plan approved by РИМК, 10–40 events (sessions, seminars, webinars,
 * consultations) with protocols, an analytical report and the hand-overs to РИМК — judged on {@link #JUDGED_ON}.
 *
 * <p>Most records comply; each part breaks with a small, independent probability (a late plan, a missing protocol,
 * an ineligible leader, a gap in leadership, a wrong issuer, a half-year without a session, …), so that every rule
 * of the profile yields findings somewhere in a batch. The same seed gives the same records.
 */
public final class RybnovskyWorkload extends Generator {

    /** The date every generated record is judged on: after the 2025/2026 plan and list-order deadlines. */
    public static final String PROFILE_ID = org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider.ID;
    public static final LocalDate JUDGED_ON = LocalDate.of(2025, 9, 20);

    static final Territory RYBNOVSKY = Territory.of("Рязанская область", "Рыбновский муниципальный район");
    static final OrganisationId AUTHORITY = OrganisationId.of("uo-rybnoe");
    static final OrganisationId RIMK = OrganisationId.of("rimk-rybnoe");
    static final List<OrganisationId> SCHOOLS = List.of(OrganisationId.of("sch-rybnoe-1"),
            OrganisationId.of("sch-pionerskaya"), OrganisationId.of("sch-baturino"), OrganisationId.of("sch-zhitovo"));
    static final List<String> SCHOOL_NAMES = List.of("МБОУ «Рыбновская средняя школа № 1»",
            "МБОУ «Пионерская средняя школа»", "МБОУ «Батуринская средняя школа»", "МБОУ «Житовская средняя школа»");
    static final List<String> TOPICS = List.of("Читательская грамотность", "Функциональная грамотность",
            "Школы с низкими результатами", "Наставничество", "Обновлённые ФГОС", "Цифровая образовательная среда");
    static final List<EventForm> OTHER_FORMS = List.of(EventForm.SEMINAR, EventForm.WEBINAR, EventForm.CONSULTATION,
            EventForm.MASTER_CLASS, EventForm.OPEN_LESSON, EventForm.LESSON_VISITS);

    private int acts;

    private RybnovskyWorkload(long seed) {
        super(new SplittableRandom(seed));
    }

    /** {@code count} records from {@code seed}, each with 10–40 events. */
    public static List<CommunityRecord> communityYears(long seed, int count) {
        RybnovskyWorkload w = new RybnovskyWorkload(seed);
        return batch(count, i -> w.communityYear(i, w.eventCount(), true));
    }

    /**
     * Records as {@link #communityYears} (10–40 events each, identifiers {@code pps-0}, {@code pps-1}, …) until their
     * events add up to exactly {@code totalMeetings}; only the last record may hold fewer than ten. About
     * {@code totalMeetings / 25} records: the bulk import of part 4.
     */
    public static List<CommunityRecord> withMeetingsTotalling(long seed, int totalMeetings) {
        RybnovskyWorkload w = new RybnovskyWorkload(seed);
        List<CommunityRecord> records = new ArrayList<>(totalMeetings / 25 + 1);
        int remaining = totalMeetings;
        for (int i = 0; remaining > 0; i++) {
            int meetings = Math.min(remaining, w.eventCount());
            records.add(w.communityYear(i, meetings, true));
            remaining -= meetings;
        }
        return records;
    }

    /**
     * One community created on 1 September 2024 holding exactly {@code meetings} events in 2024/2025, with the
     * usual small share of defects: the scaling series 10, 100, 1 000, 10 000.
     */
    public static CommunityRecord withMeetings(long seed, int meetings) {
        return new RybnovskyWorkload(seed).communityYear(0, meetings, false);
    }


    private Act orderOf(OrganisationId organisation, LocalDate date, String title) {
        return Act.order(String.valueOf(++acts), date, Body.headOf(organisation), title);
    }

    /** The act of the right issuer, or now and then of a school head instead (a wrong issuer). */
    private Act orderOfMaybeWrong(OrganisationId right, LocalDate date, String title, double wrong) {
        return orderOf(chance(wrong) ? pick(SCHOOLS) : right, date, title);
    }

    private CommunityRecord communityYear(int index, int meetingCount, boolean varyLife) {
        SchoolYear year = SchoolYear.of(2024);
        SchoolYear next = year.next();
        // When it was created: mostly at the start of 2024/2025, sometimes a year earlier, sometimes mid-year.
        double life = varyLife ? random.nextDouble() : 0.0;
        LocalDate created = life < 0.75 ? LocalDate.of(2024, 9, 1)
                : life < 0.90 ? LocalDate.of(2023, 9, 1) : between(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 20));
        SchoolYear firstYear = SchoolYear.containing(created);

        Optional<Act> creation = chance(0.02) ? Optional.empty()
                : Optional.of(orderOfMaybeWrong(AUTHORITY, created.minusDays(3 + random.nextInt(10)),
                        "О создании профессиональных педагогических сообществ", 0.02));
        Optional<Termination> termination = Optional.empty();
        if (varyLife && chance(0.05)) {
            LocalDate on = between(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 31));
            TerminationReason reason = chance(0.7) ? TerminationReason.LIQUIDATED
                    : chance(0.5) ? TerminationReason.REORGANISED : TerminationReason.TOPIC_NO_LONGER_RELEVANT;
            termination = Optional.of(new Termination(on, reason, chance(0.85)
                    ? Optional.of(orderOfMaybeWrong(AUTHORITY, on, "О ликвидации ППС", 0.1)) : Optional.empty()));
        }
        LocalDate lastDay = termination.map(Termination::on).orElse(JUDGED_ON);
        String topic = pick(TOPICS);
        Community community = new Community(CommunityId.of("pps-" + index), CommunityKind.PPS,
                "ППС руководителей и педагогов «" + topic + "»", RIMK, created, creation, Optional.empty(),
                List.of("аналитическое", "консультационная", "образовательная"), termination);

        CommunityRecord.Builder record = CommunityRecord.builder(community).terms(TermCalendar.standard())
                .organisation(Organisation.of(AUTHORITY.value(), "Управление образования и молодёжной политики "
                        + "администрации Рыбновского муниципального района", OrganisationKind.EDUCATION_AUTHORITY, RYBNOVSKY))
                .organisation(Organisation.of(RIMK.value(), "Районный информационно-методический кабинет (РИМК)",
                        OrganisationKind.METHODICAL_CENTRE, RYBNOVSKY));
        for (int s = 0; s < SCHOOLS.size(); s++) {
            record.organisation(Organisation.of(SCHOOLS.get(s).value(), SCHOOL_NAMES.get(s), OrganisationKind.EDUCATIONAL,
                    RYBNOVSKY, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL));
        }

        // People: a leader and 5–11 others; the leader is a categorised teacher, a director or the head of an МО.
        int size = 6 + random.nextInt(7);
        List<WorkerId> members = new ArrayList<>();
        for (int w = 0; w < size; w++) {
            WorkerId id = WorkerId.of("w-" + index + "-" + w);
            members.add(id);
            record.worker(w == 0 ? leader(id) : w == 1 && chance(0.3) ? leader(id) : member(id));
        }
        WorkerId leader = members.get(0);
        for (int w = 0; w < members.size(); w++) {
            LocalDate joined = w > 3 && chance(0.1) ? between(created, lastDay.minusDays(1)) : created;
            record.membership(Membership.since(members.get(w), joined,
                    chance(0.9) ? MembershipBasis.ORDER : MembershipBasis.APPLICATION));
        }

        // Leadership: usually one leader from creation; now and then a late start, or a hand-over with a gap.
        LocalDate leadFrom = chance(0.03) ? created.plusDays(10 + random.nextInt(40)) : created;
        if (chance(0.08)) {
            LocalDate handOver = between(leadFrom.plusDays(30), lastDay.minusDays(20));
            record.appointment(new Appointment(leader, CommunityRole.LEADER, leadFrom, Optional.of(handOver), Optional.empty()));
            LocalDate successorFrom = handOver.plusDays(chance(0.5) ? 1 : 1 + random.nextInt(30));
            record.appointment(new Appointment(members.get(1), CommunityRole.LEADER, successorFrom, Optional.empty(),
                    Optional.empty()));
        } else {
            record.appointment(new Appointment(leader, CommunityRole.LEADER, leadFrom, Optional.empty(), Optional.empty()));
        }

        // The yearly list and composition order, the work plan, the report and the hand-overs, year by year.
        for (SchoolYear y = firstYear; y.compareTo(next) <= 0; y = y.next()) {
            LocalDate start = y.start().isBefore(created) ? created : y.start();
            if (!chance(0.02)) {
                LocalDate on = chance(0.96) ? between(start.minusDays(10), y.start().plusDays(14))
                        : between(y.start().plusDays(15), y.start().plusDays(40));
                Set<WorkerId> named = new HashSet<>(members);
                if (chance(0.02)) {
                    named.remove(members.get(members.size() - 1));
                }
                record.compositionOrder(new CompositionOrder(y, orderOfMaybeWrong(AUTHORITY, on,
                        "Об утверждении списка и состава ППС на " + y + " учебный год", 0.02), named, List.of(topic)));
            }
            if (!chance(0.01)) {
                record.plan(workPlan(y, start, chance(0.97) ? leader : members.get(2)));
            }
            if (y.compareTo(year) <= 0 && !chance(0.02)) {
                LocalDate compiled = chance(0.97) ? between(LocalDate.of(y.startYear() + 1, 5, 25), LocalDate.of(y.startYear() + 1, 6, 30))
                        : between(LocalDate.of(y.startYear() + 1, 9, 1), LocalDate.of(y.startYear() + 1, 9, 15));
                record.report(new AnnualReport(y, compiled, DocumentForm.ELECTRONIC,
                        Map.of("sessions-held", BigDecimal.valueOf(4), "teachers-involved", BigDecimal.valueOf(size)),
                        Optional.empty()));
                record.document(new Document(DocumentKind.ANNUAL_REPORT, "Аналитический отчёт о деятельности ППС за " + y
                        + " учебный год", compiled, DocumentForm.ELECTRONIC, Optional.of(RIMK), Optional.of(y)));
                submit(record, DocumentKind.ANNUAL_REPORT, y, compiled);
                submit(record, DocumentKind.PRELIMINARY_PLAN, y.next(), compiled);
                record.plan(new Plan(y.next(), PlanKind.PRELIMINARY, Optional.of(leader), planItems(),
                        List.of(new PlanStep.Drafted(compiled)), List.of()));
            }
        }

        // Events: sessions and other forms spread over the community's life up to the date of judgement.
        boolean quietSecondHalf = varyLife && chance(0.06);
        LocalDate eventsFrom = created;
        LocalDate eventsTo = quietSecondHalf ? LocalDate.of(2024, 12, 31) : lastDay;
        if (eventsTo.isBefore(eventsFrom)) {
            eventsTo = lastDay;
        }
        for (int m = 0; m < meetingCount; m++) {
            LocalDate date = varyLife ? between(eventsFrom, eventsTo)
                    : between(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 8, 31));
            record.meeting(meeting(MeetingId.of("m-" + index + "-" + m), date, m, leader, members));
        }
        record.document(new Document(DocumentKind.PROTOCOL, "Протоколы заседаний ППС", lastDay, DocumentForm.PAPER,
                Optional.of(RIMK), Optional.of(year)));
        return record.build();
    }

    private void submit(CommunityRecord.Builder record, DocumentKind kind, SchoolYear concerned, LocalDate compiled) {
        if (chance(0.02)) {
            return;
        }
        LocalDate on = chance(0.97) ? compiled.plusDays(random.nextInt(10)) : compiled.plusDays(70 + random.nextInt(20));
        record.submission(new Submission(kind, concerned, chance(0.01) ? AUTHORITY : RIMK, on));
    }

    private Plan workPlan(SchoolYear y, LocalDate start, WorkerId author) {
        LocalDate drafted = between(start, start.plusDays(5));
        List<PlanStep> steps = new ArrayList<>();
        steps.add(new PlanStep.Drafted(drafted));
        if (!chance(0.01)) {
            LocalDate approvedOn = chance(0.96) ? between(drafted.plusDays(1), y.start().plusDays(14).isAfter(drafted.plusDays(1))
                    ? y.start().plusDays(14) : drafted.plusDays(1)) : between(y.start().plusDays(15), y.start().plusDays(35));
            steps.add(new PlanStep.Approved(chance(0.05) ? Act.decision(String.valueOf(++acts), approvedOn,
                    Body.headOf(RIMK), "Утверждаю: план работы ППС на " + y)
                    : orderOfMaybeWrong(RIMK, approvedOn, "Об утверждении планов работы ППС на " + y + " учебный год", 0.02)));
        }
        return new Plan(y, PlanKind.WORK, Optional.of(author), planItems(), steps,
                List.of(new Publication(PublicationChannel.WEBSITE, RIMK, drafted.plusDays(12))));
    }

    private PedagogicalWorker leader(WorkerId id) {
        double kind = random.nextDouble();
        OrganisationId school = pick(SCHOOLS);
        if (kind < 0.15) {
            return new PedagogicalWorker(id, Position.HEAD, school, Set.of(AdministrativeRole.HEAD_OF_ORGANISATION),
                    Qualifications.none(), SpecialtyExperience.since(LocalDate.of(1995 + random.nextInt(25), 9, 1)),
                    PersonalData.named("Руководитель " + id.value()));
        }
        if (kind < 0.30) {
            return new PedagogicalWorker(id, Position.TEACHER, school, Set.of(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION),
                    Qualifications.none(), SpecialtyExperience.since(LocalDate.of(2015 + random.nextInt(8), 9, 1)),
                    PersonalData.named("Руководитель МО " + id.value()));
        }
        // A categorised teacher; now and then one with under three years, a lapsed первая, or no category at all.
        Qualifications q = kind < 0.33 || kind >= 0.38 ? Qualifications.of(CategoryGrant.of(QualificationCategory.HIGHEST,
                between(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 6, 30))))
                : kind < 0.36 ? Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST,
                between(LocalDate.of(2019, 9, 1), LocalDate.of(2020, 12, 31))))
                : Qualifications.none();
        LocalDate since = kind < 0.33 ? LocalDate.of(2022, 9, 1) : LocalDate.of(2000 + random.nextInt(18), 9, 1);
        return new PedagogicalWorker(id, Position.of("teacher-russian", "учитель русского языка и литературы"), school,
                Set.of(), q, SpecialtyExperience.since(since), PersonalData.named("Педагог " + id.value()));
    }

    private PedagogicalWorker member(WorkerId id) {
        Qualifications q = chance(0.8) ? Qualifications.of(CategoryGrant.of(QualificationCategory.FIRST,
                between(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 30)))) : Qualifications.none();
        return new PedagogicalWorker(id, Position.TEACHER, pick(SCHOOLS), Set.of(), q,
                SpecialtyExperience.since(LocalDate.of(1998 + random.nextInt(25), 9, 1)),
                PersonalData.named("Участник " + id.value()));
    }

    private Meeting meeting(MeetingId id, LocalDate date, int n, WorkerId leader, List<WorkerId> members) {
        if (chance(0.45)) {
            return new Meeting(id, date, pick(OTHER_FORMS), "Мероприятие ППС № " + (n + 1), List.of(), Optional.empty(),
                    Optional.of(new RegistrationSheet(Set.copyOf(members.subList(0, 3)), random.nextInt(20))),
                    Optional.empty());
        }
        List<AgendaItem> agenda = new ArrayList<>();
        int items = chance(0.002) ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            double outcome = random.nextDouble();
            agenda.add(AgendaItem.of("Вопрос " + (i + 1) + " заседания № " + (n + 1),
                    outcome < 0.698 || outcome >= 0.70 ? List.of("Принять к сведению") : List.of(),
                    outcome >= 0.70 ? List.of("Рекомендовать учителям использовать материалы") : List.of()));
        }
        Optional<Protocol> protocol = Optional.empty();
        if (!chance(0.005)) {
            double sign = random.nextDouble();
            List<Signature> signatures = sign < 0.95 ? List.of(new Signature(leader, CommunityRole.LEADER))
                    : sign < 0.97 ? List.of(new Signature(members.get(members.size() - 1), CommunityRole.LEADER))
                    : List.of(new Signature(members.get(members.size() - 1), CommunityRole.SECRETARY));
            protocol = Optional.of(new Protocol(String.valueOf(n + 1), date, signatures));
        }
        return new Meeting(id, date, EventForm.SESSION, "Заседание ППС № " + (n + 1), agenda, protocol,
                Optional.of(new RegistrationSheet(Set.copyOf(members), 2)), Optional.empty());
    }

    private static List<PlanItem> planItems() {
        return List.of(
                new PlanItem("Выявить типичные затруднения обучающихся",
                        List.of("Стартовая диагностика", "Заседание ППС по итогам диагностики"),
                        "Аналитическая справка по школам района", "аналитическая справка"),
                new PlanItem("Освоить эффективные приёмы обучения",
                        List.of("Семинар-практикум", "Взаимопосещение уроков"),
                        "Банк заданий", "методический продукт"),
                new PlanItem("Подвести итоги и спланировать следующий год",
                        List.of("Итоговое заседание", "Аналитический отчёт в РИМК"),
                        "Отчёт и предварительный план", "отчёт"));
    }
}
