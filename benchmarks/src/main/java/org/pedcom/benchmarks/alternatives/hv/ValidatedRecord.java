package org.pedcom.benchmarks.alternatives.hv;

import org.pedcom.benchmarks.alternatives.PpsContext;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.AnnualListOrder;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.AnnualReportCompiled;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.CreatedByOrder;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.LeaderEligible;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.LeaderRequired;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.PlanApprovedByRimk;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.PlanDraftedByLeader;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.PreliminaryPlanSubmitted;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.ProtocolContent;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.ProtocolsSignedByLeader;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.ReportSubmitted;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.SessionProtocol;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.SessionsPerHalfYear;
import org.pedcom.benchmarks.alternatives.hv.PpsConstraints.TerminatedByOrder;

/**
 * A community record with its date of judgement, carrying the fourteen ППС rules as class-level constraints: what a
 * developer writes when the rules live in Bean Validation.
 */
@AnnualListOrder
@CreatedByOrder
@TerminatedByOrder
@LeaderRequired
@LeaderEligible
@PlanDraftedByLeader
@ProtocolsSignedByLeader
@SessionsPerHalfYear
@SessionProtocol
@ProtocolContent
@PlanApprovedByRimk
@AnnualReportCompiled
@ReportSubmitted
@PreliminaryPlanSubmitted
public final class ValidatedRecord {

    private final PpsContext context;

    public ValidatedRecord(PpsContext context) {
        this.context = context;
    }

    public PpsContext context() {
        return context;
    }
}
