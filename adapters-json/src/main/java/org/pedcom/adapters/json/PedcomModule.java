package org.pedcom.adapters.json;

import java.util.Map;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import org.pedcom.adapters.json.internal.Codec;
import org.pedcom.adapters.json.internal.CodecDeserializer;
import org.pedcom.adapters.json.internal.CodecSerializer;
import org.pedcom.adapters.json.internal.Registry;

/**
 * The Jackson module of pedcom: every core type — the community record and all it holds, profiles with their
 * clauses and rules, compliance reports — to and from JSON, with streaming serializers and deserializers.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PedcomModule());
 * // or: new ObjectMapper().findAndRegisterModules()  (found through META-INF/services)
 * CommunityRecord record = mapper.readValue(json, CommunityRecord.class);
 * }</pre>
 *
 * <p>Conventions (see the module README): dates as {@code 2024-09-01}, school years as {@code 2024/2025}, terms as
 * ISO periods ({@code P1Y}), days of the year as {@code 09-15}; enumerations as stable lower-case codes from an
 * explicit table; open vocabularies as their code when a known constant, else {@code {"code","title"}}; sealed
 * types with a {@code "type"} code; empty optionals not written, absent or null read as empty. No default typing,
 * no class names. Bad content fails with a {@link JsonInputException} listing every problem by JSON pointer.
 *
 * <p>The module does not change the mapper's limits; {@link PedcomJson} gives a mapper with them.
 */
public final class PedcomModule extends Module {

    public static final String NAME = "pedcom";

    @Override
    public String getModuleName() {
        return NAME;
    }

    @Override
    public Version version() {
        return new Version(0, 1, 0, "SNAPSHOT", "org.pedcom", "pedcom-adapters-json");
    }

    @Override
    public Object getTypeId() {
        return NAME;
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Map.Entry<Class<?>, Codec<?>> e : Registry.codecs().entrySet()) {
            register(serializers, deserializers, e.getKey(), e.getValue());
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    @SuppressWarnings("unchecked")
    private static <T> void register(SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type,
                                     Codec<?> codec) {
        serializers.addSerializer(type, new CodecSerializer<>(type, (Codec<T>) codec));
        deserializers.addDeserializer(type, new CodecDeserializer<>(type, codec));
    }
}
