package org.pedcom.architecture.broken.profiles.beta;

/** Fixture: a profile class. */
public class BetaProfile {
}
