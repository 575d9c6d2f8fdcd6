package org.pedcom.community;

import org.pedcom.internal.Require;

/**
 * Why a community ended (regulation 002, clause 3.8; regulation 003, clause 1.4). An open vocabulary: the common values are constants, a portal or profile adds its own with
 * {@link #of(String, String)}. Two values are equal when their codes are.
 *
 * @param code  stable lower-case code, used in JSON and SQL
 * @param title the Russian name
 */
public record TerminationReason(String code, String title) {

    /** «завершение сроков деятельности». */
    public static final TerminationReason TERM_EXPIRED = new TerminationReason("term-expired", "завершение сроков деятельности");
    /** «утрата актуальности темы, её перспективности». */
    public static final TerminationReason TOPIC_NO_LONGER_RELEVANT = new TerminationReason("topic-no-longer-relevant", "утрата актуальности темы");
    /** «изменение в кадровом составе, влияющее на работу». */
    public static final TerminationReason STAFF_CHANGES = new TerminationReason("staff-changes", "изменение в кадровом составе, влияющее на работу");
    /** «выявление нарушений законодательства». */
    public static final TerminationReason LAW_VIOLATION = new TerminationReason("law-violation", "выявление нарушений законодательства");
    /** «ликвидация» by the order of the founding body. */
    public static final TerminationReason LIQUIDATED = new TerminationReason("liquidated", "ликвидация приказом");
    /** «реорганизация». */
    public static final TerminationReason REORGANISED = new TerminationReason("reorganised", "реорганизация");

    public TerminationReason {
        Require.code(code, "TerminationReason.code");
        Require.nonBlank(title, "TerminationReason.title");
    }

    public static TerminationReason of(String code, String title) {
        return new TerminationReason(code, title);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TerminationReason other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
