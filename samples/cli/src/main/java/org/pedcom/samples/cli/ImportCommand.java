package org.pedcom.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.pedcom.adapters.jdbc.JdbcCommunities;
import org.pedcom.adapters.jdbc.PedcomSchema;
import org.pedcom.adapters.json.PedcomJson;
import org.pedcom.record.CommunityRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pedcom import <files…> --db <jdbc-url>}: loads community records into a database. Every file is read and
 * checked first; then all are stored in one transaction, or none.
 */
@Command(name = "import", description = {"Загрузить записи сообществ в базу данных.", "Load community records into a database."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<record.json>")
    private List<Path> files;

    @Option(names = "--db", defaultValue = UrlDataSource.DEFAULT_URL, paramLabel = "<jdbc-url>",
            description = "database URL; default: an embedded H2 file ${DEFAULT-VALUE}")
    private String db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<CommunityRecord> records = new ArrayList<>();
        for (Path file : files) {
            records.add(PedcomJson.standard().readRecord(file));
        }
        UrlDataSource dataSource = new UrlDataSource(db);
        PedcomSchema.migrate(dataSource);
        long imported = JdbcCommunities.over(dataSource).addAll(records);
        out.println("Загружено сообществ: " + imported + " / communities imported: " + imported + " (" + db + ")");
        out.flush();
        return PedcomCli.OK;
    }
}
