package org.pedcom.adapters.json.internal;

import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * A JSON object with named fields, built by a constructor once every field is read. Property names are the record
 * component names. Unknown and repeated fields, missing required fields and wrong types are problems; every one is
 * recorded before the object is given up. A constructor's {@link IllegalArgumentException} becomes a problem at the
 * object's pointer.
 *
 * @param <T> the type built
 */
public final class ObjectCodec<T> extends Codec<T> {

    private final String typeName;
    private final List<Field<T, ?>> fields;
    private final Field<T, ?>[] inOrder;
    /** The names of {@link #inOrder}, side by side so that looking ahead for a name reads one array. */
    private final String[] names;
    private final Map<String, Field<T, ?>> byName;
    private final Function<Values, T> constructor;
    private final Set<String> ignored;
    private final boolean personal;
    private final String allowedList;
    private final Check check;
    private final boolean checkOnlyOnFailure;

    private ObjectCodec(Builder<T> b, Function<Values, T> constructor) {
        super(b.expectedRu, b.expectedEn);
        this.typeName = b.typeName;
        this.fields = List.copyOf(b.fields);
        @SuppressWarnings("unchecked")
        Field<T, ?>[] array = fields.toArray(new Field[0]);
        this.inOrder = array;
        this.names = fields.stream().map(f -> f.name).toArray(String[]::new);
        this.byName = new HashMap<>();
        for (Field<T, ?> f : fields) {
            byName.put(f.name, f);
        }
        this.constructor = constructor;
        this.ignored = Set.copyOf(b.ignored);
        this.personal = b.personal;
        this.check = b.check;
        this.checkOnlyOnFailure = b.checkOnlyOnFailure;
        this.allowedList = String.join(", ", fields.stream().map(f -> f.name).toList());
    }

    public static <T> Builder<T> builder(String typeName, String expectedRu, String expectedEn) {
        return new Builder<>(typeName, expectedRu, expectedEn);
    }

    public String typeName() {
        return typeName;
    }

    /** The field names, in writing order. */
    public List<String> fieldNames() {
        return fields.stream().map(f -> f.name).toList();
    }

    /** The names of the fields a document must contain. */
    public List<String> requiredFieldNames() {
        return fields.stream().filter(f -> f.kind == Kind.REQUIRED).map(f -> f.name).toList();
    }

    @Override
    public void write(T value, JsonGenerator g) throws IOException {
        g.writeStartObject();
        writeFields(value, g);
        g.writeEndObject();
    }

    void writeFields(T value, JsonGenerator g) throws IOException {
        for (Field<T, ?> f : inOrder) {
            f.write(value, g);
        }
    }

    @Override
    public T read(JsonParser p, Reading r) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return mismatch(p, r);
        }
        return readBody(p, r, r.mark(p), null);
    }

    /**
     * Reads the fields up to the closing brace. The parser is on the object's opening brace or on a field value
     * already consumed by a {@link SealedCodec} ({@code discriminator} then names that field, which must not repeat).
     */
    T readBody(JsonParser p, Reading r, long start, String discriminator) throws IOException {
        if (personal) {
            r.enterPersonalData();
        }
        try {
            return readFields(p, r, start, discriminator);
        } finally {
            if (personal) {
                r.leavePersonalData();
            }
        }
    }

    private T readFields(JsonParser p, Reading r, long start, String discriminator) throws IOException {
        Object[] values = new Object[inOrder.length];
        long seen = 0;
        int before = r.problemCount();
        int next = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            // documents written by pedcom list the fields in order, leaving out empty optional ones: look ahead for the
            // name before hashing it. The parser interns field names, as the literals of the codecs are, so comparing
            // references finds them; a name that is not interned is found by the map.
            Field<T, ?> f = null;
            for (int i = next; i < names.length; i++) {
                if (names[i] == name) {
                    f = inOrder[i];
                    break;
                }
            }
            if (f == null) {
                f = byName.get(name);
            }
            if (f != null) {
                next = f.index + 1;
            }
            if (f == null) {
                if (name.equals(discriminator)) {
                    r.push(name);
                    r.problem(p, "поле «" + name + "» повторяется", "field '" + name + "' occurs twice");
                    r.pop();
                } else if (!ignored.contains(name)) {
                    r.push(name);
                    r.problem(p, "неизвестное поле «" + Messages.clip(name) + "»; допустимы: " + allowedList,
                            "unknown field '" + Messages.clip(name) + "' in " + expectedEn() + "; allowed: " + allowedList);
                    r.pop();
                }
                p.skipChildren();
                continue;
            }
            long bit = 1L << f.index;
            if ((seen & bit) != 0) {
                r.push(name);
                r.problem(p, "поле «" + name + "» повторяется", "field '" + name + "' occurs twice");
                r.pop();
                p.skipChildren();
                continue;
            }
            seen |= bit;
            r.push(name);
            values[f.index] = f.read(p, r);
            r.pop();
        }
        for (Field<T, ?> f : inOrder) {
            if ((seen & (1L << f.index)) == 0) {
                if (f.kind == Kind.REQUIRED) {
                    r.problem(start, "нет обязательного поля «" + f.name + "»", "missing required field '" + f.name + "'");
                } else {
                    values[f.index] = f.absent;
                }
            }
        }
        if (r.problemCount() != before) {
            return null;
        }
        if (check != null && !checkOnlyOnFailure) {
            check.check(new Values(values), (relative, ru, en) -> r.problemAt(r.pointer() + "/" + relative, null, ru, en));
            if (r.problemCount() != before) {
                return null;
            }
        }
        try {
            return constructor.apply(new Values(values));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            if (check != null && checkOnlyOnFailure) {
                // the constructor refused: let the check say where, at precise pointers; its message if the check cannot
                check.check(new Values(values), (relative, ru, en) -> r.problemAt(r.pointer() + "/" + relative, null, ru, en));
                if (r.problemCount() != before) {
                    return null;
                }
            }
            String[] m = e instanceof IllegalArgumentException iae
                    ? Messages.fromCore(iae, r.inPersonalData())
                    : new String[] {typeName + ": недопустимое значение", typeName + ": invalid value"};
            r.problem(start, m[0], m[1]);
            return null;
        }
    }

    enum Kind { REQUIRED, OPTIONAL, DEFAULTED }

    /** Checks the values read before the constructor runs, to report problems at precise pointers. */
    @FunctionalInterface
    public interface Check {
        void check(Values values, Reporter reporter);
    }

    /** Receives the problems of a {@link Check}, each at a pointer relative to the object ({@code meetings/3/date}). */
    @FunctionalInterface
    public interface Reporter {
        void problem(String relativePointer, String russian, String english);
    }

    /** A field of a JSON object; a typed handle for the constructor ({@link Values#get(Field)}). */
    public static final class Field<T, X> {
        final String name;
        /** The name quoted and encoded once, as databind's own property writers keep theirs: not on every write. */
        private final SerializedString encodedName;
        final int index;
        final Kind kind;
        final Codec<Object> codec;
        final Function<T, ?> getter;
        final Object absent;

        @SuppressWarnings("unchecked")
        Field(String name, int index, Kind kind, Codec<?> codec, Function<T, ?> getter, Object absent) {
            this.name = name;
            this.encodedName = new SerializedString(name);
            this.index = index;
            this.kind = kind;
            this.codec = (Codec<Object>) codec;
            this.getter = getter;
            this.absent = absent;
        }

        void write(T owner, JsonGenerator g) throws IOException {
            Object v = getter.apply(owner);
            if (kind == Kind.OPTIONAL) {
                Optional<?> o = (Optional<?>) v;
                if (o.isEmpty()) {
                    return;
                }
                v = o.get();
            }
            g.writeFieldName(encodedName);
            codec.write(v, g);
        }

        Object read(JsonParser p, Reading r) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                switch (kind) {
                    case OPTIONAL:
                        return Optional.empty();
                    case DEFAULTED:
                        return absent;
                    default:
                        r.problem(p, "значение обязательно, получено null", "a value is required, got null");
                        return null;
                }
            }
            Object v = codec.read(p, r);
            return kind == Kind.OPTIONAL ? Optional.ofNullable(v) : v;
        }
    }

    /** The values read, by field. */
    public static final class Values {
        private final Object[] values;

        Values(Object[] values) {
            this.values = values;
        }

        @SuppressWarnings("unchecked")
        public <X> X get(Field<?, X> field) {
            return (X) values[field.index];
        }
    }

    /** Declares the fields in writing order, then {@link #build(Function)} with the constructor. */
    public static final class Builder<T> {
        private final String typeName;
        private final String expectedRu;
        private final String expectedEn;
        private final List<Field<T, ?>> fields = new ArrayList<>();
        private final List<String> ignored = new ArrayList<>();
        private boolean personal;
        private Check check;
        private boolean checkOnlyOnFailure;

        private Builder(String typeName, String expectedRu, String expectedEn) {
            this.typeName = typeName;
            this.expectedRu = expectedRu;
            this.expectedEn = expectedEn;
        }

        private <X> Field<T, X> add(String name, Kind kind, Codec<?> codec, Function<T, ?> getter, Object absent) {
            if (fields.size() == 64) {
                throw new IllegalStateException("at most 64 fields");
            }
            Field<T, X> f = new Field<>(name, fields.size(), kind, codec, getter, absent);
            fields.add(f);
            return f;
        }

        public <X> Field<T, X> required(String name, Codec<X> codec, Function<T, X> getter) {
            return add(name, Kind.REQUIRED, codec, getter, null);
        }

        /** Absent or null reads as {@code Optional.empty()}; an empty value is not written. */
        public <X> Field<T, Optional<X>> optional(String name, Codec<X> codec, Function<T, Optional<X>> getter) {
            return add(name, Kind.OPTIONAL, codec, getter, Optional.empty());
        }

        /** Absent or null reads as {@code whenAbsent}; always written. */
        public <X> Field<T, X> defaulted(String name, Codec<X> codec, Function<T, X> getter, X whenAbsent) {
            return add(name, Kind.DEFAULTED, codec, getter, whenAbsent);
        }

        /** A list; absent or null reads as empty; always written. */
        public <E> Field<T, List<E>> list(String name, Codec<E> element, Function<T, List<E>> getter) {
            return add(name, Kind.DEFAULTED, Codecs.list(element), getter, List.of());
        }

        /** A set written in the order of {@code sorted}; absent or null reads as empty; repeated items are problems. */
        public <E> Field<T, Set<E>> set(String name, Codecs.SetCodec<E> codec, Function<T, Set<E>> getter) {
            return add(name, Kind.DEFAULTED, codec, getter, Set.of());
        }

        /** Fields accepted and skipped, for example {@code $schema} at the top of a file. */
        public Builder<T> ignoring(String name) {
            ignored.add(name);
            return this;
        }

        /** The object holds personal data: messages about it and below never quote a value. */
        public Builder<T> personalData() {
            personal = true;
            return this;
        }

        /** Cross-field checks run after every field was read without problems, before the constructor. */
        public Builder<T> checking(Check value) {
            check = value;
            return this;
        }

        /**
         * A check that repeats the constructor's own, run only when the constructor refuses, to say where: the
         * valid documents do not pay for it twice.
         */
        public Builder<T> explainingFailures(Check value) {
            check = value;
            checkOnlyOnFailure = true;
            return this;
        }

        public ObjectCodec<T> build(Function<Values, T> constructor) {
            return new ObjectCodec<>(this, constructor);
        }
    }
}
