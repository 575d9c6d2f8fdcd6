package org.pedcom.rule;

/** A record every meeting of some form must leave behind. */
public enum MeetingPart {
    /** An agenda with at least one question. */
    AGENDA,
    /** «протокол». */
    PROTOCOL,
    /** «лист регистрации» with at least one attendee. */
    REGISTRATION_SHEET,
    /** «сценарий проведения открытого мероприятия». */
    SCENARIO
}
