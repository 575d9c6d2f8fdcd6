package org.pedcom.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.record.RecordFixtures;

class OrganisationTest {

    private static final Territory RYBNOVSKY = RecordFixtures.aTerritory();
    private static final String NAME = "МОКУ «Соболевская средняя школа»";

    static Stream<Arguments> invalidOrganisations() {
        OrganisationId id = OrganisationId.of("sobolevskaya-sosh");
        Set<EducationLevel> levels = Set.of(EducationLevel.PRIMARY_GENERAL);
        OrganisationKind kind = OrganisationKind.EDUCATIONAL;
        return Stream.of(
                Arguments.of("Organisation.id", (ThrowingCallable) () -> new Organisation(null, NAME, kind, levels, RYBNOVSKY)),
                Arguments.of("Organisation.name", (ThrowingCallable) () -> new Organisation(id, null, kind, levels, RYBNOVSKY)),
                Arguments.of("Organisation.name", (ThrowingCallable) () -> new Organisation(id, "  ", kind, levels, RYBNOVSKY)),
                Arguments.of("Organisation.kind", (ThrowingCallable) () -> new Organisation(id, NAME, null, levels, RYBNOVSKY)),
                Arguments.of("Organisation.levels", (ThrowingCallable) () -> new Organisation(id, NAME, kind, null, RYBNOVSKY)),
                Arguments.of("Organisation.territory", (ThrowingCallable) () -> new Organisation(id, NAME, kind, levels, null)),
                Arguments.of("OrganisationId.value", (ThrowingCallable) () -> OrganisationId.of("")),
                Arguments.of("Territory.region", (ThrowingCallable) () -> Territory.of(" ", "Рыбновский муниципальный район")),
                Arguments.of("Territory.municipality", (ThrowingCallable) () -> Territory.of("Рязанская область", null)),
                Arguments.of("Body.kind", (ThrowingCallable) () -> Body.of(null, id)),
                Arguments.of("Body.organisation", (ThrowingCallable) () -> Body.headOf(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOrganisations")
    void rejectsMissingOrBlankFieldsNamingThem(String field, ThrowingCallable construction) {
        assertThatIllegalArgumentException().isThrownBy(construction).withMessageStartingWith(field + ":");
    }

    @Test
    void rejectsAMissingEducationLevel() {
        Set<EducationLevel> withNull = new HashSet<>();
        withNull.add(null);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Organisation(OrganisationId.of("x"), NAME, OrganisationKind.EDUCATIONAL, withNull, RYBNOVSKY))
                .withMessageContaining("Organisation.levels[]");
    }

    @Test
    void mutatingTheSourceLevelsDoesNotChangeTheOrganisation() {
        Set<EducationLevel> levels = new HashSet<>(Set.of(EducationLevel.PRIMARY_GENERAL));
        Organisation school = new Organisation(OrganisationId.of("sobolevskaya-sosh"), NAME, OrganisationKind.EDUCATIONAL,
                levels, RYBNOVSKY);
        levels.add(EducationLevel.PRESCHOOL);
        assertThat(school.levels()).containsExactly(EducationLevel.PRIMARY_GENERAL);
    }

    @Test
    void factoryBuildsAnOrganisationWithoutLevels() {
        Organisation centre = Organisation.of("tomsk-imc", "МАУ ИМЦ г. Томска", OrganisationKind.METHODICAL_CENTRE,
                Territory.of("Томская область", "городской округ Город Томск"));
        assertThat(centre.levels()).isEmpty();
        assertThat(centre.id()).isEqualTo(OrganisationId.of("tomsk-imc"));
        assertThat(centre.id()).hasToString("tomsk-imc");
    }

    @Test
    void headOfIsTheHeadBody() {
        assertThat(Body.headOf(OrganisationId.of("cpmss"))).isEqualTo(Body.of(BodyKind.HEAD, OrganisationId.of("cpmss")));
    }
}
