package org.pedcom.profiles.kamensk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.Compliance;
import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profile.spi.ProfileProvider;
import org.pedcom.regulation.Clause;
import org.pedcom.rule.Rule;

class KamenskUralskyMoProfileTest {

    private static final List<String> PRINTED_NUMBERS = List.of(
            "1.1", "1.2", "1.3", "2 (абз. 1)", "3.1", "3.2", "3.3", "3.4", "3.5",
            "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "5.1", "5.2", "5.3",
            "6.1", "6.2", "6.3", "6.4", "6.5", "7.1", "7.2", "7.3", "7.4",
            "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "9.1", "9.2", "9.3", "9.4", "9.5", "9.6", "10 (абз. 1)");

    private final Edition edition = KamenskMoCommunityYear.profile().editions().get(0);

    @Test
    void providerIsFoundByServiceLoaderWithItsIdAndTitle() {
        Profiles profiles = Profiles.load();

        ProfileProvider provider = profiles.provider(ProfileId.of("kamensk-uralsky-mo")).orElseThrow();
        Profile profile = profiles.profile("kamensk-uralsky-mo");

        assertThat(provider).isInstanceOf(KamenskUralskyMoProfileProvider.class);
        assertThat(provider.title()).startsWith("Положение о методическом объединении педагогических работников, "
                + "оказывающих психолого-педагогическую помощь");
        assertThat(profile.id().value()).isEqualTo("kamensk-uralsky-mo");
        assertThat(profile.title()).isEqualTo(provider.title()).endsWith("Каменск-Уральского городского округа");
        assertThat(profile.editions()).singleElement().satisfies(e -> {
            assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2024, 9, 2));
            assertThat(e.adoption()).isEqualTo("утв. приказом директора ЦПМСС № 46-Д от 02.09.2024");
        });
    }

    @Test
    void theEditionIsInForceWithoutEndFromTheDayOfItsAdoption() {
        Profile profile = KamenskMoCommunityYear.profile();

        assertThat(profile.editions().get(0).effectiveTo()).isEmpty();
        assertThat(profile.editionOn(LocalDate.of(2124, 1, 1))).isPresent();
        assertThat(profile.editionOn(LocalDate.of(2024, 9, 2))).isPresent();
        assertThat(profile.editionOn(LocalDate.of(2024, 9, 1))).isEmpty();
        assertThatThrownBy(() -> Compliance.evaluate(KamenskMoCommunityYear.aCompliantCommunityYear(), profile,
                LocalDate.of(2024, 9, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyClauseIsCitedByARuleOrMarkedNotCheckableButNeverBoth() {
        Set<String> cited = edition.rules().stream().flatMap(r -> r.clauses().stream()).map(Object::toString)
                .collect(Collectors.toSet());

        for (Clause c : edition.clauses()) {
            boolean isCited = cited.contains(c.id().value());
            assertThat(isCited || c.notCheckable().isPresent()).as("clause %s is skipped silently", c.number()).isTrue();
            assertThat(isCited && c.notCheckable().isPresent()).as("clause %s is both cited and not checkable", c.number())
                    .isFalse();
        }
    }

    @Test
    void clausesFollowTheNumberingAsPrinted() {
        assertThat(edition.clauses()).extracting(Clause::number).containsExactlyElementsOf(PRINTED_NUMBERS);
    }

    @Test
    void everyClauseQuotesTheOriginalTextInPrintedOrder() throws IOException {
        String original = normalised(originalText());

        int from = 0;
        for (Clause c : edition.clauses()) {
            int at = original.indexOf(normalised(c.text()), from);
            assertThat(at).as("text of clause %s is not quoted verbatim, in order", c.number()).isGreaterThanOrEqualTo(0);
            from = at;
        }
    }

    @Test
    void theRulesAreTheDocumentedFourteen() {
        assertThat(edition.rules()).extracting(r -> r.id().value()).containsExactly(
                "host-is-cpmss", "composition-order-yearly", "work-plan-approved", "sessions-per-half-year", "session-protocol",
                "session-protocol-content", "supervisor-deputy-director", "membership-by-application", "analysis-of-year",
                "work-plan-electronic", "teacher-data-bank", "practice-bank", "open-event-scenario",
                "event-registration-sheet");
        assertThat(edition.rule(org.pedcom.rule.RuleId.of("composition-order-yearly")).map(Rule::clauses).orElseThrow())
                .extracting(Object::toString).containsExactly("p1-3", "p9-1");
        assertThat(edition.rule(org.pedcom.rule.RuleId.of("session-protocol")).map(Rule::clauses).orElseThrow())
                .extracting(Object::toString).containsExactly("p5-2", "p9-6");
    }

    @Test
    void theReadmeTableListsEveryClauseAndEveryRule() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        for (Clause c : edition.clauses()) {
            assertThat(readme).as("README row of clause %s", c.number()).contains("| " + c.number() + " | `" + c.id() + "` |");
        }
        for (Rule r : edition.rules()) {
            assertThat(readme).as("README mentions rule %s", r.id()).contains("`" + r.id() + "`");
        }
    }

    @Test
    void reportsRecordTheResolvedSettings() {
        var defaults = KamenskMoCommunityYear.judge(KamenskMoCommunityYear.aCompliantCommunityYear());
        var chosen = KamenskMoCommunityYear.judge(KamenskMoCommunityYear.aCompliantCommunityYear(),
                KamenskMoCommunityYear.profileWith("item-outcome", "decision-or-recommendation"));

        assertThat(defaults.settings()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "item-outcome", "decision-and-recommendation", "plan-deadline", "none"));
        assertThat(chosen.settings()).containsEntry("item-outcome", "decision-or-recommendation")
                .containsEntry("plan-deadline", "none");
    }

    @Test
    void buildsTheDefaultProfileWhenCalledDirectlyWithoutSettings() {
        Profile direct = new KamenskUralskyMoProfileProvider().create(ProfileSettings.defaults());

        assertThat(direct.settings()).containsEntry("item-outcome", "decision-and-recommendation")
                .containsEntry("plan-deadline", "none");
    }

    @Test
    void refusesAValueTheParameterDoesNotAllow() {
        assertThatThrownBy(() -> KamenskMoCommunityYear.profileWith("item-outcome", "decision-only"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item-outcome");
    }

    private static String originalText() throws IOException {
        try (InputStream in = KamenskUralskyMoProfileTest.class.getResourceAsStream("/regulation-001.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Drops the «[bookmark: …]» artefacts of the conversion and collapses whitespace. */
    private static String normalised(String text) {
        return text.replaceAll("\\[bookmark: [^\\]]*\\]", "").replaceAll("\\s+", " ").trim();
    }
}
