package org.pedcom.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pedcom.record.RecordFixtures.aCommunity;
import static org.pedcom.record.RecordFixtures.anOrder;
import static org.pedcom.record.RecordFixtures.authorityId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.calendar.DateRange;

class CommunityTest {

    private static final LocalDate CREATED = LocalDate.of(2020, 3, 23);
    private static final LocalDate LAST_DAY = LocalDate.of(2024, 8, 31);

    private static Community terminatedOn(LocalDate lastDay) {
        return aCommunity().withTermination(Termination.of(lastDay, TerminationReason.TERM_EXPIRED,
                anOrder("87", lastDay, authorityId(), "О прекращении деятельности ППС")));
    }

    static Stream<Arguments> invalidCommunities() {
        Community c = aCommunity();
        return Stream.of(
                Arguments.of("Community.id", (ThrowingCallable) () -> new Community(null, c.kind(), c.name(), c.host(),
                        c.createdOn(), c.creationAct(), c.form(), c.directions(), c.termination())),
                Arguments.of("Community.kind", (ThrowingCallable) () -> new Community(c.id(), null, c.name(), c.host(),
                        c.createdOn(), c.creationAct(), c.form(), c.directions(), c.termination())),
                Arguments.of("Community.name", (ThrowingCallable) () -> new Community(c.id(), c.kind(), " ", c.host(),
                        c.createdOn(), c.creationAct(), c.form(), c.directions(), c.termination())),
                Arguments.of("Community.name", (ThrowingCallable) () -> new Community(c.id(), c.kind(), null, c.host(),
                        c.createdOn(), c.creationAct(), c.form(), c.directions(), c.termination())),
                Arguments.of("Community.host", (ThrowingCallable) () -> new Community(c.id(), c.kind(), c.name(), null,
                        c.createdOn(), c.creationAct(), c.form(), c.directions(), c.termination())),
                Arguments.of("Community.createdOn", (ThrowingCallable) () -> new Community(c.id(), c.kind(), c.name(),
                        c.host(), null, c.creationAct(), c.form(), c.directions(), c.termination())),
                Arguments.of("Community.creationAct", (ThrowingCallable) () -> new Community(c.id(), c.kind(), c.name(),
                        c.host(), c.createdOn(), null, c.form(), c.directions(), c.termination())),
                Arguments.of("Community.form", (ThrowingCallable) () -> new Community(c.id(), c.kind(), c.name(),
                        c.host(), c.createdOn(), c.creationAct(), null, c.directions(), c.termination())),
                Arguments.of("Community.directions", (ThrowingCallable) () -> new Community(c.id(), c.kind(), c.name(),
                        c.host(), c.createdOn(), c.creationAct(), c.form(), null, c.termination())),
                Arguments.of("Community.termination", (ThrowingCallable) () -> new Community(c.id(), c.kind(), c.name(),
                        c.host(), c.createdOn(), c.creationAct(), c.form(), c.directions(), null)),
                Arguments.of("CommunityId.value", (ThrowingCallable) () -> CommunityId.of("")),
                Arguments.of("Termination.on", (ThrowingCallable) () -> new Termination(null,
                        TerminationReason.LIQUIDATED, Optional.empty())),
                Arguments.of("Termination.reason", (ThrowingCallable) () -> new Termination(LAST_DAY, null,
                        Optional.empty())),
                Arguments.of("Termination.act", (ThrowingCallable) () -> new Termination(LAST_DAY,
                        TerminationReason.LIQUIDATED, null)),
                Arguments.of("Termination.act", (ThrowingCallable) () -> Termination.of(LAST_DAY,
                        TerminationReason.LIQUIDATED, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCommunities")
    void rejectsMissingOrBlankFieldsNamingThem(String field, ThrowingCallable construction) {
        assertThatIllegalArgumentException().isThrownBy(construction).withMessageStartingWith(field + ":");
    }

    @Test
    void rejectsADirectionThatIsMissing() {
        Community c = aCommunity();
        List<String> directions = new ArrayList<>(List.of("наставничество"));
        directions.add(null);
        assertThatIllegalArgumentException().isThrownBy(() -> new Community(c.id(), c.kind(), c.name(), c.host(),
                        c.createdOn(), c.creationAct(), c.form(), directions, c.termination()))
                .withMessageContaining("Community.directions[1]");
    }

    @Test
    void rejectsTerminationBeforeCreation() {
        assertThatIllegalArgumentException().isThrownBy(() -> terminatedOn(CREATED.minusDays(1)))
                .withMessageContaining("Community.termination.on")
                .withMessageContaining("termination 2020-03-22 is before creation 2020-03-23");
    }

    @Test
    void acceptsTerminationOnTheDayOfCreation() {
        Community oneDay = terminatedOn(CREATED);
        assertThat(oneDay.existsOn(CREATED)).isTrue();
        assertThat(oneDay.existsOn(CREATED.plusDays(1))).isFalse();
        assertThat(oneDay.lifespanUpTo(CREATED.plusYears(1))).hasValue(DateRange.ofDay(CREATED));
    }

    @Test
    void existsFromItsCreationDayInclusive() {
        assertThat(aCommunity().existsOn(CREATED.minusDays(1))).isFalse();
        assertThat(aCommunity().existsOn(CREATED)).isTrue();
        assertThat(aCommunity().existsOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void existsUpToItsLastDayInclusive() {
        Community ended = terminatedOn(LAST_DAY);
        assertThat(ended.existsOn(LAST_DAY)).isTrue();
        assertThat(ended.existsOn(LAST_DAY.plusDays(1))).isFalse();
    }

    @Test
    void lifespanIsEmptyBeforeCreation() {
        assertThat(aCommunity().lifespanUpTo(CREATED.minusDays(1))).isEmpty();
    }

    @Test
    void lifespanOnTheCreationDayIsThatDay() {
        assertThat(aCommunity().lifespanUpTo(CREATED)).hasValue(DateRange.ofDay(CREATED));
    }

    @Test
    void lifespanOfAnActiveCommunityRunsToTheDateAsked() {
        assertThat(aCommunity().lifespanUpTo(LocalDate.of(2024, 9, 1)))
                .hasValue(DateRange.of(CREATED, LocalDate.of(2024, 9, 1)));
    }

    @Test
    void lifespanOfATerminatedCommunityStopsAtItsLastDay() {
        Community ended = terminatedOn(LAST_DAY);
        assertThat(ended.lifespanUpTo(LAST_DAY.minusDays(1))).hasValue(DateRange.of(CREATED, LAST_DAY.minusDays(1)));
        assertThat(ended.lifespanUpTo(LAST_DAY)).hasValue(DateRange.of(CREATED, LAST_DAY));
        assertThat(ended.lifespanUpTo(LAST_DAY.plusDays(1))).hasValue(DateRange.of(CREATED, LAST_DAY));
        assertThat(ended.lifespanUpTo(LAST_DAY.plusYears(3))).hasValue(DateRange.of(CREATED, LAST_DAY));
    }

    @Test
    void withTerminationKeepsEverythingElse() {
        Community ended = terminatedOn(LAST_DAY);
        Community original = aCommunity();
        assertThat(ended.termination()).map(Termination::reason).hasValue(TerminationReason.TERM_EXPIRED);
        assertThat(ended).usingRecursiveComparison().ignoringFields("termination").isEqualTo(original);
        assertThat(original.termination()).isEmpty();
    }

    @Test
    void withTerminationRejectsAMissingTermination() {
        assertThatIllegalArgumentException().isThrownBy(() -> aCommunity().withTermination(null))
                .withMessageContaining("termination");
    }

    @Test
    void mutatingTheSourceDirectionsDoesNotChangeTheCommunity() {
        Community c = aCommunity();
        List<String> directions = new ArrayList<>(List.of("наставничество"));
        Community copy = new Community(c.id(), c.kind(), c.name(), c.host(), c.createdOn(), c.creationAct(), c.form(),
                directions, c.termination());
        directions.add("функциональная грамотность");
        assertThat(copy.directions()).containsExactly("наставничество");
    }

    @Test
    void terminationWithoutActIsAllowedWhenTheStatusSimplyRanOut() {
        Termination t = new Termination(LAST_DAY, TerminationReason.TERM_EXPIRED, Optional.empty());
        assertThat(aCommunity().withTermination(t).existsOn(LAST_DAY)).isTrue();
    }
}
