package org.pedcom.samples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The built {@code pedcom-cli.jar}, run as a separate process the way a user runs it. */
record CliProcess(int exitCode, String out, String err) {

    static final Path JAR = Path.of(System.getProperty("pedcom.cli.jar", "target/pedcom-cli.jar"));
    static final Path SAMPLES = Path.of(System.getProperty("pedcom.samples.dir", "../data"));

    static CliProcess run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("pedcom-out", ".txt");
        Path err = Files.createTempFile("pedcom-err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("pedcom " + String.join(" ", args) + " did not finish in 120 s");
        }
        CliProcess result = new CliProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
