package org.pedcom.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
