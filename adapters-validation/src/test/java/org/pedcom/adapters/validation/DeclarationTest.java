package org.pedcom.adapters.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ValidationException;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.Compliance;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.Severity;

/** How a declaration is read: profile id, settings, groups — and what a wrong one says. */
class DeclarationTest {

    private static final LocalDate AFTER_THE_YEAR = LocalDate.of(2025, 9, 20);

    @CompliesWith(profile = "no-such-profile")
    record UnknownProfileForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    @CompliesWith(profile = "sobolevskaya-ps", settings = "counted-months")
    record MalformedSettingForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    @CompliesWith(profile = "sobolevskaya-ps", settings = "counted-months=every-full-moon")
    record DisallowedValueForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    @CompliesWith(profile = "sobolevskaya-ps", settings = "counted-months=all-months")
    record AllMonthsForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    @CompliesWith(profile = "sobolevskaya-ps", groups = {ComplianceWarnings.class, jakarta.validation.groups.Default.class})
    record MixedGroupsForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    @CompliesWith(profile = "rybnovsky-pps")
    record NoRecordForm() implements CommunityRecordSource {
        @Override
        public CommunityRecord communityRecord() {
            return null;
        }
    }

    private final CommunityRecord sample = SobolevskayaCommunityYear.aCompliantCommunityYear();

    @Test
    void anUnknownProfileFailsNamingEveryKnownProfile() {
        assertThatThrownBy(() -> Validators.russianOn(AFTER_THE_YEAR).validate(new UnknownProfileForm(sample)))
                .isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("no-such-profile")
                .hasStackTraceContaining("[kamensk-uralsky-mo, rybnovsky-pps, sobolevskaya-ps, tomsk-logoposidelki, yaya-osmp]");
    }

    @Test
    void aSettingNotWrittenAsNameEqualsValueFailsNamingIt() {
        assertThatThrownBy(() -> Validators.russianOn(AFTER_THE_YEAR).validate(new MalformedSettingForm(sample)))
                .isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("setting 'counted-months' is not name=value");
    }

    @Test
    void aValueTheProfileDoesNotAllowFailsNamingTheAllowedOnes() {
        assertThatThrownBy(() -> Validators.russianOn(AFTER_THE_YEAR).validate(new DisallowedValueForm(sample)))
                .isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("every-full-moon")
                .hasStackTraceContaining("september-may");
    }

    @Test
    void theWarningsGroupMixedWithAnotherGroupIsRefused() {
        assertThatThrownBy(() -> Validators.russianOn(AFTER_THE_YEAR).validate(new MixedGroupsForm(sample),
                ComplianceWarnings.class))
                .isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("declare the constraint twice");
    }

    @Test
    void settingsReachTheProfileAndGiveTheEnginesFindingsForThoseSettings() {
        var engine = Compliance.evaluate(sample, Profiles.load().profile(ProfileId.of("sobolevskaya-ps"),
                ProfileSettings.of(Map.of("counted-months", "all-months"))), AFTER_THE_YEAR).violations();

        var violations = Validators.russianOn(AFTER_THE_YEAR).validate(new AllMonthsForm(sample));

        assertThat(engine).as("all twelve months count: the summer has no meeting").isNotEmpty();
        assertThat(ComplianceViolations.findings(violations)).containsExactlyInAnyOrderElementsOf(engine);
        assertThat(Validators.russianOn(AFTER_THE_YEAR).validate(SeedCommunities.seed("sobolevskaya-ps").form()
                .apply(sample))).as("the default reading counts September to May").isEmpty();
    }

    @Test
    void theDateOfJudgementIsTodayByTheValidatorsClock() {
        var form = SeedCommunities.seed("rybnovsky-pps").sampleForm();

        assertThat(Validators.russianOn(LocalDate.of(2025, 9, 20)).validate(form)).isEmpty();
        assertThat(Validators.russianOn(LocalDate.of(2026, 9, 20)).validate(form)).isNotEmpty();
    }

    @Test
    void beforeTheRegulationIsInForceNothingIsDemanded() {
        var form = SeedCommunities.seed("rybnovsky-pps").sampleForm();

        assertThat(Validators.russianOn(LocalDate.of(2019, 1, 1)).validate(form)).isEmpty();
    }

    @Test
    void aPortalObjectWithoutARecordIsAPortalBugNotAFinding() {
        assertThatThrownBy(() -> Validators.russianOn(AFTER_THE_YEAR).validate(new NoRecordForm()))
                .isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("NoRecordForm.communityRecord() вернул null / returned null");
    }

    @Test
    void warningsAreNotViolationsByDefault() {
        var form = SeedCommunities.seed("yaya-osmp").sampleForm();
        LocalDate aYearLater = LocalDate.of(2026, 10, 1);

        var byDefault = ComplianceViolations.findings(Validators.russianOn(aYearLater).validate(form));
        var warnings = ComplianceViolations.findings(Validators.russianOn(aYearLater).validate(form, ComplianceWarnings.class));

        assertThat(byDefault).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.VIOLATION));
        assertThat(warnings).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.VIOLATION));
    }
}
