package org.pedcom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of the design card, by package: core lives in {@code org.pedcom.<concept>}, a profile in
 * {@code org.pedcom.profiles.<name>}, an adapter in {@code org.pedcom.adapters.<name>}, the samples in
 * {@code org.pedcom.samples}.
 */
final class ModuleDependencyRules {

    static final String PROFILES = "org.pedcom.profiles..";
    static final String ADAPTERS = "org.pedcom.adapters..";
    static final String SAMPLES = "org.pedcom.samples..";
    static final String VALIDATION_ADAPTER = "org.pedcom.adapters.validation..";
    /** Bean Validation's API and its documented runtime. */
    static final String[] BEAN_VALIDATION = {"jakarta.validation..", "org.hibernate.validator.."};

    /** A profile module sees core only: no adapter, no sample, no other profile. */
    static final ArchRule PROFILES_DEPEND_ON_CORE_ONLY = noClasses().that().resideInAPackage(PROFILES)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, SAMPLES)
            .allowEmptyShould(true)
            .because("profile modules depend on pedcom-core only");

    static final ArchRule PROFILES_ARE_INDEPENDENT = slices().matching("org.pedcom.profiles.(*)..")
            .should().notDependOnEachOther()
            .allowEmptyShould(true)
            .because("each profile module depends on pedcom-core only");

    static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices().matching("org.pedcom.adapters.(*)..")
            .should().notDependOnEachOther()
            .allowEmptyShould(true)
            .because("adapters never depend on each other");

    static final ArchRule ADAPTERS_DO_NOT_USE_SAMPLES = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(SAMPLES)
            .allowEmptyShould(true)
            .because("adapters never depend on samples");

    static final ArchRule CORE_USES_NO_MODULE = noClasses()
            .that().resideInAPackage("org.pedcom..")
            .and().resideOutsideOfPackages(PROFILES, ADAPTERS, SAMPLES, "org.pedcom.architecture..")
            .should().dependOnClassesThat().resideInAnyPackage(PROFILES, ADAPTERS, SAMPLES)
            .because("core knows nothing of profiles, adapters or samples");

    /**
     * Core and the profiles know nothing of Bean Validation: the validation adapter maps core types from outside
     * (programmatic constraint mapping), so core carries no annotation and no profile depends on the adapter.
     */
    static final ArchRule CORE_AND_PROFILES_KNOW_NO_BEAN_VALIDATION = noClasses()
            .that().resideInAPackage("org.pedcom..")
            .and().resideOutsideOfPackages(ADAPTERS, SAMPLES, "org.pedcom.architecture..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(VALIDATION_ADAPTER, BEAN_VALIDATION))
            .because("core carries no annotations: Bean Validation reaches it only through adapters-validation");

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private ModuleDependencyRules() {
    }
}
