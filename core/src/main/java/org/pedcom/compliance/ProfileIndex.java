package org.pedcom.compliance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        for (Edition edition : profile.editions()) {
            built.add(new EditionIndex(profile, edition));
        }
        editions = List.copyOf(built);
    }

    static ProfileIndex of(Profile profile) {
        return INDEXES.getUnchecked(profile);
    }

    EditionIndex edition(int index) {
        return editions.get(index);
    }

    /** One edition: rules and clauses by their position in the edition. */
    static final class EditionIndex {
        private final List<List<ClauseRef>> ruleClauses;
        private final List<String> ruleCitations;
        private final Map<ClauseId, Integer> positions;
        private final List<Map<ClauseStatus, ClauseSummary>> summaries;

        private EditionIndex(Profile profile, Edition edition) {
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
            List<Map<ClauseStatus, ClauseSummary>> lines = new ArrayList<>();
            for (Clause clause : edition.clauses()) {
                byId.put(clause.id(), byId.size());
                ClauseRef ref = new ClauseRef(clause.id(), clause.number());
                List<RuleId> rules = List.copyOf(rulesByClause.getOrDefault(clause.id(), List.of()));
                Map<ClauseStatus, ClauseSummary> byStatus = new EnumMap<>(ClauseStatus.class);
                for (ClauseStatus status : ClauseStatus.values()) {
                    byStatus.put(status, new ClauseSummary(ref, status, rules));
                }
                lines.add(byStatus);
            }
            ruleClauses = List.copyOf(clauses);
            ruleCitations = List.copyOf(citations);
            positions = Map.copyOf(byId);
            summaries = List.copyOf(lines);
        }

        List<ClauseRef> clauses(int rule) {
            return ruleClauses.get(rule);
        }

        String citation(int rule) {
            return ruleCitations.get(rule);
        }

        int clauseCount() {
            return summaries.size();
        }

        /** The clause's position in the edition, or -1 if the edition has no such clause. */
        int position(ClauseId clause) {
            Integer position = positions.get(clause);
            return position == null ? -1 : position;
        }

        /** The summary line of clause {@code clause} in {@code status}; a clause no rule cites is not checkable. */
        ClauseSummary summary(int clause, ClauseStatus status) {
            Map<ClauseStatus, ClauseSummary> byStatus = summaries.get(clause);
            return byStatus.get(byStatus.get(status).rules().isEmpty() ? ClauseStatus.NOT_CHECKABLE : status);
        }
    }
}
