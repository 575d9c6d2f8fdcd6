package org.pedcom.people;

/** What a worker consented to under 152-ФЗ «О персональных данных». */
public enum ConsentPurpose {
    /** Consent to processing (ст. 9): keeping the data in the community's data bank. */
    PROCESSING,
    /** Consent to publication, separately required for data made available to the public (ст. 10.1). */
    PUBLICATION
}
