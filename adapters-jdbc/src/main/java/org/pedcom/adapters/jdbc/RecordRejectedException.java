package org.pedcom.adapters.jdbc;

/**
 * «Запись отклонена»: the database refused a community record — a constraint of the schema was violated or a value
 * does not fit its column (an identifier longer than 200 characters, say). Nothing of the record was written.
 */
public class RecordRejectedException extends StorageException {

    public RecordRejectedException(String message) {
        super(message);
    }

    public RecordRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
