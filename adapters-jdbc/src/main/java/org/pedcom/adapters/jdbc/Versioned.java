package org.pedcom.adapters.jdbc;

import java.util.Objects;
import java.util.function.Function;

/**
 * A value as stored, with the version it was stored at («версия»). Versions start at 1 and grow by one with every
 * save; a writer hands back the version it loaded, and the save fails with {@link CommunityConflictException} if
 * someone saved in between. The version is storage bookkeeping, not part of the domain record.
 *
 * @param value   the stored value
 * @param version its version, 1 or more
 * @param <T>     the type of the value
 */
public record Versioned<T>(T value, long version) {

    public Versioned {
        Objects.requireNonNull(value, "Versioned.value: значение обязательно / is required");
        if (version < 1) {
            throw new IllegalArgumentException("Versioned.version: версия должна быть не меньше 1, получено " + version
                    + " / version must be 1 or more, got " + version);
        }
    }

    /** The changed value at the same version: what to hand to a save. */
    public <U> Versioned<U> map(Function<? super T, ? extends U> change) {
        Objects.requireNonNull(change, "change");
        return new Versioned<>(change.apply(value), version);
    }
}
