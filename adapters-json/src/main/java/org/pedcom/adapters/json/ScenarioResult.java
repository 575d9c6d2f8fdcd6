package org.pedcom.adapters.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;

/**
 * What running a {@link Scenario} gave: passed when there is no difference between the report and the
 * expectation.
 *
 * @param label       the scenario's file name and name, for people
 * @param scenario    the scenario, unless its file could not be read
 * @param report      the report, unless the scenario could not be run
 * @param missing     expected findings the report lacks (each with how many were missing)
 * @param unexpected  findings the report has and the scenario did not expect
 * @param differences every difference in words, Russian and English, the missing and unexpected findings included
 */
public record ScenarioResult(String label, Optional<Scenario> scenario, Optional<ComplianceReport> report, List<ExpectedFinding> missing,
                             List<Finding> unexpected, List<String> differences) {

    public ScenarioResult {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(report, "report");
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        differences = List.copyOf(differences);
    }

    public boolean passed() {
        return differences.isEmpty();
    }

    /** «OK  complies.json (…)» or «FAIL …» followed by one line per difference. */
    public String format() {
        StringBuilder b = new StringBuilder(passed() ? "OK    " : "FAIL  ").append(label);
        for (String d : differences) {
            b.append("\n      - ").append(d);
        }
        return b.toString();
    }
}
