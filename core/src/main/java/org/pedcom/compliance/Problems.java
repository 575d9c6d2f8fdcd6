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

    /** Made on the first problem: most items have none. */
    private List<Supplier<LocalizedText>> found;

    void add(Supplier<LocalizedText> problem) {
        if (found == null) {
            found = new ArrayList<>(2);
        }
        found.add(problem);
    }

    boolean isEmpty() {
        return found == null;
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
