package org.pedcom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PeriodKindTest {

    @ParameterizedTest
    @EnumSource(PeriodKind.class)
    void everyKindIsFoundByItsCode(PeriodKind kind) {
        assertThat(PeriodKind.fromCode(kind.code())).isEqualTo(kind);
    }

    @Test
    void codesAreTheStableExternalNames() {
        assertThat(PeriodKind.values()).extracting(PeriodKind::code)
                .containsExactly("school-year", "half-year", "academic-quarter", "calendar-quarter", "month");
    }

    @Test
    void unknownCodeMessageListsTheKnownCodes() {
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodKind.fromCode("quarter"))
                .withMessageContaining("PeriodKind.code")
                .withMessageContaining("unknown period kind 'quarter'")
                .withMessageContaining("[school-year, half-year, academic-quarter, calendar-quarter, month]");
    }

    @Test
    void codesAreCaseSensitive() {
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodKind.fromCode("MONTH"))
                .withMessageContaining("'MONTH'");
    }

    @Test
    void rejectsAMissingCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodKind.fromCode(null))
                .withMessageContaining("PeriodKind.code");
    }
}
