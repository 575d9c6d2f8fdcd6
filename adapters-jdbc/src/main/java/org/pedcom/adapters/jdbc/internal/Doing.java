package org.pedcom.adapters.jdbc.internal;

import org.pedcom.community.CommunityId;

/**
 * What the adapter was doing when something failed, for the message: Russian and English, naming communities only.
 *
 * @param russian   for example «сохранение сообщества 'c-1'»
 * @param english   for example «saving community 'c-1'»
 * @param writes    whether it changes the database
 * @param community the community written, if exactly one
 */
record Doing(String russian, String english, boolean writes, CommunityId community) {

    static Doing adding(CommunityId id) {
        return new Doing("добавление сообщества '" + id + "'", "adding community '" + id + "'", true, id);
    }

    static Doing updating(CommunityId id) {
        return new Doing("сохранение сообщества '" + id + "'", "saving community '" + id + "'", true, id);
    }

    static Doing removing(CommunityId id) {
        return new Doing("удаление сообщества '" + id + "'", "removing community '" + id + "'", true, id);
    }

    static Doing reading(CommunityId id) {
        return new Doing("чтение сообщества '" + id + "'", "reading community '" + id + "'", false, null);
    }

    static Doing importing() {
        return new Doing("импорт сообществ", "importing communities", true, null);
    }

    static Doing sweepingAll() {
        return new Doing("чтение всех сообществ", "reading every community", false, null);
    }

    static Doing sweeping(String russianArea, String englishArea) {
        return new Doing("чтение сообществ " + russianArea, "reading the communities of " + englishArea, false, null);
    }
}
