package org.pedcom.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.organisation.OrganisationId;

class DocumentTest {

    private static final SchoolYear Y2024 = SchoolYear.of(2024);

    private static Document standing(LocalDate date) {
        return new Document(DocumentKind.REGULATION, "Положение о ППС", date, DocumentForm.PAPER, Optional.empty(),
                Optional.empty());
    }

    private static Document ofYear(SchoolYear year) {
        return new Document(DocumentKind.WORK_PLAN, "План работы ППС", LocalDate.of(2024, 9, 12), DocumentForm.ELECTRONIC,
                Optional.of(OrganisationId.of("rybnovsky-uo")), Optional.of(year));
    }

    @Test
    void aYearsDocumentServesThatYearOnly() {
        assertThat(ofYear(Y2024).servesYear(Y2024)).isTrue();
        assertThat(ofYear(Y2024).servesYear(Y2024.next())).isFalse();
        assertThat(ofYear(Y2024).servesYear(Y2024.previous())).isFalse();
    }

    @Test
    void aStandingDocumentServesEveryYearEndingOnOrAfterItsDate() {
        assertThat(standing(LocalDate.of(2020, 3, 23)).servesYear(Y2024)).isTrue();
        assertThat(standing(LocalDate.of(2025, 8, 31)).servesYear(Y2024)).isTrue();
        assertThat(standing(LocalDate.of(2025, 9, 1)).servesYear(Y2024)).isFalse();
        assertThat(standing(LocalDate.of(2025, 9, 1)).servesYear(Y2024.next())).isTrue();
    }

    static Stream<Arguments> invalid() {
        LocalDate date = LocalDate.of(2024, 9, 12);
        return Stream.of(
                Arguments.of("Document.kind", (ThrowingCallable) () -> new Document(null, "План", date, DocumentForm.PAPER, Optional.empty(), Optional.empty())),
                Arguments.of("Document.title", (ThrowingCallable) () -> new Document(DocumentKind.WORK_PLAN, " ", date, DocumentForm.PAPER, Optional.empty(), Optional.empty())),
                Arguments.of("Document.date", (ThrowingCallable) () -> new Document(DocumentKind.WORK_PLAN, "План", null, DocumentForm.PAPER, Optional.empty(), Optional.empty())),
                Arguments.of("Document.form", (ThrowingCallable) () -> new Document(DocumentKind.WORK_PLAN, "План", date, null, Optional.empty(), Optional.empty())),
                Arguments.of("Document.keptAt", (ThrowingCallable) () -> new Document(DocumentKind.WORK_PLAN, "План", date, DocumentForm.PAPER, null, Optional.empty())),
                Arguments.of("Document.schoolYear", (ThrowingCallable) () -> new Document(DocumentKind.WORK_PLAN, "План", date, DocumentForm.PAPER, Optional.empty(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsMissingOrBlankFieldsNamingThem(String field, ThrowingCallable construction) {
        assertThatIllegalArgumentException().isThrownBy(construction).withMessageStartingWith(field + ":");
    }
}
