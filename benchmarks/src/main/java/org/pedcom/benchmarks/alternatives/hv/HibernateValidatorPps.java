package org.pedcom.benchmarks.alternatives.hv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.pedcom.benchmarks.alternatives.Issue;
import org.pedcom.benchmarks.alternatives.PpsContext;
import org.pedcom.record.CommunityRecord;

/**
 * The ППС rules judged by Hibernate Validator: {@code validator.validate(new ValidatedRecord(…))}, violations turned
 * back into issues. The factory is built once (it is thread-safe and meant to be shared); messages are interpolated
 * with the expression-language-free {@link ParameterMessageInterpolator}, the lightest HV offers.
 */
public final class HibernateValidatorPps implements AutoCloseable {

    private final ValidatorFactory factory;
    private final Validator validator;

    public HibernateValidatorPps() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    public List<Issue> evaluate(CommunityRecord record, LocalDate asOf) {
        Set<ConstraintViolation<ValidatedRecord>> violations = validator.validate(new ValidatedRecord(new PpsContext(record, asOf)));
        List<Issue> issues = new ArrayList<>(violations.size());
        for (ConstraintViolation<ValidatedRecord> v : violations) {
            HibernateConstraintViolation<?> violation = v.unwrap(HibernateConstraintViolation.class);
            issues.add(violation.getDynamicPayload(Issue.class));
        }
        return issues;
    }

    @Override
    public void close() {
        factory.close();
    }
}
