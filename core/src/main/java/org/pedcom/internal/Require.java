package org.pedcom.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Argument checks shared by the value types. Every message names the type and field, in Russian first and
 * English second, and quotes the offending value unless the caller marks it as personal data.
 */
public final class Require {

    /** Compiled once: codes are checked whenever a vocabulary value or an id is made, as on every record read. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private Require() {
    }

    public static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": значение обязательно / is required");
        }
        return value;
    }

    public static String nonBlank(String value, String field) {
        nonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": пустая строка недопустима / must not be blank");
        }
        return value;
    }

    /** Checks a code that must stay stable when Java names are refactored: lower-case letters, digits, '-', '_', '.'. */
    public static String code(String value, String field) {
        nonBlank(value, field);
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(field + ": код должен состоять из строчных латинских букв, цифр, '.', '-', '_'"
                    + " / code must be lower-case latin letters, digits, '.', '-', '_' (value: '" + value + "')");
        }
        return value;
    }

    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": значение " + value + " вне диапазона [" + min + ", " + max
                    + "] / value " + value + " is outside [" + min + ", " + max + "]");
        }
        return value;
    }

    public static <T> List<T> listOf(List<T> values, String field) {
        nonNull(values, field);
        // checked without building a string per element: records are made on the hot path of evaluation
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                nonNull(null, field + "[" + i + "]");
            }
        }
        return List.copyOf(values);
    }

    /**
     * An immutable sorted copy of {@code values}; a list already in {@code order} (as records read back from JSON
     * or storage are) is checked in one pass and not sorted again. The sort is stable, as the copy would be.
     */
    public static <T> List<T> sortedListOf(List<T> values, Comparator<? super T> order, String field) {
        List<T> list = listOf(values, field);
        for (int i = 1; i < list.size(); i++) {
            if (order.compare(list.get(i - 1), list.get(i)) > 0) {
                return list.stream().sorted(order).toList();
            }
        }
        return list;
    }

    public static <T> Set<T> setOf(Collection<T> values, String field) {
        nonNull(values, field);
        for (T value : values) {
            if (value == null) {
                nonNull(null, field + "[]");
            }
        }
        if (values instanceof Set<T> set && set.getClass() != SET_12 && set.getClass() != SET_N) {
            // Set.copyOf would hash a mutable set twice (a HashSet, then the immutable one) to drop repeats that a
            // set cannot hold; only a set whose equality is not equals() (a TreeSet with its own comparator) can,
            // and then Set.of refuses and the copy below drops them as before
            try {
                @SuppressWarnings("unchecked")
                Set<T> copy = (Set<T>) Set.of(set.toArray());
                return copy;
            } catch (IllegalArgumentException repeated) {
                return Set.copyOf(values);
            }
        }
        // an immutable set (as the JSON adapter hands over) comes back as is
        return Set.copyOf(values);
    }

    /** The classes of the sets {@code Set.of} makes, which {@link Set#copyOf} returns as is. */
    private static final Class<?> SET_12 = Set.of(1).getClass();
    private static final Class<?> SET_N = Set.of(1, 2, 3).getClass();

    public static <K, V> Map<K, V> mapOf(Map<K, V> values, String field) {
        nonNull(values, field);
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                nonNull(k, field + " key");
                nonNull(v, field + "[" + k + "]");
            }
        });
        return Map.copyOf(values);
    }

    public static <T> Optional<T> optional(Optional<T> value, String field) {
        return nonNull(value, field);
    }

    /**
     * Fails with the given texts unless {@code condition} holds. The texts are built by the caller before the call:
     * on a hot path, test the condition first and call {@link #fail(String, String, String)} instead.
     */
    public static void that(boolean condition, String field, String russian, String english) {
        if (!condition) {
            throw new IllegalArgumentException(field + ": " + russian + " / " + english);
        }
    }

    /** Fails with the given texts; for callers that test their condition first so as to build texts only on failure. */
    public static IllegalArgumentException fail(String field, String russian, String english) {
        throw new IllegalArgumentException(field + ": " + russian + " / " + english);
    }
}
