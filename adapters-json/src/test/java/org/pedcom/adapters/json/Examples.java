package org.pedcom.adapters.json;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the shipped examples are: {@code org/pedcom/adapters/json/examples/<profile-id>/}, on the test class path. */
final class Examples {

    static final String RESOURCE = "org/pedcom/adapters/json/examples/";

    private Examples() {
    }

    static Path root() {
        URL url = Examples.class.getClassLoader().getResource(RESOURCE);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every example directory, one per profile id. */
    static List<Path> directories() throws Exception {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    static List<Path> scenarios(Path exampleDirectory) throws Exception {
        Path dir = exampleDirectory.resolve("scenarios");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
