package org.pedcom.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.record.RecordFixtures;

class PersonalDataTest {

    private static final String NAME = "Кондрашова Елена Петровна";

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static PersonalData bornOn(String birthDate) {
        return new PersonalData(NAME, Optional.of(day(birthDate)), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private static PersonalData withConsents(Consent... consents) {
        return new PersonalData(NAME, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(consents));
    }

    @Test
    void toStringShowsNoneOfThePersonalData() {
        PersonalData data = RecordFixtures.aPersonalDataNamed(NAME);
        String printed = data.toString();
        assertThat(printed).doesNotContain(NAME, "Кондрашова", "1979", "02-14", "14.02",
                "e.kondrashova@rybnoe-school.example.ru", "373-15-27", "Почётная грамота", "Учитель года",
                "Рязанский государственный университет");
        assertThat(printed).isEqualTo("PersonalData[***]");
    }

    @Test
    void ageGrowsOnTheBirthdayNotTheDayBefore() {
        PersonalData data = bornOn("1979-02-14");
        assertThat(data.ageOn(day("2024-02-13"))).hasValue(44);
        assertThat(data.ageOn(day("2024-02-14"))).hasValue(45);
    }

    @Test
    void someoneBornOnTwentyNinthFebruaryGrowsOlderOnFirstMarchInCommonYears() {
        PersonalData data = bornOn("2000-02-29");
        assertThat(data.ageOn(day("2023-02-28"))).hasValue(22);
        assertThat(data.ageOn(day("2023-03-01"))).hasValue(23);
    }

    @Test
    void someoneBornOnTwentyNinthFebruaryGrowsOlderOnTheirBirthdayInLeapYears() {
        PersonalData data = bornOn("2000-02-29");
        assertThat(data.ageOn(day("2024-02-28"))).hasValue(23);
        assertThat(data.ageOn(day("2024-02-29"))).hasValue(24);
    }

    @Test
    void ageIsUnknownWithoutABirthDate() {
        assertThat(PersonalData.named(NAME).ageOn(day("2024-01-01"))).isEmpty();
    }

    @Test
    void publicationNeedsBothProcessingAndPublicationConsent() {
        LocalDate given = day("2024-09-02");
        Consent processing = Consent.given(ConsentPurpose.PROCESSING, given);
        Consent publication = Consent.given(ConsentPurpose.PUBLICATION, given);
        assertThat(withConsents(processing, publication).mayPublishOn(given)).isTrue();
        assertThat(withConsents(processing).mayPublishOn(given)).isFalse();
        assertThat(withConsents(publication).mayPublishOn(given)).isFalse();
        assertThat(withConsents().mayPublishOn(given)).isFalse();
    }

    @Test
    void consentsCountFromTheDayTheyWereGiven() {
        PersonalData data = withConsents(Consent.given(ConsentPurpose.PROCESSING, day("2024-09-02")),
                Consent.given(ConsentPurpose.PUBLICATION, day("2024-09-10")));
        assertThat(data.hasConsentOn(ConsentPurpose.PROCESSING, day("2024-09-01"))).isFalse();
        assertThat(data.hasConsentOn(ConsentPurpose.PROCESSING, day("2024-09-02"))).isTrue();
        assertThat(data.mayPublishOn(day("2024-09-09"))).isFalse();
        assertThat(data.mayPublishOn(day("2024-09-10"))).isTrue();
    }

    @Test
    void withdrawingProcessingConsentStopsPublicationFromTheWithdrawalDate() {
        PersonalData data = withConsents(
                new Consent(ConsentPurpose.PROCESSING, day("2024-09-02"), Optional.of(day("2025-05-20"))),
                Consent.given(ConsentPurpose.PUBLICATION, day("2024-09-02")));
        assertThat(data.mayPublishOn(day("2025-05-19"))).isTrue();
        assertThat(data.mayPublishOn(day("2025-05-20"))).isFalse();
        assertThat(data.hasConsentOn(ConsentPurpose.PUBLICATION, day("2025-05-20"))).isTrue();
    }

    @Test
    void aNewConsentAfterWithdrawalRestoresPublication() {
        PersonalData data = withConsents(
                new Consent(ConsentPurpose.PUBLICATION, day("2023-09-01"), Optional.of(day("2024-01-10"))),
                Consent.given(ConsentPurpose.PUBLICATION, day("2024-03-01")),
                Consent.given(ConsentPurpose.PROCESSING, day("2023-09-01")));
        assertThat(data.mayPublishOn(day("2024-01-09"))).isTrue();
        assertThat(data.mayPublishOn(day("2024-02-01"))).isFalse();
        assertThat(data.mayPublishOn(day("2024-03-01"))).isTrue();
    }

    @Test
    void blankFullNameIsRejectedWithoutQuotingIt() {
        String blank = " \t\u2003 ";
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalData.named(blank))
                .withMessageContaining("PersonalData.fullName")
                .withMessageNotContaining(blank)
                .withMessageNotContaining("'");
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalData.named(null))
                .withMessageContaining("PersonalData.fullName");
    }

    @Test
    void invalidFieldsBesideTheNameAreReportedWithoutQuotingTheName() {
        List<Contact> contacts = new ArrayList<>();
        contacts.add(new Contact(ContactKind.EMAIL, "e.kondrashova@rybnoe-school.example.ru"));
        contacts.add(null);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonalData(NAME, Optional.of(day("1979-02-14")), Optional.empty(), contacts,
                        List.of(), List.of(), List.of(), List.of(), List.of()))
                .withMessageContaining("PersonalData.contacts[1]")
                .withMessageNotContaining("Кондрашова")
                .withMessageNotContaining("1979")
                .withMessageNotContaining("e.kondrashova");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonalData(NAME, null, Optional.empty(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of()))
                .withMessageContaining("PersonalData.birthDate")
                .withMessageNotContaining("Кондрашова");
    }

    @Test
    void rejectsMissingListsNamingThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonalData(NAME, Optional.empty(), Optional.empty(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), null))
                .withMessageContaining("PersonalData.consents");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonalData(NAME, Optional.empty(), null, List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of()))
                .withMessageContaining("PersonalData.education");
    }

    @Test
    void mutatingSourceListsDoesNotChangeTheData() {
        List<Contact> contacts = new ArrayList<>(List.of(new Contact(ContactKind.PHONE, "+7 (491) 373-15-27")));
        List<Consent> consents = new ArrayList<>();
        List<String> awards = new ArrayList<>(List.of("Почётная грамота"));
        PersonalData data = new PersonalData(NAME, Optional.empty(), Optional.empty(), contacts, awards, List.of(),
                List.of(), List.of(), consents);
        contacts.clear();
        awards.add("Нагрудный знак");
        consents.add(Consent.given(ConsentPurpose.PROCESSING, day("2020-01-01")));
        consents.add(Consent.given(ConsentPurpose.PUBLICATION, day("2020-01-01")));
        assertThat(data.contacts()).hasSize(1);
        assertThat(data.awards()).containsExactly("Почётная грамота");
        assertThat(data.mayPublishOn(day("2024-01-01"))).isFalse();
    }

    @Test
    void consentWithdrawnBeforeItWasGivenIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Consent(ConsentPurpose.PROCESSING, day("2024-09-02"), Optional.of(day("2024-09-01"))))
                .withMessageContaining("Consent.withdrawnOn")
                .withMessageContaining("withdrawal 2024-09-01 is before consent 2024-09-02");
    }

    @Test
    void consentWithdrawnTheDayItWasGivenIsNeverValid() {
        Consent consent = new Consent(ConsentPurpose.PROCESSING, day("2024-09-02"), Optional.of(day("2024-09-02")));
        assertThat(consent.isValidOn(day("2024-09-01"))).isFalse();
        assertThat(consent.isValidOn(day("2024-09-02"))).isFalse();
        assertThat(consent.isValidOn(day("2024-09-03"))).isFalse();
    }

    @Test
    void consentRejectsMissingFields() {
        assertThatIllegalArgumentException().isThrownBy(() -> Consent.given(null, day("2024-09-02")))
                .withMessageContaining("Consent.purpose");
        assertThatIllegalArgumentException().isThrownBy(() -> Consent.given(ConsentPurpose.PROCESSING, null))
                .withMessageContaining("Consent.givenOn");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Consent(ConsentPurpose.PROCESSING, day("2024-09-02"), null))
                .withMessageContaining("Consent.withdrawnOn");
    }
}
