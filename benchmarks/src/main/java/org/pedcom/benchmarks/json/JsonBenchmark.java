package org.pedcom.benchmarks.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.pedcom.adapters.json.PedcomJson;
import org.pedcom.benchmarks.workload.RybnovskyWorkload;
import org.pedcom.record.CommunityRecord;

/**
 * Part 3 of the issue: reading and writing community records through the JSON adapter ({@link PedcomJson}) against
 * raw Jackson databind of equivalent plain classes ({@link PlainRecord}, {@link PlainJson}) on the same documents.
 *
 * <p>Two workloads: the {@value #RECORDS} generated community-years of {@code EngineBenchmark} (10–40 events each,
 * about 22 KB of JSON), written once with the adapter in {@code @Setup}; and one large community-year of {@value
 * #LARGE_MEETINGS} events (about 130 KB). Reading goes from UTF-8 bytes through an {@code InputStream}, writing to
 * a {@code ByteArrayOutputStream}, the same way on both sides. The score is the average time per record.
 * {@code JsonRoundTripTest} proves that the plain classes bind every field of these documents and write the same
 * JSON back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

    static final int RECORDS = 256;
    static final long SEED = 2025;
    static final int LARGE_MEETINGS = 300;
    static final long LARGE_SEED = 42;

    private final PedcomJson adapter = PedcomJson.standard();
    private final PlainJson plain = new PlainJson();

    private List<byte[]> documents;
    private List<CommunityRecord> records;
    private List<PlainRecord> plainRecords;
    private byte[] largeDocument;
    private CommunityRecord largeRecord;
    private PlainRecord largePlainRecord;

    /** The JSON documents of the generated records, written once with the adapter. */
    public static List<byte[]> documents(long seed, int count) {
        List<byte[]> out = new ArrayList<>(count);
        for (CommunityRecord r : RybnovskyWorkload.communityYears(seed, count)) {
            out.add(PedcomJson.standard().writeBytes(r));
        }
        return out;
    }

    /** The JSON document of one community-year with {@code meetings} events. */
    public static byte[] largeDocument(long seed, int meetings) {
        return PedcomJson.standard().writeBytes(RybnovskyWorkload.withMeetings(seed, meetings));
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        documents = documents(SEED, RECORDS);
        records = new ArrayList<>(RECORDS);
        plainRecords = new ArrayList<>(RECORDS);
        for (byte[] d : documents) {
            records.add(adapter.readRecord(new ByteArrayInputStream(d)));
            plainRecords.add(plain.read(d));
        }
        largeDocument = largeDocument(LARGE_SEED, LARGE_MEETINGS);
        largeRecord = adapter.readRecord(new ByteArrayInputStream(largeDocument));
        largePlainRecord = plain.read(largeDocument);
    }

    // --- 256 community-years

    /** The adapter: streaming codecs, every problem collected, core constructors and the record's reference checks. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void readAdapter(Blackhole bh) throws IOException {
        for (byte[] d : documents) {
            bh.consume(adapter.readRecord(new ByteArrayInputStream(d)));
        }
    }

    /** Raw Jackson databind of the plain classes. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void readPlain(Blackhole bh) {
        for (byte[] d : documents) {
            bh.consume(plain.read(d));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void writeAdapter(Blackhole bh) {
        for (CommunityRecord r : records) {
            bh.consume(adapter.writeBytes(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void writePlain(Blackhole bh) {
        for (PlainRecord r : plainRecords) {
            bh.consume(plain.write(r));
        }
    }

    // --- one large community-year

    @Benchmark
    public CommunityRecord readLargeAdapter() throws IOException {
        return adapter.readRecord(new ByteArrayInputStream(largeDocument));
    }

    @Benchmark
    public PlainRecord readLargePlain() {
        return plain.read(largeDocument);
    }

    @Benchmark
    public byte[] writeLargeAdapter() {
        return adapter.writeBytes(largeRecord);
    }

    @Benchmark
    public byte[] writeLargePlain() {
        return plain.write(largePlainRecord);
    }
}
