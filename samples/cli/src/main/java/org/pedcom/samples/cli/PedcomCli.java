package org.pedcom.samples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * «pedcom»: judges the records of teacher communities against their regulations.
 *
 * <p>Exit codes: 0 — nothing violated, 1 — violations found, 2 — bad input or usage. Bad input prints one line
 * naming the problem, never a stack trace.
 */
@Command(name = "pedcom", mixinStandardHelpOptions = true, version = "pedcom 0.1.0-SNAPSHOT",
        description = {"Проверка соответствия профессиональных сообществ педагогов их положениям.",
                "Judges teacher communities against their regulations."},
        subcommands = {ProfilesCommand.class, ExplainCommand.class, CheckCommand.class, TestCommand.class,
                ImportCommand.class, SweepCommand.class})
public final class PedcomCli implements Runnable {

    /** Nothing violated. */
    public static final int OK = 0;
    /** Violations found. */
    public static final int VIOLATIONS = 1;
    /** Bad input or usage. */
    public static final int BAD_INPUT = 2;

    /**
     * Flyway reports its progress through java.util.logging; a command line shows people only results and errors.
     * Held in a field because java.util.logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(java.util.logging.Level.WARNING);
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line; returns the exit code instead of exiting, so it can be tested in-process too. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PedcomCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cli.registerConverter(java.time.LocalDate.class, PedcomCli::date);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("Ошибка: " + e.getMessage() + " / usage error (pedcom --help)");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, parseResult) -> {
            err.println(BadInput.describe(e));
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("недопустимая дата «" + text
                    + "», ожидается ГГГГ-ММ-ДД / impossible date '" + text + "', expected YYYY-MM-DD");
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "укажите команду / a command is required");
    }
}
