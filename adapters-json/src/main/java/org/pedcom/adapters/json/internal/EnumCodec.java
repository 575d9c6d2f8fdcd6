package org.pedcom.adapters.json.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * An enumeration as stable lower-case codes given by an explicit table, so that renaming a Java constant never
 * changes the JSON. The table must cover every constant; a missing one fails when the class loads.
 */
public final class EnumCodec<E extends Enum<E>> extends Codec<E> {

    private final Class<E> type;
    private final EnumMap<E, String> codes;
    private final Map<String, E> byCode = new HashMap<>();
    /** The codes by ordinal, encoded once: written without a map lookup and without encoding them again. */
    private final SerializedString[] encoded;
    /** Each constant's place in the order of codes, by ordinal: sets are sorted so on every write. */
    private final int[] rank;

    private EnumCodec(Class<E> type, Map<E, String> table, String expectedRu, String expectedEn) {
        super(expectedRu, expectedEn);
        this.type = type;
        this.codes = new EnumMap<>(table);
        for (E e : type.getEnumConstants()) {
            String code = codes.get(e);
            if (code == null || !code.matches("[a-z0-9][a-z0-9-]*") || byCode.put(code, e) != null) {
                throw new IllegalStateException("no unique lower-case code for " + type.getName() + "." + e.name());
            }
        }
        E[] constants = type.getEnumConstants();
        encoded = new SerializedString[constants.length];
        rank = new int[constants.length];
        for (E e : constants) {
            encoded[e.ordinal()] = new SerializedString(codes.get(e));
            rank[e.ordinal()] = (int) codes.values().stream().filter(c -> c.compareTo(codes.get(e)) < 0).count();
        }
    }

    /** {@code table}: each constant with its code, alternately: {@code ORDER, "order", DECISION, "decision"}. */
    public static <E extends Enum<E>> EnumCodec<E> of(Class<E> type, String expectedRu, String expectedEn, Object... table) {
        Map<E, String> map = new HashMap<>();
        for (int i = 0; i < table.length; i += 2) {
            map.put(type.cast(table[i]), (String) table[i + 1]);
        }
        return new EnumCodec<>(type, map, expectedRu, expectedEn);
    }

    public Class<E> type() {
        return type;
    }

    public String code(E value) {
        return codes.get(value);
    }

    /** The codes in declaration order of the constants. */
    public List<String> codes() {
        return Arrays.stream(type.getEnumConstants()).map(codes::get).toList();
    }

    public E fromCode(String code) {
        return byCode.get(code);
    }

    /** Orders constants by code, the order sets are written in. */
    public Comparator<E> byCode() {
        return (a, b) -> Integer.compare(rank[a.ordinal()], rank[b.ordinal()]);
    }

    @Override
    public void write(E value, JsonGenerator g) throws IOException {
        g.writeString(encoded[value.ordinal()]);
    }

    @Override
    public E read(JsonParser p, Reading r) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return mismatch(p, r);
        }
        String s = p.getText();
        E e = byCode.get(s);
        if (e != null) {
            return e;
        }
        String known = String.join(", ", codes());
        if (r.inPersonalData()) {
            r.problem(p, "неизвестное значение " + expectedRu() + "; допустимы: " + known,
                    "unknown " + expectedEn() + "; allowed: " + known);
        } else {
            r.problem(p, "неизвестное значение «" + Messages.clip(s) + "» (" + expectedRu() + "); допустимы: " + known,
                    "unknown " + expectedEn() + " '" + Messages.clip(s) + "'; allowed: " + known);
        }
        return null;
    }
}
