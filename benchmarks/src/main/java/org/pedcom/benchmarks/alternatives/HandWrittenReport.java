package org.pedcom.benchmarks.alternatives;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.pedcom.act.Act;
import org.pedcom.calendar.HalfYear;
import org.pedcom.calendar.Period;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.community.Termination;
import org.pedcom.community.TerminationReason;
import org.pedcom.compliance.ClauseRef;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.ClauseSummary;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.EditionRef;
import org.pedcom.compliance.Evidence;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.JudgedPeriod;
import org.pedcom.compliance.Obligation;
import org.pedcom.compliance.Verdict;
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
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.WorkerId;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PlanStep;
import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;
import org.pedcom.regulation.Clause;
import org.pedcom.regulation.ClauseId;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.Rule;
import org.pedcom.rule.RuleId;
import org.pedcom.rule.Severity;

/**
 * The fourteen rules of {@code rybnovsky-pps} (default settings) written by hand to produce pedcom's whole report:
 * the findings with their bilingual messages, hints, evidence and citations, the obligations, and the status of each
 * clause — a {@link ComplianceReport} equal to {@code Compliance.evaluate} (asserted by {@code SameReportTest}).
 *
 * <p>Written as a developer would write these rules for speed: one direct loop over the record per rule, the fixed
 * texts as constants, texts built only for an item that fails or is owed. What a developer would hard-code from the
 * regulation — rule ids, clause numbers, citations, the per-clause summary lines — is read once from the profile
 * in the constructor, so that the report's parts are the very same values; nothing of pedcom's generic machinery
 * is used.
 */
public final class HandWrittenReport {

    /** The rules in the profile's judging order, which is the order of the report's findings. */
    private static final String[] RULES = {PpsChecks.ANNUAL_LIST_ORDER, PpsChecks.CREATED_BY_ORDER,
            PpsChecks.TERMINATED_BY_ORDER, PpsChecks.LEADER_REQUIRED, PpsChecks.LEADER_ELIGIBILITY,
            PpsChecks.PLAN_DRAFTED_BY_LEADER, PpsChecks.PROTOCOLS_SIGNED_BY_LEADER, PpsChecks.SESSIONS_PER_HALF_YEAR,
            PpsChecks.SESSION_PROTOCOL, PpsChecks.PROTOCOL_CONTENT, PpsChecks.PLAN_APPROVED_BY_RIMK,
            PpsChecks.ANNUAL_REPORT, PpsChecks.ANNUAL_REPORT_SUBMITTED, PpsChecks.PRELIMINARY_PLAN_SUBMITTED};
    private static final int ANNUAL_LIST_ORDER = 0;
    private static final int CREATED_BY_ORDER = 1;
    private static final int TERMINATED_BY_ORDER = 2;
    private static final int LEADER_REQUIRED = 3;
    private static final int LEADER_ELIGIBILITY = 4;
    private static final int PLAN_DRAFTED_BY_LEADER = 5;
    private static final int PROTOCOLS_SIGNED_BY_LEADER = 6;
    private static final int SESSIONS_PER_HALF_YEAR = 7;
    private static final int SESSION_PROTOCOL = 8;
    private static final int PROTOCOL_CONTENT = 9;
    private static final int PLAN_APPROVED_BY_RIMK = 10;
    private static final int ANNUAL_REPORT = 11;
    private static final int ANNUAL_REPORT_SUBMITTED = 12;
    private static final int PRELIMINARY_PLAN_SUBMITTED = 13;

    private static final MonthDay SEPTEMBER_15 = MonthDay.of(9, 15);
    private static final MonthDay AUGUST_31 = MonthDay.of(8, 31);

    private static final String ORDER_OF_EDUCATION_HEAD = "приказ руководителя (орган управления образованием)";
    private static final String ORDER_OF_EDUCATION_HEAD_EN = "[ORDER] of HEAD of an organisation of kind EDUCATION_AUTHORITY";
    private static final String APPROVAL_OF_RIMK = "приказ или решение руководителя (методический центр)";

    private static final LocalizedText HINT_LIST_ORDER = LocalizedText.of("Издайте приказ о составе на учебный год: "
            + ORDER_OF_EDUCATION_HEAD + ", включив всех участников.", "Issue the composition order for the year naming every member.");
    private static final LocalizedText HINT_CREATED = LocalizedText.of("Издайте акт о создании сообщества: "
            + ORDER_OF_EDUCATION_HEAD + ".", "Have the community created by the act the regulation names.");
    private static final LocalizedText OWED_CREATED = LocalizedText.of("Издать акт о создании", "Issue the creation act");
    private static final LocalizedText HINT_TERMINATED = LocalizedText.of(
            "Прекращайте деятельность только по основаниям положения и оформляйте актом.",
            "End the community only for a reason the regulation lists, by the act it names.");
    private static final LocalizedText OWED_TERMINATED = LocalizedText.of("Оформить прекращение", "Complete the termination");
    private static final LocalizedText HINT_VACANCY = LocalizedText.of("Назначьте: руководитель в установленном порядке.",
            "Appoint the leader as the regulation prescribes.");
    private static final LocalizedText HINT_ELIGIBILITY = LocalizedText.of("Назначьте на роль «руководитель» работника, "
                    + "отвечающего требованиям пункта, или подтвердите его квалификационную категорию и стаж.",
            "Appoint a worker who meets the clause, or bring the worker's category and experience records up to date.");
    private static final String NOT_HEAD_OF_ORGANISATION = "нет административной роли из [HEAD_OF_ORGANISATION]";
    private static final String NOT_HEAD_OF_ORGANISATION_EN = "holds none of the administrative roles [HEAD_OF_ORGANISATION]";
    private static final String NOT_HEAD_OF_ASSOCIATION = "нет административной роли из [HEAD_OF_METHODICAL_ASSOCIATION]";
    private static final String NOT_HEAD_OF_ASSOCIATION_EN =
            "holds none of the administrative roles [HEAD_OF_METHODICAL_ASSOCIATION]";
    private static final LocalizedText HINT_PLAN_DRAFTED = LocalizedText.of(
            "Составьте план, рассмотрите его на заседании и утвердите в установленном порядке.",
            "Draft the plan, review it at a meeting and have it approved as the regulation prescribes.");
    private static final LocalizedText HINT_PLAN_APPROVED = LocalizedText.of(
            "Составьте план, рассмотрите его на заседании и утвердите в установленном порядке (" + APPROVAL_OF_RIMK + ").",
            "Draft the plan, review it at a meeting and have it approved as the regulation prescribes.");
    private static final LocalizedText HINT_SIGNED = LocalizedText.of(
            "Дополните протокол: обсуждаемые вопросы, решения и рекомендации по каждому, подписи [руководитель].",
            "Complete the protocol: the questions, decisions and recommendations on each, and signatures of [LEADER].");
    private static final LocalizedText HINT_CONTENT = LocalizedText.of(
            "Дополните протокол: обсуждаемые вопросы, решения и рекомендации по каждому, подписи [].",
            "Complete the protocol: the questions, decisions and recommendations on each, and signatures of [].");
    private static final LocalizedText HINT_MISSED_PERIOD = LocalizedText.of(
            "Пропущенный период не исправить задним числом: проводите заседания по графику и фиксируйте каждое протоколом.",
            "A missed period cannot be made up afterwards: hold meetings on schedule and record each in a protocol.");
    private static final LocalizedText HINT_MISSING_RECORDS = LocalizedText.of(
            "Оформите недостающие документы заседания и приобщите их к документации сообщества.",
            "Draw up the missing records of the meeting and file them with the community's documentation.");
    private static final LocalizedText HINT_REPORT = LocalizedText.of(
            "Составьте аналитический отчёт за год со всеми показателями положения.",
            "Compile the annual report with every indicator the regulation names.");
    private static final LocalizedText HINT_SUBMISSION_REPORT = submissionHint(DocumentKind.ANNUAL_REPORT);
    private static final LocalizedText HINT_SUBMISSION_PLAN = submissionHint(DocumentKind.PRELIMINARY_PLAN);

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Comparator<Appointment> BY_TERM = Comparator.comparing(Appointment::from)
            .thenComparing(a -> a.until().orElse(LocalDate.MAX));
    private static final Comparator<WorkerId> BY_ID = Comparator.comparing(WorkerId::value);
    private static final Comparator<Submission> BY_DAY = Comparator.comparing(Submission::on);
    private static final Comparator<Obligation> BY_DUE = Comparator.comparing(Obligation::dueBy)
            .thenComparing(o -> o.rule().value());

    private final Profile profile;
    private final LocalDate editionStart;
    private final String editionId;
    private final EditionRef edition;
    private final List<EditionRef> editionsApplied;
    private final RuleId[] ruleIds = new RuleId[RULES.length];
    private final String[] kinds = new String[RULES.length];
    private final List<List<ClauseRef>> clauses = new ArrayList<>(RULES.length);
    private final String[] citations = new String[RULES.length];
    private final Severity[] severities = new Severity[RULES.length];
    /** For each clause in printed order, the rules citing it as a bit mask. */
    private final int[] clauseRules;
    /** For each clause, its summary line in each status. */
    private final ClauseSummary[][] summaryLines;
    /** The English of «приказ или решение» as pedcom prints the set of kinds: a {@code Set}'s order varies by JVM. */
    private final String approvalOfRimkEn;

    public HandWrittenReport(Profile profile) {
        this.profile = profile;
        if (profile.editions().size() != 1) {
            throw new IllegalArgumentException("written for the one edition of rybnovsky-pps, got " + profile.editions().size());
        }
        Edition e = profile.editions().get(0);
        editionStart = e.effectiveFrom();
        editionId = e.id();
        edition = EditionRef.of(e);
        editionsApplied = List.of(edition);
        if (e.rules().size() != RULES.length) {
            throw new IllegalArgumentException("expected the " + RULES.length + " rules of rybnovsky-pps");
        }
        for (int r = 0; r < RULES.length; r++) {
            Rule rule = e.rules().get(r);
            if (!rule.id().value().equals(RULES[r])) {
                throw new IllegalArgumentException("expected rule " + RULES[r] + " at " + r + ", got " + rule.id());
            }
            ruleIds[r] = rule.id();
            kinds[r] = rule.requirement().kindCode();
            List<ClauseRef> refs = new ArrayList<>();
            for (ClauseId c : rule.clauses()) {
                refs.add(new ClauseRef(c, e.clause(c).orElseThrow().number()));
            }
            clauses.add(List.copyOf(refs));
            citations[r] = profile.citation(e, rule.clauses());
            severities[r] = rule.severity();
        }
        approvalOfRimkEn = ((PlanApproval) e.rules().get(PLAN_APPROVED_BY_RIMK).requirement()).approvedBy().orElseThrow()
                .kinds() + " of HEAD of an organisation of kind METHODICAL_CENTRE";
        clauseRules = new int[e.clauses().size()];
        summaryLines = new ClauseSummary[clauseRules.length][];
        for (int i = 0; i < clauseRules.length; i++) {
            Clause clause = e.clauses().get(i);
            List<RuleId> citing = new ArrayList<>();
            for (int r = 0; r < RULES.length; r++) {
                if (e.rules().get(r).clauses().contains(clause.id())) {
                    clauseRules[i] |= 1 << r;
                    citing.add(ruleIds[r]);
                }
            }
            ClauseRef ref = new ClauseRef(clause.id(), clause.number());
            summaryLines[i] = new ClauseSummary[ClauseStatus.values().length];
            for (ClauseStatus status : ClauseStatus.values()) {
                summaryLines[i][status.ordinal()] = new ClauseSummary(ref, status, citing);
            }
        }
    }

    public ComplianceReport evaluate(CommunityRecord record, LocalDate asOf) {
        if (asOf.isBefore(editionStart)) {
            throw new IllegalArgumentException("rybnovsky-pps is not in force on " + asOf);
        }
        Run run = new Run(record, asOf);
        run.annualListOrder();
        run.createdByOrder();
        run.terminatedByOrder();
        run.leaderRequired();
        run.leaderEligibility();
        run.planDraftedByLeader();
        run.protocolsSignedByLeader();
        run.sessionsPerHalfYear();
        run.sessionProtocols();
        run.protocolContent();
        run.planApprovedByRimk();
        run.annualReport();
        run.submitted(ANNUAL_REPORT_SUBMITTED, DocumentKind.ANNUAL_REPORT, 0, HINT_SUBMISSION_REPORT);
        run.submitted(PRELIMINARY_PLAN_SUBMITTED, DocumentKind.PRELIMINARY_PLAN, 1, HINT_SUBMISSION_PLAN);
        run.obligations.sort(BY_DUE);
        return new ComplianceReport(profile.id(), profile.title(), profile.settings(), edition, editionsApplied,
                record.community().id(), asOf, run.violated != 0 ? Verdict.VIOLATED : Verdict.COMPLIES, run.findings,
                run.obligations, run.summary());
    }

    private static LocalizedText submissionHint(DocumentKind kind) {
        return LocalizedText.of("Предоставьте «" + kind.title() + "» (методический центр) и зафиксируйте дату передачи.",
                "Hand in the document and record the date.");
    }

    /** What an item comes to once its problems are known. */
    private enum Outcome { NOTHING, FAIL, OWE }

    /** One evaluation: the record, the date, and what the rules found so far. */
    private final class Run {
        private final PpsContext c;
        private final CommunityRecord record;
        private final LocalDate asOf;
        private final LocalDate created;
        private final LocalDate horizon;
        private final int firstYear;
        final List<Finding> findings = new ArrayList<>();
        final List<Obligation> obligations = new ArrayList<>(4);
        /** Bit masks by rule: an item passed, a violation or a warning found, something owed. */
        private int passed;
        int violated;
        private int remarked;
        private int owed;
        private final Problems problems = new Problems();

        Run(CommunityRecord record, LocalDate asOf) {
            this.c = new PpsContext(record, asOf);
            this.record = record;
            this.asOf = asOf;
            this.created = c.created;
            this.horizon = c.horizon;
            this.firstYear = SchoolYear.containing(created).startYear();
        }

        // п. 1.3 — the yearly composition order of the head of the education department, by 15 September.
        void annualListOrder() {
            for (int y = firstYear, last = lastYear(SEPTEMBER_15); y <= last; y++) {
                SchoolYear year = SchoolYear.of(y);
                LocalDate due = year.dateOf(SEPTEMBER_15);
                if (!owes(year, due)) {
                    continue;
                }
                CompositionOrder order = record.compositionOrder(year).orElse(null);
                problems.clear();
                if (order == null) {
                    problems.add("нет приказа о составе на " + year + " учебный год", "no composition order for " + year);
                } else {
                    Act act = order.act();
                    if (!c.isOrderOfEducationHead(act)) {
                        mismatch(act, ORDER_OF_EDUCATION_HEAD, ORDER_OF_EDUCATION_HEAD_EN);
                    }
                    if (act.date().isAfter(due)) {
                        problems.add(act.citation() + " — позже срока " + ru(due),
                                act.citation() + " was issued after the deadline " + due);
                    }
                    LocalDate checkOn = due.isAfter(asOf) ? asOf : due;
                    List<WorkerId> unnamed = null;
                    for (Membership m : record.memberships()) {
                        if (m.isActiveOn(checkOn) && !order.members().contains(m.worker())) {
                            unnamed = unnamed == null ? new ArrayList<>(2) : unnamed;
                            if (!unnamed.contains(m.worker())) {
                                unnamed.add(m.worker());
                            }
                        }
                    }
                    if (unnamed != null) {
                        unnamed.sort(BY_ID);
                        problems.add("участники не включены в приказ о составе: " + unnamed,
                                "members not named in the composition order: " + unnamed);
                    }
                }
                switch (outcome(ANNUAL_LIST_ORDER, due)) {
                    case FAIL -> fail(ANNUAL_LIST_ORDER, HINT_LIST_ORDER, order == null ? Evidence.none()
                            : Evidence.ofActs(List.of(order.act().citation())), period(year));
                    case OWE -> owe(ANNUAL_LIST_ORDER, due, LocalizedText.of("Издать приказ о составе на " + year + " до "
                            + ru(due), "Issue the composition order for " + year + " by " + due), period(year));
                    case NOTHING -> { }
                }
            }
        }

        // п. 1.4 — created by an order of the head of the education department.
        void createdByOrder() {
            Optional<Act> act = c.community.creationAct();
            problems.clear();
            if (act.isEmpty()) {
                problems.add("нет акта о создании сообщества; требуется " + ORDER_OF_EDUCATION_HEAD, "no act created the community");
            } else if (!c.isOrderOfEducationHead(act.get())) {
                mismatch(act.get(), ORDER_OF_EDUCATION_HEAD, ORDER_OF_EDUCATION_HEAD_EN);
            }
            switch (outcome(CREATED_BY_ORDER, created)) {
                case FAIL -> fail(CREATED_BY_ORDER, HINT_CREATED, act.isEmpty() ? Evidence.none()
                        : Evidence.ofActs(List.of(act.get().citation())), Optional.empty());
                case OWE -> owe(CREATED_BY_ORDER, created, OWED_CREATED, Optional.empty());
                case NOTHING -> { }
            }
        }

        // п. 1.4 — ended only by liquidation or reorganisation, by an order of the same head.
        void terminatedByOrder() {
            Optional<Termination> ended = c.community.termination();
            if (ended.isEmpty()) {
                return;
            }
            Termination t = ended.get();
            problems.clear();
            if (!t.reason().equals(TerminationReason.LIQUIDATED) && !t.reason().equals(TerminationReason.REORGANISED)) {
                problems.add("основание прекращения «" + t.reason().title() + "» не предусмотрено положением",
                        "termination reason '" + t.reason().code() + "' is not one the regulation allows");
            }
            if (t.act().isEmpty()) {
                problems.add("прекращение не оформлено актом: требуется " + ORDER_OF_EDUCATION_HEAD, "the termination rests on no act");
            } else if (!c.isOrderOfEducationHead(t.act().get())) {
                mismatch(t.act().get(), ORDER_OF_EDUCATION_HEAD, ORDER_OF_EDUCATION_HEAD_EN);
            }
            switch (outcome(TERMINATED_BY_ORDER, t.on())) {
                case FAIL -> fail(TERMINATED_BY_ORDER, HINT_TERMINATED, t.act().isEmpty() ? Evidence.none()
                        : Evidence.ofActs(List.of(t.act().get().citation())), Optional.empty());
                case OWE -> owe(TERMINATED_BY_ORDER, t.on(), OWED_TERMINATED, Optional.empty());
                case NOTHING -> { }
            }
        }

        // п. 4.1 — a leader on every day of the community's life under the regulation: one finding per gap.
        void leaderRequired() {
            for (Appointment a : c.leaderAppointments) {
                if (judgedOn(a.from())) {
                    // anyone may lead under this clause, so an appointment already made passes
                    passed |= 1 << LEADER_REQUIRED;
                    break;
                }
            }
            LocalDate first = created.isBefore(editionStart) ? editionStart : created;
            if (horizon.isBefore(first)) {
                return;
            }
            List<Appointment> held = c.leaderAppointments;
            if (held.size() > 1) {
                held = new ArrayList<>(held);
                held.sort(BY_TERM);
            }
            boolean gap = false;
            LocalDate cursor = first;
            for (Appointment a : held) {
                if (cursor.isAfter(horizon)) {
                    break;
                }
                LocalDate end = a.until().orElse(LocalDate.MAX);
                if (a.from().isAfter(cursor)) {
                    LocalDate gapEnd = a.from().minusDays(1);
                    vacancy(cursor, gapEnd.isAfter(horizon) ? horizon : gapEnd);
                    gap = true;
                }
                if (!end.isBefore(cursor)) {
                    cursor = end.equals(LocalDate.MAX) ? LocalDate.MAX : end.plusDays(1);
                }
            }
            if (!cursor.isAfter(horizon)) {
                vacancy(cursor, horizon);
                gap = true;
            }
            if (!gap) {
                passed |= 1 << LEADER_REQUIRED;
            }
        }

        private void vacancy(LocalDate from, LocalDate to) {
            fail(LEADER_REQUIRED, LocalizedText.of("роль «руководитель» не занята с " + ru(from) + " по " + ru(to),
                    "the leader role is vacant from " + from + " to " + to), HINT_VACANCY, Evidence.none(), Optional.empty());
        }

        // п. 4.2 — on appointment and, for the leader in office, on the date of judgement.
        void leaderEligibility() {
            for (Appointment a : c.leaderAppointments) {
                PedagogicalWorker w = record.worker(a.worker()).orElseThrow();
                boolean eligibleAtStart = PpsChecks.eligible(w, a.from());
                boolean judgedAtStart = judgedOn(a.from());
                if (judgedAtStart) {
                    if (eligibleAtStart) {
                        passed |= 1 << LEADER_ELIGIBILITY;
                    } else {
                        LocalizedText why = ineligibility(w, a.from());
                        fail(LEADER_ELIGIBILITY, LocalizedText.of("руководитель " + w.id() + " не соответствует требованиям на дату "
                                        + "назначения " + ru(a.from()) + ": " + why.ru(),
                                "The leader " + w.id() + " was not eligible on appointment (" + a.from() + "): " + why.en()),
                                HINT_ELIGIBILITY, appointmentEvidence(a), Optional.empty());
                    }
                }
                boolean stillActive = a.isActiveOn(asOf) && a.from().isBefore(asOf) && c.exists(asOf);
                if (stillActive && (eligibleAtStart || !judgedAtStart) && !PpsChecks.eligible(w, asOf)) {
                    LocalizedText why = ineligibility(w, asOf);
                    fail(LEADER_ELIGIBILITY, LocalizedText.of("руководитель " + w.id() + " больше не соответствует требованиям на "
                                    + ru(asOf) + ": " + why.ru(),
                            "The leader " + w.id() + " is no longer eligible on " + asOf + ": " + why.en()),
                            HINT_ELIGIBILITY, appointmentEvidence(a), Optional.empty());
                }
            }
        }

        /** Why a worker who is no head fails each of the three alternatives of п. 4.2. */
        private LocalizedText ineligibility(PedagogicalWorker w, LocalDate on) {
            boolean categorised = false;
            for (var g : w.qualifications().grants()) {
                if (PpsChecks.CATEGORIES.contains(g.category()) && g.isValidOn(on)) {
                    categorised = true;
                    break;
                }
            }
            int years = w.yearsInSpecialtyOn(on);
            StringBuilder ru = new StringBuilder("вариант 1: ").append(NOT_HEAD_OF_ORGANISATION).append("; вариант 2: ")
                    .append(NOT_HEAD_OF_ASSOCIATION).append("; вариант 3: ");
            StringBuilder en = new StringBuilder("alternative 1: ").append(NOT_HEAD_OF_ORGANISATION_EN)
                    .append("; alternative 2: ").append(NOT_HEAD_OF_ASSOCIATION_EN).append("; alternative 3: ");
            if (!categorised) {
                ru.append("нет действующей квалификационной категории из [первая, высшая, педагог-методист, педагог-наставник] на ")
                        .append(ru(on));
                en.append("holds none of the categories [FIRST, HIGHEST, METHODIST, MENTOR] on ").append(on);
            }
            if (years < 3) {
                ru.append(categorised ? "" : "; ").append("стаж по специальности ")
                        .append(count(years, "полный год", "полных года", "полных лет")).append(", требуется не менее 3 лет");
                en.append(categorised ? "" : "; ").append(years).append(" full years in the specialty, at least 3 required");
            }
            return LocalizedText.of(ru.toString(), en.toString());
        }

        private Evidence appointmentEvidence(Appointment a) {
            return new Evidence(List.of(), List.of(a.worker()),
                    a.act().isPresent() ? List.of(a.act().get().citation()) : List.of(), List.of());
        }

        // п. 4.3 абз. 2 — a work plan each year, drafted by the leader of the day; due by the end of the year.
        void planDraftedByLeader() {
            for (int y = firstYear, last = lastYear(AUGUST_31); y <= last; y++) {
                SchoolYear year = SchoolYear.of(y);
                LocalDate due = year.end();
                if (!owes(year, due)) {
                    continue;
                }
                Plan plan = record.plan(year, PlanKind.WORK).orElse(null);
                Act approval = null;
                problems.clear();
                if (plan == null) {
                    problems.add("нет плана работы на " + year + " учебный год", "no work plan for " + year);
                } else {
                    approval = approvalOf(plan);
                    if (approval != null && approval.date().isAfter(due)) {
                        late(approval.date(), due);
                    }
                    LocalDate on = plan.steps().isEmpty() ? due : plan.steps().get(0).on();
                    Optional<WorkerId> author = plan.author();
                    if (author.isEmpty() || !c.isLeaderOn(author.get(), on)) {
                        problems.add("автор плана не является руководителем сообщества на " + ru(on),
                                "the plan's author was not the community's leader on " + on);
                    }
                }
                judgePlan(PLAN_DRAFTED_BY_LEADER, HINT_PLAN_DRAFTED, year, due, approval);
            }
        }

        // п. 4.7 — the work plan approved by РИМК by 15 September.
        void planApprovedByRimk() {
            for (int y = firstYear, last = lastYear(SEPTEMBER_15); y <= last; y++) {
                SchoolYear year = SchoolYear.of(y);
                LocalDate due = year.dateOf(SEPTEMBER_15);
                if (!owes(year, due)) {
                    continue;
                }
                Plan plan = record.plan(year, PlanKind.WORK).orElse(null);
                Act approval = null;
                problems.clear();
                if (plan == null) {
                    problems.add("нет плана работы на " + year + " учебный год", "no work plan for " + year);
                } else {
                    approval = approvalOf(plan);
                    if (approval == null) {
                        problems.add("план на " + year + " не утверждён", "the plan for " + year + " is not approved");
                    } else {
                        if (!c.isApprovalOfRimk(approval)) {
                            mismatch(approval, APPROVAL_OF_RIMK, approvalOfRimkEn);
                        }
                        if (approval.date().isAfter(due)) {
                            late(approval.date(), due);
                        }
                    }
                }
                judgePlan(PLAN_APPROVED_BY_RIMK, HINT_PLAN_APPROVED, year, due, approval);
            }
        }

        private Act approvalOf(Plan plan) {
            for (PlanStep step : plan.steps()) {
                if (step instanceof PlanStep.Approved approved) {
                    return approved.act();
                }
            }
            return null;
        }

        private void late(LocalDate approved, LocalDate due) {
            problems.add("план утверждён " + ru(approved) + ", позже срока " + ru(due),
                    "the plan was approved on " + approved + ", after the deadline " + due);
        }

        private void judgePlan(int rule, LocalizedText hint, SchoolYear year, LocalDate due, Act approval) {
            switch (outcome(rule, due)) {
                case FAIL -> fail(rule, hint, approval == null ? Evidence.none() : Evidence.ofActs(List.of(approval.citation())),
                        period(year));
                case OWE -> owe(rule, due, LocalizedText.of("Утвердить план работы на " + year + " до " + ru(due),
                        "Have the work plan for " + year + " approved by " + due), period(year));
                case NOTHING -> { }
            }
        }

        private boolean judgedSession(Meeting m) {
            return m.form().equals(EventForm.SESSION) && c.exists(m.date()) && judgedOn(m.date());
        }

        // п. 4.3 абз. 7 (warning) — the leader of the day signs the protocol of every session.
        void protocolsSignedByLeader() {
            for (Meeting m : record.meetings()) {
                if (m.protocol().isEmpty() || !judgedSession(m)) {
                    continue;
                }
                Protocol protocol = m.protocol().get();
                boolean claimed = false;
                boolean signed = false;
                for (Signature s : protocol.signatures()) {
                    if (s.role() == CommunityRole.LEADER) {
                        claimed = true;
                        if (c.isLeaderOn(s.signer(), m.date())) {
                            signed = true;
                            break;
                        }
                    }
                }
                if (signed) {
                    passed |= 1 << PROTOCOLS_SIGNED_BY_LEADER;
                    continue;
                }
                LocalizedText message;
                if (claimed) {
                    message = LocalizedText.of("протокол подписан как «руководитель» лицом, не занимавшим эту роль на дату заседания"
                            + where(protocol), "signed as LEADER by someone who did not hold that role on the day of the meeting"
                            + whereEn(protocol));
                } else {
                    boolean vacant = !anyLeaderOn(m.date());
                    message = LocalizedText.of("нет подписи: руководитель" + (vacant ? " (роль не занята)" : "") + where(protocol),
                            "missing signature of the leader" + (vacant ? " (role vacant)" : "") + whereEn(protocol));
                }
                fail(PROTOCOLS_SIGNED_BY_LEADER, message, HINT_SIGNED, protocolEvidence(m, protocol), Optional.empty());
            }
        }

        private boolean anyLeaderOn(LocalDate date) {
            for (Appointment a : c.leaderAppointments) {
                if (a.isActiveOn(date)) {
                    return true;
                }
            }
            return false;
        }

        // п. 4.5 — at least one session in each half-year the community lived through; meetings walked once.
        void sessionsPerHalfYear() {
            if (horizon.isBefore(created)) {
                return;
            }
            List<Meeting> meetings = record.meetings();
            Optional<Termination> ended = c.community.termination();
            boolean owing = false;
            int next = 0;
            for (HalfYear h = HalfYear.containing(created); !h.start().isAfter(horizon); h = h.next()) {
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
                if (start.isBefore(created) || ended.isPresent() && ended.get().on().isBefore(end)) {
                    continue;
                }
                if (held > 0) {
                    if (!end.isBefore(editionStart)) {
                        passed |= 1 << SESSIONS_PER_HALF_YEAR;
                    }
                } else if (end.isAfter(asOf)) {
                    owing = true;
                    owe(SESSIONS_PER_HALF_YEAR, end, LocalizedText.of("Провести ещё 1 мероприятие вида [заседание] до " + ru(end)
                            + " (" + h.label() + ")", "Hold 1 more meeting(s) by " + end + " (" + h + ")"), period(h));
                } else if (!end.isBefore(editionStart)) {
                    // held is 0 here, so the evidence names no meeting
                    fail(SESSIONS_PER_HALF_YEAR, LocalizedText.of("«" + h.label() + "»: проведено 0 мероприятий вида [заседание], "
                                    + "требуется не менее 1", h + ": 0 meeting(s) held, at least 1 required of forms [session]"),
                            HINT_MISSED_PERIOD, Evidence.none(), period(h));
                }
            }
            if (!owing && ended.isEmpty()) {
                // the current half-year is settled: what is due next is the first half-year starting after asOf
                HalfYear h = HalfYear.containing(asOf.plusDays(1));
                h = h.start().isAfter(asOf) ? h : h.next();
                owe(SESSIONS_PER_HALF_YEAR, h.end(), LocalizedText.of("Провести не менее 1 мероприятие вида [заседание] в периоде «"
                        + h.label() + "» (до " + ru(h.end()) + ")", "Hold at least 1 meeting(s) in " + h + " (by " + h.end() + ")"),
                        period(h));
            }
        }

        // п. 4.6 — every session has a protocol.
        void sessionProtocols() {
            for (Meeting m : record.meetings()) {
                if (!judgedSession(m)) {
                    continue;
                }
                if (m.protocol().isPresent()) {
                    passed |= 1 << SESSION_PROTOCOL;
                } else {
                    fail(SESSION_PROTOCOL, LocalizedText.of("нет протокола (" + m.form().title() + " " + ru(m.date()) + ", " + m.id() + ")",
                                    "no protocol (" + m.form().code() + " on " + m.date() + ", " + m.id() + ")"),
                            HINT_MISSING_RECORDS, Evidence.ofMeetings(List.of(m.id())), Optional.empty());
                }
            }
        }

        // п. 4.6 — the protocol lists the questions and a decision or a recommendation on each.
        void protocolContent() {
            for (Meeting m : record.meetings()) {
                if (m.protocol().isEmpty() || !judgedSession(m)) {
                    continue;
                }
                if (!m.agenda().isEmpty() && everyItemConcluded(m.agenda())) {
                    passed |= 1 << PROTOCOL_CONTENT;
                    continue;
                }
                Protocol protocol = m.protocol().get();
                String where = where(protocol);
                String whereEn = whereEn(protocol);
                problems.clear();
                if (m.agenda().isEmpty()) {
                    problems.add("в протоколе не указаны обсуждаемые вопросы" + where, "the protocol records no question discussed" + whereEn);
                }
                for (int i = 0; i < m.agenda().size(); i++) {
                    AgendaItem item = m.agenda().get(i);
                    if (item.decisions().isEmpty() && item.recommendations().isEmpty()) {
                        problems.add("по вопросу " + (i + 1) + " «" + item.question() + "» не зафиксировано: ни решение, ни рекомендация"
                                + where, "item " + (i + 1) + " records no decision or recommendation" + whereEn);
                    }
                }
                fail(PROTOCOL_CONTENT, problems.text(), HINT_CONTENT, protocolEvidence(m, protocol), Optional.empty());
            }
        }

        private boolean everyItemConcluded(List<AgendaItem> agenda) {
            for (AgendaItem item : agenda) {
                if (item.decisions().isEmpty() && item.recommendations().isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private Evidence protocolEvidence(Meeting m, Protocol protocol) {
            List<WorkerId> signers = new ArrayList<>(protocol.signatures().size());
            for (Signature s : protocol.signatures()) {
                signers.add(s.signer());
            }
            return new Evidence(List.of(m.id()), signers, List.of(), List.of("протокол № " + protocol.number() + " от " + ru(protocol.date())));
        }

        // п. 4.8 — the analytical report on each year, compiled by 31 August.
        void annualReport() {
            for (int y = firstYear, last = lastYear(AUGUST_31); y <= last; y++) {
                SchoolYear year = SchoolYear.of(y);
                LocalDate due = year.end();
                if (!owes(year, due)) {
                    continue;
                }
                AnnualReport report = record.report(year).orElse(null);
                problems.clear();
                if (report == null) {
                    problems.add("нет аналитического отчёта за " + year + " учебный год", "no annual report for " + year);
                } else if (report.compiledOn().isAfter(due)) {
                    problems.add("отчёт составлен " + ru(report.compiledOn()) + ", позже срока " + ru(due),
                            "the report was compiled on " + report.compiledOn() + ", after " + due);
                }
                switch (outcome(ANNUAL_REPORT, due)) {
                    case FAIL -> fail(ANNUAL_REPORT, HINT_REPORT, Evidence.none(), period(year));
                    case OWE -> owe(ANNUAL_REPORT, due, LocalizedText.of("Составить аналитический отчёт за " + year + " до " + ru(due),
                            "Compile the annual report for " + year + " by " + due), period(year));
                    case NOTHING -> { }
                }
            }
        }

        // п. 4.8 — a document on the year ({@code offset} 0) or the next ({@code 1}) reaches РИМК by 31 August.
        void submitted(int rule, DocumentKind kind, int offset, LocalizedText hint) {
            for (int y = firstYear, last = lastYear(AUGUST_31); y <= last; y++) {
                SchoolYear year = SchoolYear.of(y);
                LocalDate due = year.end();
                if (!owes(year, due)) {
                    continue;
                }
                SchoolYear concerned = SchoolYear.of(y + offset);
                List<Submission> handedIn = null;
                boolean inTime = false;
                for (Submission s : record.submissions()) {
                    if (s.kind().equals(kind) && s.schoolYear().equals(concerned) && c.isRimk(s.to())) {
                        handedIn = handedIn == null ? new ArrayList<>(1) : handedIn;
                        handedIn.add(s);
                        inTime |= !s.on().isAfter(due);
                    }
                }
                problems.clear();
                if (!inTime) {
                    if (handedIn == null) {
                        problems.add("«" + kind.title() + "» (" + concerned + ") не предоставлен (методический центр) в срок до " + ru(due),
                                "'" + kind.code() + "' for " + concerned + " was not handed to an organisation of kind METHODICAL_CENTRE by " + due);
                    } else {
                        handedIn.sort(BY_DAY);
                        problems.add("«" + kind.title() + "» (" + concerned + ") предоставлен " + ru(handedIn.get(0).on()) + ", позже срока "
                                + ru(due), "'" + kind.code() + "' for " + concerned + " was handed in on " + handedIn.get(0).on() + ", after " + due);
                    }
                }
                switch (outcome(rule, due)) {
                    case FAIL -> fail(rule, hint, handedInEvidence(handedIn), period(year));
                    case OWE -> owe(rule, due, LocalizedText.of("Предоставить «" + kind.title() + "» (" + concerned + ") до " + ru(due),
                            "Hand in '" + kind.code() + "' for " + concerned + " by " + due), period(year));
                    case NOTHING -> { }
                }
            }
        }

        private Evidence handedInEvidence(List<Submission> handedIn) {
            if (handedIn == null) {
                return Evidence.none();
            }
            List<String> documents = new ArrayList<>(handedIn.size());
            for (Submission s : handedIn) {
                documents.add(s.kind().title() + " от " + ru(s.on()));
            }
            return Evidence.ofDocuments(documents);
        }

        /** The clause summary: a clause is violated, complied with, owed or not applicable by what its rules found. */
        List<ClauseSummary> summary() {
            ClauseSummary[] lines = new ClauseSummary[clauseRules.length];
            for (int i = 0; i < lines.length; i++) {
                int rules = clauseRules[i];
                ClauseStatus status = rules == 0 ? ClauseStatus.NOT_CHECKABLE
                        : (violated & rules) != 0 ? ClauseStatus.VIOLATED
                        : ((passed | remarked) & rules) != 0 ? ClauseStatus.COMPLIED
                        : (owed & rules) != 0 ? ClauseStatus.NOT_YET_DUE
                        : ClauseStatus.NOT_APPLICABLE;
                lines[i] = summaryLines[i][status.ordinal()];
            }
            return List.of(lines);
        }

        /**
         * The last school year a yearly item due on {@code deadline} is looked at: the year of the horizon, or the
         * next one when the community goes on and this year's item is already due, so that what is due next shows.
         */
        private int lastYear(MonthDay deadline) {
            SchoolYear last = SchoolYear.containing(horizon);
            return c.community.termination().isEmpty() && !last.dateOf(deadline).isAfter(asOf) ? last.startYear() + 1
                    : last.startYear();
        }

        /** The community exists on the due day, and existed when the year began or has had a month since creation. */
        private boolean owes(SchoolYear year, LocalDate due) {
            return c.exists(due) && (c.exists(year.start()) || !due.isBefore(created.plusMonths(1)));
        }

        /** Due on or before the date of judgement, under the regulation: the regulation judges it. */
        private boolean judgedOn(LocalDate due) {
            return !due.isAfter(asOf) && !due.isBefore(editionStart);
        }

        /** Passes an item without problems (due or not); otherwise whether it fails or is owed. */
        private Outcome outcome(int rule, LocalDate due) {
            if (due.isAfter(asOf)) {
                if (problems.isEmpty()) {
                    passed |= 1 << rule;
                    return Outcome.NOTHING;
                }
                return Outcome.OWE;
            }
            if (due.isBefore(editionStart)) {
                return Outcome.NOTHING;
            }
            if (problems.isEmpty()) {
                passed |= 1 << rule;
                return Outcome.NOTHING;
            }
            return Outcome.FAIL;
        }

        private void mismatch(Act act, String required, String requiredEn) {
            String organisation = record.organisation(act.issuer().organisation()).orElseThrow().name();
            problems.add(act.citation() + " — орган: " + act.issuer().kind().russianName() + " «" + organisation + "»; требуется: "
                            + required,
                    act.citation() + " was issued by " + act.issuer().kind() + " of '" + act.issuer().organisation()
                            + "'; required: " + requiredEn);
        }

        private void fail(int rule, LocalizedText hint, Evidence evidence, Optional<JudgedPeriod> period) {
            fail(rule, problems.text(), hint, evidence, period);
        }

        private void fail(int rule, LocalizedText message, LocalizedText hint, Evidence evidence, Optional<JudgedPeriod> period) {
            if (severities[rule] == Severity.VIOLATION) {
                violated |= 1 << rule;
            } else {
                remarked |= 1 << rule;
            }
            findings.add(new Finding(ruleIds[rule], kinds[rule], clauses.get(rule), citations[rule], severities[rule], message, hint,
                    evidence, period, editionId));
        }

        private void owe(int rule, LocalDate dueBy, LocalizedText what, Optional<JudgedPeriod> period) {
            owed |= 1 << rule;
            obligations.add(new Obligation(ruleIds[rule], clauses.get(rule), citations[rule], what, dueBy, period, editionId));
        }
    }

    private static Optional<JudgedPeriod> period(Period p) {
        return Optional.of(JudgedPeriod.of(p));
    }

    private static String where(Protocol protocol) {
        return " (протокол № " + protocol.number() + " от " + ru(protocol.date()) + ")";
    }

    private static String whereEn(Protocol protocol) {
        return " (protocol " + protocol.number() + " of " + protocol.date() + ")";
    }

    /** A date as Russian documents write it, 23.03.2020; by hand, as every finding and obligation prints dates. */
    private static String ru(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return RUSSIAN_DATE.format(date);
        }
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return new String(new char[] {digit(day / 10), digit(day % 10), '.', digit(month / 10), digit(month % 10), '.',
                digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10)});
    }

    private static char digit(int value) {
        return (char) ('0' + value);
    }

    /** {@code n} with the Russian noun form it takes: 1 полный год, 2 полных года, 5 полных лет. */
    private static String count(long n, String one, String few, String many) {
        long tens = Math.abs(n) % 100;
        long units = tens % 10;
        return n + " " + (tens >= 11 && tens <= 14 ? many : units == 1 ? one : units >= 2 && units <= 4 ? few : many);
    }

    /** The problems of one item, joined as the report joins them; reused, so an item that passes allocates nothing. */
    private static final class Problems {
        private final StringBuilder ru = new StringBuilder();
        private final StringBuilder en = new StringBuilder();

        void clear() {
            ru.setLength(0);
            en.setLength(0);
        }

        boolean isEmpty() {
            return ru.length() == 0;
        }

        void add(String textRu, String textEn) {
            if (ru.length() > 0) {
                ru.append("; ");
                en.append("; ");
            }
            ru.append(textRu);
            en.append(textEn);
        }

        LocalizedText text() {
            return LocalizedText.of(ru.toString(), en.toString());
        }
    }
}
