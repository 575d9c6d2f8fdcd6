package org.pedcom.adapters.json.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Writes a value of one type to a {@link JsonGenerator} and reads it back from a {@link JsonParser}, streaming.
 *
 * <p>{@link #read} starts on the value's first token and leaves the parser on its last token. On bad input it records
 * every problem it can find in the {@link Reading}, skips the value and returns {@code null}; it never throws for
 * bad content, only for I/O and malformed JSON.
 *
 * @param <T> the type
 */
public abstract class Codec<T> {

    /** What the codec expects, for messages: Russian and English. */
    private final String expectedRu;
    private final String expectedEn;

    protected Codec(String expectedRu, String expectedEn) {
        this.expectedRu = expectedRu;
        this.expectedEn = expectedEn;
    }

    public abstract void write(T value, JsonGenerator g) throws IOException;

    public abstract T read(JsonParser p, Reading r) throws IOException;

    public String expectedRu() {
        return expectedRu;
    }

    public String expectedEn() {
        return expectedEn;
    }

    /** Records «ожидается X, получено Y», skips the value and returns null. */
    protected final T mismatch(JsonParser p, Reading r) throws IOException {
        JsonToken t = p.currentToken();
        r.problem(p, "ожидается " + expectedRu + ", получено: " + describeRu(t),
                "expected " + expectedEn + ", got " + describeEn(t));
        p.skipChildren();
        return null;
    }

    /** Records that the value is of the right JSON type but not acceptable; quotes it unless in personal data. */
    protected final T invalid(JsonParser p, Reading r, String text) {
        if (r.inPersonalData()) {
            r.problem(p, "ожидается " + expectedRu, "expected " + expectedEn);
        } else {
            r.problem(p, "ожидается " + expectedRu + ", получено «" + Messages.clip(text) + "»",
                    "expected " + expectedEn + ", got '" + Messages.clip(text) + "'");
        }
        return null;
    }

    static String describeRu(JsonToken t) {
        if (t == null) {
            return "конец документа";
        }
        return switch (t) {
            case START_OBJECT -> "объект";
            case START_ARRAY -> "массив";
            case VALUE_STRING -> "строка";
            case VALUE_NUMBER_INT -> "целое число";
            case VALUE_NUMBER_FLOAT -> "дробное число";
            case VALUE_TRUE, VALUE_FALSE -> "логическое значение";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    static String describeEn(JsonToken t) {
        if (t == null) {
            return "the end of the document";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }
}
