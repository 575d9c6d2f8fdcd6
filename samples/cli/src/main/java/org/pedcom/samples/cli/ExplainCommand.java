package org.pedcom.samples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.regulation.Clause;
import org.pedcom.rule.Rule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pedcom explain <profile-id>}: the clause table — number as printed, text, the rules enforcing it. */
@Command(name = "explain", description = {"Таблица пунктов профиля: номер, текст, правила.",
        "The clause table of a profile: number, text, rules."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<profile-id>")
    private String profileId;

    @Option(names = "--as-of", description = "the date whose edition to show (yyyy-mm-dd); default: the latest edition")
    private LocalDate asOf;

    @Option(names = "--lang", defaultValue = "ru", description = "ru | en")
    private String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean en = "en".equals(lang);
        Profile profile = Profiles.load().profile(profileId);
        List<Edition> editions = profile.editions();
        Edition edition = asOf == null ? editions.get(editions.size() - 1) : profile.editionOn(asOf)
                .orElseThrow(() -> new BadInput("профиль «" + profileId + "» не действует на " + asOf + " / not in force on " + asOf));
        out.println(profile.title());
        out.println((en ? "Edition " : "Редакция ") + edition.id() + ", " + edition.adoption());
        out.println();
        for (Clause c : edition.clauses()) {
            out.println(c.number() + "  [" + c.id() + "]  " + c.text());
            List<Rule> rules = edition.rulesCiting(c.id());
            for (Rule r : rules) {
                out.println("      " + (en ? "rule " : "правило ") + r.id() + " (" + r.requirement().kindCode() + ", "
                        + r.severity().name().toLowerCase() + ")");
            }
            c.notCheckable().ifPresent(reason -> out.println("      " + (en ? "not checkable: " : "не проверяется: ") + reason));
            c.interpretation().ifPresent(i -> out.println("      " + (en ? "interpretation: " : "толкование: ") + i));
        }
        return PedcomCli.OK;
    }
}
