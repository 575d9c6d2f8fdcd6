package org.pedcom.rule;

import java.util.Optional;

import org.pedcom.documentation.DocumentForm;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.internal.Require;

/**
 * One kind of document of the required documentation set — «банк данных (в электронном виде)», «документация
 * находится в информационно-методическом центре».
 *
 * <p>{@link DocumentScope#PER_SCHOOL_YEAR}: for every school year the community works, a document of the kind
 * serving that year exists by {@code due}. {@link DocumentScope#STANDING}: one exists by {@code due} counted from
 * the community's first school year. Every such document must be in {@code form} and kept at {@code keptAt} when
 * those are given.
 *
 * @param kind   the kind of document
 * @param scope  per school year or standing
 * @param due    by when it must exist
 * @param form   the form demanded, if any
 * @param keptAt where it must be kept, if demanded
 */
public record RequiredDocument(DocumentKind kind, DocumentScope scope, Deadline due, Optional<DocumentForm> form,
                               Optional<OrganisationScope> keptAt) implements Requirement {

    public RequiredDocument {
        Require.nonNull(kind, "RequiredDocument.kind");
        Require.nonNull(scope, "RequiredDocument.scope");
        Require.nonNull(due, "RequiredDocument.due");
        Require.optional(form, "RequiredDocument.form");
        Require.optional(keptAt, "RequiredDocument.keptAt");
    }

    public static RequiredDocument perSchoolYear(DocumentKind kind, Deadline due) {
        return new RequiredDocument(kind, DocumentScope.PER_SCHOOL_YEAR, due, Optional.empty(), Optional.empty());
    }

    public static RequiredDocument standing(DocumentKind kind, Deadline due) {
        return new RequiredDocument(kind, DocumentScope.STANDING, due, Optional.empty(), Optional.empty());
    }

    public RequiredDocument inForm(DocumentForm value) {
        return new RequiredDocument(kind, scope, due, Optional.of(value), keptAt);
    }

    public RequiredDocument keptAt(OrganisationScope value) {
        return new RequiredDocument(kind, scope, due, form, Optional.of(value));
    }

    @Override
    public String kindCode() {
        return "required-document";
    }
}
