package org.pedcom.adapters.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.act.ActKind;
import org.pedcom.adapters.jdbc.SampleRecords;
import org.pedcom.adapters.jdbc.StorageException;

class CodesTest {

    @Test
    void everyConstantHasAStableLowerCaseCodeThatLeadsBackToIt() {
        for (EnumCodes<?> codes : Codes.ALL) {
            checkRoundTrip(codes);
        }
    }

    private static <E extends Enum<E>> void checkRoundTrip(EnumCodes<E> codes) {
        for (E constant : codes.type().getEnumConstants()) {
            String code = codes.code(constant);
            assertThat(code).as("%s.%s", codes.type().getSimpleName(), constant).matches("[a-z][a-z-]*");
            assertThat(codes.constant(code)).isSameAs(constant);
        }
    }

    @Test
    void storedCodesAreNotJavaNames() {
        assertThat(Codes.ACT_KIND.code(ActKind.ORDER)).isEqualTo("order");
        assertThatThrownBy(() -> Codes.ACT_KIND.constant("ORDER")).isInstanceOf(StorageException.class)
                .hasMessageContaining("'ORDER'").hasMessageContaining("ActKind");
    }

    /**
     * The round trip proves the schema's CHECK constraints accept every code only if the sample uses every code.
     * A constant added to core fails here until the sample, and with it the schema, knows it.
     */
    @Test
    void theFullSampleRecordUsesEveryConstantOfEveryStoredEnumeration() {
        Set<Enum<?>> used = new HashSet<>();
        collectEnums(SampleRecords.everyPart(), used, new IdentityHashMap<>());
        for (EnumCodes<?> codes : Codes.ALL) {
            assertThat(used).as(codes.type().getSimpleName()).contains(codes.type().getEnumConstants());
        }
    }

    private static void collectEnums(Object value, Set<Enum<?>> used, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Enum<?> e) {
            used.add(e);
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> collectEnums(v, used, seen));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> collectEnums(v, used, seen));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                collectEnums(k, used, seen);
                collectEnums(v, used, seen);
            });
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collectEnums(component.getAccessor().invoke(value), used, seen);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
