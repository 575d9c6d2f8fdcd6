package org.pedcom.adapters.json.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pedcom.act.Act;
import org.pedcom.calendar.AcademicQuarter;
import org.pedcom.calendar.DateRange;
import org.pedcom.calendar.SchoolCalendar;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.community.CommunityForm;
import org.pedcom.community.CommunityId;
import org.pedcom.community.CommunityKind;
import org.pedcom.community.Termination;
import org.pedcom.community.TerminationReason;
import org.pedcom.compliance.ClauseRef;
import org.pedcom.compliance.ClauseSummary;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.EditionRef;
import org.pedcom.compliance.Evidence;
import org.pedcom.compliance.Finding;
import org.pedcom.compliance.JudgedPeriod;
import org.pedcom.compliance.Obligation;
import org.pedcom.documentation.Document;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.meeting.Protocol;
import org.pedcom.meeting.RegistrationSheet;
import org.pedcom.meeting.Signature;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.membership.Membership;
import org.pedcom.organisation.Body;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.organisation.Territory;
import org.pedcom.people.CategoryGrant;
import org.pedcom.people.Consent;
import org.pedcom.people.Contact;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.PersonalData;
import org.pedcom.people.Position;
import org.pedcom.people.Qualifications;
import org.pedcom.people.SpecialtyExperience;
import org.pedcom.people.WorkSpan;
import org.pedcom.people.WorkerId;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.plan.PlanStep;
import org.pedcom.plan.Publication;
import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.record.CommunityRecord;
import org.pedcom.record.CommunityState;
import org.pedcom.regulation.Clause;
import org.pedcom.regulation.ClauseId;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.Requirement;
import org.pedcom.rule.Rule;
import org.pedcom.rule.RuleId;
import org.pedcom.status.Extension;
import org.pedcom.status.StatusGrant;

/** Every core type with its codec: what the Jackson module registers. */
public final class Registry {

    private static final Map<Class<?>, Codec<?>> CODECS;

    static {
        Map<Class<?>, Codec<?>> m = new LinkedHashMap<>();
        for (EnumCodec<?> e : Codes.ENUMS) {
            m.put(e.type(), e);
        }
        m.put(CommunityKind.class, Codes.COMMUNITY_KIND);
        m.put(CommunityForm.class, Codes.COMMUNITY_FORM);
        m.put(TerminationReason.class, Codes.TERMINATION_REASON);
        m.put(EventForm.class, Codes.EVENT_FORM);
        m.put(DocumentKind.class, Codes.DOCUMENT_KIND);
        m.put(Position.class, Codes.POSITION);

        m.put(SchoolYear.class, Codecs.SCHOOL_YEAR);
        m.put(DateRange.class, RecordCodecs.DATE_RANGE);
        m.put(AcademicQuarter.class, RecordCodecs.ACADEMIC_QUARTER);
        m.put(TermCalendar.class, RecordCodecs.TERM_CALENDAR);
        m.put(SchoolCalendar.class, RecordCodecs.SCHOOL_CALENDAR);
        m.put(OrganisationId.class, RecordCodecs.ORGANISATION_ID);
        m.put(WorkerId.class, RecordCodecs.WORKER_ID);
        m.put(MeetingId.class, RecordCodecs.MEETING_ID);
        m.put(CommunityId.class, RecordCodecs.COMMUNITY_ID);
        m.put(Territory.class, RecordCodecs.TERRITORY);
        m.put(Organisation.class, RecordCodecs.ORGANISATION);
        m.put(Body.class, RecordCodecs.BODY);
        m.put(Act.class, RecordCodecs.ACT);
        m.put(Termination.class, RecordCodecs.TERMINATION);
        m.put(Community.class, RecordCodecs.COMMUNITY);
        m.put(Contact.class, RecordCodecs.CONTACT);
        m.put(Consent.class, RecordCodecs.CONSENT);
        m.put(PersonalData.class, RecordCodecs.PERSONAL_DATA);
        m.put(CategoryGrant.class, RecordCodecs.CATEGORY_GRANT);
        m.put(Qualifications.class, RecordCodecs.QUALIFICATIONS);
        m.put(WorkSpan.class, RecordCodecs.WORK_SPAN);
        m.put(SpecialtyExperience.class, RecordCodecs.SPECIALTY_EXPERIENCE);
        m.put(PedagogicalWorker.class, RecordCodecs.WORKER);
        m.put(Membership.class, RecordCodecs.MEMBERSHIP);
        m.put(Appointment.class, RecordCodecs.APPOINTMENT);
        m.put(CompositionOrder.class, RecordCodecs.COMPOSITION_ORDER);
        m.put(PlanItem.class, RecordCodecs.PLAN_ITEM);
        sealed(m, PlanStep.class, RecordCodecs.PLAN_STEP);
        m.put(Publication.class, RecordCodecs.PUBLICATION);
        m.put(Plan.class, RecordCodecs.PLAN);
        m.put(AgendaItem.class, RecordCodecs.AGENDA_ITEM);
        m.put(Signature.class, RecordCodecs.SIGNATURE);
        m.put(Protocol.class, RecordCodecs.PROTOCOL);
        m.put(RegistrationSheet.class, RecordCodecs.REGISTRATION_SHEET);
        m.put(Meeting.class, RecordCodecs.MEETING);
        m.put(Document.class, RecordCodecs.DOCUMENT);
        m.put(AnnualReport.class, RecordCodecs.ANNUAL_REPORT);
        m.put(Submission.class, RecordCodecs.SUBMISSION);
        m.put(Extension.class, RecordCodecs.EXTENSION);
        m.put(StatusGrant.class, RecordCodecs.STATUS_GRANT);
        sealed(m, CommunityState.class, RecordCodecs.COMMUNITY_STATE);
        m.put(CommunityRecord.class, RecordCodecs.COMMUNITY_RECORD);

        m.put(ClauseId.class, ProfileCodecs.CLAUSE_ID);
        m.put(RuleId.class, ProfileCodecs.RULE_ID);
        m.put(ProfileId.class, ProfileCodecs.PROFILE_ID);
        m.put(LocalizedText.class, ProfileCodecs.LOCALIZED_TEXT);
        m.put(Clause.class, ProfileCodecs.CLAUSE);
        sealed(m, OrganisationScope.class, ProfileCodecs.ORGANISATION_SCOPE);
        m.put(ActRequirement.class, ProfileCodecs.ACT_REQUIREMENT);
        m.put(Deadline.class, ProfileCodecs.DEADLINE);
        m.put(Eligibility.class, ProfileCodecs.ELIGIBILITY);
        sealed(m, Requirement.class, ProfileCodecs.REQUIREMENT);
        m.put(Rule.class, ProfileCodecs.RULE);
        m.put(Edition.class, ProfileCodecs.EDITION);
        m.put(Profile.class, ProfileCodecs.PROFILE);
        m.put(ProfileParameter.class, ProfileCodecs.PROFILE_PARAMETER);
        m.put(ProfileSettings.class, ProfileCodecs.PROFILE_SETTINGS);

        m.put(ClauseRef.class, ReportCodecs.CLAUSE_REF);
        m.put(EditionRef.class, ReportCodecs.EDITION_REF);
        m.put(Evidence.class, ReportCodecs.EVIDENCE);
        m.put(JudgedPeriod.class, ReportCodecs.JUDGED_PERIOD);
        m.put(Finding.class, ReportCodecs.FINDING);
        m.put(Obligation.class, ReportCodecs.OBLIGATION);
        m.put(ClauseSummary.class, ReportCodecs.CLAUSE_SUMMARY);
        m.put(ComplianceReport.class, ReportCodecs.COMPLIANCE_REPORT);
        CODECS = Collections.unmodifiableMap(m);
    }

    private Registry() {
    }

    /** A sealed interface and each of its variants are written and read with the discriminated form. */
    private static void sealed(Map<Class<?>, Codec<?>> m, Class<?> sealed, SealedCodec<?> codec) {
        m.put(sealed, codec);
        for (Class<?> variant : sealed.getPermittedSubclasses()) {
            m.put(variant, codec);
        }
    }

    public static Map<Class<?>, Codec<?>> codecs() {
        return CODECS;
    }

    @SuppressWarnings("unchecked")
    public static <T> Codec<T> codec(Class<T> type) {
        return (Codec<T>) CODECS.get(type);
    }
}
