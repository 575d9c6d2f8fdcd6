package org.pedcom.adapters.jdbc;

import java.util.Optional;
import java.util.stream.Stream;

import org.pedcom.community.CommunityId;
import org.pedcom.organisation.Territory;
import org.pedcom.record.CommunityRecord;

/**
 * «Дела сообществ»: the stored records of professional teacher communities, each kept whole — the community with
 * its organisations, workers, memberships, appointments, plans, meetings, documents, reports and status grants.
 *
 * <p>{@link JdbcCommunities} implements it over plain JDBC; a portal with its own storage may implement it itself.
 * Implementations keep these promises:
 * <ul>
 *   <li>a save writes the whole record or nothing;</li>
 *   <li>optimistic locking: of two writers that loaded the same version, one succeeds and the other gets a
 *       {@link CommunityConflictException} naming the community; nothing is overwritten silently;</li>
 *   <li>versions of one community identifier never repeat, not even after {@link #remove} and a new {@link #add}:
 *       a writer still holding the removed record gets a conflict rather than overwriting the new one;</li>
 *   <li>failures are {@link StorageException}s with the cause kept, and never quote personal data.</li>
 * </ul>
 */
public interface Communities {

    /** The stored record of a community with its version, or empty if there is none. */
    Optional<Versioned<CommunityRecord>> find(CommunityId id);

    /**
     * «Завести дело»: stores a new community at version 1 or, if a community with this identifier was stored and
     * removed before, at one above the last version it had, so that no writer of the removed record can take the new
     * one for it.
     *
     * @return the record at the version it was stored at
     * @throws CommunityConflictException if a community with the same identifier is already stored, or another
     *                                    writer added and removed it while this one was adding it
     */
    Versioned<CommunityRecord> add(CommunityRecord record);

    /**
     * Replaces the stored record with {@code changed}, whose version must be the one the writer loaded.
     *
     * @return the record at its new version, one more than before
     * @throws CommunityConflictException if the stored version differs or the community is no longer stored
     */
    Versioned<CommunityRecord> update(Versioned<CommunityRecord> changed);

    /**
     * Removes a community's record with every part of it. Its version is remembered: adding the identifier again
     * continues above it ({@link #add}).
     *
     * @throws CommunityConflictException if the stored version differs or the community is not stored
     */
    void remove(CommunityId id, long expectedVersion);

    /**
     * Bulk import of new communities, each at version 1 or, if removed before, one above its last version (as
     * {@link #add}): all of them or, on any failure, none.
     *
     * @return how many were imported
     * @throws CommunityConflictException naming the first community that is already stored or given twice, or that
     *                                    another writer added and removed during the import
     */
    long addAll(Iterable<CommunityRecord> records);

    /**
     * Every community whose host organisation lies in the municipality («муниципальный район / городской округ»),
     * in the order of their identifiers. The stream holds a database connection: close it, best with
     * try-with-resources. Memory use does not grow with the number of communities.
     */
    Stream<CommunityRecord> hostedIn(Territory municipality);

    /**
     * Every community whose host organisation lies in the region («субъект РФ»), in the order of their identifiers.
     * Close the stream, as for {@link #hostedIn(Territory)}.
     */
    Stream<CommunityRecord> hostedInRegion(String region);

    /**
     * Every stored community, in the order of their identifiers. Close the stream, as for
     * {@link #hostedIn(Territory)}; memory use does not grow with the number of communities.
     */
    Stream<CommunityRecord> everyCommunity();

    /** How many communities are stored. */
    long count();
}
