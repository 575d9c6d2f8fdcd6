package org.pedcom.adapters.json.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a profile file must satisfy beyond its schema, checked on the parsed tree before any core object is built,
 * so that every problem is reported at once with its pointer: ids unique, rules citing clauses of their own edition
 * (and each only once), editions with real dates that do not start together or overlap, deadlines on real days
 * (not 29 February), status terms positive with the minimum not above the maximum. Written defensively: a tree the
 * schema refused is still checked as far as its shape allows.
 */
public final class ProfileChecks {

    private final Reading r;

    private ProfileChecks(Reading r) {
        this.r = r;
    }

    public static void check(JsonNode profile, Reading r) {
        if (profile != null && profile.isObject()) {
            new ProfileChecks(r).profile(profile);
        }
    }

    private void problem(String pointer, String ru, String en) {
        r.problemAt(pointer, null, ru, en);
    }

    private void profile(JsonNode profile) {
        JsonNode editions = profile.get("editions");
        if (editions == null || !editions.isArray()) {
            return;
        }
        Map<String, String> editionIds = new HashMap<>();
        record Dated(int index, LocalDate from, LocalDate to, String id) {
        }
        List<Dated> dated = new ArrayList<>();
        for (int i = 0; i < editions.size(); i++) {
            JsonNode e = editions.get(i);
            String at = "/editions/" + i;
            if (!e.isObject()) {
                continue;
            }
            String id = text(e, "id");
            if (id != null && editionIds.putIfAbsent(id, at) != null) {
                problem(at + "/id", "редакция «" + id + "» уже есть: " + editionIds.get(id), "edition '" + id + "' already exists: " + editionIds.get(id));
            }
            LocalDate from = date(e, "effectiveFrom", at);
            LocalDate to = date(e, "effectiveTo", at);
            if (from != null && to != null && to.isBefore(from)) {
                problem(at + "/effectiveTo", "окончание " + to + " раньше начала " + from, "end " + to + " is before start " + from);
            }
            if (from != null) {
                dated.add(new Dated(i, from, to, id));
            }
            edition(e, at);
        }
        dated.sort(Comparator.comparing(Dated::from));
        for (int k = 1; k < dated.size(); k++) {
            Dated previous = dated.get(k - 1);
            Dated next = dated.get(k);
            String at = "/editions/" + next.index() + "/effectiveFrom";
            if (previous.from().equals(next.from())) {
                problem(at, "две редакции вступают в силу " + next.from() + " (см. /editions/" + previous.index() + ")",
                        "two editions start on " + next.from() + " (see /editions/" + previous.index() + ")");
            } else if (previous.to() != null && !previous.to().isBefore(next.from())) {
                problem(at, "редакция пересекается с /editions/" + previous.index() + ", действующей по " + previous.to(),
                        "the edition overlaps /editions/" + previous.index() + ", in force until " + previous.to());
            }
        }
    }

    private void edition(JsonNode e, String at) {
        Set<String> clauseIds = new HashSet<>();
        JsonNode clauses = e.get("clauses");
        if (clauses != null && clauses.isArray()) {
            for (int j = 0; j < clauses.size(); j++) {
                String id = text(clauses.get(j), "id");
                if (id != null && !clauseIds.add(id)) {
                    problem(at + "/clauses/" + j + "/id", "пункт с id «" + id + "» повторяется в редакции",
                            "clause id '" + id + "' occurs twice in the edition");
                }
            }
        }
        JsonNode rules = e.get("rules");
        if (rules == null || !rules.isArray()) {
            return;
        }
        Set<String> ruleIds = new HashSet<>();
        for (int j = 0; j < rules.size(); j++) {
            JsonNode rule = rules.get(j);
            String ra = at + "/rules/" + j;
            if (!rule.isObject()) {
                continue;
            }
            String id = text(rule, "id");
            if (id != null && !ruleIds.add(id)) {
                problem(ra + "/id", "правило «" + id + "» повторяется в редакции", "rule id '" + id + "' occurs twice in the edition");
            }
            JsonNode cited = rule.get("clauses");
            if (cited != null && cited.isArray()) {
                Set<String> seen = new HashSet<>();
                for (int k = 0; k < cited.size(); k++) {
                    String c = cited.get(k).isTextual() ? cited.get(k).asText() : null;
                    if (c == null) {
                        continue;
                    }
                    if (!clauseIds.contains(c)) {
                        problem(ra + "/clauses/" + k, "пункт «" + c + "» не существует в этой редакции",
                                "clause '" + c + "' does not exist in this edition");
                    } else if (!seen.add(c)) {
                        problem(ra + "/clauses/" + k, "правило ссылается на пункт «" + c + "» дважды", "the rule cites clause '" + c + "' twice");
                    }
                }
            }
            JsonNode requirement = rule.get("requirement");
            if (requirement != null) {
                deadlines(requirement, ra + "/requirement");
                if ("status-term".equals(text(requirement, "type"))) {
                    statusTerm(requirement, ra + "/requirement");
                }
            }
        }
    }

    /** Every {@code lastDay} below {@code node} is a real day of every year. */
    private void deadlines(JsonNode node, String at) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String child = at + "/" + f.getKey();
                if (f.getKey().equals("lastDay") && f.getValue().isTextual()) {
                    String s = f.getValue().asText();
                    MonthDay d = Codecs.parseMonthDay(s);
                    if (s.matches("\\d\\d-\\d\\d") && d == null) {
                        problem(child, "дня «" + s + "» не бывает", "there is no day '" + s + "'");
                    } else if (MonthDay.of(2, 29).equals(d)) {
                        problem(child, "срок 29 февраля существует не каждый год", "29 February does not exist every year");
                    }
                } else {
                    deadlines(f.getValue(), child);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                deadlines(node.get(i), at + "/" + i);
            }
        }
    }

    private void statusTerm(JsonNode st, String at) {
        Period min = period(st, "minimumTerm");
        Period max = period(st, "maximumTerm");
        if (min != null && (min.isZero() || min.isNegative())) {
            problem(at + "/minimumTerm", "срок должен быть положительным", "the term must be positive");
        }
        if (min != null && max != null && months(min) > months(max)) {
            problem(at + "/maximumTerm", "наибольший срок " + max + " меньше наименьшего " + min,
                    "the maximum term " + max + " is shorter than the minimum " + min);
        }
    }

    private static double months(Period p) {
        return p.toTotalMonths() + p.getDays() / 31.0;
    }

    private LocalDate date(JsonNode o, String field, String at) {
        String s = text(o, field);
        if (s == null) {
            return null;
        }
        LocalDate d = Codecs.parseDate(s);
        if (d == null && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            problem(at + "/" + field, "даты «" + s + "» не бывает", "there is no date '" + s + "'");
        }
        return d;
    }

    private static Period period(JsonNode o, String field) {
        String s = text(o, field);
        if (s == null) {
            return null;
        }
        try {
            return Period.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o == null || !o.isObject() ? null : o.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
