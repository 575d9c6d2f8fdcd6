package org.pedcom.compliance;

import java.util.List;
import java.util.Locale;

import org.pedcom.internal.Require;
import org.pedcom.internal.Texts;
import org.pedcom.rule.Severity;

/**
 * A compliance report as a methodist reads it: the verdict, the findings with their clause, citation and evidence,
 * what is due next, and the status of every clause. Russian by default, English on request.
 */
public final class ReportText {

    private ReportText() {
    }

    /** Renders {@code report} in {@code language}: {@code "ru"} (default) or {@code "en"}. */
    public static String render(ComplianceReport report, String language) {
        Require.nonNull(report, "report");
        boolean en = "en".equals(Require.nonNull(language, "language"));
        StringBuilder out = new StringBuilder();
        long violations = report.findingsOfSeverity(Severity.VIOLATION).size();
        long warnings = report.findingsOfSeverity(Severity.WARNING).size();
        out.append(en ? "Compliance report: community " : "Заключение о соответствии: сообщество ").append(report.community()).append('\n');
        out.append(en ? "Regulation: " : "Положение: ").append(report.profileTitle()).append(" (").append(report.profile()).append(")\n");
        out.append(en ? "Edition: " : "Редакция: ").append(report.edition().id()).append(", ").append(report.edition().adoption()).append('\n');
        if (!report.settings().isEmpty()) {
            out.append(en ? "Settings: " : "Параметры: ").append(report.settings()).append('\n');
        }
        out.append(en ? "As of: " : "Дата оценки: ").append(en ? report.asOf().toString() : Texts.ru(report.asOf())).append('\n');
        out.append(en ? "Verdict: " : "Итог: ").append(verdict(report.verdict(), en))
                .append(en ? " (" + violations + " violation(s), " + warnings + " warning(s))"
                        : " (нарушений: " + violations + ", предупреждений: " + warnings + ")").append("\n");
        if (!report.findings().isEmpty()) {
            out.append('\n').append(en ? "Findings:" : "Замечания:").append('\n');
            int n = 1;
            for (Finding f : report.findings()) {
                out.append(String.format(Locale.ROOT, "%3d. [%s] %s%n", n++, severity(f.severity(), en), f.citation()));
                f.period().ifPresent(p -> out.append(en ? "     Period: " : "     Период: ").append(p.label()).append('\n'));
                out.append("     ").append(f.message().in(en ? "en" : "ru")).append('\n');
                out.append(en ? "     How to fix: " : "     Как исправить: ").append(f.hint().in(en ? "en" : "ru")).append('\n');
                if (!f.evidence().isEmpty()) {
                    out.append(en ? "     Evidence: " : "     Основание: ").append(evidence(f.evidence(), en)).append('\n');
                }
            }
        }
        if (!report.obligations().isEmpty()) {
            out.append('\n').append(en ? "Due next:" : "Предстоит:").append('\n');
            for (Obligation o : report.obligations()) {
                out.append("  ").append(en ? o.dueBy().toString() : "до " + Texts.ru(o.dueBy())).append(" — ")
                        .append(o.what().in(en ? "en" : "ru")).append(" (").append(o.citation()).append(")\n");
            }
        }
        out.append('\n').append(en ? "By clause:" : "По пунктам:").append('\n');
        for (ClauseSummary c : report.clauses()) {
            out.append(String.format(Locale.ROOT, "  %-8s %s%n", c.clause().number(), status(c.status(), en)));
        }
        return out.toString();
    }

    private static String evidence(Evidence e, boolean en) {
        List<String> parts = new java.util.ArrayList<>();
        if (!e.meetings().isEmpty()) {
            parts.add((en ? "meetings " : "заседания ") + e.meetings());
        }
        if (!e.workers().isEmpty()) {
            parts.add((en ? "workers " : "педагоги ") + e.workers());
        }
        if (!e.acts().isEmpty()) {
            parts.add((en ? "acts " : "акты ") + e.acts());
        }
        if (!e.documents().isEmpty()) {
            parts.add((en ? "documents " : "документы ") + e.documents());
        }
        return String.join("; ", parts);
    }

    private static String verdict(Verdict v, boolean en) {
        return switch (v) {
            case COMPLIES -> en ? "COMPLIES" : "СООТВЕТСТВУЕТ";
            case VIOLATED -> en ? "VIOLATIONS FOUND" : "ЕСТЬ НАРУШЕНИЯ";
        };
    }

    private static String severity(Severity s, boolean en) {
        return switch (s) {
            case VIOLATION -> en ? "violation" : "нарушение";
            case WARNING -> en ? "warning" : "предупреждение";
            case INFO -> en ? "info" : "сведение";
        };
    }

    static String status(ClauseStatus s, boolean en) {
        return switch (s) {
            case COMPLIED -> en ? "complied" : "соблюдается";
            case VIOLATED -> en ? "violated" : "нарушен";
            case NOT_YET_DUE -> en ? "not yet due" : "срок не наступил";
            case NOT_APPLICABLE -> en ? "not applicable" : "не применяется";
            case NOT_CHECKABLE -> en ? "not checkable" : "не проверяется";
        };
    }
}
