package org.pedcom.adapters.jdbc;

/**
 * «Ошибка хранилища»: the storage of community records failed. The subclasses say why: the database is unreachable
 * ({@link StorageUnavailableException}), it rejected a record ({@link RecordRejectedException}), or another writer
 * got there first ({@link CommunityConflictException}).
 *
 * <p>Messages are in Russian, then English, and name communities, tables and SQL states only — never personal data
 * of teachers (152-ФЗ). The driver's exception is kept as the cause; see the module README on keeping the driver's
 * own messages free of values.
 */
public class StorageException extends RuntimeException {

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
