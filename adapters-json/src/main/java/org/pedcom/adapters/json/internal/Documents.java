package org.pedcom.adapters.json.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import org.pedcom.adapters.json.JsonInputException;

/** Reads whole documents with a codec: one value, nothing after it, every problem collected, nothing partial. */
public final class Documents {

    private Documents() {
    }

    /**
     * Reads one value with {@code codec} from a parser not yet started, and checks nothing follows it.
     *
     * @throws JsonInputException with every problem found, if any
     */
    public static <T> T read(Codec<T> codec, JsonParser p, String source) throws IOException {
        Reading r = Reading.streaming("");
        T value = null;
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                r.problem((JsonLocation) null, "пустой документ", "empty document");
            } else {
                value = codec.read(p, r);
                if (p.nextToken() != null) {
                    r.problemAt("", p.currentTokenLocation(), "лишние данные после конца документа",
                            "trailing content after the end of the document");
                }
            }
        } catch (JsonProcessingException e) {
            malformed(e, p, "", r);
        }
        if (r.hasProblems()) {
            throw new JsonInputException(source, r.problems());
        }
        return value;
    }

    /** A failure before any token was read (for example a text input over the size limit), as an exception. */
    public static JsonInputException failure(String source, JsonProcessingException e, JsonParser p) {
        Reading r = Reading.streaming("");
        malformed(e, p, "", r);
        return new JsonInputException(source, r.problems());
    }

    /**
     * Records a failure of the parser itself (malformed JSON, a limit exceeded) as one more problem, at the place
     * the parser had reached. Quotes nothing from the input under {@code personalData}.
     */
    public static void malformed(JsonProcessingException e, JsonParser p, String base, Reading r) {
        String pointer = p == null ? base : base + pointerOf(p);
        JsonLocation l = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        String ru;
        String en;
        if (e instanceof StreamConstraintsException) {
            if (lower.contains("nesting depth")) {
                ru = "документ вложен слишком глубоко (превышен предел вложенности)";
                en = "the document nests too deeply (nesting limit exceeded): " + limitPart(original);
            } else if (lower.contains("document length")) {
                ru = "документ слишком велик (превышен предел размера)";
                en = "the document is too large (size limit exceeded): " + limitPart(original);
            } else {
                ru = "превышен предел парсера";
                en = "a parser limit was exceeded: " + limitPart(original);
            }
        } else if (e instanceof JsonEOFException) {
            ru = "документ оборван: неожиданный конец";
            en = "the document is cut short: unexpected end of input";
        } else {
            ru = "некорректный JSON";
            en = "malformed JSON" + (pointer.contains("/personalData") ? "" : ": " + Messages.clip(firstLine(original)));
        }
        r.problemAt(pointer, l, ru, en);
    }

    private static String limitPart(String message) {
        return Messages.clip(firstLine(message).replaceAll(", from `[^`]*`", ""));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The pointer of the value the parser is on (for a container's start or end, the container itself). */
    static String pointerOf(JsonParser p) {
        JsonStreamContext c = p.getParsingContext();
        if (c == null) {
            return "";
        }
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
            c = c.getParent();
        }
        return c.pathAsPointer().toString();
    }
}
