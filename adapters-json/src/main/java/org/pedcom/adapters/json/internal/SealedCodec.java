package org.pedcom.adapters.json.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * A sealed type as an object with an explicit {@code "type"} discriminator holding a stable code — never a class
 * name, never Jackson's default typing. Written first; when a person puts it elsewhere, the fields before it are
 * buffered and replayed.
 */
public final class SealedCodec<T> extends Codec<T> {

    public static final String TYPE = "type";

    private final Map<String, ObjectCodec<? extends T>> byCode = new LinkedHashMap<>();
    private final Map<Class<?>, String> codeOf = new LinkedHashMap<>();
    private final String knownList;

    private SealedCodec(Builder<T> b) {
        super(b.expectedRu, b.expectedEn);
        byCode.putAll(b.byCode);
        codeOf.putAll(b.codeOf);
        knownList = String.join(", ", byCode.keySet());
    }

    public static <T> Builder<T> builder(Class<T> sealed, String expectedRu, String expectedEn) {
        return new Builder<>(sealed, expectedRu, expectedEn);
    }

    /** The codes, in declaration order. */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    public String codeOf(Class<?> variant) {
        return codeOf.get(variant);
    }

    public ObjectCodec<? extends T> variant(String code) {
        return byCode.get(code);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(T value, JsonGenerator g) throws IOException {
        String code = codeOf.get(value.getClass());
        if (code == null) {
            throw new IllegalStateException("no JSON type code for " + value.getClass().getName());
        }
        g.writeStartObject();
        g.writeStringField(TYPE, code);
        ((ObjectCodec<T>) byCode.get(code)).writeFields(value, g);
        g.writeEndObject();
    }

    @Override
    public T read(JsonParser p, Reading r) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return mismatch(p, r);
        }
        long start = r.mark(p);
        JsonToken t = p.nextToken();
        if (t == JsonToken.FIELD_NAME && TYPE.equals(p.currentName())) {
            p.nextToken();
            ObjectCodec<? extends T> variant = variant(p, r);
            if (variant == null) {
                skipRestOfObject(p);
                return null;
            }
            return variant.readBody(p, r, start, TYPE);
        }
        // "type" is not first: buffer the other fields until it comes, then replay them.
        TokenBuffer buffer = new TokenBuffer(p, null);
        buffer.writeStartObject();
        ObjectCodec<? extends T> variant = null;
        boolean typeSeen = false;
        boolean bad = false;
        while (t == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (TYPE.equals(name)) {
                if (typeSeen) {
                    r.push(TYPE);
                    r.problem(p, "поле «type» повторяется", "field 'type' occurs twice");
                    r.pop();
                    bad = true;
                    p.skipChildren();
                } else {
                    typeSeen = true;
                    variant = variant(p, r);
                    bad |= variant == null;
                }
            } else {
                buffer.writeFieldName(name);
                buffer.copyCurrentStructure(p);
            }
            t = p.nextToken();
        }
        buffer.writeEndObject();
        if (!typeSeen) {
            r.problem(start, "нет поля «type»; допустимы: " + knownList, "missing field 'type'; allowed: " + knownList);
            return null;
        }
        if (bad) {
            return null;
        }
        long previous = r.fallback(start);
        try (JsonParser replay = buffer.asParser(p.getCodec())) {
            replay.nextToken();
            return variant.readBody(replay, r, start, TYPE);
        } finally {
            r.fallback(previous);
        }
    }

    private ObjectCodec<? extends T> variant(JsonParser p, Reading r) throws IOException {
        r.push(TYPE);
        try {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                r.problem(p, "ожидается код типа (" + knownList + "), получено: " + describeRu(p.currentToken()),
                        "expected a type code (" + knownList + "), got " + describeEn(p.currentToken()));
                p.skipChildren();
                return null;
            }
            ObjectCodec<? extends T> v = byCode.get(p.getText());
            if (v == null) {
                r.problem(p, "неизвестный тип «" + Messages.clip(p.getText()) + "» (" + expectedRu() + "); допустимы: " + knownList,
                        "unknown type '" + Messages.clip(p.getText()) + "' (" + expectedEn() + "); allowed: " + knownList);
            }
            return v;
        } finally {
            r.pop();
        }
    }

    /** Skips to the end of the object whose field value the parser is on. */
    static void skipRestOfObject(JsonParser p) throws IOException {
        p.skipChildren();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            p.nextToken();
            p.skipChildren();
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected " + t);
        }
    }

    public static final class Builder<T> {
        private final Class<T> sealed;
        private final String expectedRu;
        private final String expectedEn;
        private final Map<String, ObjectCodec<? extends T>> byCode = new LinkedHashMap<>();
        private final Map<Class<?>, String> codeOf = new LinkedHashMap<>();

        private Builder(Class<T> sealed, String expectedRu, String expectedEn) {
            this.sealed = sealed;
            this.expectedRu = expectedRu;
            this.expectedEn = expectedEn;
        }

        public <V extends T> Builder<T> variant(String code, Class<V> type, ObjectCodec<V> codec) {
            if (byCode.put(code, codec) != null || codeOf.put(type, code) != null) {
                throw new IllegalStateException("repeated variant " + code + " / " + type.getName());
            }
            return this;
        }

        public SealedCodec<T> build() {
            for (Class<?> permitted : sealed.getPermittedSubclasses()) {
                if (!codeOf.containsKey(permitted)) {
                    throw new IllegalStateException("no JSON type code for " + permitted.getName());
                }
            }
            return new SealedCodec<>(this);
        }
    }
}
