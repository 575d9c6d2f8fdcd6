package org.pedcom.adapters.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.pedcom.adapters.validation.internal.CompliesWithValidator;

/**
 * The annotated {@link CommunityRecordSource} complies with a regulation profile: validating it runs
 * {@code Compliance.evaluate(record, profile, asOf)} and turns each finding into a constraint violation.
 *
 * <ul>
 *   <li><b>As of</b>: today by the validator's {@code ClockProvider}, so tests and portals control time.</li>
 *   <li><b>Severities</b>: violations only; declared with the group {@link ComplianceWarnings}, warnings and infos
 *       only (see there).</li>
 *   <li><b>Property path</b>: with {@link Path#BY_REQUIREMENT} (the default) the part of the record the requirement
 *       is about — {@code meetings}, {@code plans}, {@code appointments}, {@code memberships},
 *       {@code compositionOrders}, {@code documents}, {@code reports}, {@code submissions}, {@code statusGrants}
 *       or {@code community}; with {@link Path#BEAN} the annotated object itself.</li>
 *   <li><b>Message</b>: the finding's message with its citation, in Russian for a Russian locale and in English
 *       otherwise; a custom {@link #message()} may use the parameters {@code {clause}}, {@code {citation}},
 *       {@code {rule}}, {@code {kind}}, {@code {severity}}, {@code {period}}, {@code {messageRu}},
 *       {@code {messageEn}}, {@code {hintRu}}, {@code {hintEn}}.</li>
 *   <li><b>Payload</b>: the {@code Finding} itself, read with {@link ComplianceViolations#finding}.</li>
 * </ul>
 *
 * <p>An unknown profile id or setting fails with a {@code ConstraintDeclarationException} naming what is known.
 */
@Documented
@Constraint(validatedBy = CompliesWithValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(CompliesWith.List.class)
public @interface CompliesWith {

    /** The default message: chosen by the finding's severity in {@code ValidationMessages}. */
    String DEFAULT_MESSAGE = "{org.pedcom.adapters.validation.CompliesWith.message}";

    /** The profile id, for example {@code rybnovsky-pps}. */
    String profile();

    /** Profile parameters as {@code name=value}, for example {@code counted-months=all-months}; others default. */
    String[] settings() default {};

    /** Where a violation points. */
    Path path() default Path.BY_REQUIREMENT;

    String message() default DEFAULT_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Where a finding's violation points, relative to the annotated object. */
    enum Path {
        /**
         * A property named after the part of the record the requirement is about ({@code meetings}, …). Spring MVC
         * reads such a property back from the object for its field errors; if the portal object has no property of
         * that name, use {@link #BEAN}.
         */
        BY_REQUIREMENT,
        /** The annotated object itself (a global error in Spring MVC). */
        BEAN
    }

    /** Several {@link CompliesWith} on one type: several profiles, or one profile in two groups. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        CompliesWith[] value();
    }
}
