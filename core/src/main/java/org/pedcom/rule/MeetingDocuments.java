package org.pedcom.rule;

import java.util.Set;

import org.pedcom.internal.Require;
import org.pedcom.meeting.EventForm;

/**
 * «Заседания фиксируются протоколом», «листы регистрации»: every meeting of the given forms leaves the given parts
 * behind. A meeting is judged on its own date.
 *
 * @param forms the forms of event judged; empty means every form
 * @param parts what each must have, at least one
 */
public record MeetingDocuments(Set<EventForm> forms, Set<MeetingPart> parts) implements Requirement {

    public MeetingDocuments {
        forms = Require.setOf(forms, "MeetingDocuments.forms");
        parts = Require.setOf(parts, "MeetingDocuments.parts");
        Require.that(!parts.isEmpty(), "MeetingDocuments.parts", "не указано, что требуется", "no part required");
    }

    public static MeetingDocuments everyMeetingHas(MeetingPart... parts) {
        return new MeetingDocuments(Set.of(), Set.of(parts));
    }

    public MeetingDocuments forForms(EventForm... values) {
        return new MeetingDocuments(Set.of(values), parts);
    }

    @Override
    public String kindCode() {
        return "meeting-documents";
    }
}
