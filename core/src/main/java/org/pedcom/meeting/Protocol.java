package org.pedcom.meeting;

import java.time.LocalDate;
import java.util.List;

import org.pedcom.internal.Require;
import org.pedcom.membership.CommunityRole;

/**
 * «Протокол заседания» with its number, date and signatures.
 *
 * @param number     the number as written
 * @param date       the date of the protocol
 * @param signatures who signed, in which role
 */
public record Protocol(String number, LocalDate date, List<Signature> signatures) {

    public Protocol {
        Require.nonBlank(number, "Protocol.number");
        Require.nonNull(date, "Protocol.date");
        signatures = Require.listOf(signatures, "Protocol.signatures");
    }

    public boolean isSignedAs(CommunityRole role) {
        return signatures.stream().anyMatch(s -> s.role() == role);
    }
}
