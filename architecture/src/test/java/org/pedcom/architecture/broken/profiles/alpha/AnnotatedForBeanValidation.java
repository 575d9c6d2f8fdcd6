package org.pedcom.architecture.broken.profiles.alpha;

import jakarta.validation.constraints.NotBlank;

/** Fixture: a profile class that wrongly carries a Bean Validation annotation. */
public class AnnotatedForBeanValidation {
    @NotBlank
    String title = "Положение";
}
