package org.pedcom.adapters.validation;

import java.util.Objects;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.pedcom.adapters.validation.internal.IntegrityMapping;

/**
 * Integrity constraints for pedcom's core types as Hibernate Validator programmatic mappings, so that {@code core}
 * carries no annotations.
 *
 * <pre>{@code
 * HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
 * Validator validator = configuration.addMapping(PedcomConstraintMappings.integrity(configuration))
 *         .buildValidatorFactory().getValidator();
 * }</pre>
 */
public final class PedcomConstraintMappings {

    private PedcomConstraintMappings() {
    }

    /**
     * The integrity mapping: what a whole record must satisfy beyond its constructors (no blank decision,
     * direction or planned event; nothing that happened dated in the future by the validator's clock), the
     * constructors' own field checks repeated as metadata for forms, and cascading from a {@code CommunityRecord}
     * into its parts. See the module README for the complete list.
     */
    public static ConstraintMapping integrity(HibernateValidatorConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        return IntegrityMapping.define(configuration.createConstraintMapping());
    }
}
