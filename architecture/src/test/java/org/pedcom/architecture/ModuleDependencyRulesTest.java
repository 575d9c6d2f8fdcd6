package org.pedcom.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Checks the module rules on every production class of the reactor, and proves each rule can fail by running it
 * against deliberately broken classes under {@code org.pedcom.architecture.broken} (test sources only).
 */
class ModuleDependencyRulesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
            .importPackages("org.pedcom");

    @Test
    void profilesDependOnCoreOnly() {
        ModuleDependencyRules.PROFILES_DEPEND_ON_CORE_ONLY.check(PRODUCTION);
        ModuleDependencyRules.PROFILES_ARE_INDEPENDENT.check(PRODUCTION);
    }

    @Test
    void adaptersDependOnNeitherEachOtherNorSamples() {
        ModuleDependencyRules.ADAPTERS_ARE_INDEPENDENT.check(PRODUCTION);
        ModuleDependencyRules.ADAPTERS_DO_NOT_USE_SAMPLES.check(PRODUCTION);
    }

    @Test
    void coreUsesNoOtherModule() {
        ModuleDependencyRules.CORE_USES_NO_MODULE.check(PRODUCTION);
    }

    @Test
    void coreAndProfilesKnowNoBeanValidation() {
        // The rule would pass vacuously if the adapter were missing from this module's class path.
        assertThat(PRODUCTION.containPackage("org.pedcom.adapters.validation")).isTrue();

        ModuleDependencyRules.CORE_AND_PROFILES_KNOW_NO_BEAN_VALIDATION.check(PRODUCTION);
    }

    @Test
    void rulesReportBrokenDependencies() {
        JavaClasses broken = new ClassFileImporter().importPackages("org.pedcom.architecture.broken");
        // The broken fixtures live under org.pedcom.architecture.broken.*; rebase the rules onto them.
        assertThatThrownBy(() -> BrokenRules.PROFILE_USES_ADAPTER.check(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UsesJsonAdapter");
        assertThatThrownBy(() -> BrokenRules.ADAPTERS_INDEPENDENT.check(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("JdbcUsesJson");
        assertThatThrownBy(() -> BrokenRules.PROFILES_INDEPENDENT.check(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UsesOtherProfile");
        assertThatThrownBy(() -> BrokenRules.KNOWS_NO_BEAN_VALIDATION.check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesValidationAdapter").hasMessageContaining("AnnotatedForBeanValidation");
    }
}
