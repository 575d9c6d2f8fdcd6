package org.pedcom.rule;

import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.pedcom.calendar.PeriodKind;
import org.pedcom.internal.Require;
import org.pedcom.meeting.EventForm;

/**
 * «Заседания проводятся не реже N раз в период»: at least {@code minimum} meetings in every period of a kind.
 *
 * <p>Only meetings held in a counted month and, when {@code countedForms} is not empty, of a counted form count.
 * A period none of whose months is counted is not judged (no meetings are expected in July and August when those
 * months are left out). A period the community did not exist for entirely is not judged either: a community
 * created on 15 September owes no September meeting.
 *
 * @param minimum       at least this many meetings, 1 or more
 * @param per           the kind of period
 * @param countedMonths the months in which meetings are expected and counted, at least one
 * @param countedForms  the forms of event that count; empty means every form
 */
public record MeetingFrequency(int minimum, PeriodKind per, Set<Month> countedMonths, Set<EventForm> countedForms)
        implements Requirement {

    public MeetingFrequency {
        Require.inRange(minimum, 1, 1000, "MeetingFrequency.minimum");
        Require.nonNull(per, "MeetingFrequency.per");
        countedMonths = Require.setOf(countedMonths, "MeetingFrequency.countedMonths");
        Require.that(!countedMonths.isEmpty(), "MeetingFrequency.countedMonths", "не указан ни один месяц",
                "no month is counted");
        countedForms = Require.setOf(countedForms, "MeetingFrequency.countedForms");
    }

    /** At least {@code minimum} meetings of any form in every period of {@code per}, all months counted. */
    public static MeetingFrequency atLeast(int minimum, PeriodKind per) {
        return new MeetingFrequency(minimum, per, EnumSet.allOf(Month.class), Set.of());
    }

    /** The same requirement counting only meetings held in {@code months}. */
    public MeetingFrequency inMonths(Month... months) {
        return new MeetingFrequency(minimum, per, Set.of(months), countedForms);
    }

    /** The same requirement counting only the events of {@code forms}. */
    public MeetingFrequency ofForms(EventForm... forms) {
        return new MeetingFrequency(minimum, per, countedMonths, Set.copyOf(List.of(forms)));
    }

    @Override
    public String kindCode() {
        return "meeting-frequency";
    }
}
