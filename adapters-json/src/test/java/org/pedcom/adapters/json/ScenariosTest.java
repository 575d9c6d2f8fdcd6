package org.pedcom.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;

class ScenariosTest {

    private static Path example() {
        return Examples.root().resolve("example-mo");
    }

    private static Path scenario(Path dir, String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, body);
        return file;
    }

    private static String scenarioJson(String expect) {
        return "{\"name\": \"тест\", \"profile\": \"example-mo\", \"asOf\": \"2025-06-30\", \"recordFile\": \""
                + example().resolve("community.json").toString().replace("\\", "\\\\") + "\", \"expect\": " + expect + "}";
    }

    @Test
    void runsADirectoryOfScenariosAgainstTheProfileFileTheyNameAndSaysWhichPassed() {
        List<ScenarioResult> results = Scenarios.runAll(List.of(example().resolve("scenarios")), Profiles.load());

        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r.passed()).as(r.format()).isTrue());
        assertThat(Scenarios.format(results)).contains("OK    complies.json (Полный год без нарушений)",
                "сценариев: 2, пройдено: 2 / scenarios: 2, passed: 2");
    }

    @Test
    void reportsMissingAndUnexpectedFindingsAndAWrongVerdict() throws Exception {
        Scenario noThirdQuarter = Scenarios.read(example().resolve("scenarios/quarter-without-meeting.json"));
        Scenario expectingOtherThings = new Scenario(noThirdQuarter.name(), noThirdQuarter.description(), noThirdQuarter.file(),
                noThirdQuarter.profile(), noThirdQuarter.profileFile(), noThirdQuarter.settings(), noThirdQuarter.asOf(),
                noThirdQuarter.record(), java.util.Optional.of(org.pedcom.compliance.Verdict.COMPLIES),
                List.of(ExpectedFinding.atClause("3.1")), true, java.util.Map.of("2.1", org.pedcom.compliance.ClauseStatus.COMPLIED));
        Profile profile = JsonProfiles.standard().read(example().resolve("profile.json"));

        ScenarioResult result = Scenarios.run(expectingOtherThings, profile);

        assertThat(result.passed()).isFalse();
        assertThat(result.missing()).containsExactly(ExpectedFinding.atClause("3.1"));
        assertThat(result.unexpected()).singleElement().satisfies(f -> assertThat(f.clauseNumber()).isEqualTo("2.1"));
        assertThat(result.differences()).hasSize(4).anySatisfy(d -> assertThat(d).startsWith("вердикт: ожидался complies, получен violated"))
                .anySatisfy(d -> assertThat(d).startsWith("нет ожидаемого замечания: п. / clause 3.1"))
                .anySatisfy(d -> assertThat(d).contains("unexpected finding: п. 2.1 [meeting-every-quarter, violation, «3 четверть 2024/2025»]"))
                .anySatisfy(d -> assertThat(d).contains("п. 2.1: ожидалось состояние complied, получено violated"));
    }

    @Test
    void countsRepeatedExpectationsAndCanIgnoreFindingsNotListed(@TempDir Path dir) throws Exception {
        Profile profile = JsonProfiles.standard().read(example().resolve("profile.json"));
        Path twice = scenario(dir, "twice.json", scenarioJson("{\"findings\": [{\"clause\": \"2.1\", \"count\": 2}]}"));
        Path lenient = scenario(dir, "lenient.json", scenarioJson("{\"findings\": [], \"onlyThese\": false, \"verdict\": \"complies\"}"));

        List<ScenarioResult> results = Scenarios.run(profile, List.of(twice, lenient));

        assertThat(results.get(0).differences()).singleElement().asString().contains("found 0 of 2");
        assertThat(results.get(1).passed()).isTrue();
    }

    @Test
    void aScenarioThatCannotBeReadIsAFailureNamingEveryProblem(@TempDir Path dir) throws Exception {
        Path bad = scenario(dir, "bad.json", "{\"name\": \"x\", \"asOf\": \"2025-13-01\", \"recordFile\": \"r.json\", \"expect\": {}, \"extra\": 1}");

        List<ScenarioResult> results = Scenarios.runAll(List.of(bad), Profiles.load());

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.scenario()).isEmpty();
            assertThat(r.differences()).singleElement().asString().contains("/asOf", "/extra", "line 1");
        });
    }

    @Test
    void aScenarioForAnotherProfileOrNamingNoneFails(@TempDir Path dir) throws Exception {
        Profile profile = JsonProfiles.standard().read(example().resolve("profile.json"));
        Path other = scenario(dir, "other.json", scenarioJson("{}").replace("\"profile\": \"example-mo\"", "\"profile\": \"rybnovsky-pps\""));
        Path none = scenario(dir, "none.json", scenarioJson("{}").replace("\"profile\": \"example-mo\", ", ""));

        assertThat(Scenarios.run(profile, List.of(other)).get(0).differences()).singleElement().asString()
                .contains("the scenario is for profile 'rybnovsky-pps'");
        assertThat(Scenarios.runAll(List.of(none), Profiles.load()).get(0).differences()).singleElement().asString()
                .contains("names no profile");
    }
}
