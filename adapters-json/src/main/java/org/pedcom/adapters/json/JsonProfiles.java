package org.pedcom.adapters.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import org.pedcom.adapters.json.internal.Documents;
import org.pedcom.adapters.json.internal.ProfileChecks;
import org.pedcom.adapters.json.internal.ProfileCodecs;
import org.pedcom.adapters.json.internal.TreeDocuments;
import org.pedcom.profile.Profile;

/**
 * Profiles authored as JSON files: a regional methodological team writes its regulation — clauses with their
 * original text, editions, rules with their parameters — as a file, and pedcom loads it at run time into a
 * {@link Profile} that behaves exactly like one written in Java.
 *
 * <p>Loading checks the file against {@code profile.schema.json}, then semantically (rules cite clauses of their
 * edition, ids are unique, editions do not overlap, dates and deadlines are real days), then builds the profile
 * with core's own checks. It reports <em>every</em> problem it finds, each with its JSON pointer and line:column;
 * a file with any problem loads nothing.
 *
 * <pre>{@code
 * Profile profile = JsonProfiles.standard().read(Path.of("my-regulation.profile.json"));
 * ComplianceReport report = Compliance.evaluate(record, profile, LocalDate.now());
 * }</pre>
 */
public final class JsonProfiles {

    private static final JsonProfiles STANDARD = new JsonProfiles(JsonLimits.defaults());

    private final JsonLimits limits;
    private final JsonFactory factory;

    private JsonProfiles(JsonLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = JsonFactory.builder().streamReadConstraints(PedcomJson.constraints(limits))
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    }

    public static JsonProfiles standard() {
        return STANDARD;
    }

    public static JsonProfiles withLimits(JsonLimits limits) {
        return new JsonProfiles(limits);
    }

    /**
     * Loads a profile file.
     *
     * @throws JsonInputException listing every problem of the file
     */
    public Profile read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxDocumentBytes()) {
            throw new JsonInputException(file.toString(), List.of(new JsonProblem("", 0, 0,
                    "файл слишком велик: " + size + " байт, предел " + limits.maxDocumentBytes()
                            + " / the file is too large: " + size + " bytes, the limit is " + limits.maxDocumentBytes())));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Loads a profile from a stream, for example a class path resource; {@code source} names it in messages. */
    public Profile read(InputStream in, String source) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            return load(p, source);
        }
    }

    public Profile read(String json) throws IOException {
        JsonParser parser;
        try {
            parser = factory.createParser(json);
        } catch (JsonProcessingException e) {
            throw Documents.failure("profile", e, null);
        }
        try (JsonParser p = parser) {
            return load(p, "profile");
        }
    }

    /**
     * Checks a profile file and returns every problem; empty when it loads. For tools that show problems rather
     * than fail ({@code pedcom check-profile}).
     */
    public List<JsonProblem> problems(Path file) throws IOException {
        try {
            read(file);
            return List.of();
        } catch (JsonInputException e) {
            return e.problems();
        }
    }

    private static Profile load(JsonParser p, String source) throws IOException {
        return TreeDocuments.check(p, source, "profile.schema.json", ProfileChecks::check).build(ProfileCodecs.PROFILE);
    }

    /** The profile as an indented JSON document, ready to be edited and loaded back. */
    public String write(Profile profile) {
        return PedcomJson.standard().prettyPrinting().write(profile) + "\n";
    }

    public void write(Profile profile, Path file) throws IOException {
        Files.writeString(file, write(profile), StandardCharsets.UTF_8);
    }

    public void write(Profile profile, OutputStream out) throws IOException {
        out.write(write(profile).getBytes(StandardCharsets.UTF_8));
    }

    public void write(Profile profile, Writer out) {
        try {
            out.write(write(profile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
