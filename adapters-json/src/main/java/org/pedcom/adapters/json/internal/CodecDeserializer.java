package org.pedcom.adapters.json.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import org.pedcom.adapters.json.JsonInputException;

/**
 * Jackson's view of a codec's reading half. Every problem of the value is collected and thrown together as a
 * {@link JsonInputException}, with pointers counted from the document's root.
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Codec<?> codec;
    private final Class<T> type;

    public CodecDeserializer(Class<T> type, Codec<?> codec) {
        super(type);
        this.type = type;
        this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String base = Documents.pointerOf(p);
        Reading r = Reading.streaming(base);
        Object value = null;
        try {
            value = codec.read(p, r);
        } catch (JsonProcessingException e) {
            if (e instanceof JsonInputException) {
                throw e;
            }
            Documents.malformed(e, p, "", r);
        }
        if (!r.hasProblems() && value != null && !type.isInstance(value)) {
            r.problemAt(base, null, "ожидается " + type.getSimpleName(), "expected " + type.getSimpleName());
        }
        if (r.hasProblems()) {
            throw new JsonInputException(type.getSimpleName(), r.problems());
        }
        return type.cast(value);
    }
}
