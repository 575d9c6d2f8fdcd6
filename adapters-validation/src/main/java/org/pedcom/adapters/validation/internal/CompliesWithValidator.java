package org.pedcom.adapters.validation.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;
import org.pedcom.adapters.validation.CommunityRecordSource;
import org.pedcom.adapters.validation.ComplianceWarnings;
import org.pedcom.adapters.validation.CompliesWith;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.JudgedPeriod;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.Severity;

/** Runs the profile of a {@link CompliesWith} and reports each finding of the severities it is declared for. */
public final class CompliesWithValidator implements ConstraintValidator<CompliesWith, CommunityRecordSource> {

    private static final String BUNDLE_KEY = "{org.pedcom.adapters.validation.CompliesWith.";

    private Profile profile;
    private Set<Severity> reported;
    private CompliesWith.Path path;
    private Optional<String> customMessage;

    @Override
    public void initialize(CompliesWith constraint) {
        profile = ProfileCache.profile(constraint.profile(), List.of(constraint.settings()));
        reported = severities(constraint);
        path = constraint.path();
        customMessage = constraint.message().equals(CompliesWith.DEFAULT_MESSAGE)
                ? Optional.empty() : Optional.of(constraint.message());
    }

    /**
     * The group decides, because a validator is never told which group is being validated: a constraint in
     * {@link ComplianceWarnings} reports warnings and infos, any other reports violations. Mixing the two in one
     * declaration would report everything in either group, so it is refused.
     */
    private static Set<Severity> severities(CompliesWith constraint) {
        long warningGroups = Arrays.stream(constraint.groups()).filter(ComplianceWarnings.class::isAssignableFrom).count();
        if (warningGroups == 0) {
            return EnumSet.of(Severity.VIOLATION);
        }
        if (warningGroups < constraint.groups().length) {
            throw new ConstraintDeclarationException("@CompliesWith(profile = \"" + constraint.profile()
                    + "\"): группа ComplianceWarnings смешана с другими группами; объявите ограничение дважды / "
                    + "ComplianceWarnings is mixed with other groups; declare the constraint twice, once per group");
        }
        return EnumSet.of(Severity.WARNING, Severity.INFO);
    }

    @Override
    public boolean isValid(CommunityRecordSource source, ConstraintValidatorContext context) {
        if (source == null) {
            return true;
        }
        CommunityRecord record = source.communityRecord();
        if (record == null) {
            throw new ValidationException(source.getClass().getName()
                    + ".communityRecord() вернул null / returned null");
        }
        LocalDate asOf = LocalDate.now(context.getClockProvider().getClock());
        if (profile.editionOn(asOf).isEmpty()) {
            // Not in force yet, or no longer: the regulation demands nothing on that day.
            return true;
        }
        List<Finding> findings = Compliance.evaluate(record, profile, asOf).findings().stream()
                .filter(f -> reported.contains(f.severity())).toList();
        if (findings.isEmpty()) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        for (Finding finding : findings) {
            report(hibernate, finding);
        }
        return false;
    }

    private void report(HibernateConstraintValidatorContext context, Finding finding) {
        // Parameters and payload are copied into each violation when it is added, so setting them per finding is safe.
        context.addMessageParameter("clause", finding.clauseNumber())
                .addMessageParameter("citation", finding.citation())
                .addMessageParameter("rule", finding.rule().value())
                .addMessageParameter("kind", finding.kind())
                .addMessageParameter("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT))
                .addMessageParameter("period", finding.period().map(JudgedPeriod::label).orElse(""))
                .addMessageParameter("messageRu", finding.message().ru())
                .addMessageParameter("messageEn", finding.message().en())
                .addMessageParameter("hintRu", finding.hint().ru())
                .addMessageParameter("hintEn", finding.hint().en())
                .withDynamicPayload(finding);
        HibernateConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template(finding));
        Optional<String> property = path == CompliesWith.Path.BY_REQUIREMENT
                ? FindingPaths.propertyFor(finding.kind()) : Optional.empty();
        if (property.isPresent()) {
            builder.addPropertyNode(property.get()).addConstraintViolation();
        } else {
            builder.addConstraintViolation();
        }
    }

    private String template(Finding finding) {
        return customMessage.orElseGet(() -> BUNDLE_KEY + switch (finding.severity()) {
            case VIOLATION -> "message}";
            case WARNING -> "warning}";
            case INFO -> "info}";
        });
    }
}
