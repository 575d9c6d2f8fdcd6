package org.pedcom.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Position} is an open vocabulary compared by code. */
class PositionTest {

    @Test
    void positionsWithTheSameCodeAreEqualWhateverTheTitle() {
        Position primaryTeacher = Position.of("teacher", "учитель начальных классов");
        assertThat(primaryTeacher).isEqualTo(Position.TEACHER).hasSameHashCodeAs(Position.TEACHER);
    }

    @Test
    void positionsWithDifferentCodesDiffer() {
        assertThat(Position.of("tutor", "тьютор")).isNotEqualTo(Position.of("tutor-senior", "тьютор"));
        assertThat(Position.SPEECH_THERAPIST).isNotEqualTo(Position.DEFECTOLOGIST);
    }

    @Test
    void aPortalMayAddItsOwnPosition() {
        assertThat(Position.of("senior-counsellor.2_lvl", "старший вожатый").code()).isEqualTo("senior-counsellor.2_lvl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad Code", "Teacher", "учитель", "-teacher", "teacher/primary", "teacher code"})
    void rejectsBadCodesQuotingThem(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> Position.of(code, "учитель"))
                .withMessageContaining("Position.code")
                .withMessageContaining("'" + code + "'");
    }

    @Test
    void rejectsBlankCodeOrTitle() {
        assertThatIllegalArgumentException().isThrownBy(() -> Position.of("", "учитель"))
                .withMessageContaining("Position.code");
        assertThatIllegalArgumentException().isThrownBy(() -> Position.of("teacher", " "))
                .withMessageContaining("Position.title");
        assertThatIllegalArgumentException().isThrownBy(() -> Position.of("teacher", null))
                .withMessageContaining("Position.title");
    }
}
