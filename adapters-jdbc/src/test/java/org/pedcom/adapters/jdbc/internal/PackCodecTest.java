package org.pedcom.adapters.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.pedcom.adapters.jdbc.internal.Table.bigint;
import static org.pedcom.adapters.jdbc.internal.Table.bool;
import static org.pedcom.adapters.jdbc.internal.Table.date;
import static org.pedcom.adapters.jdbc.internal.Table.decimal;
import static org.pedcom.adapters.jdbc.internal.Table.integer;
import static org.pedcom.adapters.jdbc.internal.Table.smallint;
import static org.pedcom.adapters.jdbc.internal.Table.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pedcom.adapters.jdbc.RecordRejectedException;

/** The binary encoding of packed rows on its own, on tables made for the test. */
class PackCodecTest {

    private static final Table EVERY_TYPE = Table.of("t_every_type", "community_id, n",
            text("community_id"), text("s"), integer("n"), smallint("small"), bigint("big"), date("day"),
            decimal("amount"), bool("flag"));
    private static final Table CHILD = Table.of("t_child", "community_id, ord",
            text("community_id"), integer("ord"), text("label"));
    private static final Table EMPTY = Table.of("t_empty", "community_id", text("community_id"), text("x"));
    private static final PackCodec CODEC = new PackCodec(List.of(EVERY_TYPE, CHILD, EMPTY));

    @Test
    void everyColumnTypeComesBackAsTheDatabaseWouldReadIt() {
        Object[][] rows = {
                {"c-1", "текст", 7, 3, 42L, LocalDate.of(2024, 9, 1), new BigDecimal("12.50"), true},
                {"c-1", null, null, null, null, null, null, null},
                {"c-1", "", 0, 0, 0L, LocalDate.EPOCH, BigDecimal.ZERO, false},
                {"c-1", "с эмодзи 🙂 и \u0000 нулём", -1, -1, -1L, LocalDate.of(1969, 12, 31),
                        new BigDecimal("-0.0001"), false}};

        Map<Table, List<Row>> decoded = roundTrip("c-1", EVERY_TYPE, rows);

        assertRows(decoded.get(EVERY_TYPE), rows);
        assertThat(decoded).containsOnlyKeys(EVERY_TYPE);
    }

    @Test
    void bigAndExtremeValuesComeBackExactly() {
        String long_ = "щ".repeat(100_000);
        Object[][] rows = {
                {"c-1", long_, Integer.MAX_VALUE, (int) Short.MAX_VALUE, Long.MAX_VALUE, LocalDate.MAX,
                        new BigDecimal("1234567890123456789012345678901234567890.12345678901234567890"), true},
                {"c-1", "x", Integer.MIN_VALUE, (int) Short.MIN_VALUE, Long.MIN_VALUE, LocalDate.MIN,
                        new BigDecimal("-9.9E+300"), false},
                {"c-1", "y", 1 << 20, 255, 1L << 40, LocalDate.of(9999, 12, 31),
                        new BigDecimal("0.000000000000000000000000000001"), true}};

        Map<Table, List<Row>> decoded = roundTrip("c-1", EVERY_TYPE, rows);

        assertRows(decoded.get(EVERY_TYPE), rows);
        // The scale is kept as written (BigDecimal.equals compares it too): -9.9E+300 is 99 at scale -299.
        assertThat(((BigDecimal) decoded.get(EVERY_TYPE).get(1).value(6)).scale()).isEqualTo(-299);
    }

    @Test
    void aStringRepeatedInManyRowsIsWrittenOnceAndReadAsOneObject() {
        String worker = "worker-identifier-that-repeats-in-every-row";
        PackCodec.Encoder once = CODEC.encoder("c-1");
        once.add(CHILD, "c-1", 0, worker);
        PackCodec.Encoder many = CODEC.encoder("c-1");
        for (int i = 0; i < 100; i++) {
            many.add(CHILD, "c-1", i, worker);
        }

        byte[] pack = many.toBytes();
        List<Row> rows = CODEC.decode("c-1", pack).orElseThrow().get(CHILD);

        // Each further row costs its two cells (ord and a string index): two or three bytes, not the string again.
        assertThat(pack.length - once.toBytes().length).isLessThan(99 * 4);
        assertThat(rows).hasSize(100);
        for (int i = 0; i < 100; i++) {
            assertThat(rows.get(i).integer(1)).isEqualTo(i);
            assertThat(rows.get(i).value(2)).isSameAs(rows.get(0).value(2)).isEqualTo(worker);
        }
        // The community's identifier is implied, never packed, and shared by every row.
        assertThat(new String(pack, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("c-1");
        assertThat(rows.get(99).communityId()).isSameAs(rows.get(0).communityId());
    }

    @Test
    void aPackWithoutRowsIsItsLayoutMarkAndTwoBytesAndTablesWithoutRowsAreAbsent() {
        byte[] empty = CODEC.encoder("c-1").toBytes();
        assertThat(empty).containsExactly(concat(CODEC.layoutMark(), new byte[] {0, 0}));
        assertThat(CODEC.decode("c-1", empty)).contains(Map.of());

        PackCodec.Encoder encoder = CODEC.encoder("c-1");
        encoder.add(CHILD, "c-1", 0, "a");
        assertThat(CODEC.decode("c-1", encoder.toBytes()).orElseThrow()).containsOnlyKeys(CHILD);
    }

    @Test
    void rowsOfOneTableKeepTheOrderTheyWereAddedInWhateverTheTablesInterleave() {
        PackCodec.Encoder encoder = CODEC.encoder("c-1");
        encoder.add(CHILD, "c-1", 2, "b");
        encoder.add(EVERY_TYPE, "c-1", "z", 1, 1, 1L, LocalDate.EPOCH, BigDecimal.ONE, true);
        encoder.add(CHILD, "c-1", 0, "a");
        encoder.add(CHILD, "c-1", 1, "b");

        List<Row> rows = CODEC.decode("c-1", encoder.toBytes()).orElseThrow().get(CHILD);

        assertThat(rows).extracting(r -> r.integer(1)).containsExactly(2, 0, 1);
        assertThat(rows).extracting(r -> r.text(2)).containsExactly("b", "a", "b");
    }

    @Test
    void refusesRowsItWasNotMadeForAsAProgrammingError() {
        PackCodec.Encoder encoder = CODEC.encoder("c-1");
        Table other = Table.of("t_other", "community_id", text("community_id"));

        assertThatThrownBy(() -> encoder.add(other, "c-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encoder.add(CHILD, "c-2", 0, "a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> encoder.add(CHILD, "c-1", "0", "a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t_child.ord");
        assertThatThrownBy(() -> new PackCodec(List.of(Tables.COMMUNITY_PACKED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be packed");
    }

    // --- another layout ------------------------------------------------------------------------------------------

    @Test
    void aPackWrittenForAnotherTableLayoutIsToldApartFromACorruptOne() {
        PackCodec.Encoder encoder = CODEC.encoder("c-1");
        encoder.add(CHILD, "c-1", 0, "a");
        byte[] pack = encoder.toBytes();

        // The same table name with a column more, with another column type, or a table this layout lacks.
        PackCodec wider = new PackCodec(List.of(Table.of("t_child", "community_id, ord", text("community_id"),
                integer("ord"), text("label"), text("added"))));
        PackCodec retyped = new PackCodec(List.of(Table.of("t_child", "community_id, ord", text("community_id"),
                bigint("ord"), text("label"))));
        PackCodec without = new PackCodec(List.of(EVERY_TYPE));

        assertThat(wider.decode("c-1", pack)).isEmpty();
        assertThat(retyped.decode("c-1", pack)).isEmpty();
        assertThat(without.decode("c-1", pack)).isEmpty();
    }

    @Test
    void aPackWhoseColumnsWereRenamedOrSwappedWithoutChangingTheirTypesIsAnotherLayout() {
        Table pair = Table.of("t_pair", "community_id", text("community_id"), text("first"), text("second"));
        PackCodec.Encoder encoder = new PackCodec(List.of(pair)).encoder("c-1");
        encoder.add(pair, "c-1", "a", "b");
        byte[] pack = encoder.toBytes();

        PackCodec renamed = new PackCodec(List.of(Table.of("t_pair", "community_id", text("community_id"),
                text("first"), text("later"))));
        PackCodec swapped = new PackCodec(List.of(Table.of("t_pair", "community_id", text("community_id"),
                text("second"), text("first"))));

        assertThat(renamed.decode("c-1", pack)).isEmpty();
        assertThat(swapped.decode("c-1", pack)).isEmpty();
        assertThat(new PackCodec(List.of(pair)).decode("c-1", pack)).isPresent();
    }

    // --- what is not packed --------------------------------------------------------------------------------------

    @Test
    void refusesATextWithAnUnpairedSurrogateNamingTheColumnButNotTheText() {
        PackCodec.Encoder encoder = CODEC.encoder("c-1");

        for (String text : List.of("тема \uD800", "\uDC00 тема", "тема \uDC00\uD83D")) {
            assertThatThrownBy(() -> encoder.add(CHILD, "c-1", 0, text)).isInstanceOf(RecordRejectedException.class)
                    .hasMessageContaining("t_child.label").hasMessageContaining("unpaired UTF-16 surrogate")
                    .hasMessageNotContaining("тема");
        }
        // A refused row aborts the save; a fresh encoder, as the next save would have.
        PackCodec.Encoder next = CODEC.encoder("c-1");
        next.add(CHILD, "c-1", 0, "тема 🙂");
        assertThat(CODEC.decode("c-1", next.toBytes()).orElseThrow().get(CHILD).get(0).text(2))
                .isEqualTo("тема 🙂");
    }

    // --- corrupt packs -------------------------------------------------------------------------------------------

    @Test
    void everyTruncationOfAPackIsReportedAsCorrupt() {
        byte[] pack = sample();

        for (int length = 0; length < pack.length; length++) {
            byte[] cut = Arrays.copyOf(pack, length);
            assertThat(catchThrowable(() -> CODEC.decode("c-1", cut))).as("cut at %d of %d", length, pack.length)
                    .isInstanceOf(PackCodec.Corrupt.class);
        }
    }

    @Test
    void saysWhatIsWrongWithACorruptPack() {
        byte[] pack = sample();
        byte[] longer = Arrays.copyOf(pack, pack.length + 2);

        assertThatThrownBy(() -> CODEC.decode("c-1", Arrays.copyOf(pack, pack.length - 3)))
                .isInstanceOf(PackCodec.Corrupt.class).hasMessageContaining("обрыв").hasMessageContaining("truncated");
        assertThatThrownBy(() -> CODEC.decode("c-1", longer)).isInstanceOf(PackCodec.Corrupt.class)
                .hasMessage("2 лишних байт после последней секции / 2 bytes after the last section");
        // No strings, one section of t_child, one row whose label refers to string 0.
        byte[] dangling = concat(MARK, new byte[] {0, 1, 7}, "t_child".getBytes(), new byte[] {2, 2, 1, 1, 1, 1});
        assertThatThrownBy(() -> CODEC.decode("c-1", dangling)).isInstanceOf(PackCodec.Corrupt.class)
                .hasMessageContaining("ссылка на строку 0").hasMessageContaining("reference to string 0");
        byte[] overlong = new byte[12];
        Arrays.fill(overlong, (byte) 0xFF);
        assertThatThrownBy(() -> CODEC.decode("c-1", concat(MARK, overlong))).isInstanceOf(PackCodec.Corrupt.class)
                .hasMessage("неверное число переменной длины на байте 4 / a malformed varint at byte 4");
        byte[] twice = concat(MARK, new byte[] {1, 1, 'a', 2}, section(), section());
        assertThatThrownBy(() -> CODEC.decode("c-1", twice)).isInstanceOf(PackCodec.Corrupt.class)
                .hasMessageContaining("t_child occurs twice");
        byte[] huge = concat(MARK, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07});
        assertThatThrownBy(() -> CODEC.decode("c-1", huge)).isInstanceOf(PackCodec.Corrupt.class)
                .hasMessageContaining("more than the 0 bytes left");
        assertThatThrownBy(() -> CODEC.decode("c-1", new byte[] {1, 2})).isInstanceOf(PackCodec.Corrupt.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void aVarintThatSetsTheSixtyFourthBitIsCorruptWhereverItStands() {
        // 2^63 + 0x7FFFFFFF: negative as a long, so it must not pass for a small count, length or reference.
        byte[] negative = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x87, (byte) 0x80, (byte) 0x80,
                (byte) 0x80, (byte) 0x80, 0x01};
        byte[] asStringCount = concat(MARK, negative);
        byte[] asStringLength = concat(MARK, new byte[] {1}, negative);
        byte[] asSectionCount = concat(MARK, new byte[] {0}, negative);
        byte[] asTextReference = concat(MARK, new byte[] {0, 1, 7}, "t_child".getBytes(), new byte[] {2, 2, 1, 1, 1},
                negative);
        byte[] asInteger = concat(MARK, new byte[] {0, 1, 7}, "t_child".getBytes(), new byte[] {2, 2, 1, 1},
                negative, new byte[] {0});
        byte[] asBoolean = concat(MARK, new byte[] {0, 1, 12}, "t_every_type".getBytes(),
                new byte[] {7, 1, 2, 3, 4, 5, 7, 6, 1, 0, 0, 0, 0, 0, 0}, negative);

        for (byte[] pack : List.of(asStringCount, asStringLength, asSectionCount, asTextReference, asInteger,
                asBoolean)) {
            assertThatThrownBy(() -> CODEC.decode("c-1", pack)).isInstanceOf(PackCodec.Corrupt.class)
                    .hasMessageContaining("out of range");
        }
        // Only a bigint's value uses all 64 bits: Long.MIN_VALUE folds to 2^64 - 1.
        assertRows(roundTrip("c-1", EVERY_TYPE, new Object[][] {{"c-1", null, null, null, Long.MIN_VALUE, null, null,
                null}}).get(EVERY_TYPE), new Object[][] {{"c-1", null, null, null, Long.MIN_VALUE, null, null, null}});
    }

    @Test
    void aDamagedByteNeverEscapesAsAnythingButCorruptOrAnotherLayout() {
        byte[] pack = sample();
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            byte[] damaged = pack.clone();
            for (int k = 0; k <= random.nextInt(3); k++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            Throwable thrown = catchThrowable(() -> CODEC.decode("c-1", damaged));
            if (thrown != null) {
                assertThat(thrown).as("damaged pack %d", i).isInstanceOf(PackCodec.Corrupt.class);
            }
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static byte[] sample() {
        PackCodec.Encoder encoder = CODEC.encoder("c-1");
        encoder.add(EVERY_TYPE, "c-1", "текст", 300, 3, 42L, LocalDate.of(2024, 9, 1), new BigDecimal("12.50"), true);
        encoder.add(EVERY_TYPE, "c-1", null, null, null, null, null, null, null);
        encoder.add(CHILD, "c-1", 0, "текст");
        encoder.add(CHILD, "c-1", 1, "другой");
        return encoder.toBytes();
    }

    private static final byte[] MARK = CODEC.layoutMark();

    /** A t_child section of one row, label string 0. */
    private static byte[] section() {
        return concat(new byte[] {7}, "t_child".getBytes(), new byte[] {2, 2, 1, 1, 1, 1});
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static Map<Table, List<Row>> roundTrip(String communityId, Table table, Object[][] rows) {
        PackCodec.Encoder encoder = CODEC.encoder(communityId);
        for (Object[] row : rows) {
            encoder.add(table, row);
        }
        Optional<Map<Table, List<Row>>> decoded = CODEC.decode(communityId, encoder.toBytes());
        assertThat(decoded).isPresent();
        return decoded.get();
    }

    private static void assertRows(List<Row> actual, Object[][] expected) {
        assertThat(actual).hasSize(expected.length);
        for (int r = 0; r < expected.length; r++) {
            List<Object> values = new ArrayList<>();
            for (int c = 0; c < expected[r].length; c++) {
                values.add(actual.get(r).value(c));
            }
            // Equal and of the same class: Integer for INTEGER and SMALLINT, Long for BIGINT, as Jdbc.read gives.
            assertThat(values).as("row %d", r).containsExactly(expected[r]);
            for (int c = 0; c < expected[r].length; c++) {
                if (expected[r][c] != null) {
                    assertThat(values.get(c)).hasSameClassAs(expected[r][c]);
                }
            }
        }
    }
}
