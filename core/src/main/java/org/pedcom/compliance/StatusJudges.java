package org.pedcom.compliance;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pedcom.act.Act;
import org.pedcom.calendar.DateRange;
import org.pedcom.community.Termination;
import org.pedcom.internal.Texts;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.StatusTerm;
import org.pedcom.rule.TerminationReasons;
import org.pedcom.status.Extension;
import org.pedcom.status.StatusGrant;

/** Judges of a community's status and of how it ends. */
final class StatusJudges {

    private StatusJudges() {
    }

    static void status(Judgement j, StatusTerm r) {
        for (StatusGrant g : j.record.statusGrants()) {
            List<LocalizedText> problems = new ArrayList<>();
            j.mismatch(r.grantedBy(), g.decision()).ifPresent(problems::add);
            LocalDate start = g.grantedOn();
            if (start.plus(g.term()).isBefore(start.plus(r.minimumTerm())) || start.plus(g.term()).isAfter(start.plus(r.maximumTerm()))) {
                problems.add(LocalizedText.of("срок статуса — " + Texts.ru(g.term()) + ", вне допустимых пределов: "
                                + Texts.ru(r.minimumTerm()) + " — " + Texts.ru(r.maximumTerm()),
                        "status term " + g.term() + " is outside " + r.minimumTerm() + ".." + r.maximumTerm()));
            }
            r.confirmedBy().ifPresent(c -> {
                if (g.confirmation().isEmpty()) {
                    problems.add(LocalizedText.of("присвоение статуса не подтверждено: требуется " + j.describe(c),
                            "the grant is not confirmed by the act required"));
                } else {
                    j.mismatch(c, g.confirmation().get()).ifPresent(problems::add);
                }
            });
            j.judge(start, problems, () -> LocalizedText.of("Оформите присвоение статуса актами, предусмотренными положением, на допустимый срок.",
                            "Grant the status by the acts the regulation names, for an allowed term."),
                    () -> LocalizedText.of("Оформить присвоение статуса", "Complete the status grant"),
                    () -> Evidence.ofActs(acts(g)), Optional::empty);
            judgeExtensions(j, r, g);
        }
        if (r.required()) {
            unstatused(j);
        }
        if (j.inForceOnAsOf() && j.community.existsOn(j.asOf)) {
            j.record.statusGrants().stream().filter(g -> g.validity().contains(j.asOf)).findFirst().ifPresent(g ->
                    j.owe(g.lastDay(), LocalizedText.of("Срок статуса истекает " + Judgement.ru(g.lastDay())
                                    + ": продлить (не более чем на " + Texts.ru(r.maximumExtension()) + " в сумме) или прекратить деятельность",
                            "The status ends on " + g.lastDay() + ": extend it (at most " + r.maximumExtension() + " in total) or end the activity"),
                            Optional.empty()));
        }
    }

    private static void judgeExtensions(Judgement j, StatusTerm r, StatusGrant g) {
        Period total = Period.ZERO;
        LocalDate start = g.grantedOn();
        for (Extension e : g.extensions()) {
            total = total.plus(e.by());
            List<LocalizedText> problems = new ArrayList<>();
            if (r.extendedBy().isEmpty()) {
                problems.add(LocalizedText.of("продление статуса положением не предусмотрено", "the regulation allows no extension"));
            } else {
                j.mismatch(r.extendedBy().get(), e.decision()).ifPresent(problems::add);
            }
            if (start.plus(total).isAfter(start.plus(r.maximumExtension()))) {
                problems.add(LocalizedText.of("статус продлён в сумме на " + Texts.ru(total) + ", предел продления — "
                        + Texts.ru(r.maximumExtension()),
                        "extended by " + total.normalized() + " in total, at most " + r.maximumExtension() + " allowed"));
            }
            j.judge(e.decision().date(), problems, () -> LocalizedText.of("Продлевайте статус только решением, предусмотренным положением, и в пределах срока.",
                            "Extend only by the decision the regulation names and within the limit."),
                    () -> LocalizedText.of("Оформить продление", "Complete the extension"),
                    () -> Evidence.ofActs(List.of(e.decision().citation())), Optional::empty);
        }
    }

    /** Days the community worked without a status in force. */
    private static void unstatused(Judgement j) {
        j.judgeCoverage(j.record.statusGrants().stream().map(StatusGrant::validity).toList(),
                gap -> LocalizedText.of("деятельность без действующего статуса с " + Judgement.ru(gap.start()) + " по "
                        + Judgement.ru(gap.end()), "activity without a status in force from " + gap.start() + " to " + gap.end()),
                () -> LocalizedText.of("Продлите статус решением в пределах допустимого срока или прекратите деятельность "
                        + "(завершение сроков деятельности).", "Extend the status within the limit or end the activity."),
                () -> Evidence.ofActs(j.record.statusGrants().stream().flatMap(g -> acts(g).stream()).toList()));
    }

    private static List<String> acts(StatusGrant g) {
        List<String> acts = new ArrayList<>();
        acts.add(g.decision().citation());
        g.confirmation().map(Act::citation).ifPresent(acts::add);
        return acts;
    }

    static void termination(Judgement j, TerminationReasons r) {
        Optional<Termination> ended = j.community.termination();
        if (ended.isEmpty()) {
            return;
        }
        Termination t = ended.get();
        List<LocalizedText> problems = new ArrayList<>();
        if (!r.allowed().contains(t.reason())) {
            problems.add(LocalizedText.of("основание прекращения «" + t.reason().title() + "» не предусмотрено положением",
                    "termination reason '" + t.reason().code() + "' is not one the regulation allows"));
        }
        r.act().ifPresent(required -> {
            if (t.act().isEmpty()) {
                problems.add(LocalizedText.of("прекращение не оформлено актом: требуется " + j.describe(required),
                        "the termination rests on no act"));
            } else {
                j.mismatch(required, t.act().get()).ifPresent(problems::add);
            }
        });
        j.judge(t.on(), problems, () -> LocalizedText.of("Прекращайте деятельность только по основаниям положения и оформляйте актом.",
                        "End the community only for a reason the regulation lists, by the act it names."),
                () -> LocalizedText.of("Оформить прекращение", "Complete the termination"),
                () -> Evidence.ofActs(t.act().map(Act::citation).stream().toList()), Optional::empty);
    }
}
