package org.pedcom.samples.cli;

import java.nio.file.NoSuchFileException;
import java.time.format.DateTimeParseException;

import org.pedcom.adapters.jdbc.StorageException;
import org.pedcom.adapters.json.JsonInputException;

/** Turns what went wrong into the one line a user reads, in Russian and English. */
final class BadInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message);
    }

    static String describe(Exception e) {
        if (e instanceof BadInput) {
            return "Ошибка: " + e.getMessage();
        }
        if (e instanceof JsonInputException json) {
            // one line per problem, each naming the file, the JSON pointer and the line
            return json.problems().stream().map(p -> "Ошибка: " + json.source() + ": " + p)
                    .collect(java.util.stream.Collectors.joining(System.lineSeparator()));
        }
        if (e instanceof NoSuchFileException) {
            return "Ошибка: файл не найден / file not found: " + e.getMessage();
        }
        if (e instanceof DateTimeParseException p) {
            return "Ошибка: недопустимая дата «" + p.getParsedString() + "» / impossible date '" + p.getParsedString() + "'";
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException || e instanceof StorageException) {
            return "Ошибка: " + e.getMessage();
        }
        return "Ошибка: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
