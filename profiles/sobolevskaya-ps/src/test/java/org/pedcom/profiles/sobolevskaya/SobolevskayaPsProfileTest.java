package org.pedcom.profiles.sobolevskaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.afterTheYear;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Verdict;
import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.regulation.Clause;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.Rule;

class SobolevskayaPsProfileTest {

    private static final Profiles PROFILES = Profiles.load();

    @Test
    void isFoundByServiceLoaderUnderItsIdAndTitle() {
        assertThat(PROFILES.provider(ProfileId.of("sobolevskaya-ps"))).hasValueSatisfying(p -> {
            assertThat(p).isInstanceOf(SobolevskayaPsProfileProvider.class);
            assertThat(p.title()).isEqualTo("Положение о профессиональном сообществе учителей МОКУ «Соболевская средняя школа»");
        });
        Profile profile = PROFILES.profile("sobolevskaya-ps");
        assertThat(profile.id()).isEqualTo(ProfileId.of("sobolevskaya-ps"));
        assertThat(profile.issuingBody()).isEqualTo("МОКУ «Соболевская средняя школа»");
        assertThat(profile.editions()).singleElement().satisfies(e -> {
            assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2023, 1, 19));
            assertThat(e.adoption()).contains("протокол № 104 от 19.01.2023");
        });
    }

    @Test
    void recordsTheResolvedSettingsInTheProfileAndTheReport() {
        Profile profile = PROFILES.profile(ProfileId.of("sobolevskaya-ps"), ProfileSettings.of(Map.of("counted-months", "all-months")));

        assertThat(profile.settings()).containsEntry("counted-months", "all-months")
                .containsEntry("counted-events", "sessions")
                .containsEntry("leader-appointment-act", "recommended")
                .containsEntry("composition-order", "annual");
        assertThat(Compliance.evaluate(aCompliantCommunityYear(), profile, afterTheYear()).settings())
                .isEqualTo(profile.settings());
    }

    @Test
    void refusesAValueOutsideTheAllowedOnes() {
        assertThatThrownBy(() -> PROFILES.profile(ProfileId.of("sobolevskaya-ps"),
                ProfileSettings.of(Map.of("counted-months", "october-april"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counted-months");
    }

    @Test
    void keepsEveryClauseInPrintedOrderWithItsPrintedNumber() {
        Edition edition = PROFILES.profile("sobolevskaya-ps").editions().get(0);

        assertThat(edition.clauses()).extracting(Clause::number).containsExactly(
                "1.1", "1.2", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5",
                "2.1", "2.1 (абз. 2)", "2.2", "2.2 (абз. 2)", "2.2 (абз. 3)", "2.2 (абз. 4)", "2.2 (абз. 5)",
                "2.2 (абз. 5, подп. 1)", "2.2 (абз. 5, подп. 2)", "2.2 (абз. 5, подп. 3)", "2.2 (абз. 6)", "2.2 (абз. 7)",
                "2.3", "2.4", "3.1", "4.1", "4.2", "4.3",
                "Прил. 1 п. 1", "Прил. 1 п. 2", "Прил. 1 п. 3", "Прил. 1 п. 4", "Прил. 1 п. 5");
        assertThat(edition.clause(ClauseId.of("p3-1"))).hasValueSatisfying(c ->
                assertThat(c.text()).isEqualTo("Заседания ПС проводятся не реже 1 раза в месяц"));
    }

    @Test
    void everyClauseTextIsVerbatimFromTheRegulation() throws IOException {
        String regulation;
        try (InputStream in = getClass().getResourceAsStream("regulation-004.txt")) {
            regulation = normalised(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Edition edition = PROFILES.profile("sobolevskaya-ps").editions().get(0);

        assertThat(edition.clauses()).allSatisfy(c ->
                assertThat(regulation).as("text of %s", c.number()).contains(normalised(c.text())));
        assertThat(edition.clauses()).filteredOn(c -> c.number().matches("\\d+(\\.\\d+)+")).allSatisfy(c ->
                assertThat(regulation).as("number of %s", c.number()).contains(c.number() + ". " + normalised(c.text())));
    }

    @Test
    void everyClauseThatSaysPosStatesThatItIsTheSameCommunity() {
        Edition edition = PROFILES.profile("sobolevskaya-ps").editions().get(0);

        assertThat(edition.clauses()).filteredOn(c -> c.text().contains("ПОС")).extracting(Clause::number)
                .containsExactly("2.2 (абз. 7)", "2.3", "Прил. 1 п. 1", "Прил. 1 п. 4");
        assertThat(edition.clauses()).filteredOn(c -> c.text().contains("ПОС")).allSatisfy(c ->
                assertThat(c.interpretation()).as(c.number()).hasValueSatisfying(i -> assertThat(i).contains("«ПОС» = «ПС»")));
    }

    /** Markdown emphasis and line breaks are not part of the text. */
    private static String normalised(String text) {
        return text.replace("**", "").replaceAll("\\s+", " ").trim();
    }

    @Test
    void leavesNoClauseSilentlyUncheckedUnderAnySettings() {
        for (Map<String, String> settings : allSettings()) {
            Edition edition = PROFILES.profile(ProfileId.of("sobolevskaya-ps"), ProfileSettings.of(settings)).editions().get(0);
            Set<ClauseId> cited = edition.rules().stream().flatMap(r -> r.clauses().stream()).collect(Collectors.toSet());

            assertThat(edition.clauses()).as("settings %s", settings)
                    .allSatisfy(c -> assertThat(cited.contains(c.id()) || c.notCheckable().isPresent())
                            .as("clause %s is cited or not checkable", c.number()).isTrue());
            assertThat(edition.clauses()).as("a clause is never both checked and not checkable")
                    .noneMatch(c -> cited.contains(c.id()) && c.notCheckable().isPresent());
        }
    }

    @Test
    void buildsTheDocumentedRulesUnderDefaultSettings() {
        Edition edition = PROFILES.profile("sobolevskaya-ps").editions().get(0);

        assertThat(edition.rules()).extracting(r -> r.id().value()).containsExactly(
                "creation-by-director-order", "leader-teacher-from-group", "leader-appointed-by-order",
                "plan-tasks-have-events", "supervisor-deputy-head", "sessions-monthly",
                "composition-order-annual", "regulation-kept", "work-plan", "meeting-schedule", "annual-report");
        assertThat(edition.rules()).filteredOn(r -> r.id().value().equals("work-plan")).singleElement()
                .extracting(Rule::clauses).isEqualTo(List.of(ClauseId.of("app1-3"), ClauseId.of("p2-3")));
    }

    @Test
    void findsNoViolationInACompliantYear() {
        ComplianceReport report = Compliance.evaluate(aCompliantCommunityYear(), PROFILES.profile("sobolevskaya-ps"),
                afterTheYear());

        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
        assertThat(report.clauses()).filteredOn(c -> !c.rules().isEmpty())
                .allSatisfy(c -> assertThat(c.status()).as(c.clause().number()).isEqualTo(ClauseStatus.COMPLIED));
    }

    @Test
    void compliantYearCompliesUnderEverySetting() {
        for (Map<String, String> settings : allSettings()) {
            if (!settings.get("counted-months").equals("september-may")) {
                continue; // June–August have no session in the fixture: see MonthlySessionsTest
            }
            Profile profile = PROFILES.profile(ProfileId.of("sobolevskaya-ps"), ProfileSettings.of(settings));
            assertThat(Compliance.evaluate(aCompliantCommunityYear(), profile, afterTheYear()).findings())
                    .as("settings %s", settings).isEmpty();
        }
    }

    /** Every combination of the provider's parameter values. */
    static List<Map<String, String>> allSettings() {
        List<Map<String, String>> all = new ArrayList<>();
        all.add(Map.of());
        for (ProfileParameter p : new SobolevskayaPsProfileProvider().parameters()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : all) {
                for (String value : p.allowed()) {
                    Map<String, String> m = new HashMap<>(partial);
                    m.put(p.name(), value);
                    next.add(m);
                }
            }
            all = next;
        }
        return all;
    }
}
