package org.pedcom.adapters.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harrel.jsonschema.Dialects;
import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;

/**
 * The shipped JSON Schemas (draft 2020-12), loaded once from the class path, and validation of a tree against one
 * of them. Problems carry the instance's JSON pointer; messages are in Russian (by keyword) and English (the
 * validator's), and under {@code personalData} they never quote a value.
 */
public final class SchemaValidation {

    /** Where the schemas are, on the class path. */
    public static final String RESOURCE_DIRECTORY = "org/pedcom/adapters/json/schemas/";
    public static final String ID_BASE = "https://pedcom.org/schemas/";
    public static final List<String> FILES = List.of("common.schema.json", "community-record.schema.json",
            "profile.schema.json", "compliance-report.schema.json", "scenario.schema.json");

    /** Errors that only say a sub-schema failed; the sub-schema's own errors say where and why. */
    private static final Set<String> COMPOSITE = Set.of("if", "then", "else", "allOf", "$ref", "properties",
            "items", "prefixItems", "dependentSchemas", "unevaluatedItems");

    private static final Validator VALIDATOR;

    static {
        ObjectMapper mapper = new ObjectMapper();
        VALIDATOR = new ValidatorFactory()
                .withJsonNodeFactory(new JacksonNode.Factory(mapper))
                .withDefaultDialect(new Dialects.Draft2020Dialect())
                .createValidator();
        for (String file : FILES) {
            try (InputStream in = SchemaValidation.class.getClassLoader().getResourceAsStream(RESOURCE_DIRECTORY + file)) {
                if (in == null) {
                    throw new IllegalStateException("schema missing from the class path: " + file);
                }
                VALIDATOR.registerSchema(URI.create(ID_BASE + file), mapper.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private SchemaValidation() {
    }

    /** The schema text of {@code file}, one of {@link #FILES}. */
    public static InputStream open(String file) {
        return SchemaValidation.class.getClassLoader().getResourceAsStream(RESOURCE_DIRECTORY + file);
    }

    /** Validates {@code tree} against the schema {@code file}; each problem goes to {@code r} at its pointer. */
    public static void validate(String file, JsonNode tree, Reading r) {
        List<Error> errors;
        synchronized (VALIDATOR) {
            errors = new ArrayList<>(VALIDATOR.validate(URI.create(ID_BASE + file), tree).getErrors());
        }
        for (Error e : errors) {
            String keyword = e.getKeyword();
            String path = e.getEvaluationPath();
            if (keyword != null && COMPOSITE.contains(keyword) || path.contains("/if/") || path.endsWith("/if")) {
                // a composite only says a sub-schema failed; an "if" condition failing is no error at all
                continue;
            }
            String pointer = e.getInstanceLocation();
            boolean personal = pointer.contains("/personalData");
            String ru;
            String en = personal ? "does not match the schema (" + keyword + ")" : e.getError();
            if (keyword == null && (path.endsWith("/additionalProperties") || path.endsWith("/unevaluatedProperties"))) {
                String name = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
                ru = "неизвестное поле «" + Messages.clip(name) + "»";
                en = "unknown field '" + Messages.clip(name) + "'";
            } else if ("required".equals(keyword) && e.getError().contains("[[")) {
                String names = e.getError().substring(e.getError().indexOf("[[") + 2, e.getError().lastIndexOf("]]"));
                ru = "нет обязательного поля «" + names + "»";
            } else {
                ru = russian(keyword);
            }
            r.problemAt(pointer, null, ru + " (схема)", en + " (schema)");
        }
    }

    private static String russian(String keyword) {
        if (keyword == null) {
            return "значение не допускается";
        }
        return switch (keyword) {
            case "type" -> "неверный тип значения";
            case "required" -> "нет обязательного поля";
            case "enum", "const" -> "недопустимое значение";
            case "pattern" -> "значение не соответствует формату";
            case "format" -> "неверный формат";
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> "значение вне допустимого диапазона";
            case "minItems" -> "слишком мало элементов";
            case "maxItems" -> "слишком много элементов";
            case "uniqueItems" -> "элементы повторяются";
            case "minLength" -> "строка слишком короткая";
            case "maxLength" -> "строка слишком длинная";
            case "oneOf", "anyOf" -> "значение не подходит ни под один из вариантов";
            case "not" -> "значение не допускается";
            case "minProperties" -> "слишком мало полей";
            case "propertyNames" -> "недопустимое имя поля";
            default -> "не соответствует схеме";
        };
    }
}
