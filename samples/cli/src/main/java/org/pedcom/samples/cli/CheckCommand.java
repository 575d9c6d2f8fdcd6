package org.pedcom.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pedcom.adapters.json.PedcomJson;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.ReportText;
import org.pedcom.compliance.Verdict;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedcom check --profile <id> --as-of <date> <record.json>}: judges one community record. */
@Command(name = "check", description = {"Проверить запись сообщества на соответствие положению.",
        "Judge one community record against a profile."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "<id>", description = "profile id, see `pedcom profiles`")
    private String profileId;

    @Option(names = "--as-of", required = true, paramLabel = "<yyyy-mm-dd>", description = "the date of judgement")
    private LocalDate asOf;

    @Option(names = "--set", paramLabel = "<parameter=value>", description = "a profile parameter, e.g. counted-months=all-months")
    private Map<String, String> settings = Map.of();

    @Option(names = "--format", defaultValue = "text", description = "text | json")
    private Format format;

    @Option(names = "--lang", defaultValue = "ru", description = "ru | en")
    private String lang;

    @Parameters(index = "0", paramLabel = "<record.json>")
    private Path recordFile;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Profile profile = Profiles.load().profile(ProfileId.of(profileId), ProfileSettings.of(settings));
        CommunityRecord record = PedcomJson.standard().readRecord(recordFile);
        ComplianceReport report = Compliance.evaluate(record, profile, asOf);
        if (format == Format.json) {
            out.println(PedcomJson.standard().prettyPrinting().writeReport(report));
        } else {
            out.print(ReportText.render(report, lang));
        }
        out.flush();
        return report.verdict() == Verdict.VIOLATED ? PedcomCli.VIOLATIONS : PedcomCli.OK;
    }
}
