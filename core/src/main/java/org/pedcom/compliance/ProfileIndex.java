package org.pedcom.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.regulation.Clause;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.Rule;
import org.pedcom.rule.RuleId;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;

/**
 * What an evaluation reads from a profile but never changes: each rule's clause references and citation, and each
 * clause's summary line in every status. A profile is judged thousands of times (a region's sweep), and building
 * these per finding cost more than judging itself, so they are built once per profile.
 */
final class ProfileIndex {

    /** Weak keys compare by identity and let a profile no longer used be collected with its index. */
    private static final LoadingCache<Profile, ProfileIndex> INDEXES = CacheBuilder.newBuilder().weakKeys()
            .build(CacheLoader.from(ProfileIndex::new));

    private final List<EditionIndex> editions;

    private ProfileIndex(Profile profile) {
        List<EditionIndex> built = new ArrayList<>(profile.editions().size());
        for (int i = 0; i < profile.editions().size(); i++) {
            built.add(new EditionIndex(profile, i));
        }
        editions = List.copyOf(built);
        for (EditionIndex edition : editions) {
            edition.positionsIn = new int[editions.size()][][];
            for (int s = 0; s < editions.size(); s++) {
                edition.positionsIn[s] = edition.positionsOfRuleClausesIn(editions.get(s));
            }
        }
    }

    static ProfileIndex of(Profile profile) {
        return INDEXES.getUnchecked(profile);
    }

    EditionIndex edition(int index) {
        return editions.get(index);
    }

    /** One edition: rules and clauses by their position in the edition. */
    static final class EditionIndex {
        private final Edition edition;
        private final EditionRef ref;
        /** The edition's last day in force, {@code LocalDate.MAX} for an edition without end. */
        private final LocalDate lastDay;
        private final List<List<ClauseRef>> ruleClauses;
        private final List<String> ruleCitations;
        private final Map<ClauseId, Integer> positions;
        /** By clause position, then by status ordinal: the line, already not checkable for a clause no rule cites. */
        private final ClauseSummary[][] summaries;
        /**
         * By the index of the edition summarised, then by rule: the positions in that edition of the clauses the rule
         * cites (those it has). Set once by the profile's index, right after every edition is built.
         */
        private int[][][] positionsIn;
        /**
         * What a judge derives from its rule alone (texts, sorted roles), by rule position: made on first use and
         * kept with the profile. A race makes the same immutable value twice, which is harmless.
         */
        private final Object[] prepared;

        private EditionIndex(Profile profile, int editionIndex) {
            Edition edition = profile.editions().get(editionIndex);
            this.edition = edition;
            this.ref = EditionRef.of(edition);
            this.lastDay = profile.lastDayOf(editionIndex).orElse(LocalDate.MAX);
            this.prepared = new Object[edition.rules().size()];
            Map<ClauseId, String> numbers = new HashMap<>();
            for (Clause c : edition.clauses()) {
                numbers.put(c.id(), c.number());
            }
            List<List<ClauseRef>> clauses = new ArrayList<>();
            List<String> citations = new ArrayList<>();
            Map<ClauseId, List<RuleId>> rulesByClause = new HashMap<>();
            for (Rule rule : edition.rules()) {
                List<ClauseRef> refs = new ArrayList<>();
                for (ClauseId c : rule.clauses()) {
                    refs.add(new ClauseRef(c, numbers.get(c)));
                    rulesByClause.computeIfAbsent(c, k -> new ArrayList<>()).add(rule.id());
                }
                clauses.add(List.copyOf(refs));
                citations.add(profile.citation(edition, rule.clauses()));
            }
            Map<ClauseId, Integer> byId = new HashMap<>();
            ClauseStatus[] statuses = ClauseStatus.values();
            ClauseSummary[][] lines = new ClauseSummary[edition.clauses().size()][];
            for (Clause clause : edition.clauses()) {
                int position = byId.size();
                byId.put(clause.id(), position);
                ClauseRef ref = new ClauseRef(clause.id(), clause.number());
                List<RuleId> rules = List.copyOf(rulesByClause.getOrDefault(clause.id(), List.of()));
                ClauseSummary notCheckable = new ClauseSummary(ref, ClauseStatus.NOT_CHECKABLE, rules);
                lines[position] = new ClauseSummary[statuses.length];
                for (ClauseStatus status : statuses) {
                    lines[position][status.ordinal()] = rules.isEmpty() || status == ClauseStatus.NOT_CHECKABLE ? notCheckable
                            : new ClauseSummary(ref, status, rules);
                }
            }
            ruleClauses = List.copyOf(clauses);
            ruleCitations = List.copyOf(citations);
            positions = Map.copyOf(byId);
            summaries = lines;
        }

        private int[][] positionsOfRuleClausesIn(EditionIndex summarised) {
            int[][] byRule = new int[edition.rules().size()][];
            for (int r = 0; r < byRule.length; r++) {
                List<ClauseId> cited = edition.rules().get(r).clauses();
                int[] found = new int[cited.size()];
                int n = 0;
                for (ClauseId c : cited) {
                    int position = summarised.position(c);
                    if (position >= 0) {
                        found[n++] = position;
                    }
                }
                byRule[r] = Arrays.copyOf(found, n);
            }
            return byRule;
        }

        Edition edition() {
            return edition;
        }

        EditionRef ref() {
            return ref;
        }

        LocalDate lastDay() {
            return lastDay;
        }

        /** The positions, in the edition at {@code summarised} in the profile, of the clauses rule {@code rule} cites. */
        int[] positionsIn(int summarised, int rule) {
            return positionsIn[summarised][rule];
        }

        /**
         * What {@code make} derives from the requirement of rule {@code rule}, made once per profile; {@code make}
         * should capture nothing, so that asking allocates nothing.
         */
        @SuppressWarnings("unchecked")
        <R, T> T prepared(int rule, R requirement, Function<R, T> make) {
            Object value = prepared[rule];
            if (value == null) {
                value = make.apply(requirement);
                prepared[rule] = value;
            }
            return (T) value;
        }

        List<ClauseRef> clauses(int rule) {
            return ruleClauses.get(rule);
        }

        String citation(int rule) {
            return ruleCitations.get(rule);
        }

        int clauseCount() {
            return summaries.length;
        }

        /** The clause's position in the edition, or -1 if the edition has no such clause. */
        int position(ClauseId clause) {
            Integer position = positions.get(clause);
            return position == null ? -1 : position;
        }

        /** The summary line of clause {@code clause} in {@code status}; a clause no rule cites is not checkable. */
        ClauseSummary summary(int clause, ClauseStatus status) {
            return summaries[clause][status.ordinal()];
        }
    }
}
