package org.pedcom.adapters.json.internal;

import static org.pedcom.adapters.json.internal.Codecs.TEXT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pedcom.adapters.json.ExpectedFinding;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.Verdict;
import org.pedcom.record.CommunityRecord;

/** Codecs of scenario files: as written, before the files they name are resolved. */
public final class ScenarioCodecs {

    private ScenarioCodecs() {
    }

    /** What a scenario file expects. */
    public record Expectation(Optional<Verdict> verdict, List<ExpectedFinding> findings, boolean onlyThese,
                              Map<String, ClauseStatus> clauses) {
    }

    /** A scenario file as written. */
    public record ScenarioFile(String name, Optional<String> description, Optional<String> profile,
                               Optional<String> profileFile, Map<String, String> settings, LocalDate asOf,
                               Optional<CommunityRecord> record, Optional<String> recordFile, Expectation expect) {
    }

    public static final ObjectCodec<ExpectedFinding> EXPECTED_FINDING;
    public static final ObjectCodec<Expectation> EXPECTATION;
    public static final ObjectCodec<ScenarioFile> SCENARIO;

    static {
        var f = ObjectCodec.<ExpectedFinding>builder("ExpectedFinding", "ожидаемое замечание", "an expected finding");
        var fClause = f.optional("clause", TEXT, ExpectedFinding::clause);
        var fClauseId = f.optional("clauseId", Codecs.CODE, ExpectedFinding::clauseId);
        var fRule = f.optional("rule", Codecs.CODE, ExpectedFinding::rule);
        var fSeverity = f.optional("severity", Codes.SEVERITY, ExpectedFinding::severity);
        var fPeriod = f.optional("period", TEXT, ExpectedFinding::period);
        var fCount = f.defaulted("count", Codecs.integer(1, 1000), ExpectedFinding::count, 1);
        EXPECTED_FINDING = f.build(v -> new ExpectedFinding(v.get(fClause), v.get(fClauseId), v.get(fRule), v.get(fSeverity),
                v.get(fPeriod), v.get(fCount)));

        var e = ObjectCodec.<Expectation>builder("Expectation", "ожидание", "an expectation");
        var eVerdict = e.optional("verdict", Codes.VERDICT, Expectation::verdict);
        var eFindings = e.list("findings", EXPECTED_FINDING, Expectation::findings);
        var eOnly = e.defaulted("onlyThese", Codecs.BOOLEAN, Expectation::onlyThese, true);
        var eClauses = e.defaulted("clauses", Codecs.map(Codes.CLAUSE_STATUS, false), Expectation::clauses, Map.of());
        EXPECTATION = e.build(v -> new Expectation(v.get(eVerdict), v.get(eFindings), v.get(eOnly), v.get(eClauses)));

        var s = ObjectCodec.<ScenarioFile>builder("Scenario", "сценарий", "a scenario").ignoring("$schema");
        var sName = s.required("name", TEXT, ScenarioFile::name);
        var sDescription = s.optional("description", TEXT, ScenarioFile::description);
        var sProfile = s.optional("profile", Codecs.CODE, ScenarioFile::profile);
        var sProfileFile = s.optional("profileFile", TEXT, ScenarioFile::profileFile);
        var sSettings = s.defaulted("settings", ProfileCodecs.SETTINGS, ScenarioFile::settings, Map.of());
        var sAsOf = s.required("asOf", Codecs.DATE, ScenarioFile::asOf);
        var sRecord = s.optional("record", RecordCodecs.COMMUNITY_RECORD, ScenarioFile::record);
        var sRecordFile = s.optional("recordFile", TEXT, ScenarioFile::recordFile);
        var sExpect = s.required("expect", EXPECTATION, ScenarioFile::expect);
        s.checking((v, out) -> {
            if (v.get(sRecord).isPresent() == v.get(sRecordFile).isPresent()) {
                out.problem("record", "укажите ровно одно из: record, recordFile", "give exactly one of record, recordFile");
            }
        });
        SCENARIO = s.build(v -> new ScenarioFile(v.get(sName), v.get(sDescription), v.get(sProfile), v.get(sProfileFile),
                v.get(sSettings), v.get(sAsOf), v.get(sRecord), v.get(sRecordFile), v.get(sExpect)));
    }
}
