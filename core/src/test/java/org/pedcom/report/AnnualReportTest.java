package org.pedcom.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.organisation.OrganisationId;

/** {@link AnnualReport} and {@link Submission}. */
class AnnualReportTest {

    private static final SchoolYear YEAR = SchoolYear.of(2024);
    private static final LocalDate COMPILED = LocalDate.of(2025, 5, 20);

    private static AnnualReport report(Map<String, BigDecimal> indicators) {
        return new AnnualReport(YEAR, COMPILED, DocumentForm.ELECTRONIC, indicators, Optional.empty());
    }

    @Test
    void rejectsAnIndicatorWithABadCodeQuotingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> report(Map.of("Bad Code", BigDecimal.ONE)))
                .withMessageContaining("AnnualReport.indicators key")
                .withMessageContaining("'Bad Code'");
    }

    @Test
    void rejectsAnIndicatorWithoutValueNamingIt() {
        Map<String, BigDecimal> indicators = new HashMap<>();
        indicators.put("open-events", null);
        assertThatIllegalArgumentException().isThrownBy(() -> report(indicators))
                .withMessageContaining("AnnualReport.indicators[open-events]");
    }

    @Test
    void rejectsAnIndicatorWithoutCode() {
        Map<String, BigDecimal> indicators = new HashMap<>();
        indicators.put(null, BigDecimal.TEN);
        assertThatIllegalArgumentException().isThrownBy(() -> report(indicators))
                .withMessageContaining("AnnualReport.indicators key");
    }

    @Test
    void mutatingTheSourceMapDoesNotChangeTheReport() {
        Map<String, BigDecimal> indicators = new HashMap<>(Map.of("diagnosed-teachers", BigDecimal.valueOf(14)));
        AnnualReport r = report(indicators);
        indicators.put("open-events", BigDecimal.valueOf(3));
        indicators.put("diagnosed-teachers", BigDecimal.ZERO);
        assertThat(r.indicators()).containsExactly(Map.entry("diagnosed-teachers", BigDecimal.valueOf(14)));
    }

    static Stream<Arguments> invalid() {
        Map<String, BigDecimal> none = Map.of();
        OrganisationId imc = OrganisationId.of("rybnovsky-imc");
        LocalDate on = LocalDate.of(2025, 6, 5);
        return Stream.of(
                Arguments.of("AnnualReport.schoolYear", (ThrowingCallable) () -> new AnnualReport(null, COMPILED, DocumentForm.PAPER, none, Optional.empty())),
                Arguments.of("AnnualReport.compiledOn", (ThrowingCallable) () -> new AnnualReport(YEAR, null, DocumentForm.PAPER, none, Optional.empty())),
                Arguments.of("AnnualReport.form", (ThrowingCallable) () -> new AnnualReport(YEAR, COMPILED, null, none, Optional.empty())),
                Arguments.of("AnnualReport.indicators", (ThrowingCallable) () -> new AnnualReport(YEAR, COMPILED, DocumentForm.PAPER, null, Optional.empty())),
                Arguments.of("AnnualReport.presentedAt", (ThrowingCallable) () -> new AnnualReport(YEAR, COMPILED, DocumentForm.PAPER, none, null)),
                Arguments.of("Submission.kind", (ThrowingCallable) () -> new Submission(null, YEAR, imc, on)),
                Arguments.of("Submission.schoolYear", (ThrowingCallable) () -> new Submission(DocumentKind.ANNUAL_REPORT, null, imc, on)),
                Arguments.of("Submission.to", (ThrowingCallable) () -> new Submission(DocumentKind.ANNUAL_REPORT, YEAR, null, on)),
                Arguments.of("Submission.on", (ThrowingCallable) () -> new Submission(DocumentKind.ANNUAL_REPORT, YEAR, imc, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsMissingFieldsNamingThem(String field, ThrowingCallable construction) {
        assertThatIllegalArgumentException().isThrownBy(construction).withMessageStartingWith(field + ":");
    }
}
