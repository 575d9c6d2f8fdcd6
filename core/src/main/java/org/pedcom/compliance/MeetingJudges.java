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
import org.pedcom.people.WorkerId;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.ItemOutcome;
import org.pedcom.rule.MeetingDocuments;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.MeetingPart;
import org.pedcom.rule.ProtocolContent;

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

    /** What the judge of a {@link MeetingFrequency} rule derives from the rule alone: made once per profile. */
    private record FrequencyTerms(int months, String formsRu, String formsEn) {

        static FrequencyTerms of(MeetingFrequency r) {
            return new FrequencyTerms(mask(r.countedMonths()),
                    r.countedForms().isEmpty() ? "" : " вида " + r.countedForms().stream().map(EventForm::title).sorted().toList(),
                    r.countedForms().isEmpty() ? "" : " of forms " + r.countedForms().stream().map(EventForm::code).sorted().toList());
        }

        private static final int ALL_MONTHS = 0b1_1111_1111_1110;

        /** Bit {@code n} set for month {@code n} (1–12). */
        static int mask(Set<Month> months) {
            int mask = 0;
            for (Month month : months) {
                mask |= 1 << month.getValue();
            }
            return mask;
        }

        /** Whether meetings in month {@code month} (1–12) count. */
        boolean counts(int month) {
            return (months & 1 << month) != 0;
        }

        /**
         * The first day of the first counted month of the period from {@code start} to {@code end}, or {@code null} if
         * none of its months is counted; a date, not an {@code Optional} range, as this runs for every period.
         */
        LocalDate firstCountedDay(LocalDate start, LocalDate end) {
            if (months == ALL_MONTHS) {
                return start;
            }
            // months as one running number, not YearMonth objects
            int from = start.getYear() * 12 + start.getMonthValue() - 1;
            int to = end.getYear() * 12 + end.getMonthValue() - 1;
            for (int m = from; m <= to; m++) {
                if (counts(m % 12 + 1)) {
                    return m == from ? start : LocalDate.of(m / 12, m % 12 + 1, 1);
                }
            }
            return null;
        }

        /** The last day of the last counted month of the period, or {@code null} if none of its months is counted. */
        LocalDate lastCountedDay(LocalDate start, LocalDate end) {
            if (months == ALL_MONTHS) {
                return end;
            }
            int from = start.getYear() * 12 + start.getMonthValue() - 1;
            int to = end.getYear() * 12 + end.getMonthValue() - 1;
            for (int m = to; m >= from; m--) {
                if (counts(m % 12 + 1)) {
                    return m == to ? end : YearMonth.of(m / 12, m % 12 + 1).atEndOfMonth();
                }
            }
            return null;
        }
    }

    /** One pass over the periods and one over the date-ordered meetings: linear in both. */
    static void frequency(Judgement j, MeetingFrequency r) {
        LocalDate created = j.community.createdOn();
        LocalDate horizon = j.horizon();
        if (horizon.isBefore(created)) {
            return;
        }
        FrequencyTerms terms = j.prepared(r, FrequencyTerms::of);
        List<Meeting> meetings = j.record.meetings();
        int next = 0;
        boolean owing = false;
        for (Period p : j.calendar.periods(r.per(), DateRange.of(created, horizon))) {
            LocalDate start = p.start();
            LocalDate end = p.end();
            while (next < meetings.size() && meetings.get(next).date().isBefore(start)) {
                next++;
            }
            // counted, not listed: the list is evidence, wanted only for a period that falls short
            int first = next;
            int count = 0;
            while (next < meetings.size() && !meetings.get(next).date().isAfter(end)) {
                if (counted(j, r, terms, meetings.get(next++))) {
                    count++;
                }
            }
            int held = count;
            int last = next;
            LocalDate countedFrom = terms.firstCountedDay(start, end);
            if (countedFrom == null) {
                continue;
            }
            LocalDate due = terms.lastCountedDay(start, end);
            if (!existedThroughout(j, countedFrom, due)) {
                continue;
            }
            int missing = r.minimum() - held;
            if (missing > 0 && j.classify(due) == Judgement.Due.PENDING) {
                owing = true;
            }
            if (missing <= 0) {
                // no lambdas for the texts of a period with enough meetings: the common case
                j.met(due);
                continue;
            }
            j.judge(due, false, () -> shortfall(p, held, r, terms), () -> MISSED_PERIOD,
                    () -> LocalizedText.of("Провести ещё " + events(missing, terms) + " до " + Judgement.ru(due) + " (" + p.label() + ")",
                            "Hold " + missing + " more meeting(s) by " + due + " (" + p + ")"),
                    () -> Evidence.ofMeetings(countedIds(j, r, terms, meetings.subList(first, last))),
                    () -> Optional.of(JudgedPeriod.of(p)));
        }
        if (!owing && j.inForceOnAsOf() && j.community.termination().isEmpty()) {
            oweNextPeriod(j, r, terms);
        }
    }

    /** When the current period is settled, what is due next is the first counted period after the date of judgement. */
    private static void oweNextPeriod(Judgement j, MeetingFrequency r, FrequencyTerms terms) {
        LocalDate from = j.asOf.plusDays(1);
        for (Period p : j.calendar.periods(r.per(), DateRange.of(from, from.plusYears(1)))) {
            LocalDate start = p.start();
            LocalDate end = p.end();
            LocalDate countedFrom = terms.firstCountedDay(start, end);
            if (countedFrom != null && countedFrom.isAfter(j.asOf)) {
                LocalDate due = terms.lastCountedDay(start, end);
                JudgedPeriod period = JudgedPeriod.of(p);
                j.owe(due, LocalizedText.of(
                        "Провести не менее " + events(r.minimum(), terms) + " в периоде «" + period.label() + "» (до "
                                + Judgement.ru(due) + ")",
                        "Hold at least " + r.minimum() + " meeting(s) in " + p + " (by " + due + ")"),
                        Optional.of(period));
                return;
            }
        }
    }

    private static boolean counted(Judgement j, MeetingFrequency r, FrequencyTerms terms, Meeting m) {
        return terms.counts(m.date().getMonthValue())
                && (r.countedForms().isEmpty() || r.countedForms().contains(m.form()))
                && j.community.existsOn(m.date());
    }

    private static List<MeetingId> countedIds(Judgement j, MeetingFrequency r, FrequencyTerms terms, List<Meeting> meetings) {
        List<MeetingId> ids = new ArrayList<>();
        for (Meeting m : meetings) {
            if (counted(j, r, terms, m)) {
                ids.add(m.id());
            }
        }
        return ids;
    }

    private static boolean existedThroughout(Judgement j, LocalDate first, LocalDate last) {
        return !first.isBefore(j.community.createdOn())
                && (j.community.termination().isEmpty() || !j.community.termination().get().on().isBefore(last));
    }

    /** From the first day of the first counted month in {@code p} to the last day of the last one. */
    static Optional<DateRange> countedPart(Period p, Set<Month> months) {
        FrequencyTerms terms = new FrequencyTerms(FrequencyTerms.mask(months), "", "");
        LocalDate first = terms.firstCountedDay(p.start(), p.end());
        return first == null ? Optional.empty() : Optional.of(DateRange.of(first, terms.lastCountedDay(p.start(), p.end())));
    }

    /** «1 мероприятие», «3 мероприятия вида [заседание]». */
    private static String events(long n, FrequencyTerms terms) {
        return Texts.count(n, "мероприятие", "мероприятия", "мероприятий") + terms.formsRu();
    }

    private static LocalizedText shortfall(Period p, int held, MeetingFrequency r, FrequencyTerms terms) {
        return LocalizedText.of(
                "«" + p.label() + "»: проведено " + events(held, terms) + ", требуется не менее " + r.minimum(),
                p + ": " + held + " meeting(s) held, at least " + r.minimum() + " required" + terms.formsEn());
    }

    static void documents(Judgement j, MeetingDocuments r) {
        // one list for every meeting: judge() reads it and keeps nothing, and most meetings have no problem
        List<LocalizedText> missing = new ArrayList<>();
        List<Meeting> meetings = j.record.meetings();
        for (int mi = j.firstMeetingJudged(), end = j.endOfMeetingsJudged(); mi < end; mi++) {
            Meeting m = meetings.get(mi);
            if (!ofForms(r.forms(), m)) {
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
                j.pass();
                continue;
            }
            j.judge(m.date(), missing, () -> MISSING_RECORDS,
                    () -> LocalizedText.of("Оформить документы заседания " + m.id(), "Complete the records of meeting " + m.id()),
                    () -> Evidence.ofMeetings(List.of(m.id())), Optional::empty);
        }
    }

    private static boolean ofForms(Set<EventForm> forms, Meeting m) {
        return forms.isEmpty() || forms.contains(m.form());
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

    /** What the judge of a {@link ProtocolContent} rule derives from the rule alone: made once per profile. */
    private record ProtocolTexts(List<CommunityRole> roles, LocalizedText hint) {

        static ProtocolTexts of(ProtocolContent r) {
            List<CommunityRole> roles = r.signatories().stream().sorted().toList();
            return new ProtocolTexts(roles, LocalizedText.of(
                    "Дополните протокол: обсуждаемые вопросы, решения и рекомендации по каждому, подписи "
                            + roles.stream().map(CommunityRole::russianName).toList() + ".",
                    "Complete the protocol: the questions, decisions and recommendations on each, and signatures of "
                            + roles + "."));
        }
    }

    static void protocolContent(Judgement j, ProtocolContent r) {
        ProtocolTexts texts = j.prepared(r, ProtocolTexts::of);
        List<CommunityRole> roles = texts.roles();
        // one text for every protocol the rule finds wanting: many protocols fail alike in a record
        Supplier<LocalizedText> hint = texts::hint;
        List<Meeting> meetings = j.record.meetings();
        // made on the first protocol with a problem, then reused: judge() reads it and keeps nothing
        List<LocalizedText> problems = null;
        for (int mi = j.firstMeetingJudged(), end = j.endOfMeetingsJudged(); mi < end; mi++) {
            Meeting m = meetings.get(mi);
            if (m.protocol().isEmpty() || !ofForms(r.forms(), m)) {
                continue;
            }
            Protocol protocol = m.protocol().get();
            if (problems != null) {
                problems.clear();
            }
            // an agenda-less protocol matters only to a rule demanding something of its questions
            if (m.agenda().isEmpty() && r.outcome() != ItemOutcome.NONE) {
                problems = added(problems, LocalizedText.of("в протоколе не указаны обсуждаемые вопросы" + where(protocol),
                        "the protocol records no question discussed" + whereEn(protocol)));
            }
            if (r.outcome() != ItemOutcome.NONE) {
                for (int i = 0; i < m.agenda().size(); i++) {
                    AgendaItem item = m.agenda().get(i);
                    if (!outcomeRecorded(item, r.outcome())) {
                        problems = added(problems, LocalizedText.of("по вопросу " + (i + 1) + " «" + item.question()
                                        + "» не зафиксировано: " + outcomeRu(r.outcome()) + where(protocol),
                                "item " + (i + 1) + " records no " + r.outcome().name().toLowerCase().replace('_', ' ')
                                        + whereEn(protocol)));
                    }
                }
            }
            for (int ri = 0; ri < roles.size(); ri++) {
                CommunityRole role = roles.get(ri);
                if (!signedByHolder(protocol, role, j.record.appointments(), m.date())) {
                    problems = added(problems, unsigned(protocol, role, vacant(j, role, m.date()), where(protocol),
                            whereEn(protocol)));
                }
            }
            if (problems == null || problems.isEmpty()) {
                j.pass();
                continue;
            }
            j.judge(m.date(), problems, hint, () -> LocalizedText.of("Оформить протокол заседания " + m.id(), "Complete the protocol of meeting " + m.id()),
                    () -> new Evidence(List.of(m.id()), signers(protocol), List.of(),
                            List.of("протокол № " + protocol.number() + " от " + Judgement.ru(protocol.date()))),
                    Optional::empty);
        }
    }

    private static List<LocalizedText> added(List<LocalizedText> problems, LocalizedText problem) {
        List<LocalizedText> list = problems == null ? new ArrayList<>(2) : problems;
        list.add(problem);
        return list;
    }

    private static List<WorkerId> signers(Protocol protocol) {
        List<WorkerId> signers = new ArrayList<>(protocol.signatures().size());
        for (int si = 0; si < protocol.signatures().size(); si++) {
            signers.add(protocol.signatures().get(si).signer());
        }
        return signers;
    }

    /** Whether no one holds {@code role} on {@code on}: {@code holdersOn(role, on).isEmpty()} without the list. */
    private static boolean vacant(Judgement j, CommunityRole role, LocalDate on) {
        if (role == CommunityRole.MEMBER) {
            for (int i = 0; i < j.record.memberships().size(); i++) {
                if (j.record.memberships().get(i).isActiveOn(on)) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < j.record.appointments().size(); i++) {
            Appointment a = j.record.appointments().get(i);
            if (a.role() == role && a.isActiveOn(on)) {
                return false;
            }
        }
        return true;
    }

    /** Whether someone signed in {@code role} who held it that day; indexed loops, as this runs for every protocol. */
    private static boolean signedByHolder(Protocol protocol, CommunityRole role, List<Appointment> appointments, LocalDate on) {
        for (int si = 0; si < protocol.signatures().size(); si++) {
            Signature s = protocol.signatures().get(si);
            if (s.role() == role) {
                for (int ai = 0; ai < appointments.size(); ai++) {
                    Appointment a = appointments.get(ai);
                    if (a.role() == role && a.worker().equals(s.signer()) && a.isActiveOn(on)) {
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

    private static LocalizedText unsigned(Protocol protocol, CommunityRole role, boolean vacant, String where, String whereEn) {
        boolean claimed = false;
        for (int si = 0; si < protocol.signatures().size(); si++) {
            claimed |= protocol.signatures().get(si).role() == role;
        }
        if (claimed) {
            return LocalizedText.of("протокол подписан как «" + role.russianName() + "» лицом, не занимавшим эту роль на дату заседания" + where,
                    "signed as " + role + " by someone who did not hold that role on the day of the meeting" + whereEn);
        }
        return LocalizedText.of("нет подписи: " + role.russianName() + (vacant ? " (роль не занята)" : "") + where,
                "missing signature of the " + role.name().toLowerCase().replace('_', '-') + (vacant ? " (role vacant)" : "") + whereEn);
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
