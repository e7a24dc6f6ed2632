package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.WORKBENCH_INFO;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * An open workbench file. All reading and writing goes through {@link #transaction}, which hands the caller the
 * repositories bound to one transaction.
 */
public final class Workbench implements AutoCloseable {

    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Runnable onClose;
    private boolean closed;

    Workbench(Path file, JdbcConnectionPool pool, Runnable onClose) {
        this.file = file;
        this.pool = pool;
        this.onClose = onClose;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    public Path file() {
        return file;
    }

    /** Runs work in one transaction: all of it is saved, or none of it. */
    public <T> T transaction(Function<Repositories, T> work) {
        return dsl.transactionResult(configuration -> work.apply(new Repositories(configuration.dsl())));
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
