package org.pedcom.adapters.jdbc.internal;

import java.util.List;

import org.pedcom.act.ActKind;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.MembershipBasis;
import org.pedcom.organisation.BodyKind;
import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.people.AdministrativeRole;
import org.pedcom.people.ConsentPurpose;
import org.pedcom.people.ContactKind;
import org.pedcom.people.QualificationCategory;
import org.pedcom.plan.PlanKind;
import org.pedcom.plan.PublicationChannel;

/**
 * The stored codes of every enumeration in a community record. The schema's CHECK constraints list the same codes;
 * a new code needs a migration that widens them.
 */
public final class Codes {

    public static final EnumCodes<ActKind> ACT_KIND = new EnumCodes<>(ActKind.class, k -> switch (k) {
        case ORDER -> "order";
        case DECISION -> "decision";
        case PROTOCOL -> "protocol";
    });

    public static final EnumCodes<BodyKind> BODY_KIND = new EnumCodes<>(BodyKind.class, k -> switch (k) {
        case HEAD -> "head";
        case METHODICAL_COUNCIL -> "methodical-council";
        case PEDAGOGICAL_COUNCIL -> "pedagogical-council";
    });

    public static final EnumCodes<OrganisationKind> ORGANISATION_KIND = new EnumCodes<>(OrganisationKind.class,
            k -> switch (k) {
                case EDUCATIONAL -> "educational";
                case METHODICAL_CENTRE -> "methodical-centre";
                case EDUCATION_AUTHORITY -> "education-authority";
                case SUPPORT_CENTRE -> "support-centre";
            });

    public static final EnumCodes<EducationLevel> EDUCATION_LEVEL = new EnumCodes<>(EducationLevel.class,
            l -> switch (l) {
                case PRESCHOOL -> "preschool";
                case PRIMARY_GENERAL -> "primary-general";
                case BASIC_GENERAL -> "basic-general";
                case SECONDARY_GENERAL -> "secondary-general";
                case ADDITIONAL -> "additional";
            });

    public static final EnumCodes<AdministrativeRole> ADMINISTRATIVE_ROLE = new EnumCodes<>(AdministrativeRole.class,
            r -> switch (r) {
                case HEAD_OF_ORGANISATION -> "head-of-organisation";
                case DEPUTY_HEAD -> "deputy-head";
                case HEAD_OF_METHODICAL_ASSOCIATION -> "head-of-methodical-association";
            });

    public static final EnumCodes<QualificationCategory> QUALIFICATION_CATEGORY = new EnumCodes<>(
            QualificationCategory.class, c -> switch (c) {
                case FIRST -> "first";
                case HIGHEST -> "highest";
                case METHODIST -> "methodist";
                case MENTOR -> "mentor";
            });

    public static final EnumCodes<ContactKind> CONTACT_KIND = new EnumCodes<>(ContactKind.class, k -> switch (k) {
        case EMAIL -> "email";
        case PHONE -> "phone";
        case POSTAL_ADDRESS -> "postal-address";
        case OTHER -> "other";
    });

    public static final EnumCodes<ConsentPurpose> CONSENT_PURPOSE = new EnumCodes<>(ConsentPurpose.class,
            p -> switch (p) {
                case PROCESSING -> "processing";
                case PUBLICATION -> "publication";
            });

    public static final EnumCodes<MembershipBasis> MEMBERSHIP_BASIS = new EnumCodes<>(MembershipBasis.class,
            b -> switch (b) {
                case APPLICATION -> "application";
                case ORDER -> "order";
                case BY_POSITION -> "by-position";
            });

    public static final EnumCodes<CommunityRole> COMMUNITY_ROLE = new EnumCodes<>(CommunityRole.class,
            r -> switch (r) {
                case LEADER -> "leader";
                case CO_LEADER -> "co-leader";
                case SECRETARY -> "secretary";
                case SUPERVISOR -> "supervisor";
                case MEMBER -> "member";
            });

    public static final EnumCodes<PlanKind> PLAN_KIND = new EnumCodes<>(PlanKind.class, k -> switch (k) {
        case WORK -> "work";
        case PRELIMINARY -> "preliminary";
    });

    public static final EnumCodes<PublicationChannel> PUBLICATION_CHANNEL = new EnumCodes<>(PublicationChannel.class,
            c -> switch (c) {
                case WEBSITE -> "website";
                case AUTHORITY_ANNUAL_PLAN -> "authority-annual-plan";
                case OTHER -> "other";
            });

    public static final EnumCodes<DocumentForm> DOCUMENT_FORM = new EnumCodes<>(DocumentForm.class, f -> switch (f) {
        case ELECTRONIC -> "electronic";
        case PAPER -> "paper";
    });

    /** Every enumeration above, for tests that check each constant has a code the schema accepts. */
    public static final List<EnumCodes<?>> ALL = List.of(ACT_KIND, BODY_KIND, ORGANISATION_KIND, EDUCATION_LEVEL,
            ADMINISTRATIVE_ROLE, QUALIFICATION_CATEGORY, CONTACT_KIND, CONSENT_PURPOSE, MEMBERSHIP_BASIS,
            COMMUNITY_ROLE, PLAN_KIND, PUBLICATION_CHANNEL, DOCUMENT_FORM);

    /** Discriminator of the closed {@code PlanStep}. */
    static final String DRAFTED = "drafted";
    static final String REVIEWED = "reviewed";
    static final String APPROVED = "approved";

    /** Kinds of {@code pedcom_personal_entry}. */
    static final String AWARD = "award";
    static final String TITLE = "title";
    static final String PUBLICATION = "publication";
    static final String CONTEST = "contest";

    /** Kinds of {@code pedcom_agenda_outcome}. */
    static final String DECISION = "decision";
    static final String RECOMMENDATION = "recommendation";

    private Codes() {
    }
}
