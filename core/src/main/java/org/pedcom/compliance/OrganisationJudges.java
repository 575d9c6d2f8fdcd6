package org.pedcom.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.HostOrganisation;

/** Judges of the organisations a community rests on. */
final class OrganisationJudges {

    private OrganisationJudges() {
    }

    /**
     * The host is judged as it is recorded (the record keeps no history of an organisation's kind or levels), on the
     * community's first day under each edition: a community older than the edition is judged from the edition's first
     * day, not skipped.
     */
    static void host(Judgement j, HostOrganisation r) {
        LocalDate due = j.notBeforeEdition(j.community.createdOn());
        if (!j.community.existsOn(due)) {
            return;
        }
        // The record guarantees that the host resolves (CommunityRecord's reference check).
        Organisation host = j.record.organisation(j.community.host()).orElseThrow();
        List<LocalizedText> problems = new ArrayList<>();
        if (!r.kinds().contains(host.kind())) {
            problems.add(LocalizedText.of("организация-база «" + host.name() + "» — " + host.kind().russianName()
                            + "; требуется: " + r.kinds().stream().sorted().map(OrganisationKind::russianName).toList(),
                    "the host '" + host.id() + "' is " + host.kind() + "; required one of " + r.kinds().stream().sorted().toList()));
        }
        if (!r.anyOfLevels().isEmpty() && host.levels().stream().noneMatch(r.anyOfLevels()::contains)) {
            problems.add(LocalizedText.of("организация-база «" + host.name() + "» не реализует ни одной из программ: "
                            + r.anyOfLevels().stream().sorted().map(OrganisationJudges::levelRu).toList(),
                    "the host '" + host.id() + "' implements none of " + r.anyOfLevels().stream().sorted().toList()));
        }
        j.judge(due, problems, () -> LocalizedText.of(
                        "Сообщество может действовать только на базе организации, отвечающей требованиям пункта; проверьте "
                                + "сведения об организации-базе (вид, реализуемые программы).",
                        "Only an organisation meeting the clause may host the community; check the host's kind and programmes."),
                () -> LocalizedText.of("Подтвердить соответствие организации-базы", "Confirm the host organisation qualifies"),
                () -> Evidence.none(), Optional::empty);
    }

    private static String levelRu(EducationLevel level) {
        return switch (level) {
            case PRESCHOOL -> "дошкольное образование";
            case PRIMARY_GENERAL -> "начальное общее образование";
            case BASIC_GENERAL -> "основное общее образование";
            case SECONDARY_GENERAL -> "среднее общее образование";
            case ADDITIONAL -> "дополнительное образование";
        };
    }
}
