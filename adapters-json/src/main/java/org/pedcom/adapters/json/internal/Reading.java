package org.pedcom.adapters.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.base.ParserBase;
import org.pedcom.adapters.json.JsonProblem;

/**
 * The state of one read: where in the document the reader is (a JSON pointer kept as a stack of segments, built
 * into a string only when a problem is recorded) and the problems found so far.
 *
 * <p>Locations come from the parser while streaming, from a pointer index when reading a tree that was parsed
 * earlier (profiles), or from the enclosing object when replaying buffered tokens.
 */
public final class Reading {

    /** More problems than this are counted, not listed: a broken generator would otherwise flood the caller. */
    static final int MAX_PROBLEMS = 200;

    private final String base;
    private final Map<String, JsonLocation> index;
    private final List<JsonProblem> problems = new ArrayList<>();
    private int suppressed;
    /** The pointer's segments: a field name, or null where the segment is the array index kept in {@link #indices}. */
    private String[] names = new String[32];
    /** Array indices, kept unboxed: every item of every array is pushed, and indices past 127 would be allocated. */
    private int[] indices = new int[32];
    private int depth;
    private int personal;
    private long fallback;

    private Reading(String base, Map<String, JsonLocation> index) {
        this.base = base;
        this.index = index;
    }

    /** A read of a streamed document whose value starts at {@code base} (a JSON pointer, "" for the root). */
    public static Reading streaming(String base) {
        return new Reading(base, null);
    }

    /** A read of a tree whose locations were indexed by pointer while it was parsed. */
    public static Reading indexed(Map<String, JsonLocation> index) {
        return new Reading("", index);
    }

    public void push(String name) {
        if (depth == names.length) {
            grow();
        }
        names[depth++] = name;
    }

    public void push(int index) {
        if (depth == names.length) {
            grow();
        }
        names[depth] = null;
        indices[depth++] = index;
    }

    /** Moves on to the next item of the array whose index is on top, without a pop and a push. */
    public void next() {
        indices[depth - 1]++;
    }

    public void pop() {
        names[--depth] = null;
    }

    private void grow() {
        names = Arrays.copyOf(names, depth * 2);
        indices = Arrays.copyOf(indices, depth * 2);
    }

    /** Enters {@code personalData}: from here on, messages never quote values. */
    public void enterPersonalData() {
        personal++;
    }

    public void leavePersonalData() {
        personal--;
    }

    public boolean inPersonalData() {
        return personal > 0;
    }

    public String pointer() {
        StringBuilder b = new StringBuilder(base);
        for (int i = 0; i < depth; i++) {
            b.append('/');
            String name = names[i];
            if (name != null) {
                b.append(name.replace("~", "~0").replace("/", "~1"));
            } else {
                b.append(indices[i]);
            }
        }
        return b.toString();
    }

    /** The location of the current token, or null when the parser cannot tell (trees, replayed buffers). */
    public JsonLocation here(JsonParser p) {
        if (index != null) {
            return null;
        }
        JsonLocation l = p.currentTokenLocation();
        return l == null || l.getLineNr() <= 0 ? unpack(fallback) : l;
    }

    /**
     * The line and column of the current token packed in a long, without allocating (the start of every object is
     * marked, in case a problem is found there later); 0 when unknown.
     */
    public long mark(JsonParser p) {
        if (index != null) {
            return 0;
        }
        if (p instanceof ParserBase b) {
            int line = b.getTokenLineNr();
            return line > 0 ? ((long) line << 32) | (b.getTokenColumnNr() & 0xffffffffL) : fallback;
        }
        JsonLocation l = p.currentTokenLocation();
        return l == null || l.getLineNr() <= 0 ? fallback : ((long) l.getLineNr() << 32) | (l.getColumnNr() & 0xffffffffL);
    }

    private static JsonLocation unpack(long mark) {
        return mark == 0 ? null : new JsonLocation(null, -1L, (int) (mark >>> 32), (int) mark);
    }

    /** Sets the location used while the parser cannot tell one; returns the previous, to restore. */
    public long fallback(long mark) {
        long previous = fallback;
        fallback = mark;
        return previous;
    }

    /** Records a problem at the current pointer, at a location marked earlier with {@link #mark}. */
    public void problem(long mark, String russian, String english) {
        problemAt(pointer(), unpack(mark), russian, english);
    }

    /** Records a problem at the current pointer and the parser's current token. */
    public void problem(JsonParser p, String russian, String english) {
        problemAt(pointer(), here(p), russian, english);
    }

    /** Records a problem at the current pointer, with a location captured earlier (may be null). */
    public void problem(JsonLocation location, String russian, String english) {
        problemAt(pointer(), location, russian, english);
    }

    void problemAt(String pointer, JsonLocation location, String russian, String english) {
        if (problems.size() >= MAX_PROBLEMS) {
            suppressed++;
            return;
        }
        int line = 0;
        int column = 0;
        JsonLocation l = location;
        if (l == null && index != null) {
            // a missing field has no location of its own: use the nearest enclosing value that has one
            for (String at = pointer; l == null; at = at.substring(0, Math.max(at.lastIndexOf('/'), 0))) {
                l = index.get(at);
                if (at.isEmpty()) {
                    break;
                }
            }
        }
        if (l != null && l.getLineNr() > 0) {
            line = l.getLineNr();
            column = Math.max(l.getColumnNr(), 0);
        }
        problems.add(new JsonProblem(pointer, line, column, russian + " / " + english));
    }

    public int problemCount() {
        return problems.size() + suppressed;
    }

    public boolean hasProblems() {
        return problemCount() > 0;
    }

    /** The problems, with a last line counting those not listed. */
    public List<JsonProblem> problems() {
        if (suppressed == 0) {
            return List.copyOf(problems);
        }
        List<JsonProblem> all = new ArrayList<>(problems);
        all.add(new JsonProblem("", 0, 0, "и ещё " + suppressed + " ошибок не показано / and " + suppressed
                + " more problems not listed"));
        return List.copyOf(all);
    }
}
