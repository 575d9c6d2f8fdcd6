package org.pedcom.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The house rule «public types never expose internal ones», checked on every public member of the API. */
class PublicApiTest {

    private static final String INTERNAL = "org.pedcom.adapters.jdbc.internal";

    @Test
    void noPublicMemberOfTheApiMentionsAnInternalType() {
        JavaClasses api = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pedcom.adapters.jdbc");
        List<String> leaks = new ArrayList<>();
        for (JavaClass javaClass : api) {
            if (!javaClass.getPackageName().equals("org.pedcom.adapters.jdbc")
                    || !javaClass.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            Class<?> type = javaClass.reflect();
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
                    check(m.getGenericReturnType(), type.getSimpleName() + "." + m.getName(), leaks);
                    for (Type p : m.getGenericParameterTypes()) {
                        check(p, type.getSimpleName() + "." + m.getName(), leaks);
                    }
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
                    for (Type p : c.getGenericParameterTypes()) {
                        check(p, type.getSimpleName() + "()", leaks);
                    }
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers())) {
                    check(f.getGenericType(), type.getSimpleName() + "." + f.getName(), leaks);
                }
            }
            if (type.getSuperclass() != null) {
                check(type.getGenericSuperclass(), type.getSimpleName() + " extends", leaks);
            }
            for (Type i : type.getGenericInterfaces()) {
                check(i, type.getSimpleName() + " implements", leaks);
            }
        }
        assertThat(api.stream().filter(c -> c.getPackageName().equals("org.pedcom.adapters.jdbc"))).isNotEmpty();
        assertThat(leaks).isEmpty();
    }

    private static void check(Type type, String where, List<String> leaks) {
        if (type instanceof Class<?> c && c.getPackageName().startsWith(INTERNAL)) {
            leaks.add(where + " exposes " + c.getName());
        } else if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, leaks);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where, leaks);
            }
        }
    }
}
