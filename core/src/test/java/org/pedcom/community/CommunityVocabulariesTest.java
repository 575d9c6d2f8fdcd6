package org.pedcom.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The open vocabularies of the community package — {@link CommunityKind}, {@link CommunityForm}, {@link TerminationReason}. */
class CommunityVocabulariesTest {

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                Arguments.of("CommunityKind", (BiFunction<String, String, Object>) CommunityKind::of, CommunityKind.PPS,
                        "pps", "mo"),
                Arguments.of("CommunityForm", (BiFunction<String, String, Object>) CommunityForm::of, CommunityForm.CLUB,
                        "club", "creative-group"),
                Arguments.of("TerminationReason", (BiFunction<String, String, Object>) TerminationReason::of,
                        TerminationReason.TERM_EXPIRED, "term-expired", "liquidated"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void valuesWithTheSameCodeAreEqualWhateverTheTitle(String type, BiFunction<String, String, Object> of,
                                                        Object constant, String code, String otherCode) {
        Object retitled = of.apply(code, "другое название");
        assertThat(retitled).isEqualTo(constant).hasSameHashCodeAs(constant);
        assertThat(of.apply(otherCode, "другое название")).isNotEqualTo(constant);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void aProfileMayAddItsOwnValue(String type, BiFunction<String, String, Object> of, Object constant, String code,
                                   String otherCode) {
        assertThat(of.apply("logoposidelki.2021", "школа передового опыта «Логопосиделки»"))
                .isEqualTo(of.apply("logoposidelki.2021", "ШПО"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void rejectsABadCodeQuotingIt(String type, BiFunction<String, String, Object> of, Object constant, String code,
                                  String otherCode) {
        for (String bad : new String[] {"Bad Code", "МО", "-pps", "pps!"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> of.apply(bad, "название"))
                    .withMessageContaining(type + ".code")
                    .withMessageContaining("'" + bad + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void rejectsABlankCodeOrTitle(String type, BiFunction<String, String, Object> of, Object constant, String code,
                                  String otherCode) {
        assertThatIllegalArgumentException().isThrownBy(() -> of.apply(" ", "название"))
                .withMessageStartingWith(type + ".code:");
        assertThatIllegalArgumentException().isThrownBy(() -> of.apply(null, "название"))
                .withMessageStartingWith(type + ".code:");
        assertThatIllegalArgumentException().isThrownBy(() -> of.apply(code, " "))
                .withMessageStartingWith(type + ".title:");
    }
}
