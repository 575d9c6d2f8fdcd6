package org.pedcom.adapters.validation;

import org.pedcom.record.CommunityRecord;

/**
 * What a portal type implements so that {@link CompliesWith} can judge it: the community record it stands for.
 * The portal keeps its own shape (a form, an entity, a DTO) and converts to pedcom's aggregate here.
 */
public interface CommunityRecordSource {

    /**
     * The community record this object describes; never {@code null}. A conversion that cannot build a consistent
     * record throws (the {@code CommunityRecord} constructor names every broken reference), which Bean Validation
     * reports as a {@code ValidationException}: an inconsistent record is a portal bug, not a finding.
     */
    CommunityRecord communityRecord();
}
