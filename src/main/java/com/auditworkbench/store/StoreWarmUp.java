package com.auditworkbench.store;

import com.auditworkbench.store.schema.DefaultSchema;
import java.nio.file.Path;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the database code that opening a workbench and its first screens need once, against an empty database held
 * in memory, while the processor has nothing better to do (the user is typing the passphrase, or it is being
 * stretched). In a fresh process jOOQ's and H2's first use costs ~0.8 s of class loading and interpreted code
 * before the first row arrives; paid here, it is gone from the opening. Nothing is read from or written to disk;
 * a failure is logged and changes nothing. See docs/decisions/0005.
 */
public final class StoreWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWarmUp.class);

    private StoreWarmUp() {
    }

    /** Runs on the calling thread and returns when done: true when every step ran. Harmless to repeat. */
    public static boolean run() {
        long begin = System.nanoTime();
        PassphraseKey.warmUp();
        // A private name, and no DB_CLOSE_DELAY: the database is gone when the pool closes its last connection.
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:awb-warm-up-" + UUID.randomUUID()
                + ";TRACE_LEVEL_FILE=0", "AUDITOR", "");
        try (Workbench workbench = new Workbench(Path.of("warm-up"), pool, () -> { })) {
            for (Query query : workbench.dsl().ddl(DefaultSchema.DEFAULT_SCHEMA).queries()) {
                query.execute();
            }
            // What the window reads first: plans, people, a plan's items and checklist rows, evidence counts.
            workbench.run(r -> {
                r.plans().all();
                r.auditors().all();
                r.plans().itemCount(1);
                r.checklist().rows(1, r.auditors().byId(), 1L);
                r.evidence().countsByResult(1);
            });
            LOG.debug("Database code warmed up in {} ms", (System.nanoTime() - begin) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Warming up the database code failed; opening will only be slower", e);
            return false;
        }
    }
}
