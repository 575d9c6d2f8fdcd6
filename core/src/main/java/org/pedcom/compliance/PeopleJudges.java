package org.pedcom.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.pedcom.act.Act;
import org.pedcom.calendar.DateRange;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.internal.Texts;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.membership.Membership;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.Position;
import org.pedcom.people.QualificationCategory;
import org.pedcom.people.WorkerId;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.AnnualCompositionOrder;
import org.pedcom.rule.AppointmentByAct;
import org.pedcom.rule.CreationByAct;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.MembershipBasisRequired;
import org.pedcom.rule.RoleEligibility;

/** Judges of who leads, who belongs, and by which acts. */
final class PeopleJudges {

    private static final Comparator<WorkerId> BY_VALUE = Comparator.comparing(WorkerId::value);

    private PeopleJudges() {
    }

    /**
     * What the judge of a {@link RoleEligibility} rule derives from the rule alone, made once per profile: the hint,
     * and what each alternative demands as the texts of a failure list it.
     */
    private record EligibilityTexts(String role, String roleEn, LocalizedText hint, List<AlternativeTexts> alternatives) {

        static EligibilityTexts of(RoleEligibility r) {
            List<AlternativeTexts> alternatives = new ArrayList<>(r.anyOf().size());
            for (Eligibility e : r.anyOf()) {
                alternatives.add(AlternativeTexts.of(e));
            }
            return new EligibilityTexts(r.role().russianName(), r.role().name().toLowerCase(), PeopleJudges.hint(r),
                    List.copyOf(alternatives));
        }
    }

    /** The demands of one alternative as its failures print them. */
    private record AlternativeTexts(String positionsRu, String positionsEn, LocalizedText noRole, String categoriesRu,
                                    String categoriesEn, LocalizedText wrongEmployer) {

        static AlternativeTexts of(Eligibility e) {
            return new AlternativeTexts(e.positions().stream().map(Position::title).sorted().toList().toString(),
                    e.positions().stream().map(Position::code).sorted().toList().toString(),
                    LocalizedText.of("нет административной роли из " + e.administrativeRoles().stream().sorted().toList(),
                            "holds none of the administrative roles " + e.administrativeRoles().stream().sorted().toList()),
                    e.categories().stream().sorted().map(QualificationCategory::russianName).toList().toString(),
                    e.categories().stream().sorted().toList().toString(),
                    LocalizedText.of("основное место работы не отвечает требованию: " + Judgement.scopeRu(e.employer()),
                            "main employer is not " + Judgement.scopeEn(e.employer())));
        }
    }

    static void eligibility(Judgement j, RoleEligibility r) {
        List<Appointment> appointments = appointmentsOf(j, r);
        for (Appointment a : appointments) {
            PedagogicalWorker w = j.record.worker(a.worker()).orElseThrow();
            boolean eligibleAtStart = eligible(j, r.anyOf(), w, a.from());
            boolean judgedAtStart = j.classify(a.from()) == Judgement.Due.JUDGE;
            if (judgedAtStart) {
                if (eligibleAtStart) {
                    j.pass();
                } else {
                    EligibilityTexts texts = j.prepared(r, EligibilityTexts::of);
                    LocalizedText why = Judgement.joined(unmet(j, r.anyOf(), texts, w, a.from()));
                    j.fail(LocalizedText.of(texts.role() + " " + w.id() + " не соответствует требованиям на дату назначения "
                                    + Judgement.ru(a.from()) + ": " + why.ru(),
                            "The " + texts.roleEn() + " " + w.id() + " was not eligible on appointment ("
                                    + a.from() + "): " + why.en()),
                            texts.hint(), evidence(a), Optional.empty());
                }
            }
            boolean stillActive = a.isActiveOn(j.asOf) && a.from().isBefore(j.asOf) && j.community.existsOn(j.asOf);
            if (stillActive && j.inForceOnAsOf() && (eligibleAtStart || !judgedAtStart) && !eligible(j, r.anyOf(), w, j.asOf)) {
                EligibilityTexts texts = j.prepared(r, EligibilityTexts::of);
                LocalizedText why = Judgement.joined(unmet(j, r.anyOf(), texts, w, j.asOf));
                j.fail(LocalizedText.of(texts.role() + " " + w.id() + " больше не соответствует требованиям на "
                                + Judgement.ru(j.asOf) + ": " + why.ru(),
                        "The " + texts.roleEn() + " " + w.id() + " is no longer eligible on " + j.asOf + ": " + why.en()),
                        texts.hint(), evidence(a), Optional.empty());
            }
        }
        if (r.required()) {
            vacancies(j, r, appointments);
        }
    }

    private static List<Appointment> appointmentsOf(Judgement j, RoleEligibility r) {
        List<Appointment> ofRole = new ArrayList<>(2);
        for (Appointment a : j.record.appointments()) {
            if (a.role() == r.role()) {
                ofRole.add(a);
            }
        }
        return ofRole;
    }

    private static void vacancies(Judgement j, RoleEligibility r, List<Appointment> appointments) {
        String role = r.role().russianName();
        String roleEn = r.role().name().toLowerCase();
        List<DateRange> held = new ArrayList<>(appointments.size());
        for (Appointment a : appointments) {
            held.add(DateRange.of(a.from(), a.until().orElse(LocalDate.MAX)));
        }
        j.judgeCoverage(held,
                gap -> LocalizedText.of("роль «" + role + "» не занята с " + Judgement.ru(gap.start()) + " по " + Judgement.ru(gap.end()),
                        "the " + roleEn + " role is vacant from " + gap.start() + " to " + gap.end()),
                () -> LocalizedText.of("Назначьте: " + role + " в установленном порядке.", "Appoint the " + roleEn
                        + " as the regulation prescribes."),
                Evidence::none);
    }

    private static LocalizedText hint(RoleEligibility r) {
        return LocalizedText.of("Назначьте на роль «" + r.role().russianName() + "» работника, отвечающего требованиям пункта, "
                        + "или подтвердите его квалификационную категорию и стаж.",
                "Appoint a worker who meets the clause, or bring the worker's category and experience records up to date.");
    }

    private static Evidence evidence(Appointment a) {
        return new Evidence(List.of(), List.of(a.worker()), a.act().map(Act::citation).stream().toList(), List.of());
    }

    /** Whether some alternative holds; most leaders are eligible, so this decides before anything is described. */
    private static boolean eligible(Judgement j, List<Eligibility> anyOf, PedagogicalWorker w, LocalDate on) {
        for (int i = 0; i < anyOf.size(); i++) {
            if (meets(j, anyOf.get(i), w, on)) {
                return true;
            }
        }
        return false;
    }

    /** What fails in each alternative, for a worker {@linkplain #eligible eligible} under none. */
    private static List<LocalizedText> unmet(Judgement j, List<Eligibility> anyOf, EligibilityTexts texts, PedagogicalWorker w,
                                             LocalDate on) {
        List<LocalizedText> reasons = new ArrayList<>();
        for (int i = 0; i < anyOf.size(); i++) {
            List<LocalizedText> failed = unmet(j, anyOf.get(i), texts.alternatives().get(i), w, on);
            if (failed.isEmpty()) {
                return List.of();
            }
            LocalizedText all = Judgement.joined(failed);
            reasons.add(anyOf.size() == 1 ? all
                    : LocalizedText.of("вариант " + (i + 1) + ": " + all.ru(), "alternative " + (i + 1) + ": " + all.en()));
        }
        return reasons;
    }

    private static boolean meets(Judgement j, Eligibility e, PedagogicalWorker w, LocalDate on) {
        // years in the specialty are counted only when some are required: anyone has at least none
        return hasPosition(e, w) && hasRole(e, w) && hasCategory(e, w, on)
                && (e.minYearsInSpecialty() == 0 || w.yearsInSpecialtyOn(on) >= e.minYearsInSpecialty())
                && j.matches(e.employer(), w.employer()) && (!e.member() || j.record.isMemberOn(w.id(), on));
    }

    private static boolean hasPosition(Eligibility e, PedagogicalWorker w) {
        return e.positions().isEmpty() || e.positions().contains(w.position());
    }

    private static boolean hasRole(Eligibility e, PedagogicalWorker w) {
        if (e.administrativeRoles().isEmpty()) {
            return true;
        }
        for (var role : w.roles()) {
            if (e.administrativeRoles().contains(role)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCategory(Eligibility e, PedagogicalWorker w, LocalDate on) {
        return e.categories().isEmpty() || w.qualifications().holdsAnyOn(e.categories(), on);
    }

    private static List<LocalizedText> unmet(Judgement j, Eligibility e, AlternativeTexts texts, PedagogicalWorker w, LocalDate on) {
        List<LocalizedText> failed = new ArrayList<>();
        if (!hasPosition(e, w)) {
            failed.add(LocalizedText.of("должность «" + w.position().title() + "», требуется " + texts.positionsRu(),
                    "position '" + w.position().code() + "', required one of " + texts.positionsEn()));
        }
        if (!hasRole(e, w)) {
            failed.add(texts.noRole());
        }
        if (!hasCategory(e, w, on)) {
            failed.add(LocalizedText.of("нет действующей квалификационной категории из " + texts.categoriesRu() + " на " + Judgement.ru(on),
                    "holds none of the categories " + texts.categoriesEn() + " on " + on));
        }
        int years = w.yearsInSpecialtyOn(on);
        if (years < e.minYearsInSpecialty()) {
            failed.add(LocalizedText.of("стаж по специальности " + Texts.count(years, "полный год", "полных года", "полных лет")
                            + ", требуется не менее " + Texts.count(e.minYearsInSpecialty(), "года", "лет", "лет"),
                    years + " full years in the specialty, at least " + e.minYearsInSpecialty() + " required"));
        }
        if (!j.matches(e.employer(), w.employer())) {
            failed.add(texts.wrongEmployer());
        }
        if (e.member() && !j.record.isMemberOn(w.id(), on)) {
            failed.add(LocalizedText.of("не является участником сообщества", "is not a member of the community"));
        }
        return failed;
    }

    static void appointmentByAct(Judgement j, AppointmentByAct r) {
        for (Appointment a : j.record.appointments()) {
            if (a.role() != r.role() || !j.community.existsOn(a.from()) && a.from().isAfter(j.community.createdOn())) {
                continue;
            }
            List<LocalizedText> problems = a.act()
                    .map(act -> j.mismatch(r.act(), act).stream().toList())
                    .orElseGet(() -> List.of(LocalizedText.of("назначение (" + a.role().russianName() + " " + a.worker() + " с "
                                    + Judgement.ru(a.from()) + ") не оформлено актом; требуется " + j.describe(r.act()),
                            "the appointment of " + a.worker() + " as " + a.role() + " from " + a.from() + " rests on no act")));
            j.judge(a.from(), problems, () -> LocalizedText.of("Оформите назначение актом: " + j.describe(r.act()) + ".",
                            "Make the appointment by the act the regulation names."),
                    () -> LocalizedText.of("Оформить назначение актом", "Make the appointment by act"), () -> evidence(a), Optional::empty);
        }
    }

    static void creationByAct(Judgement j, CreationByAct r) {
        LocalDate created = j.community.createdOn();
        List<LocalizedText> problems = j.community.creationAct()
                .map(act -> j.mismatch(r.act(), act).stream().toList())
                .orElseGet(() -> List.of(LocalizedText.of("нет акта о создании сообщества; требуется " + j.describe(r.act()),
                        "no act created the community")));
        j.judge(created, problems, () -> LocalizedText.of("Издайте акт о создании сообщества: " + j.describe(r.act()) + ".",
                        "Have the community created by the act the regulation names."),
                () -> LocalizedText.of("Издать акт о создании", "Issue the creation act"),
                () -> Evidence.ofActs(j.community.creationAct().map(Act::citation).stream().toList()), Optional::empty);
    }

    static void membershipBasis(Judgement j, MembershipBasisRequired r) {
        for (Membership m : j.record.memberships()) {
            if (m.joinedOn().isAfter(j.asOf)) {
                continue;
            }
            List<LocalizedText> problems = r.allowed().contains(m.basis()) ? List.of()
                    : List.of(LocalizedText.of("участник " + m.worker() + " включён с " + Judgement.ru(m.joinedOn())
                                    + " на основании " + m.basis() + ", допускается " + r.allowed().stream().sorted().toList(),
                            "member " + m.worker() + " joined on " + m.joinedOn() + " on basis " + m.basis()
                                    + ", allowed: " + r.allowed().stream().sorted().toList()));
            j.judge(m.joinedOn(), problems, () -> LocalizedText.of("Получите и приобщите заявление участника о включении в состав.",
                            "Obtain and file the member's own application."),
                    () -> LocalizedText.of("Оформить основание членства", "Record the basis of membership"),
                    () -> Evidence.ofWorker(m.worker()), Optional::empty);
        }
    }

    static void compositionOrder(Judgement j, AnnualCompositionOrder r) {
        for (SchoolYear year : j.yearsDue(r.due()::dateFor)) {
            LocalDate due = r.due().dateFor(year);
            Optional<CompositionOrder> order = j.record.compositionOrder(year);
            Problems problems = new Problems();
            if (order.isEmpty()) {
                problems.add(() -> LocalizedText.of("нет приказа о составе на " + year + " учебный год",
                        "no composition order for " + year));
            } else {
                CompositionOrder o = order.get();
                if (!j.matches(r.act(), o.act())) {
                    problems.add(() -> j.mismatch(r.act(), o.act()).orElseThrow());
                }
                if (o.act().date().isAfter(due)) {
                    problems.add(() -> LocalizedText.of(o.act().citation() + " — позже срока " + Judgement.ru(due),
                            o.act().citation() + " was issued after the deadline " + due));
                }
                LocalDate checkOn = due.isAfter(j.asOf) ? j.asOf : due;
                // the members that day (holdersOn) not named, without listing those named: most are
                List<WorkerId> unnamedSoFar = null;
                for (int mi = 0; mi < j.record.memberships().size(); mi++) {
                    Membership m = j.record.memberships().get(mi);
                    if (m.isActiveOn(checkOn) && !o.members().contains(m.worker())) {
                        unnamedSoFar = unnamedSoFar == null ? new ArrayList<>(2) : unnamedSoFar;
                        if (!unnamedSoFar.contains(m.worker())) {
                            unnamedSoFar.add(m.worker());
                        }
                    }
                }
                if (unnamedSoFar != null) {
                    List<WorkerId> unnamed = unnamedSoFar;
                    unnamed.sort(BY_VALUE);
                    problems.add(() -> LocalizedText.of("участники не включены в приказ о составе: " + unnamed,
                            "members not named in the composition order: " + unnamed));
                }
            }
            if (problems.isEmpty()) {
                // no lambdas for the texts of an item with nothing wrong: the common case
                j.met(due);
                continue;
            }
            j.judge(due, problems, () -> LocalizedText.of("Издайте приказ о составе на учебный год: " + j.describe(r.act())
                            + ", включив всех участников.", "Issue the composition order for the year naming every member."),
                    () -> LocalizedText.of("Издать приказ о составе на " + year + " до " + Judgement.ru(due),
                            "Issue the composition order for " + year + " by " + due),
                    () -> Evidence.ofActs(order.map(o -> o.act().citation()).stream().toList()),
                    () -> Optional.of(JudgedPeriod.of(year)));
        }
    }
}
