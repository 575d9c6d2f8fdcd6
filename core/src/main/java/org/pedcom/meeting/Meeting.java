package org.pedcom.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pedcom.internal.Require;

/**
 * «Заседание» or another event of a community: a seminar, a master class, an open event, a contest.
 *
 * @param id           unique within the community record
 * @param date         the day it took place
 * @param form         its form
 * @param topic        its theme
 * @param agenda       the questions discussed with their decisions and recommendations
 * @param protocol     the protocol, if one was drawn up
 * @param registration the registration sheet, if one was kept
 * @param scenario     the scenario of an open event, if there is one (title or reference)
 */
public record Meeting(MeetingId id, LocalDate date, EventForm form, String topic, List<AgendaItem> agenda,
                      Optional<Protocol> protocol, Optional<RegistrationSheet> registration, Optional<String> scenario) {

    public Meeting {
        Require.nonNull(id, "Meeting.id");
        Require.nonNull(date, "Meeting.date");
        Require.nonNull(form, "Meeting.form");
        Require.nonBlank(topic, "Meeting.topic");
        agenda = Require.listOf(agenda, "Meeting.agenda");
        Require.optional(protocol, "Meeting.protocol");
        Require.optional(registration, "Meeting.registration");
        Require.optional(scenario, "Meeting.scenario");
        // tested before the message is built: four dates would be formatted for every meeting read
        if (protocol.isPresent() && protocol.get().date().isBefore(date)) {
            LocalDate p = protocol.get().date();
            Require.fail("Meeting.protocol.date", "протокол " + p + " датирован раньше заседания " + date,
                    "protocol dated " + p + " precedes the meeting on " + date);
        }
    }
}
