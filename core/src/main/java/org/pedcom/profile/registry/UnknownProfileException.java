package org.pedcom.profile.registry;

import java.util.List;

import org.pedcom.profile.ProfileId;

/** No profile has the id asked for. The message lists the ids that exist. */
public final class UnknownProfileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient ProfileId id;

    public UnknownProfileException(ProfileId id, List<ProfileId> known) {
        super("Неизвестный профиль «" + id + "»; известны: " + known + " / unknown profile '" + id + "'; known: " + known);
        this.id = id;
    }

    public ProfileId id() {
        return id;
    }
}
