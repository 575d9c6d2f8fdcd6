package org.pedcom.people;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

import org.pedcom.internal.Require;

/**
 * One grant of a qualification category. Under the attestation order in force until 31 August 2023 a category
 * lasted five years; приказ № 196 (in force from 1 September 2023) grants categories without end date.
 *
 * <p>Invariant: {@link QualificationCategory#METHODIST} and {@link QualificationCategory#MENTOR} cannot be granted
 * before 1 September 2023.
 *
 * @param category  the category
 * @param grantedOn the date of the attestation commission's decision
 */
public record CategoryGrant(QualificationCategory category, LocalDate grantedOn) {

    /** The day приказ Минпросвещения России № 196 от 24.03.2023 came into force. */
    public static final LocalDate ORDER_196_IN_FORCE = LocalDate.of(2023, Month.SEPTEMBER, 1);

    public CategoryGrant {
        Require.nonNull(category, "CategoryGrant.category");
        Require.nonNull(grantedOn, "CategoryGrant.grantedOn");
        // tested before the message is built: grants are made for every worker read
        if (category.requiresHighest() && grantedOn.isBefore(ORDER_196_IN_FORCE)) {
            Require.fail("CategoryGrant.grantedOn",
                    "категория «" + category.russianName() + "» существует с 01.09.2023, дата присвоения " + grantedOn,
                    "category " + category + " exists from 2023-09-01, granted on " + grantedOn);
        }
    }

    public static CategoryGrant of(QualificationCategory category, LocalDate grantedOn) {
        return new CategoryGrant(category, grantedOn);
    }

    /** The last day the category is valid; empty for grants without end date (from 1 September 2023). */
    public Optional<LocalDate> lastValidDay() {
        return grantedOn.isBefore(ORDER_196_IN_FORCE)
                ? Optional.of(grantedOn.plusYears(5).minusDays(1))
                : Optional.empty();
    }

    public boolean isValidOn(LocalDate date) {
        Require.nonNull(date, "date");
        return !date.isBefore(grantedOn)
                && (!grantedOn.isBefore(ORDER_196_IN_FORCE) || date.isBefore(grantedOn.plusYears(5)));
    }
}
