package org.pedcom.benchmarks.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * What a developer would write instead of the adapter: plain mutable classes with public fields mirroring the JSON
 * of a community record (the adapter's {@code community-record.schema.json}), bound by a plain {@link
 * com.fasterxml.jackson.databind.ObjectMapper} ({@link PlainJson}). No validation, no reference checks, no
 * immutable copies: this is the cost of JSON databind alone.
 *
 * <p>Dates are {@link LocalDate} (parsed and formatted, as the adapter does); codes of closed enumerations, school
 * years and ISO periods stay {@code String}s; an open vocabulary (a known code as a string, or {@code {"code",
 * "title"}}) is a {@link Vocab}; the sealed plan steps are bound by {@code "type"} with explicit names.
 */
public final class PlainRecord {

    public Community community;
    public List<Quarter> terms;
    public List<Organisation> organisations;
    public List<Worker> workers;
    public List<Membership> memberships;
    public List<Appointment> appointments;
    public List<CompositionOrder> compositionOrders;
    public List<Plan> plans;
    public List<Meeting> meetings;
    public List<Document> documents;
    public List<Report> reports;
    public List<Submission> submissions;
    public List<StatusGrant> statusGrants;
    /** Accepted and ignored by the adapter; kept here so that such documents bind too. */
    @JsonProperty("$schema")
    public String schema;

    /** An open vocabulary: {@code "seminar"} or {@code {"code": "round-table", "title": "круглый стол"}}. */
    @JsonSerialize(using = VocabSerializer.class)
    public static final class Vocab {
        public String code;
        public String title;

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Vocab of(String code) {
            Vocab v = new Vocab();
            v.code = code;
            return v;
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public static Vocab of(@JsonProperty(value = "code", required = true) String code,
                               @JsonProperty(value = "title", required = true) String title) {
            Vocab v = new Vocab();
            v.code = code;
            v.title = title;
            return v;
        }
    }

    /** Writes a {@link Vocab} back the way it came: a code alone, or the object. */
    public static final class VocabSerializer extends StdSerializer<Vocab> {
        public VocabSerializer() {
            super(Vocab.class);
        }

        @Override
        public void serialize(Vocab v, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (v.title == null) {
                g.writeString(v.code);
            } else {
                g.writeStartObject();
                g.writeStringField("code", v.code);
                g.writeStringField("title", v.title);
                g.writeEndObject();
            }
        }
    }

    public static final class Body {
        public String kind;
        public String organisation;
    }

    public static final class Act {
        public String kind;
        public String number;
        public LocalDate date;
        public Body issuer;
        public String title;
    }

    public static final class DateRange {
        public LocalDate start;
        public LocalDate end;
    }

    public static final class Quarter {
        public String schoolYear;
        public int number;
        public DateRange range;
    }

    public static final class Termination {
        public LocalDate on;
        public Vocab reason;
        public Act act;
    }

    public static final class Community {
        public String id;
        public Vocab kind;
        public String name;
        public String host;
        public LocalDate createdOn;
        public Act creationAct;
        public Vocab form;
        public List<String> directions;
        public Termination termination;
    }

    public static final class Territory {
        public String region;
        public String municipality;
    }

    public static final class Organisation {
        public String id;
        public String name;
        public String kind;
        public List<String> levels;
        public Territory territory;
    }

    public static final class Contact {
        public String kind;
        public String value;
    }

    public static final class Consent {
        public String purpose;
        public LocalDate givenOn;
        public LocalDate withdrawnOn;
    }

    public static final class PersonalData {
        public String fullName;
        public LocalDate birthDate;
        public String education;
        public List<Contact> contacts;
        public List<String> awards;
        public List<String> titles;
        public List<String> publications;
        public List<String> contests;
        public List<Consent> consents;
    }

    public static final class CategoryGrant {
        public String category;
        public LocalDate grantedOn;
    }

    public static final class WorkSpan {
        public LocalDate from;
        public LocalDate until;
    }

    public static final class Worker {
        public String id;
        public Vocab position;
        public String employer;
        public List<String> roles;
        public List<CategoryGrant> qualifications;
        public List<WorkSpan> experience;
        public PersonalData personalData;
    }

    public static final class Membership {
        public String worker;
        public LocalDate joinedOn;
        public LocalDate leftOn;
        public String basis;
    }

    public static final class Appointment {
        public String worker;
        public String role;
        public LocalDate from;
        public LocalDate until;
        public Act act;
    }

    public static final class CompositionOrder {
        public String schoolYear;
        public Act act;
        public List<String> members;
        public List<String> directions;
    }

    public static final class PlanItem {
        public String task;
        public List<String> events;
        public String expectedResult;
        public String resultForm;
    }

    /** The sealed {@code PlanStep}: {@code "type"} with explicit names, no default typing. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Drafted.class, name = "drafted"),
            @JsonSubTypes.Type(value = Reviewed.class, name = "reviewed"),
            @JsonSubTypes.Type(value = Approved.class, name = "approved")})
    public abstract static class PlanStep {
    }

    public static final class Drafted extends PlanStep {
        public LocalDate on;
    }

    public static final class Reviewed extends PlanStep {
        public LocalDate on;
        public String meeting;
    }

    public static final class Approved extends PlanStep {
        public Act act;
    }

    public static final class Publication {
        public String channel;
        public String organisation;
        public LocalDate on;
    }

    public static final class Plan {
        public String schoolYear;
        public String kind;
        public String author;
        public List<PlanItem> items;
        public List<PlanStep> steps;
        public List<Publication> publications;
    }

    public static final class AgendaItem {
        public String question;
        public List<String> decisions;
        public List<String> recommendations;
    }

    public static final class Signature {
        public String signer;
        public String role;
    }

    public static final class Protocol {
        public String number;
        public LocalDate date;
        public List<Signature> signatures;
    }

    public static final class Registration {
        public List<String> attendees;
        public Integer guests;
    }

    public static final class Meeting {
        public String id;
        public LocalDate date;
        public Vocab form;
        public String topic;
        public List<AgendaItem> agenda;
        public Protocol protocol;
        public Registration registration;
        public String scenario;
    }

    public static final class Document {
        public Vocab kind;
        public String title;
        public LocalDate date;
        public String form;
        public String keptAt;
        public String schoolYear;
    }

    public static final class Report {
        public String schoolYear;
        public LocalDate compiledOn;
        public String form;
        public Map<String, BigDecimal> indicators;
        public String presentedAt;
    }

    public static final class Submission {
        public Vocab kind;
        public String schoolYear;
        public String to;
        public LocalDate on;
    }

    public static final class Extension {
        public Act decision;
        public String by;
    }

    public static final class StatusGrant {
        public String topic;
        public Act decision;
        public String term;
        public Act confirmation;
        public List<Extension> extensions;
    }
}
