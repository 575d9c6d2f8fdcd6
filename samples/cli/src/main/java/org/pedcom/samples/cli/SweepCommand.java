package org.pedcom.samples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.pedcom.adapters.jdbc.Communities;
import org.pedcom.adapters.jdbc.JdbcCommunities;
import org.pedcom.adapters.jdbc.PedcomSchema;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.Obligation;
import org.pedcom.compliance.Verdict;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pedcom sweep --db <jdbc-url>}: judges every community in the database against the regulation governing it,
 * with a progress bar on a terminal and summary tables at the end.
 *
 * <p>A stored record does not name its regulation, so the community's kind decides: each seed regulation governs
 * one kind (МО, ППС, ПС, ШПО, ОСМП). {@code --profile-for kind=profile} changes or adds a pairing.
 */
@Command(name = "sweep", description = {"Проверить все сообщества в базе данных.", "Judge every community in a database."})
final class SweepCommand implements Callable<Integer> {

    /** The seed regulations each govern one kind of community. */
    static final Map<String, String> SEED_PROFILES = Map.of("mo", "kamensk-uralsky-mo", "pps", "rybnovsky-pps",
            "ps", "sobolevskaya-ps", "shpo", "tomsk-logoposidelki", "osmp", "yaya-osmp");

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", defaultValue = UrlDataSource.DEFAULT_URL, paramLabel = "<jdbc-url>",
            description = "database URL; default: an embedded H2 file ${DEFAULT-VALUE}")
    private String db;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>", description = "the date of judgement; default: today")
    private LocalDate asOf;

    @Option(names = "--profile-for", paramLabel = "<kind=profile>", description = "which profile judges a kind of community")
    private Map<String, String> profileFor = new HashMap<>();

    @Option(names = "--lang", defaultValue = "ru", description = "ru | en")
    private String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean en = "en".equals(lang);
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        Map<String, String> pairing = new HashMap<>(SEED_PROFILES);
        pairing.putAll(profileFor);
        Profiles registry = Profiles.load();
        Map<String, Profile> profiles = new HashMap<>();
        UrlDataSource dataSource = new UrlDataSource(db);
        PedcomSchema.migrate(dataSource);
        Communities communities = JdbcCommunities.over(dataSource);
        long total = communities.count();
        Progress progress = new Progress(err, total, System.console() != null);

        Map<String, int[]> perProfile = new TreeMap<>();
        Map<String, Integer> perClause = new TreeMap<>();
        boolean violated = false;
        try (Stream<CommunityRecord> every = communities.everyCommunity()) {
            Iterator<CommunityRecord> it = every.iterator();
            while (it.hasNext()) {
                CommunityRecord record = it.next();
                String kind = record.community().kind().code();
                String profileId = pairing.get(kind);
                if (profileId == null) {
                    throw new BadInput("нет профиля для вида сообщества «" + kind + "» (" + record.community().id()
                            + "); укажите --profile-for " + kind + "=<profile> / no profile for kind '" + kind + "'");
                }
                Profile profile = profiles.computeIfAbsent(profileId, registry::profile);
                ComplianceReport report = Compliance.evaluate(record, profile, date);
                int[] counts = perProfile.computeIfAbsent(profileId, p -> new int[2]);
                counts[0]++;
                if (report.verdict() == Verdict.VIOLATED) {
                    counts[1]++;
                    violated = true;
                }
                for (Finding f : report.violations()) {
                    perClause.merge(profileId + "  " + f.clauseNumber(), 1, Integer::sum);
                }
                progress.step();
                describe(out, record, report, en);
            }
        }
        progress.done();
        summary(out, perProfile, perClause, date, en);
        out.flush();
        return violated ? PedcomCli.VIOLATIONS : PedcomCli.OK;
    }

    private static void describe(PrintWriter out, CommunityRecord record, ComplianceReport report, boolean en) {
        out.println();
        out.println(record.community().id() + " — " + record.community().name() + " [" + report.profile() + "]: "
                + (report.verdict() == Verdict.VIOLATED ? (en ? "VIOLATIONS FOUND" : "ЕСТЬ НАРУШЕНИЯ")
                : (en ? "COMPLIES" : "СООТВЕТСТВУЕТ")));
        for (Finding f : report.findings()) {
            String mark = f.severity() == Severity.VIOLATION ? (en ? "violation" : "нарушение")
                    : f.severity() == Severity.WARNING ? (en ? "warning" : "предупреждение") : (en ? "info" : "сведение");
            out.println("  [" + mark + "] " + f.citation());
            out.println("      " + f.message().in(en ? "en" : "ru"));
        }
        // the obligation's text already names its day
        report.obligations().stream().limit(3).forEach((Obligation o) ->
                out.println("  " + (en ? "due: " : "предстоит: ") + o.what().in(en ? "en" : "ru")));
    }

    private static void summary(PrintWriter out, Map<String, int[]> perProfile, Map<String, Integer> perClause, LocalDate date,
                                boolean en) {
        out.println();
        out.println((en ? "Summary as of " : "Итоги на ") + date);
        out.println(String.format("  %-24s %12s %14s", en ? "profile" : "профиль", en ? "communities" : "сообществ",
                en ? "with violations" : "с нарушениями"));
        perProfile.forEach((p, c) -> out.println(String.format("  %-24s %12d %14d", p, c[0], c[1])));
        out.println();
        out.println(en ? "Violations per clause (number as printed):" : "Нарушения по пунктам (номер как в положении):");
        if (perClause.isEmpty()) {
            out.println(en ? "  none" : "  нет");
        }
        perClause.forEach((clause, n) -> out.println(String.format("  %-34s %5d", clause, n)));
    }

    /** A progress bar on the terminal only: redirected output stays clean for scripts. */
    private static final class Progress {
        private final PrintWriter err;
        private final long total;
        private final boolean terminal;
        private long done;

        Progress(PrintWriter err, long total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        void step() {
            done++;
            if (terminal && total > 0) {
                int width = 30;
                int filled = (int) (done * width / total);
                err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
                err.flush();
            }
        }

        void done() {
            if (terminal && total > 0) {
                err.println();
            }
        }
    }
}
