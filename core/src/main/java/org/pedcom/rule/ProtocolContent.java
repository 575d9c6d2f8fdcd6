package org.pedcom.rule;

import java.util.List;
import java.util.Set;

import org.pedcom.internal.Require;
import org.pedcom.meeting.EventForm;
import org.pedcom.membership.CommunityRole;

/**
 * What a protocol must record and who signs it — «указываются обсуждаемые вопросы, фиксируются решения,
 * рекомендации … подписываются руководителем и секретарём». Judged for every meeting of the given forms that has
 * a protocol (a missing protocol is {@link MeetingDocuments}' concern). A signature counts only if the signer
 * held the role on the day of the meeting.
 *
 * @param forms       the forms of event judged; empty means every form
 * @param outcome     what each agenda item must record
 * @param signatories roles that must sign
 */
public record ProtocolContent(Set<EventForm> forms, ItemOutcome outcome, Set<CommunityRole> signatories)
        implements Requirement {

    public ProtocolContent {
        forms = Require.setOf(forms, "ProtocolContent.forms");
        Require.nonNull(outcome, "ProtocolContent.outcome");
        signatories = Require.setOf(signatories, "ProtocolContent.signatories");
    }

    public static ProtocolContent recording(ItemOutcome outcome, CommunityRole... signatories) {
        return new ProtocolContent(Set.of(), outcome, Set.copyOf(List.of(signatories)));
    }

    public ProtocolContent forForms(EventForm... values) {
        return new ProtocolContent(Set.of(values), outcome, signatories);
    }

    @Override
    public String kindCode() {
        return "protocol-content";
    }
}
