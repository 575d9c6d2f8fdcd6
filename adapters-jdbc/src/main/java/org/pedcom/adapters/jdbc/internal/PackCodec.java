package org.pedcom.adapters.jdbc.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.JDBCType;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

import org.pedcom.adapters.jdbc.RecordRejectedException;

/**
 * The binary encoding of packed rows («упакованные строки»): the rows of one community's part tables, as
 * {@link RecordRows} sends them to its {@link RowSink}, in one value. It knows rows and column types only, never the
 * domain, so that a pack holds exactly the rows the part tables get and {@link RecordAssembler} assembles both alike.
 *
 * <p>Format {@value #FORMAT} (numbers are unsigned LEB128 varints unless said otherwise; zigzag folds signed values so
 * that small negatives stay short):
 * <pre>
 * pack     = layout strings sections          nothing may follow
 * layout   = 4 bytes, big-endian               CRC-32 of every packed table's name and columns (names and types)
 * strings  = count { utf8-length utf8-bytes }  every distinct text of the pack once, in order of first use
 * sections = count { section }                 one per table that has rows; no table twice
 * section  = name-length name-bytes            the table's SQL name (ASCII): a stable name, not a position
 *            column-count { type-tag }         the columns after community_id, which is implied
 *            row-count { cell }                row by row, cells in column order
 * cell     = text:     0 null | 1 + index into strings
 *            integer, smallint, date (epoch day): 0 null | 1 + zigzag value
 *            bigint:   0 null | 1 zigzag value
 *            boolean:  0 null | 1 false | 2 true
 *            numeric:  0 null | 1 + n, n bytes of the unscaled value (two's complement, big-endian), zigzag scale
 * </pre>
 *
 * <p>Why a string table: a record repeats its worker, meeting and organisation identifiers, codes and titles in
 * row after row; writing each once roughly halves a pack, and a reader makes each {@code String} once.
 *
 * <p>What a reader tells apart: a pack whose layout mark differs from this version's (a table added, a column
 * renamed, retyped or moved), or a section naming a table this layout does not have, or with other column types, is
 * a pack written for another table layout — {@link #decode} says so with an empty result, and the caller reads the
 * part rows instead. The mark is why a migration that changes a packed table need not remember to change
 * {@link #FORMAT}: old packs stop being read, and are rewritten by the next save. Bytes that do not parse (truncated, an overlong varint, a reference to a string that is not
 * there, bytes after the end) are a corrupt pack: {@link Corrupt}, whose message says where and what, never a value.
 */
final class PackCodec {

    /** The format this version writes and reads; kept beside each pack in its {@code format} column. */
    static final int FORMAT = 1;

    private static final byte TEXT = 1;
    private static final byte INTEGER = 2;
    private static final byte SMALLINT = 3;
    private static final byte BIGINT = 4;
    private static final byte DATE = 5;
    private static final byte BOOLEAN = 6;
    private static final byte NUMERIC = 7;

    private static final long MIN_EPOCH_DAY = ChronoField.EPOCH_DAY.range().getMinimum();
    private static final long MAX_EPOCH_DAY = ChronoField.EPOCH_DAY.range().getMaximum();

    /** A table of the layout, with the type tags of its columns after the first. */
    private record Layout(Table table, byte[] tags) {
    }

    private final List<Table> tables;
    private final byte[] layoutMark;
    private final Map<String, Layout> byName = new HashMap<>();
    private final Map<Table, Layout> byTable = new IdentityHashMap<>();

    /** @param tables the tables a pack may hold, each with the community's identifier as its first column */
    PackCodec(List<Table> tables) {
        this.tables = List.copyOf(tables);
        for (Table table : this.tables) {
            List<Table.Column> columns = table.columns();
            byte[] tags = new byte[columns.size() - 1];
            for (int i = 1; i < columns.size(); i++) {
                tags[i - 1] = tag(table, columns.get(i));
            }
            Layout layout = new Layout(table, tags);
            byName.put(table.name(), layout);
            byTable.put(table, layout);
        }
        this.layoutMark = layoutMark(this.tables);
    }

    private static byte[] layoutMark(List<Table> tables) {
        StringBuilder layout = new StringBuilder();
        for (Table table : tables) {
            layout.append(table.name()).append('(');
            for (Table.Column column : table.columns()) {
                layout.append(column.name()).append(' ').append(column.type()).append(',');
            }
            layout.append(");");
        }
        CRC32 crc = new CRC32();
        crc.update(layout.toString().getBytes(StandardCharsets.US_ASCII));
        int mark = (int) crc.getValue();
        return new byte[] {(byte) (mark >>> 24), (byte) (mark >>> 16), (byte) (mark >>> 8), (byte) mark};
    }

    /** The first four bytes of every pack of this layout. */
    byte[] layoutMark() {
        return layoutMark.clone();
    }

    private static byte tag(Table table, Table.Column column) {
        return switch (column.type()) {
            case VARCHAR -> TEXT;
            case INTEGER -> INTEGER;
            case SMALLINT -> SMALLINT;
            case BIGINT -> BIGINT;
            case DATE -> DATE;
            case BOOLEAN -> BOOLEAN;
            case NUMERIC -> NUMERIC;
            default -> throw new IllegalArgumentException(table.name() + "." + column.name() + ": " + column.type()
                    + " cannot be packed");
        };
    }

    /** Whether packs of this codec hold the rows of {@code table}. */
    boolean holds(Table table) {
        return byTable.containsKey(table);
    }

    /** An empty pack of {@code communityId}'s rows. */
    Encoder encoder(String communityId) {
        return new Encoder(communityId);
    }

    // --- writing -------------------------------------------------------------------------------------------------

    /** Collects the rows of one community and packs them; rows of one table keep the order they were added in. */
    final class Encoder implements RowSink {

        private final String communityId;
        private final Map<String, Integer> strings = new HashMap<>();
        private final Bytes stringBytes = new Bytes(1024);
        private final Map<Table, Section> sections = new IdentityHashMap<>();

        private Encoder(String communityId) {
            this.communityId = communityId;
        }

        @Override
        public void add(Table table, Object... values) {
            Layout layout = byTable.get(table);
            if (layout == null) {
                throw new IllegalArgumentException(table.name() + " is not packed here");
            }
            if (values.length != layout.tags.length + 1 || !communityId.equals(values[0])) {
                throw new IllegalStateException(table.name() + ": a row of " + values.length + " values not of "
                        + "this pack's community");
            }
            Section section = sections.computeIfAbsent(table, t -> new Section());
            Bytes out = section.bytes;
            for (int i = 0; i < layout.tags.length; i++) {
                Object value = values[i + 1];
                try {
                    cell(out, layout.tags[i], value);
                } catch (UnpairedSurrogate e) {
                    // Refused, not packed as '?': the part row would keep the text, and the pack must say the same.
                    String column = table.name() + "." + table.columns().get(i + 1).name();
                    throw new RecordRejectedException("Сообщество '" + communityId + "': текст в " + column
                            + " содержит одиночный суррогат UTF-16, не символ Юникода; ничего не записано / community '"
                            + communityId + "': a text in " + column + " holds an unpaired UTF-16 surrogate, not a"
                            + " Unicode character; nothing was written");
                } catch (ClassCastException e) {
                    throw new IllegalStateException(table.name() + "." + table.columns().get(i + 1).name()
                            + ": a " + value.getClass().getSimpleName() + " for a " + table.columns().get(i + 1).type()
                            + " column", e);
                }
            }
            section.rows++;
        }

        private void cell(Bytes out, byte tag, Object value) {
            if (value == null) {
                out.varint(0);
                return;
            }
            switch (tag) {
                case TEXT -> out.varint(1 + (long) string((String) value));
                case INTEGER, SMALLINT -> out.varint(1 + (zigzag((Integer) value) & 0xFFFF_FFFFL));
                case DATE -> out.varint(1 + zigzag(((LocalDate) value).toEpochDay()));
                case BIGINT -> {
                    out.varint(1);
                    out.varint(zigzag((Long) value));
                }
                case BOOLEAN -> out.varint((Boolean) value ? 2 : 1);
                case NUMERIC -> {
                    BigDecimal decimal = (BigDecimal) value;
                    byte[] unscaled = decimal.unscaledValue().toByteArray();
                    out.varint(1 + (long) unscaled.length);
                    out.bytes(unscaled, 0, unscaled.length);
                    out.varint(zigzag(decimal.scale()) & 0xFFFF_FFFFL);
                }
                default -> throw new IllegalStateException("type tag " + tag);
            }
        }

        private int string(String value) {
            Integer index = strings.get(value);
            if (index == null) {
                checkPaired(value);
                index = strings.size();
                strings.put(value, index);
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                stringBytes.varint(utf8.length);
                stringBytes.bytes(utf8, 0, utf8.length);
            }
            return index;
        }

        /** The pack of every row added so far. */
        byte[] toBytes() {
            Bytes out = new Bytes(stringBytes.size + 64 + sections.values().stream().mapToInt(s -> s.bytes.size + 64)
                    .sum());
            out.bytes(layoutMark, 0, layoutMark.length);
            out.varint(strings.size());
            out.bytes(stringBytes.buffer, 0, stringBytes.size);
            out.varint(sections.size());
            for (Table table : tables) {
                Section section = sections.get(table);
                if (section == null) {
                    continue;
                }
                byte[] name = table.name().getBytes(StandardCharsets.US_ASCII);
                out.varint(name.length);
                out.bytes(name, 0, name.length);
                byte[] tags = byTable.get(table).tags;
                out.varint(tags.length);
                out.bytes(tags, 0, tags.length);
                out.varint(section.rows);
                out.bytes(section.bytes.buffer, 0, section.bytes.size);
            }
            return out.toArray();
        }
    }

    /** {@code String.getBytes(UTF_8)} would silently write an unpaired surrogate as '?'. */
    private static void checkPaired(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    throw new UnpairedSurrogate();
                }
            }
        }
    }

    private static final class UnpairedSurrogate extends RuntimeException {
        UnpairedSurrogate() {
            super(null, null, false, false);
        }
    }

    private static final class Section {
        private final Bytes bytes = new Bytes(256);
        private int rows;
    }

    /** A growing byte array; nothing of {@code ByteArrayOutputStream}'s locking. */
    private static final class Bytes {
        private byte[] buffer;
        private int size;

        Bytes(int capacity) {
            buffer = new byte[capacity];
        }

        void varint(long value) {
            ensure(10);
            while ((value & ~0x7FL) != 0) {
                buffer[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            buffer[size++] = (byte) value;
        }

        void bytes(byte[] bytes, int offset, int length) {
            ensure(length);
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        byte[] toArray() {
            return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
        }
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static int zigzag(int value) {
        return (value << 1) ^ (value >> 31);
    }

    private static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /**
     * The rows of {@code pack}, by table, each table's rows in the order they were packed, every row with
     * {@code communityId} as its first value, as {@link Jdbc#read} gives them; tables without rows are absent.
     *
     * @return empty if the pack was written for another table layout (a table or a column this codec does not know)
     * @throws Corrupt if the bytes are not a pack
     */
    Optional<Map<Table, List<Row>>> decode(String communityId, byte[] pack) {
        Reader in = new Reader(pack);
        if (pack.length < layoutMark.length) {
            throw in.truncated();
        }
        if (!Arrays.equals(layoutMark, 0, layoutMark.length, pack, 0, layoutMark.length)) {
            return Optional.empty();
        }
        in.position = layoutMark.length;
        int stringCount = in.count("строк", "strings", 1);
        String[] strings = new String[stringCount];
        for (int i = 0; i < stringCount; i++) {
            int length = in.count("длина строки", "string length", 1);
            strings[i] = new String(pack, in.position, length, StandardCharsets.UTF_8);
            in.position += length;
        }
        int sectionCount = in.count("секций", "sections", 1);
        // Not more than this layout's tables: a damaged count must not size the map.
        Map<Table, List<Row>> rows = new HashMap<>(2 * Math.min(sectionCount, tables.size()));
        for (int s = 0; s < sectionCount; s++) {
            int nameLength = in.count("длина имени таблицы", "table name length", 1);
            String name = new String(pack, in.position, nameLength, StandardCharsets.ISO_8859_1);
            in.position += nameLength;
            int columns = in.count("столбцов", "columns", 1);
            Layout layout = byName.get(name);
            if (layout == null || layout.tags.length != columns
                    || !Arrays.equals(layout.tags, 0, columns, pack, in.position, in.position + columns)) {
                // Another layout: what follows cannot be read as this version's rows, nor need it be.
                return Optional.empty();
            }
            in.position += columns;
            // Every cell takes at least one byte: a larger count cannot be true, and must not size an array.
            int rowCount = in.count("строк таблицы", "rows", Math.max(1, columns));
            Row[] read = new Row[rowCount];
            for (int r = 0; r < rowCount; r++) {
                Object[] values = new Object[columns + 1];
                values[0] = communityId;
                for (int c = 0; c < columns; c++) {
                    values[c + 1] = cell(in, layout.tags[c], strings);
                }
                read[r] = new Row(layout.table, values);
            }
            if (rows.put(layout.table, Arrays.asList(read)) != null) {
                throw new Corrupt("таблица " + name + " встречается дважды", "table " + name + " occurs twice");
            }
        }
        if (in.position != pack.length) {
            throw new Corrupt((pack.length - in.position) + " лишних байт после последней секции",
                    (pack.length - in.position) + " bytes after the last section");
        }
        return Optional.of(rows);
    }

    private static Object cell(Reader in, byte tag, String[] strings) {
        int at = in.position;
        switch (tag) {
            case TEXT -> {
                long v = in.varint();
                if (v == 0) {
                    return null;
                }
                if (v > strings.length) {
                    throw new Corrupt("ссылка на строку " + (v - 1) + " на байте " + at + ", а строк "
                            + strings.length, "reference to string " + (v - 1) + " at byte " + at + " of "
                            + strings.length + " strings");
                }
                return strings[(int) (v - 1)];
            }
            case INTEGER, SMALLINT -> {
                long v = in.varint();
                if (v == 0) {
                    return null;
                }
                long folded = v - 1;
                int value = (int) unzigzag(folded);
                if (folded > 0xFFFF_FFFFL || (tag == SMALLINT && value != (short) value)) {
                    throw outOfRange(at);
                }
                return value;
            }
            case DATE -> {
                long v = in.varint();
                if (v == 0) {
                    return null;
                }
                long day = unzigzag(v - 1);
                if (day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY) {
                    throw outOfRange(at);
                }
                return LocalDate.ofEpochDay(day);
            }
            case BIGINT -> {
                long v = in.varint();
                if (v == 0) {
                    return null;
                }
                if (v != 1) {
                    throw outOfRange(at);
                }
                return unzigzag(in.varint64());
            }
            case BOOLEAN -> {
                long v = in.varint();
                if (v > 2) {
                    throw outOfRange(at);
                }
                return v == 0 ? null : v == 2;
            }
            case NUMERIC -> {
                long v = in.varint();
                if (v == 0) {
                    return null;
                }
                if (v == 1) {
                    throw new Corrupt("число без цифр на байте " + at, "a number without digits at byte " + at);
                }
                if (v - 1 > in.remaining()) {
                    throw in.truncated();
                }
                int length = (int) (v - 1);
                BigInteger unscaled = new BigInteger(in.bytes, in.position, length);
                in.position += length;
                long scale = in.varint();
                if (scale > 0xFFFF_FFFFL) {
                    throw outOfRange(at);
                }
                return new BigDecimal(unscaled, (int) unzigzag(scale));
            }
            default -> throw new IllegalStateException("type tag " + tag);
        }
    }

    private static Corrupt outOfRange(int at) {
        return new Corrupt("значение вне допустимого диапазона на байте " + at, "a value out of range at byte " + at);
    }

    /** Reads a pack by index, checking every length against what is left. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int remaining() {
            return bytes.length - position;
        }

        /**
         * A varint of at most 63 bits: every count, length, reference and tag-prefixed value of a pack. A 64-bit one
         * would read as negative and slip past every upper bound its callers check.
         */
        long varint() {
            int at = position;
            long value = varint64();
            if (value < 0) {
                throw new Corrupt("число переменной длины вне допустимого диапазона на байте " + at,
                        "a varint out of range at byte " + at);
            }
            return value;
        }

        /** A varint of up to 64 bits: only a bigint's value needs them all. */
        long varint64() {
            int at = position;
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (position == bytes.length) {
                    throw truncated();
                }
                byte b = bytes[position++];
                if (shift == 63 && (b & 0xFE) != 0) {
                    break;
                }
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new Corrupt("неверное число переменной длины на байте " + at, "a malformed varint at byte " + at);
        }

        /** A count of things of at least {@code bytesEach} bytes each, which must fit in what is left. */
        int count(String russian, String english, int bytesEach) {
            int at = position;
            long n = varint();
            if (n > remaining() / bytesEach) {
                throw new Corrupt("обрыв: на байте " + at + " объявлено больше данных (" + russian + ": " + n
                        + "), чем осталось байт (" + remaining() + ")", "truncated: " + english + " at byte " + at
                        + " declares " + n + ", more than the " + remaining() + " bytes left");
            }
            return (int) n;
        }

        Corrupt truncated() {
            return new Corrupt("обрыв на байте " + position + " из " + bytes.length, "truncated at byte " + position
                    + " of " + bytes.length);
        }
    }

    /** Bytes that are not a pack; the message says where and what is wrong, in Russian and English, no value. */
    static final class Corrupt extends RuntimeException {

        private final String russian;
        private final String english;

        Corrupt(String russian, String english) {
            super(russian + " / " + english);
            this.russian = russian;
            this.english = english;
        }

        String russian() {
            return russian;
        }

        String english() {
            return english;
        }
    }
}
