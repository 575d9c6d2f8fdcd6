package org.pedcom.adapters.json.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A document parsed into a tree together with the line and column of every value, by JSON pointer, so that
 * problems found later — by the schema, by semantic checks, by core constructors — name the place in the file.
 * A repeated key is a problem (the first occurrence is kept) and parsing goes on, so every repeat is reported.
 *
 * @param root  the tree, or null when the JSON was malformed
 * @param index the location of each value by JSON pointer
 */
public record LocatedTree(JsonNode root, Map<String, JsonLocation> index) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Parses the whole document; problems (repeats, malformed JSON, limits, trailing content) go to {@code r}. */
    public static LocatedTree parse(JsonParser p, Reading r) throws IOException {
        Map<String, JsonLocation> index = new HashMap<>();
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                r.problemAt("", null, "пустой документ", "empty document");
                return new LocatedTree(null, index);
            }
            JsonNode root = value(p, "", index, r);
            if (p.nextToken() != null) {
                r.problemAt("", p.currentTokenLocation(), "лишние данные после конца документа",
                        "trailing content after the end of the document");
            }
            return new LocatedTree(root, index);
        } catch (JsonProcessingException e) {
            Documents.malformed(e, p, "", r);
            return new LocatedTree(null, index);
        }
    }

    private static JsonNode value(JsonParser p, String pointer, Map<String, JsonLocation> index, Reading r) throws IOException {
        index.put(pointer, p.currentTokenLocation());
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                    if (o.has(name)) {
                        r.problemAt(child, p.currentTokenLocation(), "ключ «" + Messages.clip(name) + "» повторяется",
                                "key '" + Messages.clip(name) + "' occurs twice");
                        p.skipChildren();
                    } else {
                        o.set(name, value(p, child, index, r));
                    }
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, pointer + "/" + i++, index, r));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NODES.nullNode();
        }
    }
}
