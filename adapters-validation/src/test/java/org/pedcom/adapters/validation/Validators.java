package org.pedcom.adapters.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;

/**
 * Hibernate Validator set up as a portal would: messages in Russian or English, today from a clock the test fixes.
 * Factories are built once (they are costly); a validator per day is cheap.
 */
final class Validators {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private static final ValidatorFactory RUSSIAN_FACTORY = factory(RUSSIAN);
    private static final ValidatorFactory ENGLISH_FACTORY = factory(Locale.ENGLISH);

    private Validators() {
    }

    /** Messages in Russian, today being {@code day} in Moscow. */
    static Validator russianOn(LocalDate day) {
        return on(RUSSIAN_FACTORY, day);
    }

    /** Messages in English, today being {@code day} in Moscow. */
    static Validator englishOn(LocalDate day) {
        return on(ENGLISH_FACTORY, day);
    }

    static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(MOSCOW).toInstant(), MOSCOW);
    }

    static HibernateValidatorConfiguration configuration() {
        return Validation.byProvider(HibernateValidator.class).configure();
    }

    private static Validator on(ValidatorFactory factory, LocalDate day) {
        return factory.usingContext().clockProvider(() -> clockOn(day)).getValidator();
    }

    private static ValidatorFactory factory(Locale locale) {
        // The locale is set on the factory, never taken from the JVM default, so the tests mean the same anywhere.
        return configuration().locales(Set.of(RUSSIAN, Locale.ENGLISH)).defaultLocale(locale).buildValidatorFactory();
    }
}
