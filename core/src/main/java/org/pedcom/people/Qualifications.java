package org.pedcom.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.pedcom.internal.Require;

/**
 * The dated set of a worker's category grants. A category is a fact on a date, not a property of the person:
 * ask {@link #heldOn(LocalDate)}.
 *
 * <p>Invariant: every grant of a category that {@linkplain QualificationCategory#requiresHighest() requires} the
 * высшая category is backed by a высшая grant valid on its grant date.
 */
public record Qualifications(List<CategoryGrant> grants) {

    /** Declared before {@link #NONE}, which the constructor builds with it. */
    private static final Comparator<CategoryGrant> ORDER = Comparator.comparing(CategoryGrant::grantedOn)
            .thenComparing(CategoryGrant::category);

    private static final Qualifications NONE = new Qualifications(List.of());

    public Qualifications {
        grants = Require.sortedListOf(grants, ORDER, "Qualifications.grants");
        for (CategoryGrant g : grants) {
            if (g.category().requiresHighest()) {
                boolean backed = grants.stream().anyMatch(h -> h.category() == QualificationCategory.HIGHEST
                        && h.isValidOn(g.grantedOn()));
                if (!backed) {
                    Require.fail("Qualifications.grants",
                            "категория «" + g.category().russianName() + "» от " + g.grantedOn() + " требует действующей высшей категории",
                            "category " + g.category() + " granted " + g.grantedOn() + " requires a valid highest category on that date");
                }
            }
        }
    }

    public static Qualifications none() {
        return NONE;
    }

    public static Qualifications of(CategoryGrant... grants) {
        return new Qualifications(List.of(grants));
    }

    public Set<QualificationCategory> heldOn(LocalDate date) {
        Require.nonNull(date, "date");
        Set<QualificationCategory> held = EnumSet.noneOf(QualificationCategory.class);
        for (CategoryGrant g : grants) {
            if (g.isValidOn(date)) {
                held.add(g.category());
            }
        }
        return Set.copyOf(held);
    }

    public boolean holdsAnyOn(Set<QualificationCategory> categories, LocalDate date) {
        Require.nonNull(categories, "categories");
        Require.nonNull(date, "date");
        for (CategoryGrant g : grants) {
            if (categories.contains(g.category()) && g.isValidOn(date)) {
                return true;
            }
        }
        return false;
    }
}
