package org.pedcom.adapters.json;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.Verdict;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.record.CommunityRecord;

/**
 * A test case of a profile, as a regional team ships it beside its profile file: a community record, the date of
 * judgement and what the report must say — the findings expected by clause, optionally the verdict and the status
 * of some clauses. Read from a file with {@link Scenarios#read(Path)}; see {@code scenario.schema.json}.
 *
 * @param name        what the case shows, for example «нет заседания в феврале»
 * @param description more words, if any
 * @param file        the file it was read from, if any
 * @param profile     the profile's id, to be found on the class path, if named
 * @param profileFile a profile file, if given (resolved against the scenario's directory)
 * @param settings    the profile parameters to judge with
 * @param asOf        the date of judgement
 * @param record      the community judged
 * @param verdict     the verdict expected, if stated
 * @param findings    the findings expected
 * @param onlyThese   whether any finding not expected is a difference (the default)
 * @param clauses     the status expected of some clauses, by printed number or id
 */
public record Scenario(String name, Optional<String> description, Optional<Path> file, Optional<ProfileId> profile,
                       Optional<Path> profileFile, ProfileSettings settings, LocalDate asOf, CommunityRecord record,
                       Optional<Verdict> verdict, List<ExpectedFinding> findings, boolean onlyThese,
                       Map<String, ClauseStatus> clauses) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(profileFile, "profileFile");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        clauses = Map.copyOf(clauses);
    }

    /** A scenario built in code: judge {@code record} on {@code asOf} and expect exactly {@code findings}. */
    public static Scenario of(String name, CommunityRecord record, LocalDate asOf, List<ExpectedFinding> findings) {
        return new Scenario(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                ProfileSettings.defaults(), asOf, record, Optional.empty(), findings, true, Map.of());
    }

    /** The file name when read from one, else the name. */
    public String label() {
        return file.map(f -> f.getFileName() + " (" + name + ")").orElse(name);
    }
}
