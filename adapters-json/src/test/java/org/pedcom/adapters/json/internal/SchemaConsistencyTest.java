package org.pedcom.adapters.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The shipped schemas and the codecs must agree on every code; a code added to one and not the other fails here. */
class SchemaConsistencyTest {

    private static JsonNode common() throws Exception {
        try (InputStream in = SchemaValidation.open("common.schema.json")) {
            return new ObjectMapper().readTree(in).get("$defs");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void everyEnumerationInTheSchemaListsExactlyTheCodecsCodes() throws Exception {
        JsonNode defs = common();
        for (EnumCodec<?> codec : Codes.ENUMS) {
            String name = Character.toLowerCase(codec.type().getSimpleName().charAt(0)) + codec.type().getSimpleName().substring(1);
            JsonNode def = defs.get(name);
            assertThat(def).as("$defs/" + name).isNotNull();
            assertThat(texts(def.get("enum"))).as(name).containsExactlyElementsOf(codec.codes());
        }
    }

    @Test
    void everyOpenVocabularyInTheSchemaListsExactlyTheKnownCodes() throws Exception {
        JsonNode defs = common();
        for (VocabularyCodec<?> codec : Codes.VOCABULARIES) {
            String type = codec.constants().get(0).getClass().getSimpleName();
            String name = Character.toLowerCase(type.charAt(0)) + type.substring(1);
            assertThat(texts(defs.get(name).get("then").get("enum"))).as(name).containsExactlyElementsOf(codec.codes());
        }
    }

    @Test
    void theRequirementSchemaKnowsExactlyTheRequirementKinds() throws Exception {
        try (InputStream in = SchemaValidation.open("profile.schema.json")) {
            JsonNode requirement = new ObjectMapper().readTree(in).get("$defs").get("requirement");
            assertThat(texts(requirement.get("properties").get("type").get("enum"))).containsExactlyElementsOf(ProfileCodecs.REQUIREMENT.codes());
        }
    }
}
