package com.auditworkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Writes workbench files as versions before key format 2 did: no header of our own, the key stretched with the one
 * application-wide salt. Only tests write this format; the application reads it and upgrades it.
 */
final class Format1Files {

    private Format1Files() {
    }

    /** A connection to a format-1 database at {@code file}, created if it does not exist. */
    static Connection connect(Path file, char[] passphrase) throws SQLException {
        AwbFilePath.Registration registration = AwbFilePath.register(file.toAbsolutePath().normalize(), 0);
        String key = new String(PassphraseKey.derive(passphrase, WorkbenchHeader.FORMAT_1_PARAMETERS));
        return DriverManager.getConnection(WorkbenchFiles.url(registration, false), "AUDITOR", key + " " + key);
    }

    /** A complete, current-schema workbench in format 1, closed. Returns its identity. */
    static UUID createWorkbench(Path file, char[] passphrase) {
        AwbFilePath.Registration registration = AwbFilePath.register(file.toAbsolutePath().normalize(), 0);
        String key = new String(PassphraseKey.derive(passphrase, WorkbenchHeader.FORMAT_1_PARAMETERS));
        JdbcConnectionPool pool = JdbcConnectionPool.create(WorkbenchFiles.url(registration, false), "AUDITOR",
                key + " " + key);
        UUID id = UUID.randomUUID();
        try (Workbench workbench = new Workbench(file, pool, () -> {
            pool.dispose();
            registration.close();
        })) {
            WorkbenchFiles.migrate(pool);
            workbench.initialise(id, OffsetDateTime.now(), "format-1");
        }
        return id;
    }
}
