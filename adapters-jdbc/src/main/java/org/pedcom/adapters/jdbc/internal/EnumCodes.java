package org.pedcom.adapters.jdbc.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.pedcom.adapters.jdbc.StorageException;

/**
 * The stored codes of one enumeration, both ways. Codes are written by an exhaustive {@code switch} in {@link Codes},
 * so a new constant in core does not compile until it has a code, and renaming a constant never changes stored data.
 *
 * @param <E> the enumeration
 */
public final class EnumCodes<E extends Enum<E>> {

    private final Class<E> type;
    private final Map<E, String> codes;
    private final Map<String, E> constants = new HashMap<>();

    EnumCodes(Class<E> type, Function<E, String> code) {
        this.type = type;
        this.codes = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            String c = code.apply(constant);
            codes.put(constant, c);
            E previous = constants.put(c, constant);
            if (previous != null) {
                throw new IllegalStateException(type.getSimpleName() + ": code '" + c + "' is used twice");
            }
        }
    }

    public Class<E> type() {
        return type;
    }

    public String code(E constant) {
        return codes.get(constant);
    }

    public E constant(String code) {
        E constant = constants.get(code);
        if (constant == null) {
            throw new StorageException("В хранилище неизвестный код '" + code + "' для " + type.getSimpleName()
                    + "; схема новее программы? / unknown stored code '" + code + "' for " + type.getSimpleName()
                    + "; is the schema newer than the code?");
        }
        return constant;
    }
}
