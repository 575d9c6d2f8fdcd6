package org.pedcom.adapters.json.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/** Jackson's view of a codec's writing half. */
public final class CodecSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Codec<T> codec;

    public CodecSerializer(Class<T> type, Codec<T> codec) {
        super(type);
        this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        codec.write(value, g);
    }
}
