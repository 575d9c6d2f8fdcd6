package org.pedcom.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.pedcom.internal.Require;
import org.pedcom.regulation.Clause;
import org.pedcom.regulation.ClauseId;

/**
 * A regulation («Положение») as pedcom judges it: who issued it, its editions, and in each edition its clauses and
 * the rules drawn from them. Plain data: written in Java with {@link #builder(String)} or loaded from JSON, the two
 * are equal.
 *
 * <p>Invariants: at least one edition; editions in date order and not overlapping; an edition without an end runs
 * until the next one starts.
 *
 * @param id          stable identifier, for example {@code rybnovsky-pps}
 * @param title       the regulation's Russian title
 * @param citedAs     how a citation names it, in the genitive: «Положения о ППС»
 * @param issuingBody the body that adopted it
 * @param settings    the parameter values the profile was built with (for audit), by name
 * @param editions    the editions, oldest first
 */
public record Profile(ProfileId id, String title, String citedAs, String issuingBody, Map<String, String> settings,
                      List<Edition> editions) {

    public Profile {
        Require.nonNull(id, "Profile.id");
        Require.nonBlank(title, "Profile.title");
        Require.nonBlank(citedAs, "Profile.citedAs");
        Require.nonBlank(issuingBody, "Profile.issuingBody");
        settings = Map.copyOf(new TreeMap<>(Require.mapOf(settings, "Profile.settings")));
        editions = Require.listOf(editions, "Profile.editions").stream()
                .sorted(Comparator.comparing(Edition::effectiveFrom)).toList();
        Require.that(!editions.isEmpty(), "Profile[" + id + "].editions", "нет ни одной редакции", "no edition");
        for (int i = 1; i < editions.size(); i++) {
            Edition previous = editions.get(i - 1);
            Edition next = editions.get(i);
            Require.that(previous.effectiveFrom().isBefore(next.effectiveFrom()), "Profile[" + id + "].editions",
                    "две редакции вступают в силу " + next.effectiveFrom(), "two editions start on " + next.effectiveFrom());
            Require.that(previous.effectiveTo().map(to -> to.isBefore(next.effectiveFrom())).orElse(true),
                    "Profile[" + id + "].editions", "редакции «" + previous.id() + "» и «" + next.id() + "» пересекаются",
                    "editions '" + previous.id() + "' and '" + next.id() + "' overlap");
            Require.that(!previous.id().equals(next.id()), "Profile[" + id + "].editions",
                    "id редакции «" + next.id() + "» повторяется", "edition id '" + next.id() + "' occurs twice");
        }
    }

    public static Builder builder(String id) {
        return new Builder(ProfileId.of(id));
    }

    /** The edition in force on {@code date}, if any. */
    public Optional<Edition> editionOn(LocalDate date) {
        Require.nonNull(date, "date");
        for (int i = editions.size() - 1; i >= 0; i--) {
            Edition e = editions.get(i);
            if (!date.isBefore(e.effectiveFrom())) {
                return lastDayOf(i).map(last -> !date.isAfter(last)).orElse(true) ? Optional.of(e) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The last day edition {@code index} is in force: its own end, or the day before the next one starts. */
    public Optional<LocalDate> lastDayOf(int index) {
        Edition e = editions.get(index);
        Optional<LocalDate> beforeNext = index + 1 < editions.size()
                ? Optional.of(editions.get(index + 1).effectiveFrom().minusDays(1)) : Optional.empty();
        if (e.effectiveTo().isPresent() && beforeNext.isPresent()) {
            return Optional.of(e.effectiveTo().get().isBefore(beforeNext.get()) ? e.effectiveTo().get() : beforeNext.get());
        }
        return e.effectiveTo().isPresent() ? e.effectiveTo() : beforeNext;
    }

    /** «п. 4.7 Положения о ППС, утв. приказом № 39/1 от 23.03.2020» for the clauses given, in the edition given. */
    public String citation(Edition edition, List<ClauseId> clauses) {
        List<String> numbers = clauses.stream()
                .map(c -> edition.clause(c).map(Clause::number).orElseThrow(
                        () -> new IllegalArgumentException("clause '" + c + "' is not in edition " + edition.id())))
                .toList();
        return (numbers.size() == 1 ? "п. " : "пп. ") + String.join(", ", numbers) + " " + citedAs + ", "
                + edition.adoption();
    }

    /**
     * Writes a profile the way the regulation reads: an edition, then its clauses in printed order, each followed by
     * the rules it demands.
     */
    public static final class Builder {
        private final ProfileId id;
        private String title;
        private String citedAs;
        private String issuingBody;
        private Map<String, String> settings = Map.of();
        private final List<Edition> editions = new ArrayList<>();
        private EditionBuilder current;

        private Builder(ProfileId id) {
            this.id = id;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder citedAs(String value) {
            citedAs = value;
            return this;
        }

        public Builder issuedBy(String value) {
            issuingBody = value;
            return this;
        }

        public Builder settings(Map<String, String> value) {
            settings = Require.mapOf(value, "settings");
            return this;
        }

        /** Starts an edition in force from {@code effectiveFrom} until the next edition (or without limit). */
        public EditionBuilder edition(String editionId, LocalDate effectiveFrom, String adoption) {
            closeEdition();
            current = new EditionBuilder(this, editionId, effectiveFrom, adoption);
            return current;
        }

        private void closeEdition() {
            if (current != null) {
                editions.add(current.toEdition());
                current = null;
            }
        }

        public Profile build() {
            closeEdition();
            return new Profile(id, title, citedAs, issuingBody, settings, editions);
        }
    }
}
