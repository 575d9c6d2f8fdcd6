package org.pedcom.architecture.broken.profiles.alpha;

import org.pedcom.architecture.broken.profiles.beta.BetaProfile;

/** Fixture: a profile that wrongly uses another profile. */
public class UsesOtherProfile {
    BetaProfile other = new BetaProfile();
}
