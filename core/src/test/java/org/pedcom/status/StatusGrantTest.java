package org.pedcom.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pedcom.record.RecordFixtures.aDecision;
import static org.pedcom.record.RecordFixtures.aStatusGrant;
import static org.pedcom.record.RecordFixtures.anExtension;
import static org.pedcom.record.RecordFixtures.methodicalCentreId;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pedcom.act.Act;
import org.pedcom.calendar.DateRange;

/** {@link StatusGrant} and its {@link Extension}s. */
class StatusGrantTest {

    private static final LocalDate DECIDED = LocalDate.of(2022, 9, 15);
    private static final Act DECISION = aDecision("3", DECIDED, methodicalCentreId());

    private static Extension extension(Period by) {
        return anExtension(methodicalCentreId(), LocalDate.of(2025, 6, 1), by);
    }

    private static StatusGrant grant(Period term) {
        return new StatusGrant("Функциональная грамотность", DECISION, term, Optional.empty(), List.of());
    }

    @Test
    void lastDayWithoutExtensionsIsTheDayBeforeTheTermRunsOut() {
        StatusGrant g = aStatusGrant(methodicalCentreId(), DECIDED, Period.ofYears(3));
        assertThat(g.grantedOn()).isEqualTo(DECIDED);
        assertThat(g.initialLastDay()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(g.lastDay()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(g.validity()).isEqualTo(DateRange.of(DECIDED, LocalDate.of(2025, 9, 14)));
    }

    @Test
    void extensionsMoveTheLastDayButNotTheInitialOne() {
        StatusGrant g = aStatusGrant(methodicalCentreId(), DECIDED, Period.ofYears(3), extension(Period.ofYears(1)));
        assertThat(g.initialLastDay()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(g.lastDay()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(g.validity().end()).isEqualTo(LocalDate.of(2026, 9, 14));
    }

    @Test
    void extensionsAddUpInOrder() {
        StatusGrant g = aStatusGrant(methodicalCentreId(), DECIDED, Period.ofYears(3),
                extension(Period.ofMonths(6)), extension(Period.ofMonths(8)));
        assertThat(g.lastDay()).isEqualTo(LocalDate.of(2026, 11, 14));
    }

    @Test
    void aTermInDaysCountsTheDecisionDayAsTheFirst() {
        StatusGrant g = grant(Period.ofDays(1));
        assertThat(g.lastDay()).isEqualTo(DECIDED);
        assertThat(g.validity().lengthInDays()).isEqualTo(1);
    }

    @Test
    void totalExtensionIsNormalisedToYearsAndMonths() {
        StatusGrant g = aStatusGrant(methodicalCentreId(), DECIDED, Period.ofYears(3),
                extension(Period.ofMonths(10)), extension(Period.ofMonths(5)));
        assertThat(g.totalExtension()).isEqualTo(Period.of(1, 3, 0));
    }

    @Test
    void totalExtensionWithoutExtensionsIsZero() {
        assertThat(grant(Period.ofYears(2)).totalExtension()).isEqualTo(Period.ZERO);
    }

    @Test
    void totalExtensionKeepsDaysApart() {
        StatusGrant g = aStatusGrant(methodicalCentreId(), DECIDED, Period.ofYears(1),
                extension(Period.ofDays(20)), extension(Period.ofDays(20)), extension(Period.ofMonths(12)));
        assertThat(g.totalExtension()).isEqualTo(Period.of(1, 0, 40));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0D", "P0Y", "-P1Y", "P-6M", "P1Y-1D"})
    void rejectsATermThatIsNotPositive(String term) {
        assertThatIllegalArgumentException().isThrownBy(() -> grant(Period.parse(term)))
                .withMessageContaining("StatusGrant.term")
                .withMessageContaining("term must be positive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0D", "-P1M", "P-1D"})
    void rejectsAnExtensionThatIsNotPositive(String by) {
        assertThatIllegalArgumentException().isThrownBy(() -> extension(Period.parse(by)))
                .withMessageContaining("Extension.by")
                .withMessageContaining("extension must be positive");
    }

    @Test
    void mutatingTheSourceExtensionsDoesNotChangeTheGrant() {
        List<Extension> extensions = new ArrayList<>();
        StatusGrant g = new StatusGrant("Функциональная грамотность", DECISION, Period.ofYears(3), Optional.empty(), extensions);
        extensions.add(extension(Period.ofYears(1)));
        assertThat(g.extensions()).isEmpty();
        assertThat(g.lastDay()).isEqualTo(LocalDate.of(2025, 9, 14));
    }

    static Stream<Arguments> invalid() {
        Period term = Period.ofYears(3);
        return Stream.of(
                Arguments.of("StatusGrant.topic", (ThrowingCallable) () -> new StatusGrant(" ", DECISION, term, Optional.empty(), List.of())),
                Arguments.of("StatusGrant.decision", (ThrowingCallable) () -> new StatusGrant("Тема", null, term, Optional.empty(), List.of())),
                Arguments.of("StatusGrant.term", (ThrowingCallable) () -> new StatusGrant("Тема", DECISION, null, Optional.empty(), List.of())),
                Arguments.of("StatusGrant.confirmation", (ThrowingCallable) () -> new StatusGrant("Тема", DECISION, term, null, List.of())),
                Arguments.of("StatusGrant.extensions", (ThrowingCallable) () -> new StatusGrant("Тема", DECISION, term, Optional.empty(), null)),
                Arguments.of("Extension.decision", (ThrowingCallable) () -> new Extension(null, Period.ofYears(1))),
                Arguments.of("Extension.by", (ThrowingCallable) () -> new Extension(DECISION, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsMissingOrBlankFieldsNamingThem(String field, ThrowingCallable construction) {
        assertThatIllegalArgumentException().isThrownBy(construction).withMessageStartingWith(field + ":");
    }
}
