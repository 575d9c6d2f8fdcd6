package org.pedcom.adapters.validation;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;

import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.pedcom.compliance.Finding;

/** Reads the {@link Finding} behind a violation that {@link CompliesWith} reported. */
public final class ComplianceViolations {

    private ComplianceViolations() {
    }

    /** The finding behind {@code violation}; empty for a violation of any other constraint. */
    public static Optional<Finding> finding(ConstraintViolation<?> violation) {
        Objects.requireNonNull(violation, "violation");
        if (!(violation.getConstraintDescriptor().getAnnotation() instanceof CompliesWith)) {
            return Optional.empty();
        }
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        return Optional.ofNullable(hibernate.getDynamicPayload(Finding.class));
    }

    /** The findings behind {@code violations}, in their order, skipping violations of other constraints. */
    public static List<Finding> findings(Collection<? extends ConstraintViolation<?>> violations) {
        Objects.requireNonNull(violations, "violations");
        return violations.stream().map(ComplianceViolations::finding).flatMap(Optional::stream).toList();
    }
}
