package org.pedcom.membership;

/** On what ground a worker became a member. */
public enum MembershipBasis {
    /** «по заявлению»: voluntary, on the worker's own application (regulation 001, clause 9.1). */
    APPLICATION,
    /** «приказом»: included by an order. */
    ORDER,
    /** «по должности»: a member by virtue of position. */
    BY_POSITION
}
