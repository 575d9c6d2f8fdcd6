package org.pedcom.benchmarks.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Raw Jackson databind of {@link PlainRecord}: one {@link ObjectMapper} with unknown properties refused (so a field
 * the plain classes lack fails instead of being skipped), {@code null}s not written, and ISO dates as {@link
 * LocalDate} through a two-method module (what {@code jackson-datatype-jsr310} does for {@code LocalDate}).
 */
public final class PlainJson {

    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    public PlainJson() {
        SimpleModule dates = new SimpleModule("iso-dates")
                .addSerializer(LocalDate.class, new DateSerializer())
                .addDeserializer(LocalDate.class, new DateDeserializer());
        mapper = JsonMapper.builder()
                .addModule(dates)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        reader = mapper.readerFor(PlainRecord.class);
        writer = mapper.writerFor(PlainRecord.class);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Binds a UTF-8 document, read through a stream as {@code PedcomJson.read(InputStream, …)} does. */
    public PlainRecord read(byte[] json) {
        try {
            return reader.readValue(new ByteArrayInputStream(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 bytes, written to a stream as {@code PedcomJson.writeBytes} does. */
    public byte[] write(PlainRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            writer.writeValue(out, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static final class DateSerializer extends StdScalarSerializer<LocalDate> {
        DateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(value.toString());
        }
    }

    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            return LocalDate.parse(p.getText());
        }
    }
}
