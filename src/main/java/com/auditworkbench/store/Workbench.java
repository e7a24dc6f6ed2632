package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.WORKBENCH_INFO;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
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
        long version = store == null ? 0 : store.getCurrentVersion();
        T result = dsl.transactionResult(configuration -> work.apply(new Repositories(configuration.dsl())));
        if (store != null && !RELAXED_DURABILITY && store.getCurrentVersion() != version) {
            store.sync();
        }
        return result;
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
