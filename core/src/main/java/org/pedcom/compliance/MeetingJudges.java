package org.pedcom.compliance;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.pedcom.calendar.DateRange;
import org.pedcom.calendar.Period;
import org.pedcom.internal.Texts;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.meeting.Protocol;
import org.pedcom.meeting.Signature;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.ItemOutcome;
import org.pedcom.rule.MeetingDocuments;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.MeetingPart;
import org.pedcom.rule.ProtocolContent;

import com.google.common.base.Suppliers;

/** Judges of what meetings must be: how often, what they leave behind, what their protocols say. */
final class MeetingJudges {

    private static final LocalizedText MISSED_PERIOD = LocalizedText.of(
            "Пропущенный период не исправить задним числом: проводите заседания по графику и фиксируйте каждое протоколом.",
            "A missed period cannot be made up afterwards: hold meetings on schedule and record each in a protocol.");
    private static final LocalizedText MISSING_RECORDS = LocalizedText.of(
            "Оформите недостающие документы заседания и приобщите их к документации сообщества.",
            "Draw up the missing records of the meeting and file them with the community's documentation.");

    private static final MeetingPart[] PARTS = MeetingPart.values();

    private MeetingJudges() {
    }

    /** One pass over the periods and one over the date-ordered meetings: linear in both. */
    static void frequency(Judgement j, MeetingFrequency r) {
        LocalDate created = j.community.createdOn();
        LocalDate horizon = j.horizon();
        if (horizon.isBefore(created)) {
            return;
        }
        List<Meeting> meetings = j.record.meetings();
        int next = 0;
        boolean owing = false;
        for (Period p : j.calendar.periods(r.per(), DateRange.of(created, horizon))) {
            Optional<DateRange> counted = countedPart(p, r.countedMonths());
            LocalDate start = p.start();
            LocalDate end = p.end();
            while (next < meetings.size() && meetings.get(next).date().isBefore(start)) {
                next++;
            }
            // counted, not listed: the list is evidence, wanted only for a period that falls short
            int first = next;
            int count = 0;
            while (next < meetings.size() && !meetings.get(next).date().isAfter(end)) {
                if (counted(j, r, meetings.get(next++))) {
                    count++;
                }
            }
            int held = count;
            int last = next;
            if (counted.isEmpty() || !existedThroughout(j, counted.get())) {
                continue;
            }
            LocalDate due = counted.get().end();
            int missing = r.minimum() - held;
            if (j.classify(due) == Judgement.Due.PENDING && missing > 0) {
                owing = true;
            }
            j.judge(due, missing <= 0, () -> shortfall(p, held, r), () -> MISSED_PERIOD,
                    () -> LocalizedText.of("Провести ещё " + events(missing, r) + " до " + Judgement.ru(due) + " (" + p.label() + ")",
                            "Hold " + missing + " more meeting(s) by " + due + " (" + p + ")"),
                    () -> Evidence.ofMeetings(countedIds(j, r, meetings.subList(first, last))),
                    () -> Optional.of(JudgedPeriod.of(p)));
        }
        if (!owing && j.inForceOnAsOf() && j.community.termination().isEmpty()) {
            oweNextPeriod(j, r);
        }
    }

    /** When the current period is settled, what is due next is the first counted period after the date of judgement. */
    private static void oweNextPeriod(Judgement j, MeetingFrequency r) {
        LocalDate from = j.asOf.plusDays(1);
        for (Period p : j.calendar.periods(r.per(), DateRange.of(from, from.plusYears(1)))) {
            Optional<DateRange> counted = countedPart(p, r.countedMonths());
            if (counted.isPresent() && counted.get().start().isAfter(j.asOf)) {
                j.owe(counted.get().end(), LocalizedText.of(
                        "Провести не менее " + events(r.minimum(), r) + " в периоде «" + p.label() + "» (до "
                                + Judgement.ru(counted.get().end()) + ")",
                        "Hold at least " + r.minimum() + " meeting(s) in " + p + " (by " + counted.get().end() + ")"),
                        Optional.of(JudgedPeriod.of(p)));
                return;
            }
        }
    }

    private static boolean counted(Judgement j, MeetingFrequency r, Meeting m) {
        return counts(m, r) && j.community.existsOn(m.date());
    }

    private static List<MeetingId> countedIds(Judgement j, MeetingFrequency r, List<Meeting> meetings) {
        List<MeetingId> ids = new ArrayList<>();
        for (Meeting m : meetings) {
            if (counted(j, r, m)) {
                ids.add(m.id());
            }
        }
        return ids;
    }

    private static boolean counts(Meeting m, MeetingFrequency r) {
        return r.countedMonths().contains(m.date().getMonth())
                && (r.countedForms().isEmpty() || r.countedForms().contains(m.form()));
    }

    private static boolean existedThroughout(Judgement j, DateRange span) {
        return !span.start().isBefore(j.community.createdOn())
                && j.community.termination().map(t -> !t.on().isBefore(span.end())).orElse(true);
    }

    /** From the first day of the first counted month in {@code p} to the last day of the last one. */
    static Optional<DateRange> countedPart(Period p, Set<Month> months) {
        LocalDate start = p.start();
        LocalDate end = p.end();
        // months as one running number, not YearMonth objects: this runs for every period of every record
        int from = start.getYear() * 12 + start.getMonthValue() - 1;
        int to = end.getYear() * 12 + end.getMonthValue() - 1;
        int first = -1;
        int last = -1;
        for (int m = from; m <= to; m++) {
            if (months.contains(Month.of(Math.floorMod(m, 12) + 1))) {
                first = first < 0 ? m : first;
                last = m;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        LocalDate firstDay = first == from ? start : LocalDate.of(Math.floorDiv(first, 12), Math.floorMod(first, 12) + 1, 1);
        LocalDate lastDay = last == to ? end : YearMonth.of(Math.floorDiv(last, 12), Math.floorMod(last, 12) + 1).atEndOfMonth();
        return Optional.of(DateRange.of(firstDay, lastDay));
    }

    /** «1 мероприятие», «3 мероприятия вида [заседание]». */
    private static String events(long n, MeetingFrequency r) {
        return Texts.count(n, "мероприятие", "мероприятия", "мероприятий") + forms(r);
    }

    private static String forms(MeetingFrequency r) {
        return r.countedForms().isEmpty() ? "" : " вида " + r.countedForms().stream().map(EventForm::title).sorted().toList();
    }

    private static LocalizedText shortfall(Period p, int held, MeetingFrequency r) {
        return LocalizedText.of(
                "«" + p.label() + "»: проведено " + Texts.count(held, "мероприятие", "мероприятия", "мероприятий") + forms(r)
                        + ", требуется не менее " + r.minimum(),
                p + ": " + held + " meeting(s) held, at least " + r.minimum() + " required"
                        + (r.countedForms().isEmpty() ? "" : " of forms " + r.countedForms().stream().map(EventForm::code).sorted().toList()));
    }

    static void documents(Judgement j, MeetingDocuments r) {
        // one list for every meeting: judge() reads it and keeps nothing, and most meetings have no problem
        List<LocalizedText> missing = new ArrayList<>();
        for (int mi = 0; mi < j.record.meetings().size(); mi++) {
            Meeting m = j.record.meetings().get(mi);
            if (!applies(j, r.forms(), m)) {
                continue;
            }
            missing.clear();
            for (MeetingPart part : PARTS) {
                if (r.parts().contains(part) && !has(m, part)) {
                    missing.add(missingPart(m, part));
                }
            }
            if (missing.isEmpty()) {
                // no lambdas for the texts of a meeting with nothing missing: the common case, for every meeting
                j.met(m.date());
                continue;
            }
            j.judge(m.date(), missing, () -> MISSING_RECORDS,
                    () -> LocalizedText.of("Оформить документы заседания " + m.id(), "Complete the records of meeting " + m.id()),
                    () -> Evidence.ofMeetings(List.of(m.id())), Optional::empty);
        }
    }

    private static boolean applies(Judgement j, Set<EventForm> forms, Meeting m) {
        return (forms.isEmpty() || forms.contains(m.form())) && j.community.existsOn(m.date()) && !m.date().isAfter(j.asOf);
    }

    private static boolean has(Meeting m, MeetingPart part) {
        return switch (part) {
            case AGENDA -> !m.agenda().isEmpty();
            case PROTOCOL -> m.protocol().isPresent();
            case REGISTRATION_SHEET -> m.registration().map(r -> r.headcount() > 0).orElse(false);
            case SCENARIO -> m.scenario().isPresent();
        };
    }

    private static LocalizedText missingPart(Meeting m, MeetingPart part) {
        String when = " (" + m.form().title() + " " + Judgement.ru(m.date()) + ", " + m.id() + ")";
        String whenEn = " (" + m.form().code() + " on " + m.date() + ", " + m.id() + ")";
        return switch (part) {
            case AGENDA -> LocalizedText.of("не указаны обсуждаемые вопросы" + when, "no agenda item recorded" + whenEn);
            case PROTOCOL -> LocalizedText.of("нет протокола" + when, "no protocol" + whenEn);
            case REGISTRATION_SHEET -> LocalizedText.of("нет листа регистрации" + when, "no registration sheet" + whenEn);
            case SCENARIO -> LocalizedText.of("нет сценария открытого мероприятия" + when, "no scenario of the open event" + whenEn);
        };
    }

    static void protocolContent(Judgement j, ProtocolContent r) {
        List<CommunityRole> roles = r.signatories().stream().sorted().toList();
        java.util.Map<CommunityRole, List<Appointment>> appointments = new java.util.EnumMap<>(CommunityRole.class);
        for (int ri = 0; ri < roles.size(); ri++) {
            CommunityRole role = roles.get(ri);
            appointments.put(role, new ArrayList<>());
        }
        for (int ai = 0; ai < j.record.appointments().size(); ai++) {
            Appointment a = j.record.appointments().get(ai);
            List<Appointment> ofRole = appointments.get(a.role());
            if (ofRole != null) {
                ofRole.add(a);
            }
        }
        // one text for every protocol the rule finds wanting: many protocols fail alike in a record
        Supplier<LocalizedText> hint = Suppliers.memoize(() -> LocalizedText.of(
                "Дополните протокол: обсуждаемые вопросы, решения и рекомендации по каждому, подписи "
                        + roles.stream().map(CommunityRole::russianName).toList() + ".",
                "Complete the protocol: the questions, decisions and recommendations on each, and signatures of "
                        + roles + "."));
        List<LocalizedText> problems = new ArrayList<>();
        for (int mi = 0; mi < j.record.meetings().size(); mi++) {
            Meeting m = j.record.meetings().get(mi);
            if (m.protocol().isEmpty() || !applies(j, r.forms(), m)) {
                continue;
            }
            Protocol protocol = m.protocol().get();
            problems.clear();
            // an agenda-less protocol matters only to a rule demanding something of its questions
            if (m.agenda().isEmpty() && r.outcome() != ItemOutcome.NONE) {
                problems.add(LocalizedText.of("в протоколе не указаны обсуждаемые вопросы" + where(protocol),
                        "the protocol records no question discussed" + whereEn(protocol)));
            }
            for (int i = 0; i < m.agenda().size(); i++) {
                AgendaItem item = m.agenda().get(i);
                if (!outcomeRecorded(item, r.outcome())) {
                    problems.add(LocalizedText.of("по вопросу " + (i + 1) + " «" + item.question() + "» не зафиксировано: "
                                    + outcomeRu(r.outcome()) + where(protocol),
                            "item " + (i + 1) + " records no " + r.outcome().name().toLowerCase().replace('_', ' ') + whereEn(protocol)));
                }
            }
            for (int ri = 0; ri < roles.size(); ri++) {
                CommunityRole role = roles.get(ri);
                if (!signedByHolder(protocol, role, appointments.get(role), m.date())) {
                    problems.add(unsigned(protocol, role, j.record.holdersOn(role, m.date()), where(protocol), whereEn(protocol)));
                }
            }
            if (problems.isEmpty()) {
                j.met(m.date());
                continue;
            }
            j.judge(m.date(), problems, hint, () -> LocalizedText.of("Оформить протокол заседания " + m.id(), "Complete the protocol of meeting " + m.id()),
                    () -> new Evidence(List.of(m.id()), protocol.signatures().stream().map(Signature::signer).toList(), List.of(),
                            List.of("протокол № " + protocol.number() + " от " + Judgement.ru(protocol.date()))),
                    Optional::empty);
        }
    }

    /** Whether someone signed in {@code role} who held it that day; indexed loops, as this runs for every protocol. */
    private static boolean signedByHolder(Protocol protocol, CommunityRole role, List<Appointment> ofRole, LocalDate on) {
        for (int si = 0; si < protocol.signatures().size(); si++) {
            Signature s = protocol.signatures().get(si);
            if (s.role() == role) {
                for (int ai = 0; ai < ofRole.size(); ai++) {
                    Appointment a = ofRole.get(ai);
                    if (a.worker().equals(s.signer()) && a.isActiveOn(on)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String where(Protocol protocol) {
        return " (протокол № " + protocol.number() + " от " + Judgement.ru(protocol.date()) + ")";
    }

    private static String whereEn(Protocol protocol) {
        return " (protocol " + protocol.number() + " of " + protocol.date() + ")";
    }

    private static LocalizedText unsigned(Protocol protocol, CommunityRole role, List<org.pedcom.people.WorkerId> holders,
                                          String where, String whereEn) {
        boolean claimed = protocol.signatures().stream().anyMatch(s -> s.role() == role);
        if (claimed) {
            return LocalizedText.of("протокол подписан как «" + role.russianName() + "» лицом, не занимавшим эту роль на дату заседания" + where,
                    "signed as " + role + " by someone who did not hold that role on the day of the meeting" + whereEn);
        }
        return LocalizedText.of("нет подписи: " + role.russianName() + (holders.isEmpty() ? " (роль не занята)" : "") + where,
                "missing signature of the " + role.name().toLowerCase().replace('_', '-') + (holders.isEmpty() ? " (role vacant)" : "") + whereEn);
    }

    private static boolean outcomeRecorded(AgendaItem item, ItemOutcome outcome) {
        boolean decision = !item.decisions().isEmpty();
        boolean recommendation = !item.recommendations().isEmpty();
        return switch (outcome) {
            case NONE -> true;
            case DECISION -> decision;
            case RECOMMENDATION -> recommendation;
            case DECISION_OR_RECOMMENDATION -> decision || recommendation;
            case DECISION_AND_RECOMMENDATION -> decision && recommendation;
        };
    }

    private static String outcomeRu(ItemOutcome outcome) {
        return switch (outcome) {
            case NONE -> "—";
            case DECISION -> "решение";
            case RECOMMENDATION -> "рекомендация";
            case DECISION_OR_RECOMMENDATION -> "ни решение, ни рекомендация";
            case DECISION_AND_RECOMMENDATION -> "решение и рекомендация";
        };
    }
}
