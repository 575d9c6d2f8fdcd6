package org.pedcom.adapters.json;

import java.util.Objects;

/**
 * One problem found in a JSON document: where it is (a JSON pointer and, when known, the line and column of the
 * input) and what is wrong, in Russian first and English second.
 *
 * <p>Messages never quote a value found under {@code personalData}: they name the place and the problem only.
 *
 * @param pointer the JSON pointer (RFC 6901) of the offending value, {@code ""} for the whole document
 * @param line    the 1-based line of the input, or 0 when unknown
 * @param column  the 1-based column of the input, or 0 when unknown
 * @param message what is wrong: «ожидается дата ГГГГ-ММ-ДД / expected a date YYYY-MM-DD»
 */
public record JsonProblem(String pointer, int line, int column, String message) {

    public JsonProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, 0 when unknown");
        }
    }

    /** Whether the line and column are known. */
    public boolean hasLocation() {
        return line > 0;
    }

    /** «/meetings/3/date: ожидается дата ГГГГ-ММ-ДД / expected a date YYYY-MM-DD (line 41, column 17)». */
    @Override
    public String toString() {
        String where = pointer.isEmpty() ? "/" : pointer;
        return hasLocation()
                ? where + ": " + message + " (line " + line + ", column " + column + ")"
                : where + ": " + message;
    }
}
