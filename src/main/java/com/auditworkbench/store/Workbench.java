package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.WORKBENCH_INFO;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.MVStore;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * An open workbench file. All reading and writing goes through {@link #transaction}, which hands the caller the
 * repositories bound to one transaction.
 */
public final class Workbench implements AutoCloseable {

    /**
     * Only for measuring what durable commits cost (the benchmarks compare both): with
     * {@code -Dawb.store.relaxedDurability=true} commits are written lazily (H2's default write delay) and never
     * forced to disk, so a crash may lose the last changes. The application never sets it (decision 0014).
     */
    static final boolean RELAXED_DURABILITY = Boolean.getBoolean("awb.store.relaxedDurability");

    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Runnable onClose;
    private final boolean readOnly;
    private final boolean recovered;
    private final MVStore store;
    /** Shared by every transaction, held alone while the file's bytes are copied (decision 0017). */
    private final ReentrantReadWriteLock copying = new ReentrantReadWriteLock();
    private volatile byte[] header = new byte[0];
    private boolean closed;

    /** A workbench on a database that is not a file (the warm-up's, held in memory). */
    Workbench(Path file, JdbcConnectionPool pool, Runnable onClose) {
        this(file, pool, false, false, onClose);
    }

    Workbench(Path file, JdbcConnectionPool pool, boolean readOnly, boolean recovered, Runnable onClose) {
        this.file = file;
        this.pool = pool;
        this.readOnly = readOnly;
        this.recovered = recovered;
        this.onClose = onClose;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
        this.store = readOnly ? null : fileStore(pool);
    }

    public Path file() {
        return file;
    }

    /** True when opened only to read: every write fails, and the file keeps its bytes. */
    public boolean readOnly() {
        return readOnly;
    }

    /** True when opening rolled back a change that a crash had interrupted (the user is told). */
    public boolean recovered() {
        return recovered;
    }

    /**
     * Runs work in one transaction: all of it is saved, or none of it. When this returns after a change, the change
     * is in the file and forced to the disk: a crash, a killed process or a power cut after it loses nothing
     * (decision 0014).
     */
    public <T> T transaction(Function<Repositories, T> work) {
        copying.readLock().lock();
        try {
            long version = store == null ? 0 : store.getCurrentVersion();
            T result = dsl.transactionResult(configuration -> work.apply(new Repositories(configuration.dsl())));
            if (store != null && !RELAXED_DURABILITY && store.getCurrentVersion() != version) {
                store.sync();
            }
            return result;
        } finally {
            copying.readLock().unlock();
        }
    }

    /**
     * Writes the file's bytes as they are between two transactions (its cleartext header, then H2's encrypted
     * store) to {@code out}, and reads {@code alsoRead} in the same quiet moment. No transaction runs meanwhile:
     * every change committed before this call is in the copy, and none is half in it. The store's bytes are read
     * through H2's own channel, so a lock H2 holds on the file (mandatory on Windows) does not stand in the way.
     */
    public <T> T copyQuietly(java.io.OutputStream out, Function<Repositories, T> alsoRead) throws java.io.IOException {
        copying.writeLock().lock();
        try {
            MVStore fileStore = store != null ? store : fileStore(pool);
            if (fileStore == null) {
                throw new IllegalStateException("A workbench held in memory has no file to copy");
            }
            out.write(header);
            fileStore.getFileStore().backup(new StoreBytes(out));
            return transaction(alsoRead);
        } finally {
            copying.writeLock().unlock();
        }
    }

    /** The file's cleartext header, kept when it was opened (H2 locks the file after that). */
    void header(byte[] bytes) {
        this.header = bytes.clone();
    }

    /** Hands the bytes H2's backup writes straight to a stream, without the zip it would wrap them in. */
    private static final class StoreBytes extends java.util.zip.ZipOutputStream {
        private final java.io.OutputStream target;

        StoreBytes(java.io.OutputStream target) {
            super(java.io.OutputStream.nullOutputStream());
            this.target = target;
        }

        @Override
        public void putNextEntry(java.util.zip.ZipEntry entry) {
            // one entry, the store; its bytes go to the target as they are
        }

        @Override
        public void closeEntry() {
            // nothing framed, nothing to close
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            target.write(bytes, offset, length);
        }
    }

    /** The file store under the pool, to force commits to the disk; null for a database held in memory. */
    private static MVStore fileStore(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection()) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            org.h2.mvstore.db.Store store = session.getDatabase().getStore();
            return store == null || store.getMvStore().getFileStore() == null ? null : store.getMvStore();
        } catch (SQLException e) {
            throw new IllegalStateException("The workbench's store could not be reached", e);
        }
    }

    public void run(java.util.function.Consumer<Repositories> work) {
        transaction(repositories -> {
            work.accept(repositories);
            return null;
        });
    }

    /** For this package's set-up work outside a repository (the warm-up's schema). */
    DSLContext dsl() {
        return dsl;
    }

    void initialise(UUID id, OffsetDateTime createdAt, String version) {
        dsl.insertInto(WORKBENCH_INFO)
                .set(WORKBENCH_INFO.ID, 1)
                .set(WORKBENCH_INFO.WORKBENCH_UUID, id.toString())
                .set(WORKBENCH_INFO.CREATED_AT, createdAt)
                .set(WORKBENCH_INFO.CREATED_BY_VERSION, version)
                .execute();
        if (store != null && !RELAXED_DURABILITY) {
            store.sync();
        }
    }

    public UUID id() {
        return UUID.fromString(dsl.select(WORKBENCH_INFO.WORKBENCH_UUID).from(WORKBENCH_INFO).fetchSingle().value1());
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            pool.dispose();
            onClose.run();
        }
    }
}
