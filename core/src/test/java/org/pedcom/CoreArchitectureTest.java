package org.pedcom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** The design card's rules for {@code core}, checked on its production classes. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pedcom");

    static final ArchRule DEPENDS_ON_JDK_AND_GUAVA_ONLY = classes().that().resideInAPackage("org.pedcom..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.google.common..", "org.pedcom..")
            .because("core is framework-free: JDK and Guava only");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.pedcom.(**)").should().beFreeOfCycles();

    static final ArchRule PUBLIC_API_HIDES_INTERNALS = methods()
            .that().arePublic().and().areDeclaredInClassesThat(publicOutsideInternal())
            .should(notExposeInternalTypes());

    @Test
    void coreDependsOnTheJdkAndGuavaOnly() {
        DEPENDS_ON_JDK_AND_GUAVA_ONLY.check(CORE);
    }

    @Test
    void corePackagesFormNoCycle() {
        NO_PACKAGE_CYCLES.check(CORE);
    }

    @Test
    void publicTypesNeverExposeInternalOnes() {
        PUBLIC_API_HIDES_INTERNALS.check(CORE);
    }

    static DescribedPredicate<JavaClass> publicOutsideInternal() {
        return DescribedPredicate.describe("public classes outside internal packages",
                c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getPackageName().contains(".internal"));
    }

    static ArchCondition<JavaMethod> notExposeInternalTypes() {
        return new ArchCondition<>("not take or return types from internal packages") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean exposes = isInternal(method.getRawReturnType())
                        || method.getRawParameterTypes().stream().anyMatch(CoreArchitectureTest::isInternal);
                if (exposes) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes an internal type"));
                }
            }
        };
    }

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().contains(".internal");
    }
}
