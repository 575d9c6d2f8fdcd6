package org.pedcom.compliance;

import java.util.List;

import org.pedcom.internal.Require;
import org.pedcom.meeting.MeetingId;
import org.pedcom.people.WorkerId;

/**
 * What a finding rests on: the meetings, workers (by id only: names are personal data), acts and documents
 * looked at.
 *
 * @param meetings  meetings, by id
 * @param workers   workers, by id
 * @param acts      acts, as cited («приказ № 12 от 01.09.2024»)
 * @param documents documents, by title and date
 */
public record Evidence(List<MeetingId> meetings, List<WorkerId> workers, List<String> acts, List<String> documents) {

    private static final Evidence NONE = new Evidence(List.of(), List.of(), List.of(), List.of());

    public Evidence {
        meetings = Require.listOf(meetings, "Evidence.meetings");
        workers = Require.listOf(workers, "Evidence.workers");
        acts = Require.listOf(acts, "Evidence.acts");
        documents = Require.listOf(documents, "Evidence.documents");
    }

    public static Evidence none() {
        return NONE;
    }

    public static Evidence ofMeetings(List<MeetingId> meetings) {
        return new Evidence(meetings, List.of(), List.of(), List.of());
    }

    public static Evidence ofWorker(WorkerId worker) {
        return new Evidence(List.of(), List.of(worker), List.of(), List.of());
    }

    public static Evidence ofActs(List<String> acts) {
        return new Evidence(List.of(), List.of(), acts, List.of());
    }

    public static Evidence ofDocuments(List<String> documents) {
        return new Evidence(List.of(), List.of(), List.of(), documents);
    }

    public Evidence withActs(List<String> more) {
        return new Evidence(meetings, workers, concat(acts, more), documents);
    }

    public Evidence withWorkers(List<WorkerId> more) {
        return new Evidence(meetings, concat(workers, more), acts, documents);
    }

    public boolean isEmpty() {
        return meetings.isEmpty() && workers.isEmpty() && acts.isEmpty() && documents.isEmpty();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
