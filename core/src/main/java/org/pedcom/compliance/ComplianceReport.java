package org.pedcom.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pedcom.community.CommunityId;
import org.pedcom.internal.Require;
import org.pedcom.profile.ProfileId;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.Severity;

/**
 * «Заключение о соответствии»: a community record judged against a profile as of a date.
 *
 * @param profile         the profile's id
 * @param profileTitle    the regulation's title
 * @param settings        the profile parameters in effect
 * @param edition         the edition in force on {@code asOf}
 * @param editionsApplied every edition that judged something, oldest first
 * @param community       the community judged
 * @param asOf            the date of judgement
 * @param verdict         complies, or violated
 * @param findings        what is unmet, in a deterministic order
 * @param obligations     what is due next, by due date
 * @param clauses         every clause of {@code edition} with its status, in printed order
 */
public record ComplianceReport(ProfileId profile, String profileTitle, Map<String, String> settings,
                               EditionRef edition, List<EditionRef> editionsApplied, CommunityId community,
                               LocalDate asOf, Verdict verdict, List<Finding> findings, List<Obligation> obligations,
                               List<ClauseSummary> clauses) {

    public ComplianceReport {
        Require.nonNull(profile, "ComplianceReport.profile");
        Require.nonBlank(profileTitle, "ComplianceReport.profileTitle");
        settings = Require.mapOf(settings, "ComplianceReport.settings");
        Require.nonNull(edition, "ComplianceReport.edition");
        editionsApplied = Require.listOf(editionsApplied, "ComplianceReport.editionsApplied");
        Require.nonNull(community, "ComplianceReport.community");
        Require.nonNull(asOf, "ComplianceReport.asOf");
        Require.nonNull(verdict, "ComplianceReport.verdict");
        findings = Require.listOf(findings, "ComplianceReport.findings");
        obligations = Require.listOf(obligations, "ComplianceReport.obligations");
        clauses = Require.listOf(clauses, "ComplianceReport.clauses");
    }

    public List<Finding> violations() {
        return findings.stream().filter(f -> f.severity() == Severity.VIOLATION).toList();
    }

    public List<Finding> findingsOfSeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public Optional<ClauseSummary> clause(ClauseId id) {
        return clauses.stream().filter(c -> c.clause().id().equals(id)).findFirst();
    }
}
