package org.pedcom.adapters.json;

import java.io.Closeable;
import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON document could not be read into pedcom objects. Carries <em>every</em> problem found, each with its JSON
 * pointer and, when known, line and column; nothing of the document was loaded.
 *
 * <p>A {@link JsonMappingException}, so that it passes through {@code ObjectMapper.readValue(…)} unchanged.
 * The message lists the problems one per line and never quotes personal data.
 */
public final class JsonInputException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final transient List<JsonProblem> problems;
    private final String source;

    public JsonInputException(String source, List<JsonProblem> problems) {
        super((Closeable) null, "");
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.source = source == null ? "JSON" : source;
    }

    /** The problems, in document order where the reader could tell it (schema problems first for profiles). */
    public List<JsonProblem> problems() {
        return problems;
    }

    /** What was being read, for example a file name or «запись сообщества / community record». */
    public String source() {
        return source;
    }

    @Override
    public String getMessage() {
        StringBuilder b = new StringBuilder(source).append(": ")
                .append("найдено ошибок: ").append(problems.size()).append(" / problems found: ").append(problems.size());
        for (JsonProblem p : problems) {
            b.append("\n  - ").append(p);
        }
        return b.toString();
    }

    @Override
    public String getOriginalMessage() {
        return getMessage();
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + getMessage();
    }
}
