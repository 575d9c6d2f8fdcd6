package org.pedcom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The module rules with the same shape, rebased onto the deliberately broken fixtures. */
final class BrokenRules {

    private static final String BASE = "org.pedcom.architecture.broken.";

    static final ArchRule PROFILE_USES_ADAPTER = noClasses().that().resideInAPackage(BASE + "profiles..")
            .should().dependOnClassesThat().resideInAPackage(BASE + "adapters..");
    static final ArchRule ADAPTERS_INDEPENDENT = slices().matching(BASE + "adapters.(*)..").should().notDependOnEachOther();
    static final ArchRule PROFILES_INDEPENDENT = slices().matching(BASE + "profiles.(*)..").should().notDependOnEachOther();

    static final ArchRule KNOWS_NO_BEAN_VALIDATION = noClasses().that().resideInAPackage("org.pedcom.architecture.broken..")
            .and().resideOutsideOfPackage(BASE + "adapters..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + "adapters.validation..", "jakarta.validation..",
                    "org.hibernate.validator..");

    private BrokenRules() {
    }
}
