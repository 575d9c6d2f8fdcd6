package org.pedcom.adapters.json.internal;

import java.time.Month;
import java.util.Arrays;
import java.util.List;

import org.pedcom.act.ActKind;
import org.pedcom.calendar.PeriodKind;
import org.pedcom.community.CommunityForm;
import org.pedcom.community.CommunityKind;
import org.pedcom.community.TerminationReason;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.Verdict;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.EventForm;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.MembershipBasis;
import org.pedcom.organisation.BodyKind;
import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.people.AdministrativeRole;
import org.pedcom.people.ConsentPurpose;
import org.pedcom.people.ContactKind;
import org.pedcom.people.Position;
import org.pedcom.people.QualificationCategory;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PublicationChannel;
import org.pedcom.rule.DocumentScope;
import org.pedcom.rule.ItemOutcome;
import org.pedcom.rule.MeetingPart;
import org.pedcom.rule.Severity;

/**
 * The JSON codes of every enumeration and the known values of every open vocabulary. This table, not the Java
 * names, is the contract: renaming a constant in core changes nothing here, and a constant added to core without
 * a code fails when this class loads (and in {@code CodesTest}).
 */
public final class Codes {

    private Codes() {
    }

    public static final EnumCodec<ActKind> ACT_KIND = EnumCodec.of(ActKind.class, "вид акта", "a kind of act",
            ActKind.ORDER, "order", ActKind.DECISION, "decision", ActKind.PROTOCOL, "protocol");

    public static final EnumCodec<BodyKind> BODY_KIND = EnumCodec.of(BodyKind.class, "орган", "a body",
            BodyKind.HEAD, "head", BodyKind.METHODICAL_COUNCIL, "methodical-council",
            BodyKind.PEDAGOGICAL_COUNCIL, "pedagogical-council");

    public static final EnumCodec<EducationLevel> EDUCATION_LEVEL = EnumCodec.of(EducationLevel.class,
            "уровень образования", "an education level",
            EducationLevel.PRESCHOOL, "preschool", EducationLevel.PRIMARY_GENERAL, "primary-general",
            EducationLevel.BASIC_GENERAL, "basic-general", EducationLevel.SECONDARY_GENERAL, "secondary-general",
            EducationLevel.ADDITIONAL, "additional");

    public static final EnumCodec<OrganisationKind> ORGANISATION_KIND = EnumCodec.of(OrganisationKind.class,
            "вид организации", "a kind of organisation",
            OrganisationKind.EDUCATIONAL, "educational", OrganisationKind.METHODICAL_CENTRE, "methodical-centre",
            OrganisationKind.EDUCATION_AUTHORITY, "education-authority", OrganisationKind.SUPPORT_CENTRE, "support-centre");

    public static final EnumCodec<AdministrativeRole> ADMINISTRATIVE_ROLE = EnumCodec.of(AdministrativeRole.class,
            "административная роль", "an administrative role",
            AdministrativeRole.HEAD_OF_ORGANISATION, "head-of-organisation", AdministrativeRole.DEPUTY_HEAD, "deputy-head",
            AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION, "head-of-methodical-association");

    public static final EnumCodec<ConsentPurpose> CONSENT_PURPOSE = EnumCodec.of(ConsentPurpose.class,
            "цель согласия", "a consent purpose",
            ConsentPurpose.PROCESSING, "processing", ConsentPurpose.PUBLICATION, "publication");

    public static final EnumCodec<ContactKind> CONTACT_KIND = EnumCodec.of(ContactKind.class, "вид контакта", "a kind of contact",
            ContactKind.EMAIL, "email", ContactKind.PHONE, "phone", ContactKind.POSTAL_ADDRESS, "postal-address",
            ContactKind.OTHER, "other");

    public static final EnumCodec<QualificationCategory> QUALIFICATION_CATEGORY = EnumCodec.of(QualificationCategory.class,
            "квалификационная категория", "a qualification category",
            QualificationCategory.FIRST, "first", QualificationCategory.HIGHEST, "highest",
            QualificationCategory.METHODIST, "methodist", QualificationCategory.MENTOR, "mentor");

    public static final EnumCodec<CommunityRole> COMMUNITY_ROLE = EnumCodec.of(CommunityRole.class, "роль в сообществе", "a community role",
            CommunityRole.LEADER, "leader", CommunityRole.CO_LEADER, "co-leader", CommunityRole.SECRETARY, "secretary",
            CommunityRole.SUPERVISOR, "supervisor", CommunityRole.MEMBER, "member");

    public static final EnumCodec<MembershipBasis> MEMBERSHIP_BASIS = EnumCodec.of(MembershipBasis.class,
            "основание членства", "a membership basis",
            MembershipBasis.APPLICATION, "application", MembershipBasis.ORDER, "order", MembershipBasis.BY_POSITION, "by-position");

    public static final EnumCodec<PlanKind> PLAN_KIND = EnumCodec.of(PlanKind.class, "вид плана", "a kind of plan",
            PlanKind.WORK, "work", PlanKind.PRELIMINARY, "preliminary");

    public static final EnumCodec<PublicationChannel> PUBLICATION_CHANNEL = EnumCodec.of(PublicationChannel.class,
            "канал публикации", "a publication channel",
            PublicationChannel.WEBSITE, "website", PublicationChannel.AUTHORITY_ANNUAL_PLAN, "authority-annual-plan",
            PublicationChannel.OTHER, "other");

    public static final EnumCodec<DocumentForm> DOCUMENT_FORM = EnumCodec.of(DocumentForm.class, "форма документа", "a document form",
            DocumentForm.ELECTRONIC, "electronic", DocumentForm.PAPER, "paper");

    /** Period kinds keep the codes core gives them ({@link PeriodKind#code()}), listed here so the table is complete. */
    public static final EnumCodec<PeriodKind> PERIOD_KIND = EnumCodec.of(PeriodKind.class, "вид периода", "a kind of period",
            PeriodKind.SCHOOL_YEAR, "school-year", PeriodKind.HALF_YEAR, "half-year",
            PeriodKind.ACADEMIC_QUARTER, "academic-quarter", PeriodKind.CALENDAR_QUARTER, "calendar-quarter",
            PeriodKind.MONTH, "month");

    public static final EnumCodec<Month> MONTH = EnumCodec.of(Month.class, "месяц", "a month",
            Month.JANUARY, "january", Month.FEBRUARY, "february", Month.MARCH, "march", Month.APRIL, "april",
            Month.MAY, "may", Month.JUNE, "june", Month.JULY, "july", Month.AUGUST, "august",
            Month.SEPTEMBER, "september", Month.OCTOBER, "october", Month.NOVEMBER, "november", Month.DECEMBER, "december");

    public static final EnumCodec<DocumentScope> DOCUMENT_SCOPE = EnumCodec.of(DocumentScope.class,
            "срок документа", "a document scope",
            DocumentScope.PER_SCHOOL_YEAR, "per-school-year", DocumentScope.STANDING, "standing");

    public static final EnumCodec<ItemOutcome> ITEM_OUTCOME = EnumCodec.of(ItemOutcome.class,
            "итог вопроса повестки", "an agenda item outcome",
            ItemOutcome.NONE, "none", ItemOutcome.DECISION, "decision", ItemOutcome.RECOMMENDATION, "recommendation",
            ItemOutcome.DECISION_OR_RECOMMENDATION, "decision-or-recommendation",
            ItemOutcome.DECISION_AND_RECOMMENDATION, "decision-and-recommendation");

    public static final EnumCodec<MeetingPart> MEETING_PART = EnumCodec.of(MeetingPart.class, "часть заседания", "a meeting part",
            MeetingPart.AGENDA, "agenda", MeetingPart.PROTOCOL, "protocol",
            MeetingPart.REGISTRATION_SHEET, "registration-sheet", MeetingPart.SCENARIO, "scenario");

    public static final EnumCodec<Severity> SEVERITY = EnumCodec.of(Severity.class, "серьёзность", "a severity",
            Severity.VIOLATION, "violation", Severity.WARNING, "warning", Severity.INFO, "info");

    public static final EnumCodec<Verdict> VERDICT = EnumCodec.of(Verdict.class, "вердикт", "a verdict",
            Verdict.COMPLIES, "complies", Verdict.VIOLATED, "violated");

    public static final EnumCodec<ClauseStatus> CLAUSE_STATUS = EnumCodec.of(ClauseStatus.class, "состояние пункта", "a clause status",
            ClauseStatus.COMPLIED, "complied", ClauseStatus.VIOLATED, "violated", ClauseStatus.NOT_YET_DUE, "not-yet-due",
            ClauseStatus.NOT_APPLICABLE, "not-applicable", ClauseStatus.NOT_CHECKABLE, "not-checkable");

    /** Every enumeration codec, for tests and the schema consistency check. */
    public static final List<EnumCodec<?>> ENUMS = List.of(ACT_KIND, BODY_KIND, EDUCATION_LEVEL, ORGANISATION_KIND,
            ADMINISTRATIVE_ROLE, CONSENT_PURPOSE, CONTACT_KIND, QUALIFICATION_CATEGORY, COMMUNITY_ROLE, MEMBERSHIP_BASIS,
            PLAN_KIND, PUBLICATION_CHANNEL, DOCUMENT_FORM, PERIOD_KIND, MONTH, DOCUMENT_SCOPE, ITEM_OUTCOME, MEETING_PART,
            SEVERITY, VERDICT, CLAUSE_STATUS);

    // Open vocabularies: the known constants are written as their code alone.

    public static final VocabularyCodec<CommunityKind> COMMUNITY_KIND = new VocabularyCodec<>("CommunityKind",
            List.of(CommunityKind.MO, CommunityKind.PPS, CommunityKind.PS, CommunityKind.SHPO, CommunityKind.OSMP),
            CommunityKind::code, CommunityKind::title, CommunityKind::of, "вид сообщества", "a kind of community");

    public static final VocabularyCodec<CommunityForm> COMMUNITY_FORM = new VocabularyCodec<>("CommunityForm",
            List.of(CommunityForm.CLUB, CommunityForm.CREATIVE_GROUP, CommunityForm.LEARNING_GROUP),
            CommunityForm::code, CommunityForm::title, CommunityForm::of, "форма сообщества", "a community form");

    public static final VocabularyCodec<TerminationReason> TERMINATION_REASON = new VocabularyCodec<>("TerminationReason",
            List.of(TerminationReason.TERM_EXPIRED, TerminationReason.TOPIC_NO_LONGER_RELEVANT, TerminationReason.STAFF_CHANGES,
                    TerminationReason.LAW_VIOLATION, TerminationReason.LIQUIDATED, TerminationReason.REORGANISED),
            TerminationReason::code, TerminationReason::title, TerminationReason::of,
            "основание прекращения", "a termination reason");

    public static final VocabularyCodec<EventForm> EVENT_FORM = new VocabularyCodec<>("EventForm",
            List.of(EventForm.SESSION, EventForm.CONFERENCE, EventForm.SEMINAR, EventForm.WORKSHOP, EventForm.MASTER_CLASS,
                    EventForm.OPEN_EVENT, EventForm.OPEN_LESSON, EventForm.CONTEST, EventForm.EXHIBITION, EventForm.FORUM,
                    EventForm.FESTIVAL, EventForm.CONSULTATION, EventForm.TRAINING, EventForm.WEBINAR, EventForm.LESSON_VISITS),
            EventForm::code, EventForm::title, EventForm::of, "форма мероприятия", "an event form");

    public static final VocabularyCodec<DocumentKind> DOCUMENT_KIND = new VocabularyCodec<>("DocumentKind",
            List.of(DocumentKind.PROTOCOL, DocumentKind.REGISTRATION_SHEET, DocumentKind.WORK_PLAN, DocumentKind.PRELIMINARY_PLAN,
                    DocumentKind.MEETING_SCHEDULE, DocumentKind.ANNUAL_REPORT, DocumentKind.CREATION_ORDER,
                    DocumentKind.COMPOSITION_ORDER, DocumentKind.REGULATION, DocumentKind.TEACHER_DATA_BANK,
                    DocumentKind.PRACTICE_BANK, DocumentKind.E_COLLECTION_CONTRIBUTION, DocumentKind.OPEN_EVENT_SCENARIO,
                    DocumentKind.STATUS_APPLICATION, DocumentKind.INFORMATION_REFERENCE),
            DocumentKind::code, DocumentKind::title, DocumentKind::of, "вид документа", "a kind of document");

    public static final VocabularyCodec<Position> POSITION = new VocabularyCodec<>("Position",
            List.of(Position.TEACHER, Position.SPEECH_THERAPIST, Position.DEFECTOLOGIST, Position.PSYCHOLOGIST,
                    Position.SOCIAL_PEDAGOGUE, Position.EDUCATOR, Position.METHODIST, Position.DEPUTY_HEAD, Position.HEAD),
            Position::code, Position::title, Position::of, "должность", "a position");

    public static final List<VocabularyCodec<?>> VOCABULARIES = List.of(COMMUNITY_KIND, COMMUNITY_FORM, TERMINATION_REASON,
            EVENT_FORM, DOCUMENT_KIND, POSITION);

    static <E extends Enum<E>> List<E> all(Class<E> type) {
        return Arrays.asList(type.getEnumConstants());
    }
}
