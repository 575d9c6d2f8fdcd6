package org.pedcom.samples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profile.spi.ProfileProvider;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedcom profiles}: the available profiles with their issuing body, editions and parameters. */
@Command(name = "profiles", description = {"Список доступных профилей.", "Lists the available profiles."})
final class ProfilesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", defaultValue = "ru", description = "ru | en")
    private String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean en = "en".equals(lang);
        Profiles registry = Profiles.load();
        for (ProfileProvider provider : registry.providers()) {
            Profile profile = registry.profile(provider.id().value());
            out.println(profile.id() + " — " + profile.title());
            out.println((en ? "  issued by: " : "  принято: ") + profile.issuingBody());
            for (Edition e : profile.editions()) {
                out.println((en ? "  edition " : "  редакция ") + e.id() + (en ? " from " : " с ") + e.effectiveFrom()
                        + ", " + e.adoption() + (en ? " (clauses: " : " (пунктов: ") + e.clauses().size()
                        + (en ? ", rules: " : ", правил: ") + e.rules().size() + ")");
            }
            for (ProfileParameter p : provider.parameters()) {
                out.println((en ? "  parameter " : "  параметр ") + p.name() + " = " + p.defaultValue() + " " + p.allowed()
                        + " — " + p.description().in(lang));
            }
        }
        return PedcomCli.OK;
    }
}
