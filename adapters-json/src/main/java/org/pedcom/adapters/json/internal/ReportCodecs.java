package org.pedcom.adapters.json.internal;

import static org.pedcom.adapters.json.internal.Codecs.TEXT;

import java.util.Map;

import org.pedcom.compliance.ClauseRef;
import org.pedcom.compliance.ClauseSummary;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.EditionRef;
import org.pedcom.compliance.Evidence;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.JudgedPeriod;
import org.pedcom.compliance.Obligation;

/** Codecs of the compliance report. */
public final class ReportCodecs {

    private ReportCodecs() {
    }

    public static final ObjectCodec<ClauseRef> CLAUSE_REF;
    public static final ObjectCodec<EditionRef> EDITION_REF;
    public static final ObjectCodec<Evidence> EVIDENCE;
    public static final ObjectCodec<JudgedPeriod> JUDGED_PERIOD;
    public static final ObjectCodec<Finding> FINDING;
    public static final ObjectCodec<Obligation> OBLIGATION;
    public static final ObjectCodec<ClauseSummary> CLAUSE_SUMMARY;
    public static final ObjectCodec<ComplianceReport> COMPLIANCE_REPORT;

    static {
        var clause = ObjectCodec.<ClauseRef>builder("ClauseRef", "ссылка на пункт", "a clause reference");
        var crId = clause.required("id", ProfileCodecs.CLAUSE_ID, ClauseRef::id);
        var crNumber = clause.required("number", TEXT, ClauseRef::number);
        CLAUSE_REF = clause.build(v -> new ClauseRef(v.get(crId), v.get(crNumber)));

        var edition = ObjectCodec.<EditionRef>builder("EditionRef", "ссылка на редакцию", "an edition reference");
        var erId = edition.required("id", TEXT, EditionRef::id);
        var erFrom = edition.required("effectiveFrom", Codecs.DATE, EditionRef::effectiveFrom);
        var erAdoption = edition.required("adoption", TEXT, EditionRef::adoption);
        EDITION_REF = edition.build(v -> new EditionRef(v.get(erId), v.get(erFrom), v.get(erAdoption)));

        var evidence = ObjectCodec.<Evidence>builder("Evidence", "основания", "evidence");
        var evMeetings = evidence.list("meetings", RecordCodecs.MEETING_ID, Evidence::meetings);
        var evWorkers = evidence.list("workers", RecordCodecs.WORKER_ID, Evidence::workers);
        var evActs = evidence.list("acts", TEXT, Evidence::acts);
        var evDocuments = evidence.list("documents", TEXT, Evidence::documents);
        EVIDENCE = evidence.build(v -> new Evidence(v.get(evMeetings), v.get(evWorkers), v.get(evActs), v.get(evDocuments)));

        var period = ObjectCodec.<JudgedPeriod>builder("JudgedPeriod", "период проверки", "a judged period");
        var jpKind = period.required("kind", Codes.PERIOD_KIND, JudgedPeriod::kind);
        var jpRange = period.required("range", RecordCodecs.DATE_RANGE, JudgedPeriod::range);
        var jpLabel = period.required("label", TEXT, JudgedPeriod::label);
        JUDGED_PERIOD = period.build(v -> new JudgedPeriod(v.get(jpKind), v.get(jpRange), v.get(jpLabel)));

        var finding = ObjectCodec.<Finding>builder("Finding", "замечание", "a finding");
        // "ruleId" and "clause" (the number as printed) first: what a portal or a shell script reads of a finding
        var fRule = finding.required("ruleId", ProfileCodecs.RULE_ID, Finding::rule);
        finding.defaulted("clause", TEXT, Finding::clauseNumber, "");
        var fKind = finding.required("kind", TEXT, Finding::kind);
        var fClauses = finding.list("clauses", CLAUSE_REF, Finding::clauses);
        var fCitation = finding.required("citation", TEXT, Finding::citation);
        var fSeverity = finding.required("severity", Codes.SEVERITY, Finding::severity);
        var fMessage = finding.required("message", ProfileCodecs.LOCALIZED_TEXT, Finding::message);
        var fHint = finding.required("hint", ProfileCodecs.LOCALIZED_TEXT, Finding::hint);
        var fEvidence = finding.required("evidence", EVIDENCE, Finding::evidence);
        var fPeriod = finding.optional("period", JUDGED_PERIOD, Finding::period);
        var fEdition = finding.required("edition", TEXT, Finding::edition);
        FINDING = finding.build(v -> new Finding(v.get(fRule), v.get(fKind), v.get(fClauses), v.get(fCitation), v.get(fSeverity),
                v.get(fMessage), v.get(fHint), v.get(fEvidence), v.get(fPeriod), v.get(fEdition)));

        var obligation = ObjectCodec.<Obligation>builder("Obligation", "предстоящее дело", "an obligation");
        var oRule = obligation.required("ruleId", ProfileCodecs.RULE_ID, Obligation::rule);
        var oClauses = obligation.list("clauses", CLAUSE_REF, Obligation::clauses);
        var oCitation = obligation.required("citation", TEXT, Obligation::citation);
        var oWhat = obligation.required("what", ProfileCodecs.LOCALIZED_TEXT, Obligation::what);
        var oDue = obligation.required("dueBy", Codecs.DATE, Obligation::dueBy);
        var oPeriod = obligation.optional("period", JUDGED_PERIOD, Obligation::period);
        var oEdition = obligation.required("edition", TEXT, Obligation::edition);
        OBLIGATION = obligation.build(v -> new Obligation(v.get(oRule), v.get(oClauses), v.get(oCitation), v.get(oWhat), v.get(oDue),
                v.get(oPeriod), v.get(oEdition)));

        var summary = ObjectCodec.<ClauseSummary>builder("ClauseSummary", "итог по пункту", "a clause summary");
        var csClause = summary.required("clause", CLAUSE_REF, ClauseSummary::clause);
        var csStatus = summary.required("status", Codes.CLAUSE_STATUS, ClauseSummary::status);
        var csRules = summary.list("rules", ProfileCodecs.RULE_ID, ClauseSummary::rules);
        CLAUSE_SUMMARY = summary.build(v -> new ClauseSummary(v.get(csClause), v.get(csStatus), v.get(csRules)));

        var report = ObjectCodec.<ComplianceReport>builder("ComplianceReport", "заключение о соответствии", "a compliance report")
                .ignoring("$schema");
        var rProfile = report.required("profile", ProfileCodecs.PROFILE_ID, ComplianceReport::profile);
        var rTitle = report.required("profileTitle", TEXT, ComplianceReport::profileTitle);
        var rSettings = report.defaulted("settings", ProfileCodecs.SETTINGS, ComplianceReport::settings, Map.of());
        var rEdition = report.required("edition", EDITION_REF, ComplianceReport::edition);
        var rApplied = report.list("editionsApplied", EDITION_REF, ComplianceReport::editionsApplied);
        var rCommunity = report.required("community", RecordCodecs.COMMUNITY_ID, ComplianceReport::community);
        var rAsOf = report.required("asOf", Codecs.DATE, ComplianceReport::asOf);
        var rVerdict = report.required("verdict", Codes.VERDICT, ComplianceReport::verdict);
        var rFindings = report.list("findings", FINDING, ComplianceReport::findings);
        var rObligations = report.list("obligations", OBLIGATION, ComplianceReport::obligations);
        var rClauses = report.list("clauses", CLAUSE_SUMMARY, ComplianceReport::clauses);
        COMPLIANCE_REPORT = report.build(v -> new ComplianceReport(v.get(rProfile), v.get(rTitle), v.get(rSettings), v.get(rEdition),
                v.get(rApplied), v.get(rCommunity), v.get(rAsOf), v.get(rVerdict), v.get(rFindings), v.get(rObligations), v.get(rClauses)));
    }
}
