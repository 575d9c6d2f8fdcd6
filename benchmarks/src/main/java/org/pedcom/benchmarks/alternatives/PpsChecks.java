package org.pedcom.benchmarks.alternatives;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pedcom.act.Act;
import org.pedcom.calendar.HalfYear;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.community.Termination;
import org.pedcom.community.TerminationReason;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.Protocol;
import org.pedcom.meeting.Signature;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.membership.Membership;
import org.pedcom.people.AdministrativeRole;
import org.pedcom.people.CategoryGrant;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.QualificationCategory;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PlanStep;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;

/**
 * The fourteen rules of {@code rybnovsky-pps} (default settings) written by hand, one method per rule and item, as a
 * developer without pedcom would write them. {@link HandWrittenPps} calls them in plain loops; the Hibernate Validator
 * and Easy Rules versions call the very same methods through their frameworks, so that the comparison measures the
 * frameworks, not different rule code.
 *
 * <p>Each method returns the issue found, or {@code null} (or an empty list) when the item complies or is not due.
 */
public final class PpsChecks {

    public static final String ANNUAL_LIST_ORDER = "annual-list-order";
    public static final String CREATED_BY_ORDER = "created-by-order";
    public static final String TERMINATED_BY_ORDER = "terminated-by-order";
    public static final String LEADER_REQUIRED = "leader-required";
    public static final String LEADER_ELIGIBILITY = "leader-eligibility";
    public static final String PLAN_DRAFTED_BY_LEADER = "plan-drafted-by-leader";
    public static final String PROTOCOLS_SIGNED_BY_LEADER = "protocols-signed-by-leader";
    public static final String SESSIONS_PER_HALF_YEAR = "sessions-per-half-year";
    public static final String SESSION_PROTOCOL = "session-protocol";
    public static final String PROTOCOL_CONTENT = "protocol-content";
    public static final String PLAN_APPROVED_BY_RIMK = "plan-approved-by-rimk";
    public static final String ANNUAL_REPORT = "annual-report";
    public static final String ANNUAL_REPORT_SUBMITTED = "annual-report-submitted";
    public static final String PRELIMINARY_PLAN_SUBMITTED = "preliminary-plan-submitted";

    static final MonthDay SEPTEMBER_15 = MonthDay.of(9, 15);

    private PpsChecks() {
    }

    private static Issue violation(String rule, String clause, SchoolYear year, String message) {
        return new Issue(rule, clause, false, year == null ? null : year.start(), year == null ? null : year.end(), message);
    }

    // п. 1.3 — the yearly list and composition order of the head of the education department, by 15 September.
    public static Issue annualListOrder(PpsContext c, SchoolYear year) {
        LocalDate due = year.dateOf(SEPTEMBER_15);
        if (!c.owedAndDue(year, due)) {
            return null;
        }
        CompositionOrder order = null;
        for (CompositionOrder o : c.record.compositionOrders()) {
            if (o.schoolYear().equals(year)) {
                order = o;
                break;
            }
        }
        if (order == null) {
            return violation(ANNUAL_LIST_ORDER, "1.3", year, "нет приказа о составе на " + year + " учебный год");
        }
        StringBuilder problems = new StringBuilder();
        if (!c.isOrderOfEducationHead(order.act())) {
            problems.append(order.act().citation()).append(" издан не начальником управления образования; ");
        }
        if (order.act().date().isAfter(due)) {
            problems.append(order.act().citation()).append(" — позже срока ").append(due).append("; ");
        }
        for (Membership m : c.record.memberships()) {
            if (m.isActiveOn(due) && !order.members().contains(m.worker())) {
                problems.append("участник ").append(m.worker().value()).append(" не включён в приказ; ");
            }
        }
        return problems.length() == 0 ? null : violation(ANNUAL_LIST_ORDER, "1.3", year, problems.toString());
    }

    // п. 1.4 — created by an order of the head of the education department.
    public static Issue createdByOrder(PpsContext c) {
        if (c.created.isAfter(c.asOf)) {
            return null;
        }
        Optional<Act> act = c.community.creationAct();
        if (act.isEmpty()) {
            return violation(CREATED_BY_ORDER, "1.4", null, "нет акта о создании сообщества");
        }
        return c.isOrderOfEducationHead(act.get()) ? null
                : violation(CREATED_BY_ORDER, "1.4", null, act.get().citation() + " издан не начальником управления образования");
    }

    // п. 1.4 — ended only by liquidation or reorganisation, by an order of the same head.
    public static Issue terminatedByOrder(PpsContext c) {
        Optional<Termination> ended = c.community.termination();
        if (ended.isEmpty() || ended.get().on().isAfter(c.asOf)) {
            return null;
        }
        Termination t = ended.get();
        StringBuilder problems = new StringBuilder();
        if (!t.reason().equals(TerminationReason.LIQUIDATED) && !t.reason().equals(TerminationReason.REORGANISED)) {
            problems.append("основание прекращения «").append(t.reason().title()).append("» не предусмотрено; ");
        }
        if (t.act().isEmpty()) {
            problems.append("прекращение не оформлено приказом; ");
        } else if (!c.isOrderOfEducationHead(t.act().get())) {
            problems.append(t.act().get().citation()).append(" издан не начальником управления образования; ");
        }
        return problems.length() == 0 ? null : violation(TERMINATED_BY_ORDER, "1.4", null, problems.toString());
    }

    // п. 4.1 — a leader on every day of the community's life: one issue per gap.
    public static List<Issue> leaderVacancies(PpsContext c) {
        if (c.horizon.isBefore(c.created)) {
            return List.of();
        }
        List<Appointment> held = new ArrayList<>(c.leaderAppointments);
        held.sort(Comparator.comparing(Appointment::from).thenComparing(a -> a.until().orElse(LocalDate.MAX)));
        List<Issue> gaps = new ArrayList<>(0);
        LocalDate cursor = c.created;
        for (Appointment a : held) {
            LocalDate end = a.until().orElse(LocalDate.MAX);
            if (a.from().isAfter(cursor) && !cursor.isAfter(c.horizon)) {
                gaps.add(vacancy(cursor, a.from().isAfter(c.horizon) ? c.horizon : a.from().minusDays(1)));
            }
            if (!end.isBefore(cursor)) {
                cursor = end.equals(LocalDate.MAX) ? LocalDate.MAX : end.plusDays(1);
            }
        }
        if (!cursor.isAfter(c.horizon)) {
            gaps.add(vacancy(cursor, c.horizon));
        }
        return gaps;
    }

    private static Issue vacancy(LocalDate from, LocalDate to) {
        return violation(LEADER_REQUIRED, "4.1", null, "роль «руководитель» не занята с " + from + " по " + to);
    }

    // п. 4.2 — the leader is a head of an ОО, a head of an МО, or a teacher with a category and three years.
    public static List<Issue> leaderEligibility(PpsContext c, Appointment a) {
        PedagogicalWorker w = c.record.worker(a.worker()).orElseThrow();
        boolean judgedAtStart = !a.from().isAfter(c.asOf);
        boolean eligibleAtStart = eligible(w, a.from());
        Issue atStart = judgedAtStart && !eligibleAtStart ? violation(LEADER_ELIGIBILITY, "4.2", null,
                "руководитель " + w.id().value() + " не соответствует требованиям на дату назначения " + a.from()) : null;
        boolean stillActive = a.isActiveOn(c.asOf) && a.from().isBefore(c.asOf) && c.exists(c.asOf);
        Issue now = stillActive && (eligibleAtStart || !judgedAtStart) && !eligible(w, c.asOf)
                ? violation(LEADER_ELIGIBILITY, "4.2", null,
                "руководитель " + w.id().value() + " больше не соответствует требованиям на " + c.asOf) : null;
        if (atStart == null && now == null) {
            return List.of();
        }
        return atStart == null ? List.of(now) : now == null ? List.of(atStart) : List.of(atStart, now);
    }

    /** The categories of the teacher alternative: первая, высшая, and the two granted only on top of высшая. */
    static final Set<QualificationCategory> CATEGORIES = EnumSet.of(QualificationCategory.FIRST,
            QualificationCategory.HIGHEST, QualificationCategory.METHODIST, QualificationCategory.MENTOR);

    static boolean eligible(PedagogicalWorker w, LocalDate on) {
        if (w.roles().contains(AdministrativeRole.HEAD_OF_ORGANISATION)
                || w.roles().contains(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION)) {
            return true;
        }
        boolean categorised = false;
        for (CategoryGrant g : w.qualifications().grants()) {
            if (CATEGORIES.contains(g.category()) && g.isValidOn(on)) {
                categorised = true;
                break;
            }
        }
        return categorised && w.yearsInSpecialtyOn(on) >= 3;
    }

    // п. 4.3 абз. 2 — a work plan each year, drafted by the leader of the day.
    public static Issue planDraftedByLeader(PpsContext c, SchoolYear year) {
        LocalDate due = year.end();
        if (!c.owedAndDue(year, due)) {
            return null;
        }
        Optional<Plan> plan = c.record.plan(year, PlanKind.WORK);
        if (plan.isEmpty()) {
            return violation(PLAN_DRAFTED_BY_LEADER, "4.3 (абз. 2)", year, "нет плана работы на " + year + " учебный год");
        }
        List<PlanStep> steps = plan.get().steps();
        LocalDate on = steps.isEmpty() ? due : steps.get(0).on();
        boolean byLeader = plan.get().author().map(a -> c.isLeaderOn(a, on)).orElse(false);
        return byLeader ? null : violation(PLAN_DRAFTED_BY_LEADER, "4.3 (абз. 2)", year,
                "автор плана не является руководителем сообщества на " + on);
    }

    private static boolean judgedSession(PpsContext c, Meeting m) {
        return m.form().equals(EventForm.SESSION) && c.exists(m.date()) && !m.date().isAfter(c.asOf);
    }

    // п. 4.3 абз. 7 (warning) — the leader of the day signs the protocol of every session.
    public static Issue protocolSignedByLeader(PpsContext c, Meeting m) {
        if (m.protocol().isEmpty() || !judgedSession(c, m)) {
            return null;
        }
        Protocol protocol = m.protocol().get();
        boolean signed = false;
        for (Signature s : protocol.signatures()) {
            if (s.role() == CommunityRole.LEADER && c.isLeaderOn(s.signer(), m.date())) {
                signed = true;
                break;
            }
        }
        // a signatures-only rule leaves the questions to protocol-content, as the engine's ItemOutcome.NONE does
        if (signed) {
            return null;
        }
        return new Issue(PROTOCOLS_SIGNED_BY_LEADER, "4.3 (абз. 7)", true, null, null,
                "нет подписи руководителя (протокол № " + protocol.number() + ")");
    }

    // п. 4.5 — at least one session in each half-year the community lived through; meetings walked once.
    public static List<Issue> sessionsPerHalfYear(PpsContext c) {
        if (c.horizon.isBefore(c.created)) {
            return List.of();
        }
        List<Meeting> meetings = c.record.meetings();
        Optional<LocalDate> ended = c.community.termination().map(Termination::on);
        List<Issue> issues = new ArrayList<>(0);
        int next = 0;
        for (HalfYear h = HalfYear.containing(c.created); !h.start().isAfter(c.horizon); h = h.next()) {
            LocalDate start = h.start();
            LocalDate end = h.end();
            int held = 0;
            while (next < meetings.size() && meetings.get(next).date().isBefore(start)) {
                next++;
            }
            while (next < meetings.size() && !meetings.get(next).date().isAfter(end)) {
                Meeting m = meetings.get(next++);
                if (m.form().equals(EventForm.SESSION) && c.exists(m.date())) {
                    held++;
                }
            }
            boolean throughout = !start.isBefore(c.created) && ended.map(t -> !t.isBefore(end)).orElse(true);
            if (throughout && held == 0 && !end.isAfter(c.asOf)) {
                issues.add(new Issue(SESSIONS_PER_HALF_YEAR, "4.5", false, start, end,
                        "«" + h.label() + "»: не проведено ни одного заседания"));
            }
        }
        return issues;
    }

    // п. 4.6 — every session has a protocol.
    public static Issue sessionProtocol(PpsContext c, Meeting m) {
        if (!judgedSession(c, m) || m.protocol().isPresent()) {
            return null;
        }
        return violation(SESSION_PROTOCOL, "4.6", null, "нет протокола (заседание " + m.date() + ", " + m.id().value() + ")");
    }

    // п. 4.6 — the protocol lists the questions and a decision or a recommendation on each.
    public static Issue protocolContent(PpsContext c, Meeting m) {
        if (m.protocol().isEmpty() || !judgedSession(c, m)) {
            return null;
        }
        if (m.agenda().isEmpty()) {
            return violation(PROTOCOL_CONTENT, "4.6", null, "в протоколе № " + m.protocol().get().number()
                    + " не указаны обсуждаемые вопросы");
        }
        for (int i = 0; i < m.agenda().size(); i++) {
            AgendaItem item = m.agenda().get(i);
            if (item.decisions().isEmpty() && item.recommendations().isEmpty()) {
                return violation(PROTOCOL_CONTENT, "4.6", null, "по вопросу " + (i + 1) + " протокола № "
                        + m.protocol().get().number() + " не зафиксировано ни решение, ни рекомендация");
            }
        }
        return null;
    }

    // п. 4.7 — the work plan approved by РИМК by 15 September.
    public static Issue planApprovedByRimk(PpsContext c, SchoolYear year) {
        LocalDate due = year.dateOf(SEPTEMBER_15);
        if (!c.owedAndDue(year, due)) {
            return null;
        }
        Optional<Plan> plan = c.record.plan(year, PlanKind.WORK);
        if (plan.isEmpty()) {
            return violation(PLAN_APPROVED_BY_RIMK, "4.7", year, "нет плана работы на " + year + " учебный год");
        }
        Optional<PlanStep.Approved> approval = plan.get().approval();
        if (approval.isEmpty()) {
            return violation(PLAN_APPROVED_BY_RIMK, "4.7", year, "план на " + year + " не утверждён");
        }
        Act act = approval.get().act();
        String wrongIssuer = c.isApprovalOfRimk(act) ? "" : act.citation() + " — не акт руководителя РИМК; ";
        String late = act.date().isAfter(due) ? "план утверждён " + act.date() + ", позже срока " + due : "";
        return wrongIssuer.isEmpty() && late.isEmpty() ? null : violation(PLAN_APPROVED_BY_RIMK, "4.7", year, wrongIssuer + late);
    }

    // п. 4.8 — the analytical report on each year, compiled by 31 August.
    public static Issue annualReport(PpsContext c, SchoolYear year) {
        LocalDate due = year.end();
        if (!c.owedAndDue(year, due)) {
            return null;
        }
        Optional<AnnualReport> report = c.record.report(year);
        if (report.isEmpty()) {
            return violation(ANNUAL_REPORT, "4.8", year, "нет аналитического отчёта за " + year + " учебный год");
        }
        return report.get().compiledOn().isAfter(due) ? violation(ANNUAL_REPORT, "4.8", year,
                "отчёт составлен " + report.get().compiledOn() + ", позже срока " + due) : null;
    }

    // п. 4.8 — the report on the year reaches РИМК by 31 August.
    public static Issue reportSubmitted(PpsContext c, SchoolYear year) {
        return submitted(c, year, DocumentKind.ANNUAL_REPORT, year, ANNUAL_REPORT_SUBMITTED);
    }

    // п. 4.8 — the preliminary plan for the next year reaches РИМК by 31 August.
    public static Issue preliminaryPlanSubmitted(PpsContext c, SchoolYear year) {
        return submitted(c, year, DocumentKind.PRELIMINARY_PLAN, year.next(), PRELIMINARY_PLAN_SUBMITTED);
    }

    private static Issue submitted(PpsContext c, SchoolYear year, DocumentKind kind, SchoolYear concerned, String rule) {
        LocalDate due = year.end();
        if (!c.owedAndDue(year, due)) {
            return null;
        }
        for (Submission s : c.record.submissions()) {
            if (s.kind().equals(kind) && s.schoolYear().equals(concerned) && c.isRimk(s.to()) && !s.on().isAfter(due)) {
                return null;
            }
        }
        return violation(rule, "4.8", year, "«" + kind.title() + "» (" + concerned + ") не предоставлен в РИМК до " + due);
    }
}
