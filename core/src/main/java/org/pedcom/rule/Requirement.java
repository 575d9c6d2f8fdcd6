package org.pedcom.rule;

/**
 * What a rule demands, as parameters: the closed, general vocabulary every profile is written in. Each kind is a
 * record of plain data (no code), so a profile written in Java can be saved as JSON and a profile written as JSON
 * behaves exactly the same.
 *
 * <p>Adding a kind is a change to pedcom's core, made in a general, parameterised form; a profile never gets a
 * special case of its own.
 */
public sealed interface Requirement permits MeetingFrequency, RoleEligibility, AppointmentByAct, CreationByAct,
        PlanApproval, SubmissionDeadline, ProtocolContent, MeetingDocuments, RequiredDocument,
        MembershipBasisRequired, AnnualCompositionOrder, StatusTerm, TerminationReasons, AnnualReportRequired,
        HostOrganisation {

    /** A stable lower-case name of the kind, used in JSON and in the clause tables. */
    String kindCode();
}
