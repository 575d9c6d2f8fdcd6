package org.pedcom.adapters.json.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * An open vocabulary ({@code {code, title}} records such as {@code EventForm}). A value equal to one of the known
 * constants, title included, is written as its code alone ({@code "seminar"}); any other value as an object
 * {@code {"code": "…", "title": "…"}}, so that values a portal added itself round-trip unchanged. A string must be
 * a known code; an object may carry any code.
 */
public final class VocabularyCodec<V> extends Codec<V> {

    private final Map<String, V> known = new LinkedHashMap<>();
    private final Function<V, String> code;
    private final Function<V, String> title;
    private final ObjectCodec<V> object;

    public VocabularyCodec(String typeName, List<V> constants, Function<V, String> code, Function<V, String> title,
                           BiFunction<String, String, V> of, String expectedRu, String expectedEn) {
        super(expectedRu, expectedEn);
        this.code = code;
        this.title = title;
        for (V v : constants) {
            if (known.put(code.apply(v), v) != null) {
                throw new IllegalStateException("two constants of " + typeName + " share code " + code.apply(v));
            }
        }
        ObjectCodec.Builder<V> b = ObjectCodec.builder(typeName, expectedRu, expectedEn);
        ObjectCodec.Field<V, String> c = b.required("code", Codecs.TEXT, code);
        ObjectCodec.Field<V, String> t = b.required("title", Codecs.TEXT, title);
        this.object = b.build(v -> of.apply(v.get(c), v.get(t)));
    }

    /** The known codes, in the order the constants were given. */
    public List<String> codes() {
        return List.copyOf(known.keySet());
    }

    public List<V> constants() {
        return List.copyOf(known.values());
    }

    public Comparator<V> byCode() {
        return Comparator.comparing(code);
    }

    @Override
    public void write(V value, JsonGenerator g) throws IOException {
        V constant = known.get(code.apply(value));
        if (constant != null && title.apply(constant).equals(title.apply(value))) {
            g.writeString(code.apply(value));
        } else {
            object.write(value, g);
        }
    }

    @Override
    public V read(JsonParser p, Reading r) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            long start = r.mark(p);
            return object.readBody(p, r, start, null);
        }
        if (t != JsonToken.VALUE_STRING) {
            return mismatch(p, r);
        }
        String s = p.getText();
        V v = known.get(s);
        if (v != null) {
            return v;
        }
        String list = String.join(", ", known.keySet());
        r.problem(p, "неизвестный код «" + Messages.clip(s) + "» (" + expectedRu() + "); известны: " + list
                        + "; новое значение задаётся объектом {\"code\": …, \"title\": …}",
                "unknown code '" + Messages.clip(s) + "' (" + expectedEn() + "); known: " + list
                        + "; give a new value as an object {\"code\": …, \"title\": …}");
        return null;
    }
}
