package org.pedcom.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void toStringShowsTheKindButRedactsTheValue() {
        Contact email = new Contact(ContactKind.EMAIL, "o.smirnova@kuzminskaya-school.example.ru");
        assertThat(email.toString()).isEqualTo("Contact[EMAIL, ***]").doesNotContain("smirnova");
        assertThat(new Contact(ContactKind.PHONE, "+7 (912) 345-67-89").toString()).doesNotContain("345", "912");
    }

    @Test
    void keepsTheValueForThoseWhoAskForIt() {
        assertThat(new Contact(ContactKind.PHONE, "+7 (912) 345-67-89").value()).isEqualTo("+7 (912) 345-67-89");
    }

    @Test
    void rejectsABlankValueWithoutQuotingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Contact(ContactKind.EMAIL, "  "))
                .withMessageContaining("Contact.value")
                .withMessageNotContaining("'");
    }

    @Test
    void rejectsAMissingKindWithoutQuotingTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Contact(null, "o.smirnova@example.ru"))
                .withMessageContaining("Contact.kind")
                .withMessageNotContaining("smirnova");
    }
}
