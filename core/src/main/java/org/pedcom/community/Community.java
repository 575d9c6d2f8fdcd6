package org.pedcom.community;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pedcom.act.Act;
import org.pedcom.calendar.DateRange;
import org.pedcom.internal.Require;
import org.pedcom.organisation.OrganisationId;

/**
 * «Профессиональное сообщество»: a methodological association, a school of advanced practice, a support site —
 * the thing a regulation governs.
 *
 * <p>Invariant: a termination, if any, is not before the creation date.
 *
 * @param id           the community's identifier
 * @param kind         МО, ППС, ПС, ШПО, ОСМП, …
 * @param name         the name as in the creating act
 * @param host         the organisation on whose base it works («на базе»)
 * @param createdOn    the first day of activity
 * @param creationAct  the act that created it, if the regulation requires one
 * @param form         «клуб», «творческая группа», … where the regulation names one
 * @param directions   «направления деятельности»
 * @param termination  how and when it ended, if it did
 */
public record Community(CommunityId id, CommunityKind kind, String name, OrganisationId host, LocalDate createdOn,
                        Optional<Act> creationAct, Optional<CommunityForm> form, List<String> directions,
                        Optional<Termination> termination) {

    public Community {
        Require.nonNull(id, "Community.id");
        Require.nonNull(kind, "Community.kind");
        Require.nonBlank(name, "Community.name");
        Require.nonNull(host, "Community.host");
        Require.nonNull(createdOn, "Community.createdOn");
        Require.optional(creationAct, "Community.creationAct");
        Require.optional(form, "Community.form");
        directions = Require.listOf(directions, "Community.directions");
        Require.optional(termination, "Community.termination");
        // tested before the message is built: a community is made on every record read
        if (termination.isPresent() && termination.get().on().isBefore(createdOn)) {
            LocalDate on = termination.get().on();
            Require.fail("Community.termination.on", "прекращение " + on + " раньше создания " + createdOn,
                    "termination " + on + " is before creation " + createdOn);
        }
    }

    /** The days the community existed, up to {@code asOf} when it still exists then. Empty before creation. */
    public Optional<DateRange> lifespanUpTo(LocalDate asOf) {
        Require.nonNull(asOf, "asOf");
        LocalDate last = termination.map(Termination::on).filter(t -> t.isBefore(asOf)).orElse(asOf);
        return last.isBefore(createdOn) ? Optional.empty() : Optional.of(new DateRange(createdOn, last));
    }

    public boolean existsOn(LocalDate date) {
        Require.nonNull(date, "date");
        // no lambda: judges ask this for every meeting and every yearly item
        return !date.isBefore(createdOn) && (termination.isEmpty() || !date.isAfter(termination.get().on()));
    }

    public Community withTermination(Termination termination) {
        return new Community(id, kind, name, host, createdOn, creationAct, form, directions,
                Optional.of(Require.nonNull(termination, "termination")));
    }
}
