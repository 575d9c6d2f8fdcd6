package org.pedcom.act;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.organisation.Body;
import org.pedcom.organisation.BodyKind;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.record.RecordFixtures;

class ActTest {

    private static final Body HEAD = Body.headOf(OrganisationId.of("rybnovsky-uo"));
    private static final LocalDate DATE = LocalDate.of(2020, 3, 23);

    @Test
    void orderIsCitedAsALawyerWouldCiteIt() {
        assertThat(RecordFixtures.theCreationOrder().citation()).isEqualTo("приказ № 39/1 от 23.03.2020");
    }

    @Test
    void citationPadsDayAndMonthWithZeros() {
        Act decision = Act.decision("3", LocalDate.of(2022, 9, 5),
                Body.of(BodyKind.METHODICAL_COUNCIL, OrganisationId.of("yaya-imc")), "О присвоении статуса ОСМП");
        assertThat(decision.citation()).isEqualTo("решение № 3 от 05.09.2022");
    }

    @Test
    void protocolIsCitedAsAProtocol() {
        Act protocol = new Act(ActKind.PROTOCOL, "104", LocalDate.of(2023, 1, 19),
                Body.of(BodyKind.PEDAGOGICAL_COUNCIL, OrganisationId.of("sobolevskaya-sosh")), "О согласовании положения");
        assertThat(protocol.citation()).isEqualTo("протокол № 104 от 19.01.2023");
    }

    @Test
    void factoriesSetTheKind() {
        assertThat(Act.order("46-Д", DATE, HEAD, "Об утверждении положения").kind()).isEqualTo(ActKind.ORDER);
        assertThat(Act.decision("1", DATE, HEAD, "О создании ППС").kind()).isEqualTo(ActKind.DECISION);
    }

    static Stream<Arguments> invalidActs() {
        return Stream.of(
                Arguments.of("Act.kind", (ThrowingCallable) () -> new Act(null, "39/1", DATE, HEAD, "О создании ППС")),
                Arguments.of("Act.number", (ThrowingCallable) () -> Act.order(null, DATE, HEAD, "О создании ППС")),
                Arguments.of("Act.number", (ThrowingCallable) () -> Act.order(" ", DATE, HEAD, "О создании ППС")),
                Arguments.of("Act.date", (ThrowingCallable) () -> Act.order("39/1", null, HEAD, "О создании ППС")),
                Arguments.of("Act.issuer", (ThrowingCallable) () -> Act.order("39/1", DATE, null, "О создании ППС")),
                Arguments.of("Act.title", (ThrowingCallable) () -> Act.order("39/1", DATE, HEAD, "")),
                Arguments.of("Act.title", (ThrowingCallable) () -> Act.order("39/1", DATE, HEAD, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidActs")
    void rejectsMissingOrBlankFieldsNamingThem(String field, ThrowingCallable construction) {
        assertThatIllegalArgumentException().isThrownBy(construction).withMessageStartingWith(field + ":");
    }
}
