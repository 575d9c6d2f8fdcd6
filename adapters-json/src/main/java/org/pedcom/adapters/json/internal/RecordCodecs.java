package org.pedcom.adapters.json.internal;

import static org.pedcom.adapters.json.internal.Codecs.DATE;
import static org.pedcom.adapters.json.internal.Codecs.SCHOOL_YEAR;
import static org.pedcom.adapters.json.internal.Codecs.TEXT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.pedcom.act.Act;
import org.pedcom.calendar.AcademicQuarter;
import org.pedcom.calendar.DateRange;
import org.pedcom.calendar.SchoolCalendar;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.community.CommunityId;
import org.pedcom.community.Termination;
import org.pedcom.documentation.Document;
import org.pedcom.meeting.AgendaItem;
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
import org.pedcom.people.Qualifications;
import org.pedcom.people.SpecialtyExperience;
import org.pedcom.people.WorkSpan;
import org.pedcom.people.WorkerId;
import org.pedcom.plan.Plan;
import org.pedcom.plan.PlanItem;
import org.pedcom.plan.PlanStep;
import org.pedcom.plan.Publication;
import org.pedcom.record.CommunityRecord;
import org.pedcom.record.CommunityState;
import org.pedcom.report.AnnualReport;
import org.pedcom.report.Submission;
import org.pedcom.status.Extension;
import org.pedcom.status.StatusGrant;

/** Codecs of the domain: the community record and everything in it. */
public final class RecordCodecs {

    private RecordCodecs() {
    }

    public static final Codec<OrganisationId> ORGANISATION_ID = Codecs.mapped(TEXT, OrganisationId::new, OrganisationId::value,
            "идентификатор организации", "an organisation id");
    public static final Codec<WorkerId> WORKER_ID = Codecs.mapped(TEXT, WorkerId::new, WorkerId::value,
            "идентификатор педагога", "a worker id");
    public static final Codec<MeetingId> MEETING_ID = Codecs.mapped(TEXT, MeetingId::new, MeetingId::value,
            "идентификатор заседания", "a meeting id");
    public static final Codec<CommunityId> COMMUNITY_ID = Codecs.mapped(TEXT, CommunityId::new, CommunityId::value,
            "идентификатор сообщества", "a community id");

    /** Sorted by a plain lambda: a composed comparator calls its key extractor through a shared, megamorphic site. */
    static final Codecs.SetCodec<WorkerId> WORKER_IDS = Codecs.set(WORKER_ID, (a, b) -> a.value().compareTo(b.value()));
    static final Codec<List<String>> TEXTS = Codecs.list(TEXT);

    public static final ObjectCodec<Territory> TERRITORY;
    public static final ObjectCodec<Organisation> ORGANISATION;
    public static final ObjectCodec<Body> BODY;
    public static final ObjectCodec<Act> ACT;
    public static final ObjectCodec<DateRange> DATE_RANGE;
    public static final ObjectCodec<AcademicQuarter> ACADEMIC_QUARTER;
    public static final Codec<TermCalendar> TERM_CALENDAR;
    public static final ObjectCodec<SchoolCalendar> SCHOOL_CALENDAR;
    public static final ObjectCodec<Termination> TERMINATION;
    public static final ObjectCodec<Community> COMMUNITY;
    public static final ObjectCodec<Contact> CONTACT;
    public static final ObjectCodec<Consent> CONSENT;
    public static final ObjectCodec<PersonalData> PERSONAL_DATA;
    public static final ObjectCodec<CategoryGrant> CATEGORY_GRANT;
    public static final Codec<Qualifications> QUALIFICATIONS;
    public static final ObjectCodec<WorkSpan> WORK_SPAN;
    public static final Codec<SpecialtyExperience> SPECIALTY_EXPERIENCE;
    public static final ObjectCodec<PedagogicalWorker> WORKER;
    public static final ObjectCodec<Membership> MEMBERSHIP;
    public static final ObjectCodec<Appointment> APPOINTMENT;
    public static final ObjectCodec<CompositionOrder> COMPOSITION_ORDER;
    public static final ObjectCodec<PlanItem> PLAN_ITEM;
    public static final SealedCodec<PlanStep> PLAN_STEP;
    public static final ObjectCodec<Publication> PUBLICATION;
    public static final ObjectCodec<Plan> PLAN;
    public static final ObjectCodec<AgendaItem> AGENDA_ITEM;
    public static final ObjectCodec<Signature> SIGNATURE;
    public static final ObjectCodec<Protocol> PROTOCOL;
    public static final ObjectCodec<RegistrationSheet> REGISTRATION_SHEET;
    public static final ObjectCodec<Meeting> MEETING;
    public static final ObjectCodec<Document> DOCUMENT;
    public static final ObjectCodec<AnnualReport> ANNUAL_REPORT;
    public static final ObjectCodec<Submission> SUBMISSION;
    public static final ObjectCodec<Extension> EXTENSION;
    public static final ObjectCodec<StatusGrant> STATUS_GRANT;
    public static final SealedCodec<CommunityState> COMMUNITY_STATE;
    public static final ObjectCodec<CommunityRecord> COMMUNITY_RECORD;

    static {
        var territory = ObjectCodec.<Territory>builder("Territory", "территория", "a territory");
        var tRegion = territory.required("region", TEXT, Territory::region);
        var tMunicipality = territory.required("municipality", TEXT, Territory::municipality);
        TERRITORY = territory.build(v -> new Territory(v.get(tRegion), v.get(tMunicipality)));

        var organisation = ObjectCodec.<Organisation>builder("Organisation", "организация", "an organisation");
        var oId = organisation.required("id", ORGANISATION_ID, Organisation::id);
        var oName = organisation.required("name", TEXT, Organisation::name);
        var oKind = organisation.required("kind", Codes.ORGANISATION_KIND, Organisation::kind);
        var oLevels = organisation.set("levels", Codecs.set(Codes.EDUCATION_LEVEL, Codes.EDUCATION_LEVEL.byCode()), Organisation::levels);
        var oTerritory = organisation.required("territory", TERRITORY, Organisation::territory);
        ORGANISATION = organisation.build(v -> new Organisation(v.get(oId), v.get(oName), v.get(oKind), v.get(oLevels), v.get(oTerritory)));

        var body = ObjectCodec.<Body>builder("Body", "орган организации", "a body of an organisation");
        var bKind = body.required("kind", Codes.BODY_KIND, Body::kind);
        var bOrganisation = body.required("organisation", ORGANISATION_ID, Body::organisation);
        BODY = body.build(v -> new Body(v.get(bKind), v.get(bOrganisation)));

        var act = ObjectCodec.<Act>builder("Act", "акт", "an act");
        var aKind = act.required("kind", Codes.ACT_KIND, Act::kind);
        var aNumber = act.required("number", TEXT, Act::number);
        var aDate = act.required("date", DATE, Act::date);
        var aIssuer = act.required("issuer", BODY, Act::issuer);
        var aTitle = act.required("title", TEXT, Act::title);
        ACT = act.build(v -> new Act(v.get(aKind), v.get(aNumber), v.get(aDate), v.get(aIssuer), v.get(aTitle)));

        var range = ObjectCodec.<DateRange>builder("DateRange", "период с … по …", "a date range");
        var rStart = range.required("start", DATE, DateRange::start);
        var rEnd = range.required("end", DATE, DateRange::end);
        DATE_RANGE = range.build(v -> new DateRange(v.get(rStart), v.get(rEnd)));

        var quarter = ObjectCodec.<AcademicQuarter>builder("AcademicQuarter", "четверть", "an academic quarter");
        var qYear = quarter.required("schoolYear", SCHOOL_YEAR, AcademicQuarter::schoolYear);
        var qNumber = quarter.required("number", Codecs.integer(1, 4), AcademicQuarter::number);
        var qRange = quarter.required("range", DATE_RANGE, AcademicQuarter::range);
        ACADEMIC_QUARTER = quarter.build(v -> new AcademicQuarter(v.get(qYear), v.get(qNumber), v.get(qRange)));

        TERM_CALENDAR = termCalendar();

        var calendar = ObjectCodec.<SchoolCalendar>builder("SchoolCalendar", "календарь", "a school calendar");
        var cTerms = calendar.defaulted("terms", TERM_CALENDAR, SchoolCalendar::terms, TermCalendar.standard());
        SCHOOL_CALENDAR = calendar.build(v -> SchoolCalendar.of(v.get(cTerms)));


        var termination = ObjectCodec.<Termination>builder("Termination", "прекращение деятельности", "a termination");
        var tOn = termination.required("on", DATE, Termination::on);
        var tReason = termination.required("reason", Codes.TERMINATION_REASON, Termination::reason);
        var tAct = termination.optional("act", ACT, Termination::act);
        TERMINATION = termination.build(v -> new Termination(v.get(tOn), v.get(tReason), v.get(tAct)));

        var community = ObjectCodec.<Community>builder("Community", "сообщество", "a community");
        var cId = community.required("id", COMMUNITY_ID, Community::id);
        var cKind = community.required("kind", Codes.COMMUNITY_KIND, Community::kind);
        var cName = community.required("name", TEXT, Community::name);
        var cHost = community.required("host", ORGANISATION_ID, Community::host);
        var cCreated = community.required("createdOn", DATE, Community::createdOn);
        var cAct = community.optional("creationAct", ACT, Community::creationAct);
        var cForm = community.optional("form", Codes.COMMUNITY_FORM, Community::form);
        var cDirections = community.list("directions", TEXT, Community::directions);
        var cTermination = community.optional("termination", TERMINATION, Community::termination);
        COMMUNITY = community.build(v -> new Community(v.get(cId), v.get(cKind), v.get(cName), v.get(cHost), v.get(cCreated),
                v.get(cAct), v.get(cForm), v.get(cDirections), v.get(cTermination)));

        var contact = ObjectCodec.<Contact>builder("Contact", "контакт", "a contact");
        var ctKind = contact.required("kind", Codes.CONTACT_KIND, Contact::kind);
        var ctValue = contact.required("value", TEXT, Contact::value);
        CONTACT = contact.build(v -> new Contact(v.get(ctKind), v.get(ctValue)));

        var consent = ObjectCodec.<Consent>builder("Consent", "согласие", "a consent");
        var csPurpose = consent.required("purpose", Codes.CONSENT_PURPOSE, Consent::purpose);
        var csGiven = consent.required("givenOn", DATE, Consent::givenOn);
        var csWithdrawn = consent.optional("withdrawnOn", DATE, Consent::withdrawnOn);
        CONSENT = consent.build(v -> new Consent(v.get(csPurpose), v.get(csGiven), v.get(csWithdrawn)));

        var personal = ObjectCodec.<PersonalData>builder("PersonalData", "персональные данные", "personal data").personalData();
        var pName = personal.required("fullName", TEXT, PersonalData::fullName);
        var pBirth = personal.optional("birthDate", DATE, PersonalData::birthDate);
        var pEducation = personal.optional("education", TEXT, PersonalData::education);
        var pContacts = personal.list("contacts", CONTACT, PersonalData::contacts);
        var pAwards = personal.list("awards", TEXT, PersonalData::awards);
        var pTitles = personal.list("titles", TEXT, PersonalData::titles);
        var pPublications = personal.list("publications", TEXT, PersonalData::publications);
        var pContests = personal.list("contests", TEXT, PersonalData::contests);
        var pConsents = personal.list("consents", CONSENT, PersonalData::consents);
        PERSONAL_DATA = personal.build(v -> new PersonalData(v.get(pName), v.get(pBirth), v.get(pEducation), v.get(pContacts),
                v.get(pAwards), v.get(pTitles), v.get(pPublications), v.get(pContests), v.get(pConsents)));

        var grant = ObjectCodec.<CategoryGrant>builder("CategoryGrant", "присвоение категории", "a category grant");
        var gCategory = grant.required("category", Codes.QUALIFICATION_CATEGORY, CategoryGrant::category);
        var gOn = grant.required("grantedOn", DATE, CategoryGrant::grantedOn);
        CATEGORY_GRANT = grant.build(v -> new CategoryGrant(v.get(gCategory), v.get(gOn)));
        QUALIFICATIONS = wrapper(Codecs.list(CATEGORY_GRANT), Qualifications::grants, Qualifications::new);

        var span = ObjectCodec.<WorkSpan>builder("WorkSpan", "период работы", "a work span");
        var sFrom = span.required("from", DATE, WorkSpan::from);
        var sUntil = span.optional("until", DATE, WorkSpan::until);
        WORK_SPAN = span.build(v -> new WorkSpan(v.get(sFrom), v.get(sUntil)));
        SPECIALTY_EXPERIENCE = wrapper(Codecs.list(WORK_SPAN), SpecialtyExperience::spans, SpecialtyExperience::new);

        var worker = ObjectCodec.<PedagogicalWorker>builder("PedagogicalWorker", "педагог", "a pedagogical worker");
        var wId = worker.required("id", WORKER_ID, PedagogicalWorker::id);
        var wPosition = worker.required("position", Codes.POSITION, PedagogicalWorker::position);
        var wEmployer = worker.required("employer", ORGANISATION_ID, PedagogicalWorker::employer);
        var wRoles = worker.set("roles", Codecs.set(Codes.ADMINISTRATIVE_ROLE, Codes.ADMINISTRATIVE_ROLE.byCode()), PedagogicalWorker::roles);
        var wQualifications = worker.defaulted("qualifications", QUALIFICATIONS, PedagogicalWorker::qualifications, Qualifications.none());
        var wExperience = worker.defaulted("experience", SPECIALTY_EXPERIENCE, PedagogicalWorker::experience, SpecialtyExperience.none());
        var wPersonal = worker.required("personalData", PERSONAL_DATA, PedagogicalWorker::personalData);
        WORKER = worker.build(v -> new PedagogicalWorker(v.get(wId), v.get(wPosition), v.get(wEmployer), v.get(wRoles),
                v.get(wQualifications), v.get(wExperience), v.get(wPersonal)));

        var membership = ObjectCodec.<Membership>builder("Membership", "членство", "a membership");
        var mWorker = membership.required("worker", WORKER_ID, Membership::worker);
        var mJoined = membership.required("joinedOn", DATE, Membership::joinedOn);
        var mLeft = membership.optional("leftOn", DATE, Membership::leftOn);
        var mBasis = membership.required("basis", Codes.MEMBERSHIP_BASIS, Membership::basis);
        MEMBERSHIP = membership.build(v -> new Membership(v.get(mWorker), v.get(mJoined), v.get(mLeft), v.get(mBasis)));

        var appointment = ObjectCodec.<Appointment>builder("Appointment", "назначение", "an appointment");
        var apWorker = appointment.required("worker", WORKER_ID, Appointment::worker);
        var apRole = appointment.required("role", Codes.COMMUNITY_ROLE, Appointment::role);
        var apFrom = appointment.required("from", DATE, Appointment::from);
        var apUntil = appointment.optional("until", DATE, Appointment::until);
        var apAct = appointment.optional("act", ACT, Appointment::act);
        APPOINTMENT = appointment.build(v -> new Appointment(v.get(apWorker), v.get(apRole), v.get(apFrom), v.get(apUntil), v.get(apAct)));

        var composition = ObjectCodec.<CompositionOrder>builder("CompositionOrder", "приказ о составе", "a composition order");
        var coYear = composition.required("schoolYear", SCHOOL_YEAR, CompositionOrder::schoolYear);
        var coAct = composition.required("act", ACT, CompositionOrder::act);
        var coMembers = composition.set("members", WORKER_IDS, CompositionOrder::members);
        var coDirections = composition.list("directions", TEXT, CompositionOrder::directions);
        COMPOSITION_ORDER = composition.build(v -> new CompositionOrder(v.get(coYear), v.get(coAct), v.get(coMembers), v.get(coDirections)));

        var item = ObjectCodec.<PlanItem>builder("PlanItem", "строка плана", "a plan item");
        var iTask = item.required("task", TEXT, PlanItem::task);
        var iEvents = item.list("events", TEXT, PlanItem::events);
        var iResult = item.required("expectedResult", TEXT, PlanItem::expectedResult);
        var iForm = item.required("resultForm", TEXT, PlanItem::resultForm);
        PLAN_ITEM = item.build(v -> new PlanItem(v.get(iTask), v.get(iEvents), v.get(iResult), v.get(iForm)));

        var drafted = ObjectCodec.<PlanStep.Drafted>builder("PlanStep.Drafted", "шаг «составлен»", "a drafted step");
        var dOn = drafted.required("on", DATE, PlanStep.Drafted::on);
        var reviewed = ObjectCodec.<PlanStep.Reviewed>builder("PlanStep.Reviewed", "шаг «рассмотрен»", "a reviewed step");
        var rvOn = reviewed.required("on", DATE, PlanStep.Reviewed::on);
        var rvMeeting = reviewed.required("meeting", MEETING_ID, PlanStep.Reviewed::meeting);
        var approved = ObjectCodec.<PlanStep.Approved>builder("PlanStep.Approved", "шаг «утверждён»", "an approved step");
        var apvAct = approved.required("act", ACT, PlanStep.Approved::act);
        PLAN_STEP = SealedCodec.builder(PlanStep.class, "шаг плана", "a plan step")
                .variant("drafted", PlanStep.Drafted.class, drafted.build(v -> new PlanStep.Drafted(v.get(dOn))))
                .variant("reviewed", PlanStep.Reviewed.class, reviewed.build(v -> new PlanStep.Reviewed(v.get(rvOn), v.get(rvMeeting))))
                .variant("approved", PlanStep.Approved.class, approved.build(v -> new PlanStep.Approved(v.get(apvAct))))
                .build();

        var publication = ObjectCodec.<Publication>builder("Publication", "публикация", "a publication");
        var puChannel = publication.required("channel", Codes.PUBLICATION_CHANNEL, Publication::channel);
        var puOrganisation = publication.required("organisation", ORGANISATION_ID, Publication::organisation);
        var puOn = publication.required("on", DATE, Publication::on);
        PUBLICATION = publication.build(v -> new Publication(v.get(puChannel), v.get(puOrganisation), v.get(puOn)));

        var plan = ObjectCodec.<Plan>builder("Plan", "план работы", "a plan");
        var plYear = plan.required("schoolYear", SCHOOL_YEAR, Plan::schoolYear);
        var plKind = plan.required("kind", Codes.PLAN_KIND, Plan::kind);
        var plAuthor = plan.optional("author", WORKER_ID, Plan::author);
        var plItems = plan.list("items", PLAN_ITEM, Plan::items);
        var plSteps = plan.list("steps", PLAN_STEP, Plan::steps);
        var plPublications = plan.list("publications", PUBLICATION, Plan::publications);
        PLAN = plan.build(v -> new Plan(v.get(plYear), v.get(plKind), v.get(plAuthor), v.get(plItems), v.get(plSteps), v.get(plPublications)));

        var agenda = ObjectCodec.<AgendaItem>builder("AgendaItem", "вопрос повестки", "an agenda item");
        var agQuestion = agenda.required("question", TEXT, AgendaItem::question);
        var agDecisions = agenda.list("decisions", TEXT, AgendaItem::decisions);
        var agRecommendations = agenda.list("recommendations", TEXT, AgendaItem::recommendations);
        AGENDA_ITEM = agenda.build(v -> new AgendaItem(v.get(agQuestion), v.get(agDecisions), v.get(agRecommendations)));

        var signature = ObjectCodec.<Signature>builder("Signature", "подпись", "a signature");
        var sgSigner = signature.required("signer", WORKER_ID, Signature::signer);
        var sgRole = signature.required("role", Codes.COMMUNITY_ROLE, Signature::role);
        SIGNATURE = signature.build(v -> new Signature(v.get(sgSigner), v.get(sgRole)));

        var protocol = ObjectCodec.<Protocol>builder("Protocol", "протокол", "a protocol");
        var prNumber = protocol.required("number", TEXT, Protocol::number);
        var prDate = protocol.required("date", DATE, Protocol::date);
        var prSignatures = protocol.list("signatures", SIGNATURE, Protocol::signatures);
        PROTOCOL = protocol.build(v -> new Protocol(v.get(prNumber), v.get(prDate), v.get(prSignatures)));

        var sheet = ObjectCodec.<RegistrationSheet>builder("RegistrationSheet", "лист регистрации", "a registration sheet");
        var rsAttendees = sheet.set("attendees", WORKER_IDS, RegistrationSheet::attendees);
        var rsGuests = sheet.defaulted("guests", Codecs.integer(0, Integer.MAX_VALUE), RegistrationSheet::guests, 0);
        REGISTRATION_SHEET = sheet.build(v -> new RegistrationSheet(v.get(rsAttendees), v.get(rsGuests)));

        var meeting = ObjectCodec.<Meeting>builder("Meeting", "заседание", "a meeting");
        var mtId = meeting.required("id", MEETING_ID, Meeting::id);
        var mtDate = meeting.required("date", DATE, Meeting::date);
        var mtForm = meeting.required("form", Codes.EVENT_FORM, Meeting::form);
        var mtTopic = meeting.required("topic", TEXT, Meeting::topic);
        var mtAgenda = meeting.list("agenda", AGENDA_ITEM, Meeting::agenda);
        var mtProtocol = meeting.optional("protocol", PROTOCOL, Meeting::protocol);
        var mtRegistration = meeting.optional("registration", REGISTRATION_SHEET, Meeting::registration);
        var mtScenario = meeting.optional("scenario", TEXT, Meeting::scenario);
        MEETING = meeting.build(v -> new Meeting(v.get(mtId), v.get(mtDate), v.get(mtForm), v.get(mtTopic), v.get(mtAgenda),
                v.get(mtProtocol), v.get(mtRegistration), v.get(mtScenario)));

        var document = ObjectCodec.<Document>builder("Document", "документ", "a document");
        var dcKind = document.required("kind", Codes.DOCUMENT_KIND, Document::kind);
        var dcTitle = document.required("title", TEXT, Document::title);
        var dcDate = document.required("date", DATE, Document::date);
        var dcForm = document.required("form", Codes.DOCUMENT_FORM, Document::form);
        var dcKept = document.optional("keptAt", ORGANISATION_ID, Document::keptAt);
        var dcYear = document.optional("schoolYear", SCHOOL_YEAR, Document::schoolYear);
        DOCUMENT = document.build(v -> new Document(v.get(dcKind), v.get(dcTitle), v.get(dcDate), v.get(dcForm), v.get(dcKept), v.get(dcYear)));

        var report = ObjectCodec.<AnnualReport>builder("AnnualReport", "годовой отчёт", "an annual report");
        var arYear = report.required("schoolYear", SCHOOL_YEAR, AnnualReport::schoolYear);
        var arCompiled = report.required("compiledOn", DATE, AnnualReport::compiledOn);
        var arForm = report.required("form", Codes.DOCUMENT_FORM, AnnualReport::form);
        var arIndicators = report.defaulted("indicators", Codecs.map(Codecs.DECIMAL, true), AnnualReport::indicators, java.util.Map.of());
        var arPresented = report.optional("presentedAt", MEETING_ID, AnnualReport::presentedAt);
        ANNUAL_REPORT = report.build(v -> new AnnualReport(v.get(arYear), v.get(arCompiled), v.get(arForm), v.get(arIndicators), v.get(arPresented)));

        var submission = ObjectCodec.<Submission>builder("Submission", "предоставление документа", "a submission");
        var suKind = submission.required("kind", Codes.DOCUMENT_KIND, Submission::kind);
        var suYear = submission.required("schoolYear", SCHOOL_YEAR, Submission::schoolYear);
        var suTo = submission.required("to", ORGANISATION_ID, Submission::to);
        var suOn = submission.required("on", DATE, Submission::on);
        SUBMISSION = submission.build(v -> new Submission(v.get(suKind), v.get(suYear), v.get(suTo), v.get(suOn)));

        var extension = ObjectCodec.<Extension>builder("Extension", "продление срока", "an extension");
        var exDecision = extension.required("decision", ACT, Extension::decision);
        var exBy = extension.required("by", Codecs.PERIOD, Extension::by);
        EXTENSION = extension.build(v -> new Extension(v.get(exDecision), v.get(exBy)));

        var status = ObjectCodec.<StatusGrant>builder("StatusGrant", "присвоение статуса", "a status grant");
        var stTopic = status.required("topic", TEXT, StatusGrant::topic);
        var stDecision = status.required("decision", ACT, StatusGrant::decision);
        var stTerm = status.required("term", Codecs.PERIOD, StatusGrant::term);
        var stConfirmation = status.optional("confirmation", ACT, StatusGrant::confirmation);
        var stExtensions = status.list("extensions", EXTENSION, StatusGrant::extensions);
        STATUS_GRANT = status.build(v -> new StatusGrant(v.get(stTopic), v.get(stDecision), v.get(stTerm), v.get(stConfirmation), v.get(stExtensions)));

        var notYet = ObjectCodec.<CommunityState.NotYetCreated>builder("CommunityState.NotYetCreated", "ещё не создано", "not yet created");
        var active = ObjectCodec.<CommunityState.Active>builder("CommunityState.Active", "действует", "active");
        var acStatus = active.optional("status", STATUS_GRANT, CommunityState.Active::status);
        var terminated = ObjectCodec.<CommunityState.Terminated>builder("CommunityState.Terminated", "прекращено", "terminated");
        var teTermination = terminated.required("termination", TERMINATION, CommunityState.Terminated::termination);
        COMMUNITY_STATE = SealedCodec.builder(CommunityState.class, "состояние сообщества", "a community state")
                .variant("not-yet-created", CommunityState.NotYetCreated.class, notYet.build(v -> new CommunityState.NotYetCreated()))
                .variant("active", CommunityState.Active.class, active.build(v -> new CommunityState.Active(v.get(acStatus))))
                .variant("terminated", CommunityState.Terminated.class, terminated.build(v -> new CommunityState.Terminated(v.get(teTermination))))
                .build();

        var record = ObjectCodec.<CommunityRecord>builder("CommunityRecord", "запись сообщества", "a community record").ignoring("$schema");
        var reCommunity = record.required("community", COMMUNITY, CommunityRecord::community);
        var reTerms = record.defaulted("terms", TERM_CALENDAR, CommunityRecord::terms, TermCalendar.standard());
        var reOrganisations = record.list("organisations", ORGANISATION, CommunityRecord::organisations);
        var reWorkers = record.list("workers", WORKER, CommunityRecord::workers);
        var reMemberships = record.list("memberships", MEMBERSHIP, CommunityRecord::memberships);
        var reAppointments = record.list("appointments", APPOINTMENT, CommunityRecord::appointments);
        var reCompositions = record.list("compositionOrders", COMPOSITION_ORDER, CommunityRecord::compositionOrders);
        var rePlans = record.list("plans", PLAN, CommunityRecord::plans);
        var reMeetings = record.list("meetings", MEETING, CommunityRecord::meetings);
        var reDocuments = record.list("documents", DOCUMENT, CommunityRecord::documents);
        var reReports = record.list("reports", ANNUAL_REPORT, CommunityRecord::reports);
        var reSubmissions = record.list("submissions", SUBMISSION, CommunityRecord::submissions);
        var reStatus = record.list("statusGrants", STATUS_GRANT, CommunityRecord::statusGrants);
        record.explainingFailures((v, report2) -> new References(v.get(reCommunity), v.get(reOrganisations), v.get(reWorkers),
                v.get(reMemberships), v.get(reAppointments), v.get(reCompositions), v.get(rePlans), v.get(reMeetings),
                v.get(reDocuments), v.get(reReports), v.get(reSubmissions), v.get(reStatus), report2).check());
        COMMUNITY_RECORD = record.build(v -> new CommunityRecord(v.get(reCommunity), v.get(reTerms), v.get(reOrganisations),
                v.get(reWorkers), v.get(reMemberships), v.get(reAppointments), v.get(reCompositions), v.get(rePlans),
                v.get(reMeetings), v.get(reDocuments), v.get(reReports), v.get(reSubmissions), v.get(reStatus)));
    }

    /** A record with a single list, written as that list ({@code "qualifications": [...]}). */
    private static <W, E> Codec<W> wrapper(Codec<List<E>> list, java.util.function.Function<W, List<E>> get,
                                           java.util.function.Function<List<E>, W> of) {
        return new Codec<>(list.expectedRu(), list.expectedEn()) {
            @Override
            public void write(W value, JsonGenerator g) throws IOException {
                list.write(get.apply(value), g);
            }

            @Override
            public W read(JsonParser p, Reading r) throws IOException {
                long start = r.mark(p);
                List<E> values = list.read(p, r);
                if (values == null) {
                    return null;
                }
                try {
                    return of.apply(values);
                } catch (IllegalArgumentException e) {
                    String[] m = Messages.fromCore(e, r.inPersonalData());
                    r.problem(start, m[0], m[1]);
                    return null;
                }
            }
        };
    }

    /**
     * The school's own quarters, as a flat array; empty or absent means the standard split. Core's
     * {@link TermCalendar} cannot list the years it holds, so writing asks it year by year (only when it is not the
     * standard calendar).
     */
    private static Codec<TermCalendar> termCalendar() {
        Codec<List<AcademicQuarter>> quarters = Codecs.list(ACADEMIC_QUARTER);
        return new Codec<>("массив четвертей", "an array of academic quarters") {
            @Override
            public void write(TermCalendar value, JsonGenerator g) throws IOException {
                quarters.write(ownQuarters(value), g);
            }

            @Override
            public TermCalendar read(JsonParser p, Reading r) throws IOException {
                long start = r.mark(p);
                List<AcademicQuarter> list = quarters.read(p, r);
                if (list == null) {
                    return null;
                }
                if (list.isEmpty()) {
                    return TermCalendar.standard();
                }
                try {
                    return TermCalendar.of(list);
                } catch (IllegalArgumentException e) {
                    String[] m = Messages.fromCore(e, false);
                    r.problem(start, m[0], m[1]);
                    return null;
                }
            }
        };
    }

    /**
     * The school's own quarters of a term calendar. Core offers no accessor for the years it holds (a gap reported
     * to core): the years are taken from {@code toString()} («TermCalendar[2024/2025, …]») and the result is
     * verified by rebuilding the calendar; if that ever fails, every possible school year is asked in turn.
     */
    static List<AcademicQuarter> ownQuarters(TermCalendar value) {
        if (value.equals(TermCalendar.standard())) {
            return List.of();
        }
        List<AcademicQuarter> own = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})/\\d{4}").matcher(value.toString());
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        for (int y : years) {
            if (y <= 9998 && value.hasOwnDatesFor(SchoolYear.of(y))) {
                own.addAll(value.quartersOf(SchoolYear.of(y)));
            }
        }
        if (!own.isEmpty() && TermCalendar.of(own).equals(value)) {
            return own;
        }
        own.clear();
        for (int y = 1900; y <= 9998; y++) {
            SchoolYear year = SchoolYear.of(y);
            if (value.hasOwnDatesFor(year)) {
                own.addAll(value.quartersOf(year));
            }
        }
        return own;
    }

    /**
     * The reference checks of {@link CommunityRecord}, run when core's constructor refuses a record, so that each
     * broken reference is reported with its JSON pointer (core reports paths in its own, date-sorted order of
     * meetings). Valid records do not pay for them.
     */
    private static final class References {
        private final ObjectCodec.Reporter out;
        private final Set<OrganisationId> organisationIds = new HashSet<>();
        private final Set<WorkerId> workerIds = new HashSet<>();
        private final Set<MeetingId> meetingIds = new HashSet<>();
        private final Community community;
        private final List<Organisation> organisations;
        private final List<PedagogicalWorker> workers;
        private final List<Membership> memberships;
        private final List<Appointment> appointments;
        private final List<CompositionOrder> compositionOrders;
        private final List<Plan> plans;
        private final List<Meeting> meetings;
        private final List<AnnualReport> reports;
        private final List<Submission> submissions;
        private final List<StatusGrant> statusGrants;

        References(Community community, List<Organisation> organisations, List<PedagogicalWorker> workers,
                   List<Membership> memberships, List<Appointment> appointments, List<CompositionOrder> compositionOrders,
                   List<Plan> plans, List<Meeting> meetings, List<Document> documents, List<AnnualReport> reports,
                   List<Submission> submissions, List<StatusGrant> statusGrants, ObjectCodec.Reporter out) {
            this.out = out;
            this.community = community;
            this.organisations = organisations;
            this.workers = workers;
            this.memberships = memberships;
            this.appointments = appointments;
            this.compositionOrders = compositionOrders;
            this.plans = plans;
            this.meetings = meetings;
            this.reports = reports;
            this.submissions = submissions;
            this.statusGrants = statusGrants;
        }

        void check() {
            for (int i = 0; i < organisations.size(); i++) {
                OrganisationId id = organisations.get(i).id();
                if (!organisationIds.add(id)) {
                    out.problem("organisations/" + i + "/id", "организация «" + id + "» повторяется", "organisation '" + id + "' occurs twice");
                }
            }
            for (int i = 0; i < workers.size(); i++) {
                WorkerId id = workers.get(i).id();
                if (!workerIds.add(id)) {
                    out.problem("workers/" + i + "/id", "педагог «" + id + "» повторяется", "worker '" + id + "' occurs twice");
                }
            }
            for (int i = 0; i < meetings.size(); i++) {
                MeetingId id = meetings.get(i).id();
                if (!meetingIds.add(id)) {
                    out.problem("meetings/" + i + "/id", "заседание «" + id + "» повторяется", "meeting '" + id + "' occurs twice");
                }
            }
            organisation(community.host(), "community/host");
            community.creationAct().ifPresent(a -> act(a, "community/creationAct"));
            community.termination().flatMap(Termination::act).ifPresent(a -> act(a, "community/termination/act"));
            for (int i = 0; i < workers.size(); i++) {
                organisation(workers.get(i).employer(), "workers/" + i + "/employer");
            }
            for (int i = 0; i < memberships.size(); i++) {
                worker(memberships.get(i).worker(), "memberships/" + i + "/worker");
            }
            for (int i = 0; i < appointments.size(); i++) {
                Appointment a = appointments.get(i);
                worker(a.worker(), "appointments/" + i + "/worker");
                String path = "appointments/" + i + "/act";
                a.act().ifPresent(x -> act(x, path));
            }
            for (int i = 0; i < compositionOrders.size(); i++) {
                CompositionOrder c = compositionOrders.get(i);
                act(c.act(), "compositionOrders/" + i + "/act");
                for (WorkerId w : c.members()) {
                    worker(w, "compositionOrders/" + i + "/members");
                }
            }
            for (int i = 0; i < plans.size(); i++) {
                Plan p = plans.get(i);
                String path = "plans/" + i;
                p.author().ifPresent(a -> worker(a, path + "/author"));
                // Plan keeps its steps sorted by date; the pointer names the step by its place in that order.
                for (int s = 0; s < p.steps().size(); s++) {
                    PlanStep step = p.steps().get(s);
                    if (step instanceof PlanStep.Reviewed rv) {
                        meeting(rv.meeting(), path + "/steps/" + s + "/meeting");
                    } else if (step instanceof PlanStep.Approved ap) {
                        act(ap.act(), path + "/steps/" + s + "/act");
                    }
                }
                for (int s = 0; s < p.publications().size(); s++) {
                    organisation(p.publications().get(s).organisation(), path + "/publications/" + s + "/organisation");
                }
            }
            for (int i = 0; i < meetings.size(); i++) {
                Meeting m = meetings.get(i);
                String path = "meetings/" + i;
                m.protocol().ifPresent(pr -> {
                    for (int s = 0; s < pr.signatures().size(); s++) {
                        worker(pr.signatures().get(s).signer(), path + "/protocol/signatures/" + s + "/signer");
                    }
                });
                m.registration().ifPresent(rs -> rs.attendees().forEach(w -> worker(w, path + "/registration/attendees")));
            }
            for (int i = 0; i < reports.size(); i++) {
                String path = "reports/" + i + "/presentedAt";
                reports.get(i).presentedAt().ifPresent(m -> meeting(m, path));
            }
            for (int i = 0; i < submissions.size(); i++) {
                organisation(submissions.get(i).to(), "submissions/" + i + "/to");
            }
            for (int i = 0; i < statusGrants.size(); i++) {
                StatusGrant g = statusGrants.get(i);
                act(g.decision(), "statusGrants/" + i + "/decision");
                String path = "statusGrants/" + i + "/confirmation";
                g.confirmation().ifPresent(a -> act(a, path));
                for (int e = 0; e < g.extensions().size(); e++) {
                    act(g.extensions().get(e).decision(), "statusGrants/" + i + "/extensions/" + e + "/decision");
                }
            }
        }

        private void worker(WorkerId id, String path) {
            if (!workerIds.contains(id)) {
                out.problem(path, "педагог «" + id + "» не найден в workers", "worker '" + id + "' is not in workers");
            }
        }

        private void meeting(MeetingId id, String path) {
            if (!meetingIds.contains(id)) {
                out.problem(path, "заседание «" + id + "» не найдено в meetings", "meeting '" + id + "' is not in meetings");
            }
        }

        private void organisation(OrganisationId id, String path) {
            if (!organisationIds.contains(id)) {
                out.problem(path, "организация «" + id + "» не найдена в organisations", "organisation '" + id + "' is not in organisations");
            }
        }

        private void act(Act act, String path) {
            organisation(act.issuer().organisation(), path + "/issuer/organisation");
        }
    }
}
