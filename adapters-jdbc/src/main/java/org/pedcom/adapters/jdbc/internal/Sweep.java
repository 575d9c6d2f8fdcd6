package org.pedcom.adapters.jdbc.internal;

import java.lang.ref.Cleaner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.pedcom.adapters.jdbc.StorageException;
import org.pedcom.record.CommunityRecord;

/**
 * A streaming read of many communities: a forward-only cursor over their header rows, fetched {@code chunk} at a
 * time, and for each chunk their packs ({@link Packs}: two queries), or one query per part table for those without.
 * At most two chunks are in memory — the one being consumed and the next — however many communities match.
 *
 * <p>Why chunks rather than the alternatives: a query per record costs some thirty round trips per community; one
 * ordered cursor per table, merged in step, keeps thirty cursors open and leans on every table being sorted by the
 * same collation. A chunk costs thirty round trips per hundred communities and needs no ordering but its own.
 *
 * <p>Why a reader thread: most of a sweep's time is the database producing rows, and the rest is this JVM turning
 * them into records. A {@link Prefetch} thread reads the rows of chunk n+1 on the sweep's connection while the
 * caller's thread assembles and consumes the records of chunk n, so the two overlap. It reads exactly one chunk ahead
 * and then waits, which keeps memory flat. The connection is opened, and its transaction begun, on the caller's
 * thread (a data source may tie connections to threads); after that only the reader uses it, so no driver is asked
 * to serve two threads at once, and the single transaction keeps one snapshot for the whole sweep.
 *
 * <p>The whole sweep is one read-only snapshot transaction, so every record is as some single save left it. On
 * PostgreSQL the cursor is a server-side portal (auto-commit off, fetch size = chunk); H2 runs in the same JVM and
 * buffers a result only up to its MAX_MEMORY_ROWS before spilling to disk.
 */
final class Sweep implements Spliterator<CommunityRecord> {

    /** Stops the reader of a stream dropped without being closed or read to the end, which would hold it forever. */
    private static final Cleaner ABANDONED = Cleaner.create();
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Transactions transactions;
    private final Doing doing;
    private final String sql;
    private final List<String> parameters;
    private final int chunk;

    private Prefetch reader;
    private Cleaner.Cleanable cleanable;
    private Chunk current;
    private int next;
    private boolean ended;

    Sweep(Transactions transactions, Doing doing, String sql, List<String> parameters, int chunk) {
        this.transactions = transactions;
        this.doing = doing;
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
        this.chunk = chunk;
    }

    @Override
    public boolean tryAdvance(Consumer<? super CommunityRecord> action) {
        CommunityRecord record = nextRecord();
        if (record == null) {
            return false;
        }
        action.accept(record);
        return true;
    }

    private CommunityRecord nextRecord() {
        if (ended) {
            return null;
        }
        try {
            if (reader == null) {
                start();
            }
            while (current == null || next == current.headers.size()) {
                current = reader.take();
                next = 0;
                if (current == null) {
                    finish();
                    return null;
                }
            }
            Row header = current.headers.set(next++, null);
            // Dropped as soon as assembled, so that a consumed record's rows can be collected before the chunk ends.
            Map<Table, List<Row>> parts = current.parts.remove(header.communityId());
            return PartReader.assemble(header, parts == null ? Map.of() : parts);
        } catch (RuntimeException | Error e) {
            fail(e);
            throw e;
        }
    }

    private void start() {
        Connection connection = transactions.open();
        Transactions.Restorer restorer = new Transactions.Restorer(connection);
        PreparedStatement statement = null;
        ResultSet headers = null;
        try {
            transactions.begin(connection, true);
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(chunk);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            headers = statement.executeQuery();
        } catch (SQLException e) {
            StorageException translated = Failures.translate(e, connection, doing, null, false);
            Prefetch.release(doing, connection, restorer, statement, headers, translated);
            throw translated;
        } catch (RuntimeException | Error e) {
            Prefetch.release(doing, connection, restorer, statement, headers, e);
            throw e;
        }
        reader = new Prefetch(doing, chunk, connection, restorer, statement, headers);
        cleanable = ABANDONED.register(this, reader::abandon);
        Thread thread = new Thread(reader, "pedcom-sweep-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        reader.thread = thread;
        try {
            thread.start();
        } catch (RuntimeException | Error e) {
            // No thread, so nobody else will give the connection back.
            reader.cancel();
            cleanable.clean();
            reader = null;
            Prefetch.release(doing, connection, restorer, statement, headers, e);
            throw e;
        }
    }

    /** Read to the end: the reader gave the connection back before handing over the last chunk. */
    private void finish() {
        ended = true;
        current = null;
        RuntimeException problem = stopReader();
        if (problem != null) {
            throw problem;
        }
    }

    private void fail(Throwable failure) {
        ended = true;
        current = null;
        if (reader != null) {
            RuntimeException problem = stopReader();
            if (problem != null && problem != failure) {
                failure.addSuppressed(problem);
            }
        }
    }

    private RuntimeException stopReader() {
        reader.cancel();
        cleanable.clean();
        return reader.awaitExit();
    }

    /** Stops the reader, waits until it has given the connection back, and reports a failure to close; idempotent. */
    void close() {
        if (ended) {
            return;
        }
        ended = true;
        current = null;
        if (reader == null) {
            return;
        }
        RuntimeException problem = stopReader();
        if (problem != null) {
            throw problem;
        }
    }

    @Override
    public Spliterator<CommunityRecord> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
        return ORDERED | NONNULL;
    }

    /** The rows of up to one chunk of communities: their headers in order, and their parts by community. */
    private record Chunk(List<Row> headers, Map<String, Map<Table, List<Row>>> parts) {
    }

    /**
     * The reader thread: owns the connection once the sweep has started, fetches one chunk ahead of the consumer,
     * and gives the connection back when it ends for any reason — read to the end, failed, or cancelled by the
     * consumer or by the cleaner of an abandoned stream. Holds no reference to its {@link Sweep}, so that a dropped
     * stream can be collected and its cleaner run.
     */
    private static final class Prefetch implements Runnable {

        private final Doing doing;
        private final int chunk;
        private final Connection connection;
        private final Transactions.Restorer restorer;
        private final PreparedStatement statement;
        private final ResultSet headers;
        private Thread thread;

        // Guarded by this.
        private Chunk slot;
        private boolean done;
        private boolean cancelled;
        private boolean abandoned;
        private Throwable failure;
        private StorageException closeProblem;

        Prefetch(Doing doing, int chunk, Connection connection, Transactions.Restorer restorer,
                 PreparedStatement statement, ResultSet headers) {
            this.doing = doing;
            this.chunk = chunk;
            this.connection = connection;
            this.restorer = restorer;
            this.statement = statement;
            this.headers = headers;
        }

        @Override
        public void run() {
            Throwable failed = null;
            boolean released = false;
            try {
                while (awaitEmptySlot()) {
                    List<Row> rows = new ArrayList<>(chunk);
                    while (rows.size() < chunk && headers.next()) {
                        rows.add(Jdbc.read(headers, Tables.COMMUNITY));
                    }
                    Map<String, Map<Table, List<Row>>> parts = PartReader.parts(connection, rows, this::isCancelled);
                    if (parts == null) {
                        break;
                    }
                    boolean last = rows.size() < chunk;
                    if (last) {
                        // Back to the pool as soon as everything is read, not only when the caller closes.
                        released = true;
                        releaseAndRecord(null);
                    }
                    hand(new Chunk(rows, parts), last);
                    if (last) {
                        return;
                    }
                }
            } catch (SQLException e) {
                failed = Failures.translate(e, connection, doing, null, false);
            } catch (RuntimeException | Error e) {
                failed = e;
            } finally {
                if (!released) {
                    releaseAndRecord(failed);
                }
                synchronized (this) {
                    if (failed != null) {
                        failure = failed;
                    }
                    done = true;
                    if (abandoned) {
                        report(failure);
                        report(closeProblem);
                    }
                    notifyAll();
                }
            }
        }

        private void releaseAndRecord(Throwable pending) {
            StorageException problem = null;
            try {
                release(doing, connection, restorer, statement, headers, pending);
            } catch (StorageException e) {
                problem = e;
            }
            synchronized (this) {
                closeProblem = problem;
            }
        }

        private synchronized boolean isCancelled() {
            return cancelled;
        }

        /** Waits until the consumer has taken the previous chunk; false if it no longer wants any. */
        private synchronized boolean awaitEmptySlot() {
            boolean interrupted = false;
            while (slot != null && !cancelled) {
                interrupted |= waitOnce();
            }
            restoreInterrupt(interrupted);
            return !cancelled;
        }

        private synchronized void hand(Chunk chunk, boolean last) {
            if (cancelled) {
                return;
            }
            slot = chunk;
            if (last) {
                done = true;
            }
            notifyAll();
        }

        /** The next chunk, or null at the end; throws what made the reader fail, after every chunk before it. */
        synchronized Chunk take() {
            boolean interrupted = false;
            while (slot == null && !done) {
                interrupted |= waitOnce();
            }
            restoreInterrupt(interrupted);
            if (slot != null) {
                Chunk taken = slot;
                slot = null;
                notifyAll();
                return taken;
            }
            if (failure != null) {
                Throwable f = failure;
                failure = null;
                if (f instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) f;
            }
            return null;
        }

        synchronized void cancel() {
            cancelled = true;
            slot = null;
            notifyAll();
        }

        /** The cleaner's action: the stream was dropped by a caller who neither closed it nor read it to the end. */
        synchronized void abandon() {
            if (cancelled) {
                return;
            }
            abandoned = true;
            cancel();
            if (done) {
                // The thread has ended already; what it could not hand over would otherwise be lost.
                report(failure);
                report(closeProblem);
            }
        }

        /** Nobody is left to throw it to: said at WARNING; the adapter's messages name no value of any row. */
        private static void report(Throwable problem) {
            if (problem != null) {
                System.getLogger(Sweep.class.getName()).log(System.Logger.Level.WARNING,
                        "pedcom: an abandoned sweep failed: " + problem.getMessage(), problem);
            }
        }

        /**
         * Waits for the reader thread to end (at most the query in flight), so that the connection is back when
         * the stream's close returns; the failure to give it back, if any.
         */
        RuntimeException awaitExit() {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            restoreInterrupt(interrupted);
            synchronized (this) {
                // A failure the consumer never took (it stopped first) is still a failure: reported, not dropped.
                Throwable untaken = failure;
                failure = null;
                if (untaken instanceof Error e) {
                    throw e;
                }
                RuntimeException problem = (RuntimeException) untaken;
                if (problem == null) {
                    return closeProblem;
                }
                if (closeProblem != null) {
                    problem.addSuppressed(closeProblem);
                }
                return problem;
            }
        }

        /**
         * Waits once; true if interrupted. The waits are uninterruptible, as the driver's socket reads are: giving up
         * on an interrupt would leave the other thread with a half-handed chunk. The interrupt is kept for later.
         */
        private boolean waitOnce() {
            try {
                wait();
                return false;
            } catch (InterruptedException e) {
                return true;
            }
        }

        private static void restoreInterrupt(boolean interrupted) {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Closes the cursor and returns the connection; what goes wrong is added to {@code pending} or thrown. */
        static void release(Doing doing, Connection connection, Transactions.Restorer restorer,
                            PreparedStatement statement, ResultSet headers, Throwable pending) {
            // Collects what goes wrong while closing, so that nothing is swallowed.
            Throwable problems = pending != null ? pending : new Exception("closing");
            int before = problems.getSuppressed().length;
            closeQuietly(headers, problems);
            closeQuietly(statement, problems);
            Transactions.rollback(connection, problems);
            restorer.restoreAndClose(problems);
            Throwable[] suppressed = problems.getSuppressed();
            if (pending == null && suppressed.length > before) {
                StorageException failure = new StorageException("Не удалось закрыть чтение: " + doing.russian()
                        + " / could not close " + doing.english(), suppressed[before]);
                for (int i = before + 1; i < suppressed.length; i++) {
                    failure.addSuppressed(suppressed[i]);
                }
                throw failure;
            }
        }

        private static void closeQuietly(AutoCloseable resource, Throwable carrier) {
            if (resource == null) {
                return;
            }
            try {
                resource.close();
            } catch (Exception e) {
                carrier.addSuppressed(e);
            }
        }
    }
}
