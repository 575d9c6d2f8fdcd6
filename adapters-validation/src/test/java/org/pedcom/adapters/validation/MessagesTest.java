package org.pedcom.adapters.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pedcom.compliance.Finding;

/**
 * Messages are interpolated after the validator ran, in the locale the message interpolator is given; the
 * validator hands over both languages as parameters and the bundle of that locale picks one.
 */
class MessagesTest {

    private static final LocalDate A_YEAR_LATER = LocalDate.of(2026, 10, 1);

    private final CommunityRecordSource form = SeedCommunities.seed("rybnovsky-pps").sampleForm();

    @Test
    void inRussianAViolationReadsAsTheCitationAndTheFindingsRussianMessage() {
        assertThat(Validators.russianOn(A_YEAR_LATER).validate(form)).isNotEmpty().allSatisfy(v -> {
            Finding f = ComplianceViolations.finding(v).orElseThrow();
            assertThat(v.getMessage()).isEqualTo(f.citation() + ": " + f.message().ru());
        });
    }

    @Test
    void inEnglishAViolationReadsAsTheFindingsEnglishMessageWithTheClauseNumber() {
        assertThat(Validators.englishOn(A_YEAR_LATER).validate(form)).isNotEmpty().allSatisfy(v -> {
            Finding f = ComplianceViolations.finding(v).orElseThrow();
            assertThat(v.getMessage())
                    .isEqualTo(f.message().en() + " (clause " + f.clauseNumber() + "; " + f.citation() + ")");
        });
    }

    @Test
    void warningsSayTheyAreWarnings() {
        var yaya = SeedCommunities.seed("yaya-osmp").sampleForm();

        assertThat(Validators.russianOn(A_YEAR_LATER).validate(yaya, ComplianceWarnings.class))
                .isNotEmpty().allSatisfy(v -> assertThat(v.getMessage()).startsWith("Предупреждение — п"));
        assertThat(Validators.englishOn(A_YEAR_LATER).validate(yaya, ComplianceWarnings.class))
                .isNotEmpty().allSatisfy(v -> assertThat(v.getMessage()).startsWith("Warning: "));
    }

    @Test
    void aLocaleResolverChoosesTheLanguagePerValidationAsAPortalDoesPerRequest() {
        ThreadLocal<Locale> request = ThreadLocal.withInitial(() -> Validators.RUSSIAN);
        Validator validator = Validators.configuration()
                .locales(Set.of(Validators.RUSSIAN, Locale.ENGLISH))
                .localeResolver(context -> request.get())
                .clockProvider(() -> Validators.clockOn(A_YEAR_LATER))
                .buildValidatorFactory().getValidator();

        List<String> russian = messages(validator.validate(form));
        request.set(Locale.ENGLISH);
        List<String> english = messages(validator.validate(form));

        assertThat(russian).allSatisfy(m -> assertThat(m).contains("Положения о ППС").doesNotContain("clause"));
        assertThat(english).allSatisfy(m -> assertThat(m).contains("(clause "));
    }

    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLocaleIsRussian() {
        Locale jvm = Locale.getDefault();
        try {
            Locale.setDefault(Validators.RUSSIAN);
            Validator validator = Validators.configuration().locales(Set.of(Validators.RUSSIAN, Locale.ENGLISH))
                    .defaultLocale(Locale.ENGLISH).clockProvider(() -> Validators.clockOn(A_YEAR_LATER))
                    .buildValidatorFactory().getValidator();

            assertThat(messages(validator.validate(form))).allSatisfy(m -> assertThat(m).contains("(clause "));
        } finally {
            Locale.setDefault(jvm);
        }
    }

    @Test
    void ourMessagesResolveEvenWhenThePortalReplacesTheValidationMessagesBundle() {
        // A portal's own ValidationMessages.properties shadows ours on the class path; Hibernate Validator then
        // still finds our texts in ContributorValidationMessages, which it aggregates from every jar.
        Validator validator = Validators.configuration()
                .messageInterpolator(new ResourceBundleMessageInterpolator(
                        new PlatformResourceBundleLocator("PortalOwnMessages"), Set.of(Validators.RUSSIAN),
                        Validators.RUSSIAN, context -> context.getDefaultLocale(), false))
                .clockProvider(() -> Validators.clockOn(A_YEAR_LATER))
                .buildValidatorFactory().getValidator();

        assertThat(messages(validator.validate(form))).isNotEmpty()
                .allSatisfy(m -> assertThat(m).startsWith("п").doesNotContain("{org.pedcom"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_ru"})
    void theContributorBundleSaysExactlyWhatValidationMessagesSays(String suffix) throws IOException {
        assertThat(bundle("ContributorValidationMessages" + suffix)).isEqualTo(bundle("ValidationMessages" + suffix));
    }

    @Test
    void russianAndEnglishBundlesHaveTheSameKeysAndTheBaseBundleIsEnglish() throws IOException {
        assertThat(bundle("ValidationMessages_ru").keySet()).isEqualTo(bundle("ValidationMessages").keySet());
        assertThat(bundle("ValidationMessages_en")).isEqualTo(bundle("ValidationMessages"));
    }

    private static List<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
