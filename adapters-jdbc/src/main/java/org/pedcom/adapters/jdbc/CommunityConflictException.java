package org.pedcom.adapters.jdbc;

import java.util.OptionalLong;

import org.pedcom.community.CommunityId;

/**
 * «Конфликт версий»: another writer changed, added or removed the community first (optimistic locking). Nothing of
 * this writer's record was written; reload the community, apply the change again and save the new version.
 */
public class CommunityConflictException extends StorageException {

    // Kept as a string: exceptions are Serializable and CommunityId is not.
    private final String community;
    private final long expected;
    private final long actual;

    private CommunityConflictException(CommunityId community, long expected, long actual, String message,
                                       Throwable cause) {
        super(message, cause);
        this.community = community.value();
        this.expected = expected;
        this.actual = actual;
    }

    /** The community is already stored, so it cannot be added. */
    public static CommunityConflictException alreadyExists(CommunityId community) {
        return alreadyExists(community, null);
    }

    /** The community is already stored, so it cannot be added; the database said so with {@code cause}. */
    public static CommunityConflictException alreadyExists(CommunityId community, Throwable cause) {
        return new CommunityConflictException(community, -1, -1,
                "Сообщество '" + community + "' уже есть в хранилище / community '" + community + "' already exists",
                cause);
    }

    /** A bulk import names the community twice. */
    public static CommunityConflictException givenTwice(CommunityId community) {
        return new CommunityConflictException(community, -1, -1,
                "Сообщество '" + community + "' встречается в импорте дважды / community '" + community
                        + "' occurs twice in the import", null);
    }

    /** The stored version is not the one the writer loaded. */
    public static CommunityConflictException modified(CommunityId community, long actual, long expected) {
        return new CommunityConflictException(community, expected, actual,
                "Сообщество '" + community + "' изменено другим пользователем (версия " + actual + ", ожидалась "
                        + expected + ") / community '" + community + "' was modified concurrently (version " + actual
                        + ", expected " + expected + ")", null);
    }

    /** The community the writer loaded is no longer stored. */
    public static CommunityConflictException removed(CommunityId community, long expected) {
        return new CommunityConflictException(community, expected, -1,
                "Сообщество '" + community + "' не найдено в хранилище: удалено другим пользователем или не сохранялось"
                        + " (ожидалась версия " + expected + ") / community '" + community + "' is not stored: removed"
                        + " concurrently or never saved (expected version " + expected + ")", null);
    }

    /** Another transaction held the community for too long or deadlocked with this one; the database said so. */
    public static CommunityConflictException busy(CommunityId community, Throwable cause) {
        return new CommunityConflictException(community, -1, -1,
                "Сообщество '" + community + "' одновременно изменяется другим пользователем / community '" + community
                        + "' is being modified concurrently", cause);
    }

    public CommunityId community() {
        return CommunityId.of(community);
    }

    /** The version the writer expected, if it expected one (an addition expects none). */
    public OptionalLong expectedVersion() {
        return expected < 0 ? OptionalLong.empty() : OptionalLong.of(expected);
    }

    /** The version found in the database, if it was read. */
    public OptionalLong actualVersion() {
        return actual < 0 ? OptionalLong.empty() : OptionalLong.of(actual);
    }
}
