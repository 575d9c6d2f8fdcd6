package org.pedcom.adapters.json.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import org.pedcom.adapters.json.JsonInputException;
import org.pedcom.adapters.json.JsonProblem;

/**
 * Reads a document the careful way, for files people write by hand (profiles, scenarios): parse into a located
 * tree, validate against the schema, run semantic checks, and only when all of that found nothing build the core
 * objects. Every problem of every stage before the first failing one is reported, each with its pointer and
 * line:column.
 */
public final class TreeDocuments {

    private TreeDocuments() {
    }

    /** A parsed and checked document whose objects are still to be built. */
    public record Checked(LocatedTree tree, String source) {

        public <T> T build(Codec<T> codec) throws IOException {
            Reading r = Reading.indexed(tree.index());
            T value;
            try (JsonParser p = new TreeTraversingParser(tree.root())) {
                p.nextToken();
                value = codec.read(p, r);
            }
            if (r.hasProblems()) {
                throw new JsonInputException(source, r.problems());
            }
            return value;
        }
    }

    private static List<JsonProblem> inFileOrder(List<JsonProblem> problems) {
        List<JsonProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
        return sorted;
    }

    /**
     * @param schemaFile one of {@link SchemaValidation#FILES}
     * @param semantic   checks beyond the schema; may be null
     */
    public static Checked check(JsonParser p, String source, String schemaFile, BiConsumer<JsonNode, Reading> semantic)
            throws IOException {
        Reading r = Reading.streaming("");
        LocatedTree tree = LocatedTree.parse(p, r);
        if (tree.root() == null) {
            throw new JsonInputException(source, r.problems());
        }
        Reading schema = Reading.indexed(tree.index());
        SchemaValidation.validate(schemaFile, tree.root(), schema);
        Reading checks = Reading.indexed(tree.index());
        if (semantic != null) {
            semantic.accept(tree.root(), checks);
        }
        if (r.hasProblems() || schema.hasProblems() || checks.hasProblems()) {
            List<JsonProblem> all = new ArrayList<>(r.problems());
            all.addAll(inFileOrder(schema.problems()));
            all.addAll(inFileOrder(checks.problems()));
            throw new JsonInputException(source, all);
        }
        return new Checked(tree, source);
    }
}
