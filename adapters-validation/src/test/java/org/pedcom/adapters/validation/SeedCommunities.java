package org.pedcom.adapters.validation;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.pedcom.profiles.kamensk.KamenskMoCommunityYear;
import org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear;
import org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear;
import org.pedcom.profiles.tomsk.LogoposidelkiCommunityYear;
import org.pedcom.profiles.yaya.YayaOsmpCommunityYear;
import org.pedcom.record.CommunityRecord;

/**
 * The five seed profiles, each with its sample community year and a portal type annotated for it, the way a portal
 * would write one: its own object, our small interface, the constraint in both groups.
 */
final class SeedCommunities {

    @CompliesWith(profile = "rybnovsky-pps")
    @CompliesWith(profile = "rybnovsky-pps", groups = ComplianceWarnings.class)
    record RybnovskyForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    @CompliesWith(profile = "kamensk-uralsky-mo")
    @CompliesWith(profile = "kamensk-uralsky-mo", groups = ComplianceWarnings.class)
    record KamenskForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    @CompliesWith(profile = "sobolevskaya-ps")
    @CompliesWith(profile = "sobolevskaya-ps", groups = ComplianceWarnings.class)
    record SobolevskayaForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    @CompliesWith(profile = "tomsk-logoposidelki")
    @CompliesWith(profile = "tomsk-logoposidelki", groups = ComplianceWarnings.class)
    record LogoposidelkiForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    @CompliesWith(profile = "yaya-osmp")
    @CompliesWith(profile = "yaya-osmp", groups = ComplianceWarnings.class)
    record YayaForm(CommunityRecord communityRecord) implements CommunityRecordSource {
    }

    /** A seed profile, its sample community year, and the portal object wrapping a record for it. */
    record Seed(String profile, Supplier<CommunityRecord> sample, Function<CommunityRecord, CommunityRecordSource> form) {

        CommunityRecordSource sampleForm() {
            return form.apply(sample.get());
        }

        @Override
        public String toString() {
            return profile;
        }
    }

    static final List<Seed> ALL = List.of(
            new Seed("rybnovsky-pps", RybnovskyCommunityYear::aCompliantCommunityYear, RybnovskyForm::new),
            new Seed("kamensk-uralsky-mo", KamenskMoCommunityYear::aCompliantCommunityYear, KamenskForm::new),
            new Seed("sobolevskaya-ps", SobolevskayaCommunityYear::aCompliantCommunityYear, SobolevskayaForm::new),
            new Seed("tomsk-logoposidelki", LogoposidelkiCommunityYear::aCompliantCommunityYear, LogoposidelkiForm::new),
            new Seed("yaya-osmp", YayaOsmpCommunityYear::aCompliantCommunityYear, YayaForm::new));

    static Seed seed(String profile) {
        return ALL.stream().filter(s -> s.profile().equals(profile)).findFirst().orElseThrow();
    }

    private SeedCommunities() {
    }
}
