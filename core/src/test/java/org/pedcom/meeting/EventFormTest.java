package org.pedcom.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link EventForm} is an open vocabulary compared by code. */
class EventFormTest {

    @Test
    void formsWithTheSameCodeAreEqualWhateverTheTitle() {
        EventForm retitled = EventForm.of("master-class", "мастер-класс для молодых педагогов");
        assertThat(retitled).isEqualTo(EventForm.MASTER_CLASS).hasSameHashCodeAs(EventForm.MASTER_CLASS);
        assertThat(EventForm.OPEN_EVENT).isNotEqualTo(EventForm.OPEN_LESSON);
    }

    @Test
    void aProfileMayAddItsOwnForm() {
        assertThat(EventForm.of("logo-gathering", "логопосиделки")).isEqualTo(EventForm.of("logo-gathering", "посиделки"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad Code", "Seminar", "семинар", "_seminar", "open event"})
    void rejectsBadCodesQuotingThem(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> EventForm.of(code, "семинар"))
                .withMessageContaining("EventForm.code")
                .withMessageContaining("'" + code + "'");
    }

    @Test
    void rejectsBlankCodeOrTitle() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventForm.of(" ", "семинар"))
                .withMessageStartingWith("EventForm.code:");
        assertThatIllegalArgumentException().isThrownBy(() -> EventForm.of("seminar", ""))
                .withMessageStartingWith("EventForm.title:");
    }
}
