package org.pedcom.adapters.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.groups.Default;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.adapters.validation.SeedCommunities.Seed;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.Finding;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.rule.Severity;

/**
 * The acceptance test of the bridge: for every seed profile's sample community, validating the portal object
 * gives the findings of calling the engine directly, clause for clause — on a day inside the sample year, on the
 * day its profile tests judge it, and a year later when nothing of the new year was done.
 */
class CompliesWithTest {

    private static final List<LocalDate> DAYS = List.of(
            LocalDate.of(2025, 3, 15), LocalDate.of(2025, 9, 20), LocalDate.of(2026, 10, 1));

    static Stream<Arguments> seedsAndDays() {
        return SeedCommunities.ALL.stream().flatMap(seed -> DAYS.stream().map(day -> Arguments.of(seed, day)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("seedsAndDays")
    void validatingThePortalObjectGivesTheViolationsOfTheEngineClauseForClause(Seed seed, LocalDate day) {
        CommunityRecordSource form = seed.sampleForm();
        List<Finding> engine = engineFindings(seed, form, day, Set.of(Severity.VIOLATION));

        Set<ConstraintViolation<CommunityRecordSource>> violations = Validators.russianOn(day).validate(form);

        assertThat(findingsOf(violations)).containsExactlyInAnyOrderElementsOf(engine);
        assertThat(violations).allSatisfy(v -> assertThat(v.getMessage())
                .contains(ComplianceViolations.finding(v).orElseThrow().citation()));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("seedsAndDays")
    void theWarningsGroupAddsTheWarningsAndInfosOfTheEngineClauseForClause(Seed seed, LocalDate day) {
        CommunityRecordSource form = seed.sampleForm();
        List<Finding> engine = engineFindings(seed, form, day, Set.of(Severity.values()));

        Set<ConstraintViolation<CommunityRecordSource>> violations = Validators.russianOn(day)
                .validate(form, Default.class, ComplianceWarnings.class);

        assertThat(findingsOf(violations)).containsExactlyInAnyOrderElementsOf(engine);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("seedsAndDays")
    void theWarningsGroupAloneReportsNoViolation(Seed seed, LocalDate day) {
        CommunityRecordSource form = seed.sampleForm();
        List<Finding> engine = engineFindings(seed, form, day, Set.of(Severity.WARNING, Severity.INFO));

        Set<ConstraintViolation<CommunityRecordSource>> violations = Validators.russianOn(day)
                .validate(form, ComplianceWarnings.class);

        assertThat(findingsOf(violations)).containsExactlyInAnyOrderElementsOf(engine);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void aYearOfNothingDoneIsReportedAsViolationsSoTheComparisonAboveIsNotVacuous(Seed seed) {
        LocalDate aYearLater = DAYS.get(DAYS.size() - 1);

        assertThat(Validators.russianOn(aYearLater).validate(seed.sampleForm())).isNotEmpty();
    }

    static Stream<Seed> seeds() {
        return SeedCommunities.ALL.stream();
    }

    private static List<Finding> engineFindings(Seed seed, CommunityRecordSource form, LocalDate day,
                                                Set<Severity> severities) {
        Profile profile = Profiles.load().profile(seed.profile());
        return Compliance.evaluate(form.communityRecord(), profile, day).findings().stream()
                .filter(f -> severities.contains(f.severity())).toList();
    }

    /** A validator returns a set; the engine's order is compared where order matters, in the report tests. */
    private static List<Finding> findingsOf(Set<? extends ConstraintViolation<?>> violations) {
        return ComplianceViolations.findings(List.copyOf(violations));
    }
}
