package org.pedcom.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.pedcom.regulation.LocalizedText;

/**
 * What is wrong with one yearly item, described only if the description is shown: an item not yet due is owed, and
 * what is still missing from it is never printed — most of a community's next year is "missing" on any given day.
 */
final class Problems {

    private final List<Supplier<LocalizedText>> found = new ArrayList<>(2);

    void add(Supplier<LocalizedText> problem) {
        found.add(problem);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem, joined as one text. */
    LocalizedText described() {
        List<LocalizedText> texts = new ArrayList<>(found.size());
        for (Supplier<LocalizedText> problem : found) {
            texts.add(problem.get());
        }
        return Judgement.joined(texts);
    }
}
