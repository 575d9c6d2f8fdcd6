package org.pedcom.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.pedcom.internal.Require;

/**
 * Personal data of a pedagogical worker — the «банк данных о педагогах» of regulation 001, clause 9.4 — together
 * with the worker's consents under 152-ФЗ.
 *
 * <p>Kept apart from {@link PedagogicalWorker} so that nothing that judges compliance needs to touch it.
 * {@link #toString()} prints no content, and validation messages never quote a value. Age is not stored: it is
 * derived from the birth date on the date asked ({@link #ageOn(LocalDate)}).
 *
 * @param fullName     «ФИО»
 * @param birthDate    the birth date, if the worker gave it
 * @param education    «образование», free text
 * @param contacts     e-mail, phone, …
 * @param awards       «награды»
 * @param titles       «звания»
 * @param publications «публикации» and «авторские разработки»
 * @param contests     «участие в профессиональных конкурсах»
 * @param consents     consents to processing and, separately, to publication
 */
public record PersonalData(String fullName, Optional<LocalDate> birthDate, Optional<String> education,
                           List<Contact> contacts, List<String> awards, List<String> titles,
                           List<String> publications, List<String> contests, List<Consent> consents) {

    public PersonalData {
        Require.nonBlank(fullName, "PersonalData.fullName");
        Require.optional(birthDate, "PersonalData.birthDate");
        Require.optional(education, "PersonalData.education");
        contacts = Require.listOf(contacts, "PersonalData.contacts");
        awards = Require.listOf(awards, "PersonalData.awards");
        titles = Require.listOf(titles, "PersonalData.titles");
        publications = Require.listOf(publications, "PersonalData.publications");
        contests = Require.listOf(contests, "PersonalData.contests");
        consents = Require.listOf(consents, "PersonalData.consents");
    }

    /** Only a name, no other data and no consents. */
    public static PersonalData named(String fullName) {
        return new PersonalData(fullName, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    public OptionalInt ageOn(LocalDate date) {
        Require.nonNull(date, "date");
        return birthDate.map(b -> OptionalInt.of(Period.between(b, date).getYears())).orElse(OptionalInt.empty());
    }

    public boolean hasConsentOn(ConsentPurpose purpose, LocalDate date) {
        Require.nonNull(purpose, "purpose");
        Require.nonNull(date, "date");
        return consents.stream().anyMatch(c -> c.purpose() == purpose && c.isValidOn(date));
    }

    /** Publication needs both consents: processing (ст. 9) and the separate one to publication (ст. 10.1). */
    public boolean mayPublishOn(LocalDate date) {
        return hasConsentOn(ConsentPurpose.PROCESSING, date) && hasConsentOn(ConsentPurpose.PUBLICATION, date);
    }

    @Override
    public String toString() {
        return "PersonalData[***]";
    }
}
