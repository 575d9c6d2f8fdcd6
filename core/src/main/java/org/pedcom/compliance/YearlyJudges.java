package org.pedcom.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.pedcom.act.Act;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.documentation.Document;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.people.WorkerId;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PlanStep;
import org.pedcom.plan.PublicationChannel;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.AnnualReportRequired;
import org.pedcom.rule.DocumentScope;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.RequiredDocument;
import org.pedcom.rule.SubmissionDeadline;

/** Judges of what every school year must produce: the plan, the report, submissions and documents. */
final class YearlyJudges {

    /** In the enum's order, which is the order problems are listed in; one copy, not one per plan. */
    private static final PublicationChannel[] CHANNELS = PublicationChannel.values();
    private static final Comparator<Submission> BY_DAY = Comparator.comparing(Submission::on);

    private YearlyJudges() {
    }

    static void plan(Judgement j, PlanApproval r) {
        for (SchoolYear year : j.yearsDue(y -> dueOfPlan(r, y))) {
            LocalDate due = dueOfPlan(r, year);
            Optional<Plan> plan = j.record.plan(year, PlanKind.WORK);
            Problems problems;
            if (plan.isPresent()) {
                problems = planProblems(j, r, plan.get(), due);
            } else {
                problems = new Problems();
                problems.add(() -> LocalizedText.of("нет плана работы на " + year + " учебный год", "no work plan for " + year));
            }
            if (problems.isEmpty()) {
                // no lambdas for the texts of an item with nothing wrong: the common case
                j.met(due);
                continue;
            }
            j.judge(due, problems, () -> LocalizedText.of(
                            "Составьте план, рассмотрите его на заседании и утвердите в установленном порядке"
                                    + r.approvedBy().map(a -> " (" + j.describe(a) + ")").orElse("") + ".",
                            "Draft the plan, review it at a meeting and have it approved as the regulation prescribes."),
                    () -> LocalizedText.of("Утвердить план работы на " + year + " до " + Judgement.ru(due),
                            "Have the work plan for " + year + " approved by " + due),
                    () -> plan.flatMap(Plan::approval).map(a -> Evidence.ofActs(List.of(a.act().citation())))
                            .orElse(Evidence.none()),
                    () -> Optional.of(JudgedPeriod.of(year)));
        }
    }

    private static LocalDate dueOfPlan(PlanApproval r, SchoolYear year) {
        return r.deadline().isPresent() ? r.deadline().get().dateFor(year) : year.end();
    }

    private static Problems planProblems(Judgement j, PlanApproval r, Plan plan, LocalDate due) {
        Problems problems = new Problems();
        Optional<PlanStep.Approved> approval = plan.approval();
        if (r.approvedBy().isPresent()) {
            if (approval.isEmpty()) {
                problems.add(() -> LocalizedText.of("план на " + plan.schoolYear() + " не утверждён", "the plan for "
                        + plan.schoolYear() + " is not approved"));
            } else {
                ActRequirement required = r.approvedBy().get();
                Act act = approval.get().act();
                if (!j.matches(required, act)) {
                    problems.add(() -> j.mismatch(required, act).orElseThrow());
                }
            }
        }
        if (approval.isPresent() && approval.get().on().isAfter(due)) {
            problems.add(() -> LocalizedText.of("план утверждён " + Judgement.ru(approval.get().on()) + ", позже срока "
                    + Judgement.ru(due), "the plan was approved on " + approval.get().on() + ", after the deadline " + due));
        }
        if (r.reviewedAtMeeting()) {
            LocalDate latest = approval.map(PlanStep::on).orElse(due);
            boolean reviewed = false;
            // the plan's reviews, without the list reviews() makes
            for (int i = 0; i < plan.steps().size(); i++) {
                if (plan.steps().get(i) instanceof PlanStep.Reviewed rv && !rv.on().isAfter(latest)
                        && j.record.meeting(rv.meeting()).isPresent()) {
                    reviewed = true;
                    break;
                }
            }
            if (!reviewed) {
                problems.add(() -> LocalizedText.of("план не рассмотрен на заседании сообщества до утверждения",
                        "the plan was not reviewed at a meeting of the community before approval"));
            }
        }
        for (PublicationChannel channel : CHANNELS) {
            if (r.publishedOn().contains(channel) && !published(plan, channel)) {
                problems.add(() -> LocalizedText.of("план не опубликован: " + channelRu(channel), "the plan is not published: " + channel));
            }
        }
        if (r.itemsComplete()) {
            itemProblems(plan, problems);
        }
        if (r.draftedByLeader()) {
            LocalDate on = plan.steps().isEmpty() ? due : plan.steps().get(0).on();
            boolean byLeader = plan.author().isPresent() && holdsOn(j, CommunityRole.LEADER, plan.author().get(), on);
            if (!byLeader) {
                problems.add(() -> LocalizedText.of("автор плана не является руководителем сообщества на " + Judgement.ru(on),
                        "the plan's author was not the community's leader on " + on));
            }
        }
        return problems;
    }

    private static boolean published(Plan plan, PublicationChannel channel) {
        for (int i = 0; i < plan.publications().size(); i++) {
            if (plan.publications().get(i).channel() == channel) {
                return true;
            }
        }
        return false;
    }

    /** Every task needs its events; an empty plan has no tasks at all. */
    private static void itemProblems(Plan plan, Problems problems) {
        if (plan.items().isEmpty()) {
            problems.add(() -> LocalizedText.of("в плане на " + plan.schoolYear() + " не определены задачи и мероприятия",
                    "the plan for " + plan.schoolYear() + " lists no task"));
            return;
        }
        for (int i = 0; i < plan.items().size(); i++) {
            PlanItem item = plan.items().get(i);
            int number = i + 1;
            if (item.events().isEmpty()) {
                problems.add(() -> LocalizedText.of("в плане на " + plan.schoolYear() + " под задачу " + number + " «"
                                + item.task() + "» не запланировано ни одного мероприятия",
                        "the plan for " + plan.schoolYear() + " lists no event under task " + number));
            }
        }
    }

    /** {@code holdersOn(role, on).contains(worker)} without the list. */
    private static boolean holdsOn(Judgement j, CommunityRole role, WorkerId worker, LocalDate on) {
        for (int i = 0; i < j.record.appointments().size(); i++) {
            Appointment a = j.record.appointments().get(i);
            if (a.role() == role && a.isActiveOn(on) && a.worker().equals(worker)) {
                return true;
            }
        }
        return false;
    }

    private static String channelRu(PublicationChannel channel) {
        return switch (channel) {
            case WEBSITE -> "размещение на сайте";
            case AUTHORITY_ANNUAL_PLAN -> "опубликование в ежегодном плане работы органа управления образованием";
            case OTHER -> "иной источник";
        };
    }

    static void submission(Judgement j, SubmissionDeadline r) {
        for (SchoolYear year : j.yearsDue(r.deadline()::dateFor)) {
            LocalDate due = r.deadline().dateFor(year);
            SchoolYear concerned = SchoolYear.of(year.startYear() + r.concernsOffset());
            List<Submission> handedIn = new ArrayList<>(1);
            boolean inTime = false;
            for (Submission s : j.record.submissions()) {
                if (s.kind().equals(r.document()) && s.schoolYear().equals(concerned) && j.matches(r.recipient(), s.to())) {
                    handedIn.add(s);
                    inTime |= !s.on().isAfter(due);
                }
            }
            handedIn.sort(BY_DAY);
            Problems problems = new Problems();
            if (!inTime) {
                problems.add(() -> handedIn.isEmpty()
                        ? LocalizedText.of("«" + r.document().title() + "» (" + concerned + ") не предоставлен ("
                                + Judgement.scopeRu(r.recipient()) + ") в срок до " + Judgement.ru(due),
                        "'" + r.document().code() + "' for " + concerned + " was not handed to " + Judgement.scopeEn(r.recipient()) + " by " + due)
                        : LocalizedText.of("«" + r.document().title() + "» (" + concerned + ") предоставлен "
                                + Judgement.ru(handedIn.get(0).on()) + ", позже срока " + Judgement.ru(due),
                        "'" + r.document().code() + "' for " + concerned + " was handed in on " + handedIn.get(0).on() + ", after " + due));
            }
            if (problems.isEmpty()) {
                // no lambdas for the texts of an item with nothing wrong: the common case
                j.met(due);
                continue;
            }
            j.judge(due, problems, () -> LocalizedText.of("Предоставьте «" + r.document().title() + "» (" + Judgement.scopeRu(r.recipient())
                            + ") и зафиксируйте дату передачи.", "Hand in the document and record the date."),
                    () -> LocalizedText.of("Предоставить «" + r.document().title() + "» (" + concerned + ") до " + Judgement.ru(due),
                            "Hand in '" + r.document().code() + "' for " + concerned + " by " + due),
                    () -> Evidence.ofDocuments(handedIn.stream().map(s -> s.kind().title() + " от " + Judgement.ru(s.on())).toList()),
                    () -> Optional.of(JudgedPeriod.of(year)));
        }
    }

    static void document(Judgement j, RequiredDocument r) {
        List<Document> ofKind = j.record.documents().stream().filter(d -> d.kind().equals(r.kind())).toList();
        if (r.scope() == DocumentScope.STANDING) {
            SchoolYear first = SchoolYear.containing(j.community.createdOn());
            LocalDate due = j.owes(first, r.due().dateFor(first)) ? r.due().dateFor(first) : r.due().dateFor(first.next());
            // a community older than the edition owes its standing documents under the edition from its first day
            LocalDate owedOn = j.notBeforeEdition(due);
            if (j.community.existsOn(owedOn)) {
                judgeDocuments(j, r, ofKind, owedOn, Optional.empty());
            }
            return;
        }
        for (SchoolYear year : j.yearsDue(r.due()::dateFor)) {
            List<Document> serving = ofKind.stream().filter(d -> d.servesYear(year)).toList();
            judgeDocuments(j, r, serving, r.due().dateFor(year), Optional.of(year));
        }
    }

    private static void judgeDocuments(Judgement j, RequiredDocument r, List<Document> documents, LocalDate due,
                                       Optional<SchoolYear> year) {
        String forYear = year.map(y -> " на " + y + " учебный год").orElse("");
        Problems problems = new Problems();
        if (documents.stream().noneMatch(d -> !d.date().isAfter(due))) {
            problems.add(() -> LocalizedText.of("нет документа «" + r.kind().title() + "»" + forYear + " к " + Judgement.ru(due),
                    "no '" + r.kind().code() + "' document" + year.map(y -> " for " + y).orElse("") + " by " + due));
        }
        for (Document d : documents) {
            if (r.form().isPresent() && d.form() != r.form().get()) {
                problems.add(() -> LocalizedText.of("«" + d.title() + "» ведётся не в требуемой форме (" + formRu(r.form().get()) + ")",
                        "'" + d.title() + "' is not kept in the required form (" + r.form().get() + ")"));
            }
            if (r.keptAt().isPresent() && !d.keptAt().map(o -> j.matches(r.keptAt().get(), o)).orElse(false)) {
                problems.add(() -> LocalizedText.of("«" + d.title() + "» хранится не там, где требуется (" + Judgement.scopeRu(r.keptAt().get()) + ")",
                        "'" + d.title() + "' is not kept where required (" + Judgement.scopeEn(r.keptAt().get()) + ")"));
            }
        }
        j.judge(due, problems, () -> LocalizedText.of("Приведите документ «" + r.kind().title() + "» в соответствие: наличие"
                        + r.form().map(f -> ", форма: " + formRu(f)).orElse("")
                        + r.keptAt().map(k -> ", место хранения: " + Judgement.scopeRu(k)).orElse("") + ".",
                        "Bring the '" + r.kind().code() + "' document in line: presence, form and place of keeping."),
                () -> LocalizedText.of("Подготовить «" + r.kind().title() + "»" + forYear + " до " + Judgement.ru(due),
                        "Prepare '" + r.kind().code() + "' by " + due),
                () -> Evidence.ofDocuments(documents.stream().map(d -> d.title() + " от " + Judgement.ru(d.date())).toList()),
                () -> year.map(JudgedPeriod::of));
    }

    private static String formRu(org.pedcom.documentation.DocumentForm form) {
        return switch (form) {
            case ELECTRONIC -> "в электронном виде";
            case PAPER -> "на бумаге";
        };
    }

    /** The indicators the rule names that the report lacks, sorted; no stream for the common report lacking none. */
    private static List<String> missingIndicators(AnnualReportRequired r, AnnualReport a) {
        List<String> missing = null;
        for (String indicator : r.indicators()) {
            if (!a.indicators().containsKey(indicator)) {
                missing = missing == null ? new ArrayList<>(2) : missing;
                missing.add(indicator);
            }
        }
        if (missing == null) {
            return List.of();
        }
        missing.sort(null);
        return List.copyOf(missing);
    }

    static void annualReport(Judgement j, AnnualReportRequired r) {
        for (SchoolYear year : j.yearsDue(r.due()::dateFor)) {
            LocalDate due = r.due().dateFor(year);
            Optional<AnnualReport> report = j.record.report(year);
            Problems problems = new Problems();
            if (report.isEmpty()) {
                problems.add(() -> LocalizedText.of("нет аналитического отчёта за " + year + " учебный год", "no annual report for " + year));
            } else {
                AnnualReport a = report.get();
                if (a.compiledOn().isAfter(due)) {
                    problems.add(() -> LocalizedText.of("отчёт составлен " + Judgement.ru(a.compiledOn()) + ", позже срока " + Judgement.ru(due),
                            "the report was compiled on " + a.compiledOn() + ", after " + due));
                }
                List<String> missing = missingIndicators(r, a);
                if (!missing.isEmpty()) {
                    problems.add(() -> LocalizedText.of("в отчёте нет показателей " + missing, "the report lacks indicators " + missing));
                }
                if (r.form().isPresent() && a.form() != r.form().get()) {
                    problems.add(() -> LocalizedText.of("отчёт не в требуемой форме (" + formRu(r.form().get()) + ")",
                            "the report is not in the required form (" + r.form().get() + ")"));
                }
            }
            if (problems.isEmpty()) {
                // no lambdas for the texts of an item with nothing wrong: the common case
                j.met(due);
                continue;
            }
            j.judge(due, problems, () -> LocalizedText.of("Составьте аналитический отчёт за год со всеми показателями положения.",
                            "Compile the annual report with every indicator the regulation names."),
                    () -> LocalizedText.of("Составить аналитический отчёт за " + year + " до " + Judgement.ru(due),
                            "Compile the annual report for " + year + " by " + due),
                    () -> Evidence.none(), () -> Optional.of(JudgedPeriod.of(year)));
        }
    }
}
