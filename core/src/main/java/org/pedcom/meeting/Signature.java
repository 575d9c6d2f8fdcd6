package org.pedcom.meeting;

import org.pedcom.internal.Require;
import org.pedcom.membership.CommunityRole;
import org.pedcom.people.WorkerId;

/**
 * A signature on a protocol, given in a role («подписывается руководителем и секретарём»).
 *
 * @param signer who signed
 * @param role   in which role
 */
public record Signature(WorkerId signer, CommunityRole role) {

    public Signature {
        Require.nonNull(signer, "Signature.signer");
        Require.nonNull(role, "Signature.role");
    }
}
