package org.pedcom.profiles.tomsk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear.profile;

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
import org.pedcom.calendar.PeriodKind;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profile.spi.ProfileProvider;
import org.pedcom.regulation.Clause;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.Rule;

class LogoposidelkiProfileTest {

    private static Edition edition() {
        return profile().editions().get(0);
    }

    @Test
    void isFoundByServiceLoaderUnderItsIdAndTitle() {
        Profiles profiles = Profiles.load();

        assertThat(profiles.ids()).contains(ProfileId.of("tomsk-logoposidelki"));
        ProfileProvider provider = profiles.provider(ProfileId.of("tomsk-logoposidelki")).orElseThrow();
        assertThat(provider).isInstanceOf(LogoposidelkiProfileProvider.class);
        assertThat(provider.title()).isEqualTo("Положение о Школе передового опыта учителей-логопедов, "
                + "учителей-дефектологов ОО и ДОО «Логопосиделки»");

        Profile profile = profiles.profile("tomsk-logoposidelki");
        assertThat(profile.id()).isEqualTo(ProfileId.of("tomsk-logoposidelki"));
        assertThat(profile.title()).isEqualTo(provider.title());
        assertThat(profile.issuingBody()).isEqualTo("МАУ ИМЦ г. Томска");
    }

    @Test
    void offersTheQuarterParameterWithTheCalendarQuarterAsDefault() {
        ProfileProvider provider = new LogoposidelkiProfileProvider();

        assertThat(provider.parameters()).first().satisfies(p -> {
            assertThat(p.name()).isEqualTo("quarter");
            assertThat(p.allowed()).containsExactly("calendar", "academic");
            assertThat(p.defaultValue()).isEqualTo("calendar");
            assertThat(p.description().ru()).contains("ГК РФ, ст. 192").contains("четверть");
        });
        assertThat(profile().settings()).containsEntry("quarter", "calendar");
        assertThat(profile("academic").settings()).containsEntry("quarter", "academic");
    }

    @Test
    void offersTheLeaderReadingParameterWithOneLeaderAsDefault() {
        ProfileProvider provider = new LogoposidelkiProfileProvider();

        assertThat(provider.parameters()).extracting(p -> p.name()).containsExactly("quarter", "leader-reading");
        assertThat(provider.parameters().get(1)).satisfies(p -> {
            assertThat(p.allowed()).containsExactly("one-leader", "methodist-curator");
            assertThat(p.defaultValue()).isEqualTo("one-leader");
            assertThat(p.description().ru()).contains("2.3").contains("2.6");
        });
        assertThat(profile().settings()).isEqualTo(Map.of("quarter", "calendar", "leader-reading", "one-leader"));
    }

    @Test
    void buildsTheFrequencyRuleFromTheResolvedQuarterReading() {
        assertThat(frequencyOf(profile()).per()).isEqualTo(PeriodKind.CALENDAR_QUARTER);
        assertThat(frequencyOf(profile("academic")).per()).isEqualTo(PeriodKind.ACADEMIC_QUARTER);
    }

    private static MeetingFrequency frequencyOf(Profile profile) {
        return (MeetingFrequency) profile.editions().get(0).rules().stream()
                .filter(r -> r.id().value().equals("events-per-quarter")).findFirst().orElseThrow().requirement();
    }

    @Test
    void rejectsAQuarterReadingItDoesNotKnow() {
        Profiles profiles = Profiles.load();
        ProfileId id = ProfileId.of("tomsk-logoposidelki");

        assertThatThrownBy(() -> profiles.profile(id, ProfileSettings.of(Map.of("quarter", "month"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quarter");
    }

    @Test
    void recordsTheChosenSettingsInTheReport() {
        ComplianceReport report = Compliance.evaluate(aCompliantCommunityYear(), profile("academic"),
                LogoposidelkiCommunityYear.AS_OF);

        assertThat(report.settings()).containsEntry("quarter", "academic");
    }

    @Test
    void hasOneUndatedEditionCitedHonestlyFromTheLastDayOf2021() {
        Profile profile = profile();

        assertThat(profile.editions()).hasSize(1);
        Edition edition = edition();
        assertThat(edition.id()).isEqualTo("2021-undated");
        assertThat(edition.effectiveFrom()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(edition.effectiveTo()).isEmpty();
        assertThat(edition.adoption()).isEqualTo("приложение № 14 к приказу МАУ ИМЦ г. Томска от __.__.2021 № __");
        assertThat(profile.citation(edition, List.of(ClauseId.of("p2-5"))))
                .isEqualTo("п. 2.5 Положения о Школе передового опыта «Логопосиделки», "
                        + "приложение № 14 к приказу МАУ ИМЦ г. Томска от __.__.2021 № __");
    }

    @Test
    void judgesNothingBeforeTheTextWasCertainlyInForce() {
        assertThat(profile().editionOn(LocalDate.of(2021, 12, 30))).isEmpty();
        assertThat(profile().editionOn(LocalDate.of(2021, 12, 31))).isPresent();
        assertThatThrownBy(() -> Compliance.evaluate(aCompliantCommunityYear(), profile(), LocalDate.of(2021, 12, 30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsEveryClauseAndListItemInPrintedOrderWithNumbersAsPrintedAndNoInventedTwoFour() {
        List<String> numbers = edition().clauses().stream().map(Clause::number).toList();

        assertThat(numbers).containsExactly(
                "1.1", "1.2",
                "1.3", "1.3 (абз. 2)", "1.3 (абз. 3)",
                "1.4", "1.4 (абз. 2)", "1.4 (абз. 3)", "1.4 (абз. 4)", "1.4 (абз. 5)",
                "1.5", "1.5 (абз. 2)", "1.5 (абз. 3)",
                "1.6", "1.6 (абз. 2)", "1.6 (абз. 3)",
                "2.1", "2.2", "2.3", "2.5",
                "2.6", "2.6 (абз. 2)", "2.6 (абз. 3)", "2.6 (абз. 4)",
                "3.1", "3.2");
        assertThat(numbers).doesNotContain("2.4");
        assertThat(edition().clause(ClauseId.of("p2-5")).orElseThrow().interpretation())
                .hasValueSatisfying(i -> assertThat(i).contains("2.4"));
    }

    @Test
    void keepsTheOriginalWordingOfTheClauses() {
        assertThat(edition().clause(ClauseId.of("p2-5")).orElseThrow().text())
                .isEqualTo("В рамках ШПО мероприятия проводятся не реже 1 раза в квартал.");
        assertThat(edition().clause(ClauseId.of("p1-6-method-2")).orElseThrow().text())
                .isEqualTo("электронный мониторинг по GOOGL-ссылке.");
        assertThat(edition().clause(ClauseId.of("p3-2")).orElseThrow().text())
                .isEqualTo("Документация ШПО находится в информационно-методическом центре.");
    }

    @Test
    void quotesEveryClauseVerbatimAndInPrintedOrderFromTheOriginalText() throws IOException {
        String original;
        try (InputStream in = LogoposidelkiProfileTest.class.getResourceAsStream("/regulation-000.txt")) {
            original = normalised(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        int from = 0;
        for (Clause c : edition().clauses()) {
            int at = original.indexOf(normalised(c.text()), from);
            assertThat(at).as("text of clause %s is not quoted verbatim, in order", c.number()).isGreaterThanOrEqualTo(0);
            from = at + 1;
        }
    }

    /** Drops the list bullets and collapses whitespace. */
    private static String normalised(String text) {
        return text.replace("·", " ").replaceAll("\\s+", " ").trim();
    }

    @Test
    void theReadmeTableHasARowForEveryClauseAndNamesEveryRuleOfBothReadings() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        for (Clause c : edition().clauses()) {
            assertThat(readme).as("README row of clause %s", c.number()).contains("| " + c.number() + " | `" + c.id() + "` |");
        }
        for (Profile p : List.of(profile(), curatorProfile())) {
            for (Rule r : p.editions().get(0).rules()) {
                assertThat(readme).as("README mentions rule %s", r.id()).contains("`" + r.id() + "`");
            }
        }
    }

    private static Profile curatorProfile() {
        return Profiles.load().profile(ProfileId.of("tomsk-logoposidelki"),
                ProfileSettings.of(Map.of("leader-reading", "methodist-curator")));
    }

    @Test
    void underTheCuratorReadingClause23IsAboutTheCuratorAnd26AboutTheLeader() {
        Map<String, List<String>> rules = curatorProfile().editions().get(0).rules().stream()
                .collect(Collectors.toMap(r -> r.id().value(), r -> r.clauses().stream().map(ClauseId::value).toList()));

        assertThat(rules).doesNotContainKey("leader-is-imc-methodist")
                .containsEntry("curator-is-imc-methodist", List.of("p2-3"))
                .containsEntry("leader-appointed-by-department-order", List.of("p2-6"))
                .containsEntry("leader-in-place", List.of("p2-6"))
                .hasSize(13);
    }

    @Test
    void citesOrExplainsEveryClauseSoNothingIsSkippedSilently() {
        Edition edition = edition();
        Set<ClauseId> cited = edition.rules().stream().flatMap(r -> r.clauses().stream()).collect(Collectors.toSet());

        for (Clause clause : edition.clauses()) {
            boolean isCited = cited.contains(clause.id());
            assertThat(isCited ^ clause.notCheckable().isPresent())
                    .as("clause %s (%s) must be either cited by a rule or marked not checkable, not both",
                            clause.id(), clause.number())
                    .isTrue();
        }
        assertThat(edition.uncitedClauses()).allSatisfy(c -> assertThat(c.notCheckable()).isPresent());
    }

    @Test
    void marksGoalsTasksAndTheGoogleMonitoringAsNotCheckable() {
        Set<String> notCheckable = edition().clauses().stream().filter(c -> c.notCheckable().isPresent())
                .map(c -> c.id().value()).collect(Collectors.toSet());

        assertThat(notCheckable).containsExactlyInAnyOrder("p1-1", "p1-3", "p1-3-goal-1", "p1-3-goal-2", "p1-4",
                "p1-4-task-1", "p1-4-task-2", "p1-4-task-3", "p1-4-task-4", "p1-6-method-2", "p2-2");
    }

    @Test
    void drawsTwelveRulesEachTracedToItsClauses() {
        Map<String, List<String>> rules = edition().rules().stream().collect(Collectors.toMap(r -> r.id().value(),
                r -> r.clauses().stream().map(ClauseId::value).toList()));

        assertThat(rules).containsOnly(
                Map.entry("report-indicators", List.of("p1-5", "p1-5-indicator-1", "p1-5-indicator-2", "p1-6", "p1-6-method-1")),
                Map.entry("annual-plan", List.of("p2-1", "p1-2")),
                Map.entry("leader-is-imc-methodist", List.of("p2-3")),
                Map.entry("events-per-quarter", List.of("p2-5", "p2-6-duty-2")),
                Map.entry("leader-appointed-by-department-order", List.of("p2-6", "p2-3")),
                Map.entry("plan-drafted-by-leader", List.of("p2-6-duty-1", "p2-1")),
                Map.entry("event-protocol", List.of("p3-1")),
                Map.entry("event-registration-sheet", List.of("p3-1")),
                Map.entry("annual-report", List.of("p3-1", "p2-6-duty-3")),
                Map.entry("protocols-kept-at-imc", List.of("p3-2", "p3-1")),
                Map.entry("registration-sheets-kept-at-imc", List.of("p3-2", "p3-1")),
                Map.entry("annual-report-kept-at-imc", List.of("p3-2", "p3-1")));
        assertThat(edition().rules()).extracting(Rule::severity).allSatisfy(s -> assertThat(s.name()).isEqualTo("VIOLATION"));
    }
}
