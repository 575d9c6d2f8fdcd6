package org.pedcom.adapters.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import org.pedcom.adapters.json.internal.Documents;
import org.pedcom.adapters.json.internal.LocatedTree;
import org.pedcom.adapters.json.internal.Reading;
import org.pedcom.adapters.json.internal.SchemaValidation;

/**
 * The JSON Schemas (draft 2020-12) pedcom ships as class path resources under
 * {@code org/pedcom/adapters/json/schemas/}: a community record, a profile, a compliance report and a profile test
 * scenario, plus {@code common.schema.json} with the definitions they share. Their {@code $id}s
 * ({@code https://pedcom.org/schemas/…}) are identifiers, not addresses to fetch.
 */
public final class JsonSchemas {

    /** A kind of document with its schema. */
    public enum Schema {
        COMMUNITY_RECORD("community-record.schema.json"),
        PROFILE("profile.schema.json"),
        COMPLIANCE_REPORT("compliance-report.schema.json"),
        SCENARIO("scenario.schema.json"),
        /** The definitions the others share; not a document schema of its own. */
        COMMON("common.schema.json");

        private final String fileName;

        Schema(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }

        /** The class path resource, for example {@code org/pedcom/adapters/json/schemas/profile.schema.json}. */
        public String resource() {
            return SchemaValidation.RESOURCE_DIRECTORY + fileName;
        }

        /** The schema's {@code $id}. */
        public String id() {
            return SchemaValidation.ID_BASE + fileName;
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(PedcomJson.constraints(JsonLimits.defaults()))
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private JsonSchemas() {
    }

    /** The schema text; the caller closes the stream. */
    public static InputStream open(Schema schema) {
        return SchemaValidation.open(schema.fileName());
    }

    /**
     * Validates a document against a schema alone (no semantic checks, nothing built): every problem with its
     * pointer and line:column; empty when the document is valid. Repeated keys and malformed JSON are problems too.
     */
    public static List<JsonProblem> validate(Schema schema, String json) throws IOException {
        if (schema == Schema.COMMON) {
            throw new IllegalArgumentException("common.schema.json holds definitions only");
        }
        Reading r = Reading.streaming("");
        JsonParser parser;
        try {
            parser = FACTORY.createParser(json);
        } catch (JsonProcessingException e) {
            return Documents.failure(schema.fileName(), e, null).problems();
        }
        try (JsonParser p = parser) {
            LocatedTree tree = LocatedTree.parse(p, r);
            List<JsonProblem> problems = new ArrayList<>(r.problems());
            if (tree.root() != null) {
                Reading checks = Reading.indexed(tree.index());
                SchemaValidation.validate(schema.fileName(), tree.root(), checks);
                problems.addAll(checks.problems());
            }
            return List.copyOf(problems);
        }
    }
}
