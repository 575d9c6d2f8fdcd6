package org.pedcom.benchmarks.alternatives.hv;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.pedcom.benchmarks.alternatives.Issue;
import org.pedcom.benchmarks.alternatives.PpsChecks;
import org.pedcom.benchmarks.alternatives.PpsContext;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.meeting.Meeting;
import org.pedcom.membership.Appointment;

/**
 * The fourteen rules of {@code rybnovsky-pps} as Hibernate Validator class-level constraints: one annotation and one
 * {@link ConstraintValidator} per rule. Each validator walks its items and reports every issue as a constraint
 * violation with its own property node, carrying the {@link Issue} as the violation's dynamic payload.
 */
public final class PpsConstraints {

    private PpsConstraints() {
    }

    /** Reports {@code issue} (if any) as one violation at the node {@code node}; returns whether it complied. */
    static boolean report(ConstraintValidatorContext context, Issue issue, String node) {
        if (issue == null) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(issue)
                .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(node).addConstraintViolation();
        return false;
    }

    static boolean reportAll(ConstraintValidatorContext context, Iterable<Issue> issues, String node) {
        boolean valid = true;
        int i = 0;
        for (Issue issue : issues) {
            valid &= report(context, issue, node + "[" + i++ + "]");
        }
        return valid;
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = AnnualListOrderValidator.class)
    public @interface AnnualListOrder {
        String message() default "п. 1.3: приказ о составе на учебный год";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class AnnualListOrderValidator implements ConstraintValidator<AnnualListOrder, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            for (SchoolYear y : c.years()) {
                valid &= report(context, PpsChecks.annualListOrder(c, y), "schoolYears[" + y + "]");
            }
            return valid;
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = CreatedByOrderValidator.class)
    public @interface CreatedByOrder {
        String message() default "п. 1.4: создание приказом начальника управления образования";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class CreatedByOrderValidator implements ConstraintValidator<CreatedByOrder, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            return report(context, PpsChecks.createdByOrder(c), "community");
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = TerminatedByOrderValidator.class)
    public @interface TerminatedByOrder {
        String message() default "п. 1.4: прекращение приказом начальника управления образования";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class TerminatedByOrderValidator implements ConstraintValidator<TerminatedByOrder, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            return report(context, PpsChecks.terminatedByOrder(c), "community");
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = LeaderRequiredValidator.class)
    public @interface LeaderRequired {
        String message() default "п. 4.1: роль руководителя не занята";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class LeaderRequiredValidator implements ConstraintValidator<LeaderRequired, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            return reportAll(context, PpsChecks.leaderVacancies(c), "community");
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = LeaderEligibleValidator.class)
    public @interface LeaderEligible {
        String message() default "п. 4.2: руководитель не соответствует требованиям";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class LeaderEligibleValidator implements ConstraintValidator<LeaderEligible, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            int i = 0;
            for (Appointment a : c.leaderAppointments) {
                valid &= reportAll(context, PpsChecks.leaderEligibility(c, a), "appointments[" + i++ + "]");
            }
            return valid;
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = PlanDraftedByLeaderValidator.class)
    public @interface PlanDraftedByLeader {
        String message() default "п. 4.3: план составлен не руководителем";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class PlanDraftedByLeaderValidator implements ConstraintValidator<PlanDraftedByLeader, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            for (SchoolYear y : c.years()) {
                valid &= report(context, PpsChecks.planDraftedByLeader(c, y), "schoolYears[" + y + "]");
            }
            return valid;
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = ProtocolsSignedByLeaderValidator.class)
    public @interface ProtocolsSignedByLeader {
        String message() default "п. 4.3: протокол не подписан руководителем";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class ProtocolsSignedByLeaderValidator implements ConstraintValidator<ProtocolsSignedByLeader, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            int i = 0;
            for (Meeting m : c.record.meetings()) {
                valid &= report(context, PpsChecks.protocolSignedByLeader(c, m), "meetings[" + i++ + "]");
            }
            return valid;
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = SessionsPerHalfYearValidator.class)
    public @interface SessionsPerHalfYear {
        String message() default "п. 4.5: в полугодии не проведено заседание";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class SessionsPerHalfYearValidator implements ConstraintValidator<SessionsPerHalfYear, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            return reportAll(context, PpsChecks.sessionsPerHalfYear(c), "community");
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = SessionProtocolValidator.class)
    public @interface SessionProtocol {
        String message() default "п. 4.6: заседание без протокола";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class SessionProtocolValidator implements ConstraintValidator<SessionProtocol, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            int i = 0;
            for (Meeting m : c.record.meetings()) {
                valid &= report(context, PpsChecks.sessionProtocol(c, m), "meetings[" + i++ + "]");
            }
            return valid;
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = ProtocolContentValidator.class)
    public @interface ProtocolContent {
        String message() default "п. 4.6: протокол без вопросов, решений или рекомендаций";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class ProtocolContentValidator implements ConstraintValidator<ProtocolContent, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            int i = 0;
            for (Meeting m : c.record.meetings()) {
                valid &= report(context, PpsChecks.protocolContent(c, m), "meetings[" + i++ + "]");
            }
            return valid;
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = PlanApprovedByRimkValidator.class)
    public @interface PlanApprovedByRimk {
        String message() default "п. 4.7: план не утверждён РИМК до 15 сентября";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class PlanApprovedByRimkValidator implements ConstraintValidator<PlanApprovedByRimk, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            for (SchoolYear y : c.years()) {
                valid &= report(context, PpsChecks.planApprovedByRimk(c, y), "schoolYears[" + y + "]");
            }
            return valid;
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = AnnualReportCompiledValidator.class)
    public @interface AnnualReportCompiled {
        String message() default "п. 4.8: нет аналитического отчёта";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class AnnualReportCompiledValidator implements ConstraintValidator<AnnualReportCompiled, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            for (SchoolYear y : c.years()) {
                valid &= report(context, PpsChecks.annualReport(c, y), "schoolYears[" + y + "]");
            }
            return valid;
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = ReportSubmittedValidator.class)
    public @interface ReportSubmitted {
        String message() default "п. 4.8: отчёт не предоставлен в РИМК";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class ReportSubmittedValidator implements ConstraintValidator<ReportSubmitted, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            for (SchoolYear y : c.years()) {
                valid &= report(context, PpsChecks.reportSubmitted(c, y), "schoolYears[" + y + "]");
            }
            return valid;
        }
    }

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = PreliminaryPlanSubmittedValidator.class)
    public @interface PreliminaryPlanSubmitted {
        String message() default "п. 4.8: предварительный план не предоставлен в РИМК";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class PreliminaryPlanSubmittedValidator implements ConstraintValidator<PreliminaryPlanSubmitted, ValidatedRecord> {
        @Override
        public boolean isValid(ValidatedRecord value, ConstraintValidatorContext context) {
            PpsContext c = value.context();
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            for (SchoolYear y : c.years()) {
                valid &= report(context, PpsChecks.preliminaryPlanSubmitted(c, y), "schoolYears[" + y + "]");
            }
            return valid;
        }
    }
}
