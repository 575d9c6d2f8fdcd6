package org.pedcom.adapters.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.Finding;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.Severity;

/** What one violation carries: where it points, what it says, and the finding behind it. */
class ViolationShapeTest {

    private static final LocalDate A_YEAR_LATER = LocalDate.of(2026, 10, 1);

    @CompliesWith(profile = "rybnovsky-pps", path = CompliesWith.Path.BEAN)
    record OnTheObjectForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    @CompliesWith(profile = "rybnovsky-pps", message = "[{severity}] {rule} ({kind}) п. {clause}, {period}: {hintRu}")
    record OwnMessageForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    private final CommunityRecord sample = RybnovskyCommunityYear.aCompliantCommunityYear();

    @Test
    void aViolationPointsAtThePartOfTheRecordItsRequirementIsAbout() {
        Set<ConstraintViolation<CommunityRecordSource>> violations = Validators.russianOn(A_YEAR_LATER)
                .validate(SeedCommunities.seed("rybnovsky-pps").form().apply(sample));

        assertThat(violations).extracting(v -> v.getPropertyPath().toString() + " ← "
                        + ComplianceViolations.finding(v).orElseThrow().kind())
                .containsOnly("meetings ← meeting-frequency", "plans ← plan-approval",
                        "compositionOrders ← annual-composition-order", "reports ← annual-report",
                        "submissions ← submission-deadline");
    }

    @Test
    void withThePathOnTheBeanAViolationPointsAtTheObjectItself() {
        assertThat(Validators.russianOn(A_YEAR_LATER).validate(new OnTheObjectForm(sample)))
                .isNotEmpty().allSatisfy(v -> assertThat(v.getPropertyPath().toString()).isEmpty());
    }

    @Test
    void theFindingTravelsAsDynamicPayloadWithSeverityClauseAndEvidence() {
        var violations = Validators.russianOn(A_YEAR_LATER).validate(SeedCommunities.seed("rybnovsky-pps").form().apply(sample));

        Finding plan = violations.stream().map(ComplianceViolations::finding).flatMap(java.util.Optional::stream)
                .filter(f -> f.kind().equals("plan-approval")).findFirst().orElseThrow();

        assertThat(plan.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(plan.clauses().get(0).id().value()).isNotBlank();
        assertThat(plan.clauseNumber()).isEqualTo("4.7");
        assertThat(plan.evidence()).isNotNull();
    }

    @Test
    void aPortalsOwnMessageTemplateGetsEveryParameter() {
        var messages = Validators.russianOn(A_YEAR_LATER).validate(new OwnMessageForm(sample)).stream()
                .map(ConstraintViolation::getMessage).toList();

        assertThat(messages).contains("[violation] plan-approved-by-rimk (plan-approval) п. 4.7, 2026/2027 учебный год: "
                + "Составьте план, рассмотрите его на заседании и утвердите в установленном порядке (приказ или решение "
                + "руководителя (методический центр)).");
    }

    @Test
    void noMessageNamesATeacher() {
        var names = sample.workers().stream().map(PedagogicalWorker::personalData).map(p -> p.fullName()).toList();

        var messages = Validators.russianOn(A_YEAR_LATER).validate(SeedCommunities.seed("rybnovsky-pps").form().apply(sample),
                        jakarta.validation.groups.Default.class, ComplianceWarnings.class)
                .stream().map(ConstraintViolation::getMessage).toList();

        assertThat(names).isNotEmpty();
        assertThat(messages).isNotEmpty().allSatisfy(m -> assertThat(m).doesNotContain(names));
    }
}
