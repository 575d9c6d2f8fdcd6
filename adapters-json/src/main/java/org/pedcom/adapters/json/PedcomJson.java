package org.pedcom.adapters.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.pedcom.adapters.json.internal.Codec;
import org.pedcom.adapters.json.internal.Documents;
import org.pedcom.adapters.json.internal.Registry;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.record.CommunityRecord;

/**
 * Reads and writes pedcom's documents — community records, compliance reports and any other core type — with the
 * {@linkplain JsonLimits limits} that keep hostile input harmless. Immutable and thread-safe.
 *
 * <pre>{@code
 * PedcomJson json = PedcomJson.standard();
 * CommunityRecord record = json.readRecord(Path.of("community.json"));
 * String text = json.writeReport(Compliance.evaluate(record, profile, LocalDate.now()));
 * }</pre>
 *
 * <p>Every read either returns a complete, validated object or throws a {@link JsonInputException} listing every
 * problem found (JSON pointer, line, column, message): malformed JSON, wrong types, missing, unknown or repeated
 * fields, broken references inside a record, values a core constructor refuses, documents over the size or nesting
 * limit, trailing content.
 */
public final class PedcomJson {

    private static final PedcomJson STANDARD = new PedcomJson(JsonLimits.defaults(), false);

    private final JsonLimits limits;
    private final boolean pretty;
    private final JsonFactory factory;

    private PedcomJson(JsonLimits limits, boolean pretty) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.pretty = pretty;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(constraints(limits))
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** Default limits, compact output. */
    public static PedcomJson standard() {
        return STANDARD;
    }

    public static PedcomJson withLimits(JsonLimits limits) {
        return new PedcomJson(limits, false);
    }

    /** The same reader and writer, writing indented, human-friendly JSON. */
    public PedcomJson prettyPrinting() {
        return new PedcomJson(limits, true);
    }

    public JsonLimits limits() {
        return limits;
    }

    /**
     * A new {@link ObjectMapper} with {@link PedcomModule} registered and this instance's limits, which also rejects
     * repeated keys, unknown properties and trailing tokens for the caller's own types.
     */
    public ObjectMapper newMapper() {
        JsonMapper.Builder b = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(constraints(limits))
                        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build())
                .addModule(new PedcomModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        ObjectMapper mapper = b.build();
        if (pretty) {
            mapper.setDefaultPrettyPrinter(PRETTY);
            mapper.enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        }
        return mapper;
    }

    static StreamReadConstraints constraints(JsonLimits limits) {
        return StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .build();
    }

    // --- community records

    public CommunityRecord readRecord(String json) throws IOException {
        return read(json, CommunityRecord.class);
    }

    public CommunityRecord readRecord(InputStream in) throws IOException {
        return read(in, CommunityRecord.class, "запись сообщества / community record");
    }

    public CommunityRecord readRecord(Path file) throws IOException {
        return read(file, CommunityRecord.class);
    }

    public String writeRecord(CommunityRecord record) {
        return write(record);
    }

    public void writeRecord(CommunityRecord record, OutputStream out) throws IOException {
        write(record, out);
    }

    // --- compliance reports

    public ComplianceReport readReport(String json) throws IOException {
        return read(json, ComplianceReport.class);
    }

    public ComplianceReport readReport(Path file) throws IOException {
        return read(file, ComplianceReport.class);
    }

    public String writeReport(ComplianceReport report) {
        return write(report);
    }

    public void writeReport(ComplianceReport report, OutputStream out) throws IOException {
        write(report, out);
    }

    // --- any core type

    /** The core types this reads and writes: every record, value type, enumeration and sealed type of core. */
    public static List<Class<?>> supportedTypes() {
        return List.copyOf(Registry.codecs().keySet());
    }

    public <T> T read(String json, Class<T> type) throws IOException {
        Objects.requireNonNull(json, "json");
        JsonParser parser;
        try {
            parser = factory.createParser(json);
        } catch (JsonProcessingException e) {
            throw Documents.failure(type.getSimpleName(), e, null);
        }
        try (JsonParser p = parser) {
            return read(p, type, type.getSimpleName());
        }
    }

    public <T> T read(InputStream in, Class<T> type, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        try (JsonParser p = factory.createParser(in)) {
            return read(p, type, source);
        }
    }

    /** Reads a file; a file over the size limit is refused before it is read. */
    public <T> T read(Path file, Class<T> type) throws IOException {
        Objects.requireNonNull(file, "file");
        long size = Files.size(file);
        if (size > limits.maxDocumentBytes()) {
            throw new JsonInputException(file.toString(), List.of(new JsonProblem("", 0, 0,
                    "файл слишком велик: " + size + " байт, предел " + limits.maxDocumentBytes()
                            + " / the file is too large: " + size + " bytes, the limit is " + limits.maxDocumentBytes())));
        }
        try (InputStream in = Files.newInputStream(file); JsonParser p = factory.createParser(in)) {
            return read(p, type, file.toString());
        }
    }

    private <T> T read(JsonParser p, Class<T> type, String source) throws IOException {
        Codec<T> codec = codec(type);
        Object value = Documents.read(codec, p, source);
        if (!type.isInstance(value)) {
            throw new JsonInputException(source, List.of(new JsonProblem("", 0, 0,
                    "ожидается " + type.getSimpleName() + " / expected " + type.getSimpleName())));
        }
        return type.cast(value);
    }

    /** Writes any supported value as JSON text. */
    public String write(Object value) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = generator(factory.createGenerator(w))) {
            writeValue(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes any supported value as UTF-8 JSON; does not close {@code out}. */
    public void write(Object value, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(factory.createGenerator(out, JsonEncoding.UTF8))) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeValue(value, g);
        }
    }

    /** Writes any supported value as JSON text; does not close {@code out}. */
    public void write(Object value, Writer out) throws IOException {
        try (JsonGenerator g = generator(factory.createGenerator(out))) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeValue(value, g);
        }
    }

    /** The UTF-8 bytes of {@link #write(Object)}. */
    public byte[] writeBytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private JsonGenerator generator(JsonGenerator g) {
        return pretty ? g.setPrettyPrinter(PRETTY) : g;
    }

    /** {@code "key": value}, one array item per line: what people edit by hand. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    @SuppressWarnings("unchecked")
    private static void writeValue(Object value, JsonGenerator g) throws IOException {
        Objects.requireNonNull(value, "value");
        ((Codec<Object>) codec(value.getClass())).write(value, g);
    }

    private static <T> Codec<T> codec(Class<T> type) {
        Codec<T> codec = Registry.codec(type);
        if (codec == null) {
            throw new IllegalArgumentException("не тип pedcom / not a pedcom type: " + type.getName());
        }
        return codec;
    }
}
