package org.pedcom.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DocumentKind} is an open vocabulary compared by code. */
class DocumentKindTest {

    @Test
    void kindsWithTheSameCodeAreEqualWhateverTheTitle() {
        DocumentKind retitled = DocumentKind.of("work-plan", "план работы МО на учебный год");
        assertThat(retitled).isEqualTo(DocumentKind.WORK_PLAN).hasSameHashCodeAs(DocumentKind.WORK_PLAN);
        assertThat(DocumentKind.WORK_PLAN).isNotEqualTo(DocumentKind.PRELIMINARY_PLAN);
    }

    @Test
    void aProfileMayAddItsOwnKind() {
        assertThat(DocumentKind.of("methodical-bulletin", "методический вестник").code()).isEqualTo("methodical-bulletin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad Code", "WORK_PLAN", "протокол", ".plan", "work plan"})
    void rejectsBadCodesQuotingThem(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentKind.of(code, "план"))
                .withMessageContaining("DocumentKind.code")
                .withMessageContaining("'" + code + "'");
    }

    @Test
    void rejectsBlankCodeOrTitle() {
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentKind.of("", "план"))
                .withMessageStartingWith("DocumentKind.code:");
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentKind.of("plan", "  "))
                .withMessageStartingWith("DocumentKind.title:");
    }
}
