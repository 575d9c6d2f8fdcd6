package org.pedcom.adapters.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import org.pedcom.adapters.json.internal.ScenarioCodecs;
import org.pedcom.adapters.json.internal.TreeDocuments;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.ClauseSummary;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;

/**
 * Profile test cases as JSON: reads scenario files and runs them against a profile, comparing the report with what
 * each scenario expects. The samples' command-line checker calls {@link #runAll(List, Profiles)} and prints
 * {@link #format(List)}, so a regional team checks its profile without writing Java.
 *
 * <pre>{@code
 * List<ScenarioResult> results = Scenarios.runAll(List.of(Path.of("my-profile/scenarios")), Profiles.load());
 * System.out.println(Scenarios.format(results));
 * }</pre>
 *
 * <p>Comparison: every expected finding must be matched by as many findings of the report as its {@code count};
 * with {@code onlyThese} (the default) every finding left over is unexpected. A stated verdict and clause statuses
 * must be equal.
 */
public final class Scenarios {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(PedcomJson.constraints(JsonLimits.defaults()))
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private Scenarios() {
    }

    /**
     * Reads a scenario file, checked against {@code scenario.schema.json}; {@code recordFile} and
     * {@code profileFile} are resolved against the file's directory.
     *
     * @throws JsonInputException listing every problem of the scenario (or of the record file it names)
     */
    public static Scenario read(Path file) throws IOException {
        ScenarioCodecs.ScenarioFile s;
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            s = TreeDocuments.check(p, file.toString(), "scenario.schema.json", null).build(ScenarioCodecs.SCENARIO);
        }
        Path dir = file.toAbsolutePath().getParent();
        CommunityRecord record = s.record().isPresent() ? s.record().get()
                : PedcomJson.standard().readRecord(dir.resolve(s.recordFile().orElseThrow()).normalize());
        return new Scenario(s.name(), s.description(), Optional.of(file), s.profile().map(ProfileId::of),
                s.profileFile().map(f -> dir.resolve(f).normalize()), ProfileSettings.of(s.settings()), s.asOf(), record,
                s.expect().verdict(), s.expect().findings(), s.expect().onlyThese(), s.expect().clauses());
    }

    /** Runs {@code scenario} against {@code profile}, whatever profile the scenario names. */
    public static ScenarioResult run(Scenario scenario, Profile profile) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(profile, "profile");
        ComplianceReport report;
        try {
            report = Compliance.evaluate(scenario.record(), profile, scenario.asOf());
        } catch (IllegalArgumentException e) {
            return failed(scenario, e.getMessage());
        }
        return compare(scenario, report);
    }

    /** Runs the scenario files against one profile (for example a profile file being written). */
    public static List<ScenarioResult> run(Profile profile, List<Path> scenarioFiles) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : expand(scenarioFiles)) {
            try {
                Scenario s = read(file);
                if (s.profile().isPresent() && !s.profile().get().equals(profile.id())) {
                    results.add(failed(s, "сценарий для профиля «" + s.profile().get() + "», а проверяется «" + profile.id()
                            + "» / the scenario is for profile '" + s.profile().get() + "', not '" + profile.id() + "'"));
                } else {
                    results.add(run(s, profile));
                }
            } catch (IOException e) {
                results.add(unreadable(file, e));
            }
        }
        return results;
    }

    /**
     * Runs scenario files and directories of them (every {@code *.json} directly inside, in name order), each
     * against the profile it names: a {@code profileFile}, or an id found in {@code registry} built with the
     * scenario's settings.
     */
    public static List<ScenarioResult> runAll(List<Path> filesOrDirectories, Profiles registry) {
        Map<Path, Profile> profileFiles = new HashMap<>();
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : expand(filesOrDirectories)) {
            Scenario s;
            try {
                s = read(file);
            } catch (IOException e) {
                results.add(unreadable(file, e));
                continue;
            }
            Profile profile;
            try {
                if (s.profileFile().isPresent()) {
                    Path pf = s.profileFile().get();
                    profile = profileFiles.get(pf);
                    if (profile == null) {
                        profile = JsonProfiles.standard().read(pf);
                        profileFiles.put(pf, profile);
                    }
                } else if (s.profile().isPresent()) {
                    profile = registry.profile(s.profile().get(), s.settings());
                } else {
                    results.add(failed(s, "сценарий не называет профиль: укажите profile или profileFile"
                            + " / the scenario names no profile: give profile or profileFile"));
                    continue;
                }
            } catch (IOException | IllegalArgumentException e) {
                results.add(failed(s, "профиль не загружен / the profile did not load: " + e.getMessage()));
                continue;
            }
            results.add(run(s, profile));
        }
        return results;
    }

    /** One block per scenario and a last line with the totals. */
    public static String format(List<ScenarioResult> results) {
        StringBuilder b = new StringBuilder();
        for (ScenarioResult r : results) {
            b.append(r.format()).append('\n');
        }
        long passed = results.stream().filter(ScenarioResult::passed).count();
        b.append("сценариев: ").append(results.size()).append(", пройдено: ").append(passed)
                .append(" / scenarios: ").append(results.size()).append(", passed: ").append(passed);
        return b.toString();
    }

    static ScenarioResult compare(Scenario s, ComplianceReport report) {
        List<String> differences = new ArrayList<>();
        s.verdict().ifPresent(v -> {
            if (v != report.verdict()) {
                differences.add("вердикт: ожидался " + code(v) + ", получен " + code(report.verdict())
                        + " / verdict: expected " + code(v) + ", got " + code(report.verdict()));
            }
        });
        List<Finding> left = new ArrayList<>(report.findings());
        List<ExpectedFinding> missing = new ArrayList<>();
        List<ExpectedFinding> bySpecificity = new ArrayList<>(s.findings());
        bySpecificity.sort(Comparator.comparingInt(ExpectedFinding::specificity).reversed());
        for (ExpectedFinding e : bySpecificity) {
            int found = 0;
            for (int i = 0; i < left.size() && found < e.count(); ) {
                if (e.matches(left.get(i))) {
                    left.remove(i);
                    found++;
                } else {
                    i++;
                }
            }
            if (found < e.count()) {
                missing.add(e);
                differences.add("нет ожидаемого замечания: " + e.describe() + " (найдено " + found + " из " + e.count()
                        + ") / missing finding: " + e.describe() + " (found " + found + " of " + e.count() + ")");
            }
        }
        List<Finding> unexpected = s.onlyThese() ? List.copyOf(left) : List.of();
        for (Finding f : unexpected) {
            differences.add("лишнее замечание / unexpected finding: п. " + f.clauseNumber() + " [" + f.rule() + ", "
                    + code(f.severity()) + f.period().map(p -> ", «" + p.label() + "»").orElse("") + "] " + f.message().ru());
        }
        s.clauses().forEach((clause, expected) -> {
            List<ClauseSummary> lines = report.clauses().stream()
                    .filter(c -> c.clause().number().equals(clause) || c.clause().id().value().equals(clause)).toList();
            if (lines.isEmpty()) {
                differences.add("пункта «" + clause + "» нет в редакции / clause '" + clause + "' is not in the edition");
            } else if (lines.stream().noneMatch(c -> c.status() == expected)) {
                String got = code(lines.get(0).status());
                differences.add("п. " + clause + ": ожидалось состояние " + code(expected) + ", получено " + got
                        + " / clause " + clause + ": expected " + code(expected) + ", got " + got);
            }
        });
        return new ScenarioResult(s.label(), Optional.of(s), Optional.of(report), missing, unexpected, differences);
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static ScenarioResult failed(Scenario s, String why) {
        return new ScenarioResult(s.label(), Optional.of(s), Optional.empty(), List.of(), List.of(), List.of(why));
    }

    private static ScenarioResult unreadable(Path file, IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException
                ? "файл не найден / file not found: " + e.getMessage()
                : e instanceof JsonInputException ? e.getMessage() : "файл не прочитан / the file could not be read: " + e.getMessage();
        return new ScenarioResult(file.toString(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(why));
    }

    private static List<Path> expand(List<Path> filesOrDirectories) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrDirectories) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
