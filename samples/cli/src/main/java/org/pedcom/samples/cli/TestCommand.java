package org.pedcom.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pedcom.adapters.json.JsonProfiles;
import org.pedcom.adapters.json.ScenarioResult;
import org.pedcom.adapters.json.Scenarios;
import org.pedcom.profile.Profile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pedcom test <profile.json> <scenario files…>}: loads a profile written as JSON and runs its scenarios — how a
 * regional team checks a new profile without writing Java.
 */
@Command(name = "test", description = {"Проверить профиль в JSON на его сценариях.",
        "Run the scenario files of a profile written as JSON."})
final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<profile.json>")
    private Path profileFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<scenario.json>")
    private List<Path> scenarios;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Profile profile = JsonProfiles.standard().read(profileFile);
        List<ScenarioResult> results = Scenarios.run(profile, scenarios);
        out.print(Scenarios.format(results));
        out.flush();
        return results.stream().allMatch(ScenarioResult::passed) ? PedcomCli.OK : PedcomCli.VIOLATIONS;
    }
}
