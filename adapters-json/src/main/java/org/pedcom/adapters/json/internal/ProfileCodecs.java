package org.pedcom.adapters.json.internal;

import static org.pedcom.adapters.json.internal.Codecs.TEXT;

import java.util.Comparator;
import java.util.Map;

import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.regulation.Clause;
import org.pedcom.regulation.ClauseId;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.AnnualCompositionOrder;
import org.pedcom.rule.AnnualReportRequired;
import org.pedcom.rule.AppointmentByAct;
import org.pedcom.rule.CreationByAct;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.MeetingDocuments;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.MembershipBasisRequired;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.HostOrganisation;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.ProtocolContent;
import org.pedcom.rule.RequiredDocument;
import org.pedcom.rule.Requirement;
import org.pedcom.rule.RoleEligibility;
import org.pedcom.rule.Rule;
import org.pedcom.rule.RuleId;
import org.pedcom.rule.StatusTerm;
import org.pedcom.rule.SubmissionDeadline;
import org.pedcom.rule.TerminationReasons;

/** Codecs of regulations, rules and profiles. */
public final class ProfileCodecs {

    private ProfileCodecs() {
    }

    public static final Codec<ClauseId> CLAUSE_ID = Codecs.mapped(TEXT, ClauseId::new, ClauseId::value,
            "идентификатор пункта", "a clause id");
    public static final Codec<RuleId> RULE_ID = Codecs.mapped(TEXT, RuleId::new, RuleId::value,
            "идентификатор правила", "a rule id");
    public static final Codec<ProfileId> PROFILE_ID = Codecs.mapped(TEXT, ProfileId::new, ProfileId::value,
            "идентификатор профиля", "a profile id");
    /** A code: lower-case latin letters, digits, '.', '-', '_' (indicator codes, edition ids, parameter names). */
    public static final Codec<String> CODE = Codecs.CODE;

    public static final ObjectCodec<LocalizedText> LOCALIZED_TEXT;
    public static final ObjectCodec<Clause> CLAUSE;
    public static final SealedCodec<OrganisationScope> ORGANISATION_SCOPE;
    public static final ObjectCodec<ActRequirement> ACT_REQUIREMENT;
    public static final ObjectCodec<Deadline> DEADLINE;
    public static final ObjectCodec<Eligibility> ELIGIBILITY;
    public static final SealedCodec<Requirement> REQUIREMENT;
    public static final ObjectCodec<Rule> RULE;
    public static final ObjectCodec<Edition> EDITION;
    public static final ObjectCodec<Profile> PROFILE;
    public static final ObjectCodec<ProfileParameter> PROFILE_PARAMETER;
    public static final ObjectCodec<ProfileSettings> PROFILE_SETTINGS;

    static final Codec<Map<String, String>> SETTINGS = Codecs.map(TEXT, true);

    static {
        var text = ObjectCodec.<LocalizedText>builder("LocalizedText", "текст на русском и английском", "a text in Russian and English");
        var ltRu = text.required("ru", TEXT, LocalizedText::ru);
        var ltEn = text.required("en", TEXT, LocalizedText::en);
        LOCALIZED_TEXT = text.build(v -> new LocalizedText(v.get(ltRu), v.get(ltEn)));

        var clause = ObjectCodec.<Clause>builder("Clause", "пункт положения", "a clause");
        var clId = clause.required("id", CLAUSE_ID, Clause::id);
        var clNumber = clause.required("number", TEXT, Clause::number);
        var clText = clause.required("text", TEXT, Clause::text);
        var clInterpretation = clause.optional("interpretation", TEXT, Clause::interpretation);
        var clNotCheckable = clause.optional("notCheckable", TEXT, Clause::notCheckable);
        CLAUSE = clause.build(v -> new Clause(v.get(clId), v.get(clNumber), v.get(clText), v.get(clInterpretation), v.get(clNotCheckable)));

        var ofKind = ObjectCodec.<OrganisationScope.OfKind>builder("OrganisationScope.OfKind", "организации вида", "organisations of a kind");
        var okKind = ofKind.required("kind", Codes.ORGANISATION_KIND, OrganisationScope.OfKind::kind);
        ORGANISATION_SCOPE = SealedCodec.builder(OrganisationScope.class, "круг организаций", "an organisation scope")
                .variant("host", OrganisationScope.Host.class, ObjectCodec.<OrganisationScope.Host>builder("OrganisationScope.Host",
                        "базовая организация", "the host organisation").build(v -> new OrganisationScope.Host()))
                .variant("of-kind", OrganisationScope.OfKind.class, ofKind.build(v -> new OrganisationScope.OfKind(v.get(okKind))))
                .variant("any", OrganisationScope.Any.class, ObjectCodec.<OrganisationScope.Any>builder("OrganisationScope.Any",
                        "любая организация", "any organisation").build(v -> new OrganisationScope.Any()))
                .build();

        var act = ObjectCodec.<ActRequirement>builder("ActRequirement", "требуемый акт", "an act requirement");
        var arKinds = act.set("kinds", Codecs.set(Codes.ACT_KIND, Codes.ACT_KIND.byCode()), ActRequirement::kinds);
        var arBody = act.required("body", Codes.BODY_KIND, ActRequirement::body);
        var arOrganisation = act.required("organisation", ORGANISATION_SCOPE, ActRequirement::organisation);
        ACT_REQUIREMENT = act.build(v -> new ActRequirement(v.get(arKinds), v.get(arBody), v.get(arOrganisation)));

        var deadline = ObjectCodec.<Deadline>builder("Deadline", "срок", "a deadline");
        var dlDay = deadline.required("lastDay", Codecs.MONTH_DAY, Deadline::lastDay);
        var dlOffset = deadline.defaulted("schoolYearOffset", Codecs.integer(0, 1), Deadline::schoolYearOffset, 0);
        DEADLINE = deadline.build(v -> new Deadline(v.get(dlDay), v.get(dlOffset)));

        var eligibility = ObjectCodec.<Eligibility>builder("Eligibility", "условие допуска", "an eligibility");
        var elPositions = eligibility.set("positions", Codecs.set(Codes.POSITION, Codes.POSITION.byCode()), Eligibility::positions);
        var elRoles = eligibility.set("administrativeRoles", Codecs.set(Codes.ADMINISTRATIVE_ROLE, Codes.ADMINISTRATIVE_ROLE.byCode()),
                Eligibility::administrativeRoles);
        var elCategories = eligibility.set("categories", Codecs.set(Codes.QUALIFICATION_CATEGORY, Codes.QUALIFICATION_CATEGORY.byCode()),
                Eligibility::categories);
        var elYears = eligibility.defaulted("minYearsInSpecialty", Codecs.integer(0, 60), Eligibility::minYearsInSpecialty, 0);
        var elEmployer = eligibility.defaulted("employer", ORGANISATION_SCOPE, Eligibility::employer, OrganisationScope.any());
        var elMember = eligibility.defaulted("member", Codecs.BOOLEAN, Eligibility::member, false);
        ELIGIBILITY = eligibility.build(v -> new Eligibility(v.get(elPositions), v.get(elRoles), v.get(elCategories), v.get(elYears),
                v.get(elEmployer), v.get(elMember)));

        REQUIREMENT = requirement();

        var rule = ObjectCodec.<Rule>builder("Rule", "правило", "a rule");
        var ruId = rule.required("id", RULE_ID, Rule::id);
        var ruClauses = rule.list("clauses", CLAUSE_ID, Rule::clauses);
        var ruSeverity = rule.required("severity", Codes.SEVERITY, Rule::severity);
        var ruRequirement = rule.required("requirement", REQUIREMENT, Rule::requirement);
        RULE = rule.build(v -> new Rule(v.get(ruId), v.get(ruClauses), v.get(ruSeverity), v.get(ruRequirement)));

        var edition = ObjectCodec.<Edition>builder("Edition", "редакция", "an edition");
        var edId = edition.required("id", CODE, Edition::id);
        var edFrom = edition.required("effectiveFrom", Codecs.DATE, Edition::effectiveFrom);
        var edTo = edition.optional("effectiveTo", Codecs.DATE, Edition::effectiveTo);
        var edAdoption = edition.required("adoption", TEXT, Edition::adoption);
        var edClauses = edition.list("clauses", CLAUSE, Edition::clauses);
        var edRules = edition.list("rules", RULE, Edition::rules);
        EDITION = edition.build(v -> new Edition(v.get(edId), v.get(edFrom), v.get(edTo), v.get(edAdoption), v.get(edClauses), v.get(edRules)));

        var profile = ObjectCodec.<Profile>builder("Profile", "профиль", "a profile").ignoring("$schema");
        var prId = profile.required("id", PROFILE_ID, Profile::id);
        var prTitle = profile.required("title", TEXT, Profile::title);
        var prCited = profile.required("citedAs", TEXT, Profile::citedAs);
        var prBody = profile.required("issuingBody", TEXT, Profile::issuingBody);
        var prSettings = profile.defaulted("settings", SETTINGS, Profile::settings, Map.of());
        var prEditions = profile.list("editions", EDITION, Profile::editions);
        PROFILE = profile.build(v -> new Profile(v.get(prId), v.get(prTitle), v.get(prCited), v.get(prBody), v.get(prSettings), v.get(prEditions)));

        var parameter = ObjectCodec.<ProfileParameter>builder("ProfileParameter", "параметр профиля", "a profile parameter");
        var ppName = parameter.required("name", CODE, ProfileParameter::name);
        var ppDescription = parameter.required("description", LOCALIZED_TEXT, ProfileParameter::description);
        var ppAllowed = parameter.list("allowed", TEXT, ProfileParameter::allowed);
        var ppDefault = parameter.required("defaultValue", TEXT, ProfileParameter::defaultValue);
        PROFILE_PARAMETER = parameter.build(v -> new ProfileParameter(v.get(ppName), v.get(ppDescription), v.get(ppAllowed), v.get(ppDefault)));

        var settings = ObjectCodec.<ProfileSettings>builder("ProfileSettings", "значения параметров", "profile settings");
        var psValues = settings.defaulted("values", SETTINGS, ProfileSettings::values, Map.of());
        PROFILE_SETTINGS = settings.build(v -> new ProfileSettings(v.get(psValues)));
    }

    private static SealedCodec<Requirement> requirement() {
        var forms = Codecs.set(Codes.EVENT_FORM, Codes.EVENT_FORM.byCode());

        var mf = ObjectCodec.<MeetingFrequency>builder("MeetingFrequency", "частота заседаний", "a meeting frequency");
        var mfMinimum = mf.required("minimum", Codecs.integer(1, 1000), MeetingFrequency::minimum);
        var mfPer = mf.required("per", Codes.PERIOD_KIND, MeetingFrequency::per);
        var mfMonths = mf.set("countedMonths", Codecs.set(Codes.MONTH, Comparator.naturalOrder()), MeetingFrequency::countedMonths);
        var mfForms = mf.set("countedForms", forms, MeetingFrequency::countedForms);

        var re = ObjectCodec.<RoleEligibility>builder("RoleEligibility", "требования к роли", "a role eligibility");
        var reRole = re.required("role", Codes.COMMUNITY_ROLE, RoleEligibility::role);
        var reRequired = re.required("required", Codecs.BOOLEAN, RoleEligibility::required);
        var reAnyOf = re.list("anyOf", ELIGIBILITY, RoleEligibility::anyOf);

        var aba = ObjectCodec.<AppointmentByAct>builder("AppointmentByAct", "назначение актом", "an appointment by act");
        var abaRole = aba.required("role", Codes.COMMUNITY_ROLE, AppointmentByAct::role);
        var abaAct = aba.required("act", ACT_REQUIREMENT, AppointmentByAct::act);

        var cba = ObjectCodec.<CreationByAct>builder("CreationByAct", "создание актом", "a creation by act");
        var cbaAct = cba.required("act", ACT_REQUIREMENT, CreationByAct::act);

        var pa = ObjectCodec.<PlanApproval>builder("PlanApproval", "утверждение плана", "a plan approval");
        var paBy = pa.optional("approvedBy", ACT_REQUIREMENT, PlanApproval::approvedBy);
        var paDeadline = pa.optional("deadline", DEADLINE, PlanApproval::deadline);
        var paReviewed = pa.defaulted("reviewedAtMeeting", Codecs.BOOLEAN, PlanApproval::reviewedAtMeeting, false);
        var paPublished = pa.set("publishedOn", Codecs.set(Codes.PUBLICATION_CHANNEL, Codes.PUBLICATION_CHANNEL.byCode()),
                PlanApproval::publishedOn);
        var paLeader = pa.defaulted("draftedByLeader", Codecs.BOOLEAN, PlanApproval::draftedByLeader, false);
        var paItems = pa.defaulted("itemsComplete", Codecs.BOOLEAN, PlanApproval::itemsComplete, false);

        var sd = ObjectCodec.<SubmissionDeadline>builder("SubmissionDeadline", "срок предоставления", "a submission deadline");
        var sdDocument = sd.required("document", Codes.DOCUMENT_KIND, SubmissionDeadline::document);
        var sdOffset = sd.defaulted("concernsOffset", Codecs.integer(0, 1), SubmissionDeadline::concernsOffset, 0);
        var sdRecipient = sd.required("recipient", ORGANISATION_SCOPE, SubmissionDeadline::recipient);
        var sdDeadline = sd.required("deadline", DEADLINE, SubmissionDeadline::deadline);

        var pc = ObjectCodec.<ProtocolContent>builder("ProtocolContent", "содержание протокола", "a protocol content");
        var pcForms = pc.set("forms", forms, ProtocolContent::forms);
        var pcOutcome = pc.required("outcome", Codes.ITEM_OUTCOME, ProtocolContent::outcome);
        var pcSignatories = pc.set("signatories", Codecs.set(Codes.COMMUNITY_ROLE, Codes.COMMUNITY_ROLE.byCode()), ProtocolContent::signatories);

        var md = ObjectCodec.<MeetingDocuments>builder("MeetingDocuments", "документы заседаний", "meeting documents");
        var mdForms = md.set("forms", forms, MeetingDocuments::forms);
        var mdParts = md.set("parts", Codecs.set(Codes.MEETING_PART, Codes.MEETING_PART.byCode()), MeetingDocuments::parts);

        var rd = ObjectCodec.<RequiredDocument>builder("RequiredDocument", "обязательный документ", "a required document");
        var rdKind = rd.required("kind", Codes.DOCUMENT_KIND, RequiredDocument::kind);
        var rdScope = rd.required("scope", Codes.DOCUMENT_SCOPE, RequiredDocument::scope);
        var rdDue = rd.required("due", DEADLINE, RequiredDocument::due);
        var rdForm = rd.optional("form", Codes.DOCUMENT_FORM, RequiredDocument::form);
        var rdKept = rd.optional("keptAt", ORGANISATION_SCOPE, RequiredDocument::keptAt);

        var mb = ObjectCodec.<MembershipBasisRequired>builder("MembershipBasisRequired", "основание членства", "a membership basis rule");
        var mbAllowed = mb.set("allowed", Codecs.set(Codes.MEMBERSHIP_BASIS, Codes.MEMBERSHIP_BASIS.byCode()), MembershipBasisRequired::allowed);

        var aco = ObjectCodec.<AnnualCompositionOrder>builder("AnnualCompositionOrder", "ежегодный приказ о составе", "an annual composition order");
        var acoAct = aco.required("act", ACT_REQUIREMENT, AnnualCompositionOrder::act);
        var acoDue = aco.required("due", DEADLINE, AnnualCompositionOrder::due);

        var st = ObjectCodec.<StatusTerm>builder("StatusTerm", "срок статуса", "a status term");
        var stMin = st.required("minimumTerm", Codecs.PERIOD, StatusTerm::minimumTerm);
        var stMax = st.required("maximumTerm", Codecs.PERIOD, StatusTerm::maximumTerm);
        var stExt = st.required("maximumExtension", Codecs.PERIOD, StatusTerm::maximumExtension);
        var stGranted = st.required("grantedBy", ACT_REQUIREMENT, StatusTerm::grantedBy);
        var stConfirmed = st.optional("confirmedBy", ACT_REQUIREMENT, StatusTerm::confirmedBy);
        var stExtended = st.optional("extendedBy", ACT_REQUIREMENT, StatusTerm::extendedBy);
        var stRequired = st.required("required", Codecs.BOOLEAN, StatusTerm::required);

        var tr = ObjectCodec.<TerminationReasons>builder("TerminationReasons", "основания прекращения", "termination reasons");
        var trAllowed = tr.set("allowed", Codecs.set(Codes.TERMINATION_REASON, Codes.TERMINATION_REASON.byCode()), TerminationReasons::allowed);
        var trAct = tr.optional("act", ACT_REQUIREMENT, TerminationReasons::act);

        var ar = ObjectCodec.<AnnualReportRequired>builder("AnnualReportRequired", "годовой отчёт", "an annual report rule");
        var arDue = ar.required("due", DEADLINE, AnnualReportRequired::due);
        var arIndicators = ar.set("indicators", Codecs.set(CODE, Comparator.naturalOrder()), AnnualReportRequired::indicators);
        var arForm = ar.optional("form", Codes.DOCUMENT_FORM, AnnualReportRequired::form);

        var ho = ObjectCodec.<HostOrganisation>builder("HostOrganisation", "организация-база", "a host organisation rule");
        var hoKinds = ho.set("kinds", Codecs.set(Codes.ORGANISATION_KIND, Codes.ORGANISATION_KIND.byCode()), HostOrganisation::kinds);
        var hoLevels = ho.set("anyOfLevels", Codecs.set(Codes.EDUCATION_LEVEL, Codes.EDUCATION_LEVEL.byCode()),
                HostOrganisation::anyOfLevels);

        return SealedCodec.builder(Requirement.class, "требование", "a requirement")
                .variant("meeting-frequency", MeetingFrequency.class,
                        mf.build(v -> new MeetingFrequency(v.get(mfMinimum), v.get(mfPer), v.get(mfMonths), v.get(mfForms))))
                .variant("role-eligibility", RoleEligibility.class,
                        re.build(v -> new RoleEligibility(v.get(reRole), v.get(reRequired), v.get(reAnyOf))))
                .variant("appointment-by-act", AppointmentByAct.class,
                        aba.build(v -> new AppointmentByAct(v.get(abaRole), v.get(abaAct))))
                .variant("creation-by-act", CreationByAct.class, cba.build(v -> new CreationByAct(v.get(cbaAct))))
                .variant("plan-approval", PlanApproval.class,
                        pa.build(v -> new PlanApproval(v.get(paBy), v.get(paDeadline), v.get(paReviewed), v.get(paPublished), v.get(paLeader),
                                v.get(paItems))))
                .variant("submission-deadline", SubmissionDeadline.class,
                        sd.build(v -> new SubmissionDeadline(v.get(sdDocument), v.get(sdOffset), v.get(sdRecipient), v.get(sdDeadline))))
                .variant("protocol-content", ProtocolContent.class,
                        pc.build(v -> new ProtocolContent(v.get(pcForms), v.get(pcOutcome), v.get(pcSignatories))))
                .variant("meeting-documents", MeetingDocuments.class, md.build(v -> new MeetingDocuments(v.get(mdForms), v.get(mdParts))))
                .variant("required-document", RequiredDocument.class,
                        rd.build(v -> new RequiredDocument(v.get(rdKind), v.get(rdScope), v.get(rdDue), v.get(rdForm), v.get(rdKept))))
                .variant("membership-basis", MembershipBasisRequired.class, mb.build(v -> new MembershipBasisRequired(v.get(mbAllowed))))
                .variant("annual-composition-order", AnnualCompositionOrder.class,
                        aco.build(v -> new AnnualCompositionOrder(v.get(acoAct), v.get(acoDue))))
                .variant("status-term", StatusTerm.class,
                        st.build(v -> new StatusTerm(v.get(stMin), v.get(stMax), v.get(stExt), v.get(stGranted), v.get(stConfirmed),
                                v.get(stExtended), v.get(stRequired))))
                .variant("termination-reasons", TerminationReasons.class,
                        tr.build(v -> new TerminationReasons(v.get(trAllowed), v.get(trAct))))
                .variant("annual-report", AnnualReportRequired.class,
                        ar.build(v -> new AnnualReportRequired(v.get(arDue), v.get(arIndicators), v.get(arForm))))
                .variant("host-organisation", HostOrganisation.class, ho.build(v -> new HostOrganisation(v.get(hoKinds), v.get(hoLevels))))
                .build();
    }
}
