package org.pedcom.adapters.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.adapters.jdbc.SampleRecords;
import org.pedcom.record.CommunityRecord;

/**
 * Packs against part rows without a database: a record's packs hold exactly the rows its part tables get, and the
 * assembler makes the same record of them — in the order they are packed, and in every order a SQL read could give
 * the part rows.
 */
class PackedRowsTest {

    static Stream<Named<CommunityRecord>> records() {
        return Stream.concat(SampleRecords.samples(), IntStream.rangeClosed(1, 20).mapToObj(
                n -> Named.of("generated " + n, SampleRecords.generated("g-", n, SampleRecords.RYBNOE))));
    }

    @Test
    void personalRowsArePackedApartByTheTableNameTheSchemaReservesForThem() {
        assertThat(Tables.PERSONAL_PARTS).extracting(Table::name).containsExactly("pedcom_personal_data",
                "pedcom_personal_contact", "pedcom_personal_entry", "pedcom_personal_consent");
        for (Table table : Tables.PARTS) {
            assertThat(Packs.PERSONAL.holds(table)).as(table.name()).isNotEqualTo(Packs.COMMUNITY.holds(table))
                    .isEqualTo(table.name().startsWith("pedcom_personal_"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void thePacksHoldExactlyTheRowsOfThePartTablesInTheOrderTheyWereSent(CommunityRecord record) {
        Written written = write(record);
        Map<Table, List<Row>> unpacked = unpack(written);

        for (Table table : Tables.PARTS) {
            List<List<Object>> sent = written.parts.getOrDefault(table, List.of()).stream().map(Arrays::asList)
                    .toList();
            assertThat(values(unpacked.getOrDefault(table, List.of()))).as(table.name()).isEqualTo(sent);
        }
        // Personal rows only in the personal pack, and none of them in the other.
        assertThat(Packs.COMMUNITY.decode(written.id, written.community).orElseThrow().keySet())
                .doesNotContainAnyElementsOf(Tables.PERSONAL_PARTS);
        assertThat(Packs.PERSONAL.decode(written.id, written.personal).orElseThrow().keySet())
                .isSubsetOf(Tables.PERSONAL_PARTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void theAssemblerMakesTheRecordOfItsPackedRows(CommunityRecord record) {
        Written written = write(record);

        CommunityRecord assembled = RecordAssembler.assemble(written.header, unpack(written));

        assertThat(assembled).isEqualTo(record);
        assertThat(assembled).usingRecursiveComparison().isEqualTo(record);
    }

    /**
     * A SQL read gives each table's rows sorted by its ORDER BY: integers (ord, order_ord, …) sort alike everywhere,
     * texts (worker_id, meeting_id, codes) by the database's collation. The packed order differs from both only in the
     * order of texts; sorted with texts ascending and with texts descending — collations as far apart as they get —
     * the assembler makes the same record, so it groups by text keys and never reads an order into them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void theAssemblerMakesTheSameRecordOfTheRowsInEveryOrderASqlReadCouldGiveThem(CommunityRecord record) {
        Written written = write(record);
        Map<Table, List<Row>> packed = unpack(written);

        for (boolean textsDescending : new boolean[] {false, true}) {
            Map<Table, List<Row>> sorted = new HashMap<>();
            packed.forEach((table, rows) -> {
                List<Row> copy = new ArrayList<>(rows);
                copy.sort(sqlOrder(table, textsDescending));
                sorted.put(table, copy);
            });
            assertThat(RecordAssembler.assemble(written.header, sorted)).as("texts descending: %s", textsDescending)
                    .usingRecursiveComparison().isEqualTo(record);
        }
    }

    private static Comparator<Row> sqlOrder(Table table, boolean textsDescending) {
        Comparator<Row> order = (a, b) -> 0;
        for (String column : table.orderColumns()) {
            int position = table.position(column);
            order = order.thenComparing((a, b) -> {
                Object x = a.value(position);
                @SuppressWarnings("unchecked")
                int c = ((Comparable<Object>) x).compareTo(b.value(position));
                return textsDescending && x instanceof String ? -c : c;
            });
        }
        return order;
    }

    /** The rows {@link Packs#write} sends on for the part tables, and the two packs. */
    private record Written(String id, Row header, Map<Table, List<Object[]>> parts, byte[] community,
                           byte[] personal) {
    }

    private static Written write(CommunityRecord record) {
        Map<Table, List<Object[]>> rows = new LinkedHashMap<>();
        Packs.write(record, 1, (table, values) -> rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values));
        String id = record.community().id().value();
        Row header = new Row(Tables.COMMUNITY, rows.remove(Tables.COMMUNITY).get(0));
        List<Object[]> community = rows.remove(Tables.COMMUNITY_PACKED);
        List<Object[]> personal = rows.remove(Tables.PERSONAL_PACKED);
        assertThat(community).hasSize(1);
        assertThat(personal).hasSize(1);
        assertThat(community.get(0)[1]).isEqualTo(PackCodec.FORMAT);
        return new Written(id, header, rows, (byte[]) community.get(0)[2], (byte[]) personal.get(0)[2]);
    }

    private static Map<Table, List<Row>> unpack(Written written) {
        Map<Table, List<Row>> rows = new HashMap<>(Packs.COMMUNITY.decode(written.id, written.community)
                .orElseThrow());
        rows.putAll(Packs.PERSONAL.decode(written.id, written.personal).orElseThrow());
        return rows;
    }

    private static List<List<Object>> values(List<Row> rows) {
        List<List<Object>> values = new ArrayList<>();
        for (Row row : rows) {
            List<Object> one = new ArrayList<>();
            for (int i = 0; i < row.table().columns().size(); i++) {
                one.add(row.value(i));
            }
            values.add(one);
        }
        return values;
    }
}
