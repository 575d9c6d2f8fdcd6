package org.pedcom.people;

import java.time.LocalDate;
import java.util.Optional;

import org.pedcom.internal.Require;

/**
 * A worker's consent under 152-ФЗ, given on a date and possibly withdrawn later.
 *
 * @param purpose     processing or publication
 * @param givenOn     the date of the signed consent
 * @param withdrawnOn the date of withdrawal, if any
 */
public record Consent(ConsentPurpose purpose, LocalDate givenOn, Optional<LocalDate> withdrawnOn) {

    public Consent {
        Require.nonNull(purpose, "Consent.purpose");
        Require.nonNull(givenOn, "Consent.givenOn");
        Require.optional(withdrawnOn, "Consent.withdrawnOn");
        // tested before the message is built: consents are made on every record read
        if (withdrawnOn.isPresent() && withdrawnOn.get().isBefore(givenOn)) {
            LocalDate w = withdrawnOn.get();
            Require.fail("Consent.withdrawnOn", "отзыв " + w + " раньше согласия " + givenOn,
                    "withdrawal " + w + " is before consent " + givenOn);
        }
    }

    public static Consent given(ConsentPurpose purpose, LocalDate givenOn) {
        return new Consent(purpose, givenOn, Optional.empty());
    }

    /** Valid from the day it was given up to the day before withdrawal. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(givenOn) && withdrawnOn.map(date::isBefore).orElse(true);
    }
}
