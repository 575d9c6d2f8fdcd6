package org.pedcom.adapters.jdbc;

/**
 * «Хранилище недоступно»: no connection could be had, or the connection broke during the work. Whatever was being
 * saved was rolled back by the database; retrying later is safe.
 */
public class StorageUnavailableException extends StorageException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
