package org.pedcom.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;

/** End-to-end: the packaged jar, started as a separate process. */
class CliIT {

    @Test
    void listsTheFiveSeedProfiles() throws Exception {
        CliProcess r = CliProcess.run("profiles");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("rybnovsky-pps — Положение о профессиональном педагогическом сообществе")
                .contains("kamensk-uralsky-mo").contains("sobolevskaya-ps").contains("tomsk-logoposidelki").contains("yaya-osmp")
                .contains("параметр counted-months = september-may");
    }

    @Test
    void explainsAProfileClauseByClause() throws Exception {
        CliProcess r = CliProcess.run("explain", "yaya-osmp", "--lang", "en");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("3.4  [p3-4-co-leader]").contains("rule status-term (status-term, violation)")
                .contains("not checkable: ");
    }

    @Test
    void anUnknownProfileIsOneClearLineAndExitCodeTwo() throws Exception {
        CliProcess r = CliProcess.run("explain", "tomsk");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("Ошибка: Неизвестный профиль «tomsk»").contains("rybnovsky-pps")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertThat(CliProcess.run().exitCode()).isEqualTo(2);
        assertThat(CliProcess.run("explain").exitCode()).isEqualTo(2);
        CliProcess badDate = CliProcess.run("explain", "rybnovsky-pps", "--as-of", "2025-02-30");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("2025-02-30").doesNotContain("\tat ");
    }

    private static final Path EXAMPLES = Path.of("../../adapters-json/src/main/resources/org/pedcom/adapters/json/examples/example-mo");

    @Test
    void checksARecordAndExitsWithOneOnViolations() throws Exception {
        Path record = Files.createTempFile("pedcom-record", ".json");
        Files.copy(EXAMPLES.resolve("community.json"), record, StandardCopyOption.REPLACE_EXISTING);

        CliProcess text = CliProcess.run("check", "--profile", "kamensk-uralsky-mo", "--as-of", "2025-09-20", record.toString());
        CliProcess json = CliProcess.run("check", "--profile", "kamensk-uralsky-mo", "--as-of", "2025-09-20", "--format", "json",
                record.toString());

        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("Итог: ЕСТЬ НАРУШЕНИЯ").contains("Положения").contains("Предстоит:");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).containsPattern("\"ruleId\" ?: ?\"[a-z-]+\"").containsPattern("\"clause\" ?: ?\"[0-9.]+")
                .containsPattern("\"severity\" ?: ?\"violation\"").contains("\"message\"");
        Files.delete(record);
    }

    @Test
    void runsTheScenariosOfAProfileWrittenAsJson() throws Exception {
        CliProcess r = CliProcess.run("test", EXAMPLES.resolve("profile.json").toString(),
                EXAMPLES.resolve("scenarios/complies.json").toString(),
                EXAMPLES.resolve("scenarios/quarter-without-meeting.json").toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("complies").contains("quarter-without-meeting");
    }

    @Test
    void importsRecordsAndSweepsTheDatabase() throws Exception {
        Path dir = Files.createTempDirectory("pedcom-db");
        String db = "jdbc:h2:file:" + dir.resolve("it") ;

        CliProcess imported = CliProcess.run("import", EXAMPLES.resolve("community.json").toString(), "--db", db);
        CliProcess again = CliProcess.run("import", EXAMPLES.resolve("community.json").toString(), "--db", db);
        CliProcess swept = CliProcess.run("sweep", "--db", db, "--as-of", "2025-09-20");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Загружено сообществ: 1");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err().strip().lines()).hasSize(1);
        assertThat(again.err()).contains("mo-primary").doesNotContain("\tat ");
        assertThat(swept.exitCode()).isEqualTo(1);
        assertThat(swept.out()).contains("mo-primary").contains("kamensk-uralsky-mo").contains("Нарушения по пунктам");
    }

    @Test
    void badInputIsOneClearLineWithExitCodeTwo() throws Exception {
        Path malformed = Files.createTempFile("pedcom-bad", ".json");
        Files.writeString(malformed, "{\"community\": {\"id\": \"x\",}");

        CliProcess missing = CliProcess.run("check", "--profile", "rybnovsky-pps", "--as-of", "2025-09-20", "no-such-file.json");
        CliProcess broken = CliProcess.run("check", "--profile", "rybnovsky-pps", "--as-of", "2025-09-20", malformed.toString());
        CliProcess unknown = CliProcess.run("check", "--profile", "nowhere", "--as-of", "2025-09-20", malformed.toString());
        CliProcess date = CliProcess.run("check", "--profile", "rybnovsky-pps", "--as-of", "2025-13-01", malformed.toString());

        for (CliProcess r : java.util.List.of(missing, broken, unknown, date)) {
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).startsWith("Ошибка").doesNotContain("\tat ").doesNotContain("Exception:");
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        }
        assertThat(missing.err()).contains("no-such-file.json");
        assertThat(broken.err()).contains("line 1");
        assertThat(unknown.err()).contains("nowhere").contains("rybnovsky-pps");
        assertThat(date.err()).contains("2025-13-01");
        Files.delete(malformed);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "kamensk-uralsky-mo  | 5.2;9.4;9.6",
            "rybnovsky-pps       | 4.7;4.8;4.8",
            "sobolevskaya-ps     | 3.1;Прил. 1 п. 5",
            "tomsk-logoposidelki | 2.5;3.1;3.2",
            "yaya-osmp           | 3.1;3.6.2;3.8 (абз. 6)"})
    void eachSampleCommunityShowsTheViolationsItsReadmePromises(String profile, String clauses) throws Exception {
        CliProcess r = CliProcess.run("check", "--profile", profile, "--as-of", "2025-09-20", "--format", "json",
                CliProcess.SAMPLES.resolve(profile + ".json").toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        org.pedcom.compliance.ComplianceReport report = org.pedcom.adapters.json.PedcomJson.standard().readReport(r.out());
        assertThat(report.violations()).extracting(org.pedcom.compliance.Finding::clauseNumber)
                .containsExactlyInAnyOrder(clauses.split(";"));
    }
}
