package com.auditworkbench.store;

import com.auditworkbench.domain.AuditException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and opens workbench files: H2 databases encrypted with AES under the user's passphrase, whose schema
 * Flyway keeps current. Every refusal (wrong passphrase, not a workbench, newer version, already open) is
 * decided before anything is written, so a refused file stays byte-for-byte as it was.
 */
public final class WorkbenchFiles {

    private static final byte[] ENCRYPTED_H2_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final String USER = "AUDITOR";
    private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    /** Asked for when something is logged: the window builds this class before logging is set up (ADR 0005). */
    private static Logger log() {
        return LoggerFactory.getLogger(WorkbenchFiles.class);
    }

    private final String applicationVersion;

    public WorkbenchFiles(String applicationVersion) {
        this.applicationVersion = applicationVersion;
        AwbFilePath.register();
    }

    public Workbench create(Path file, char[] passphrase) {
        Path target = file.toAbsolutePath().normalize();
        if (!target.getFileName().toString().endsWith(AwbFilePath.EXTENSION)) {
            throw new AuditException("workbench.error.extension", target.getFileName());
        }
        if (Files.exists(target)) {
            throw new AuditException("workbench.error.exists", target.getFileName());
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new AuditException("workbench.error.folderMissing", target.getParent());
        }
        String key = PassphraseKey.derive(passphrase);
        claim(target);
        try {
            JdbcConnectionPool pool = pool(target, key, false);
            try {
                migrate(pool);
                Workbench workbench = new Workbench(target, pool, () -> OPEN_IN_THIS_PROCESS.remove(target));
                workbench.initialise(UUID.randomUUID(), OffsetDateTime.now(), applicationVersion);
                log().info("Created workbench {}", target);
                return workbench;
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
        } catch (RuntimeException e) {
            OPEN_IN_THIS_PROCESS.remove(target);
            deleteQuietly(target);
            throw e;
        }
    }

    public Workbench open(Path file, char[] passphrase) {
        Path target = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(target)) {
            throw new AuditException("workbench.error.missing", target);
        }
        if (!target.getFileName().toString().endsWith(AwbFilePath.EXTENSION) || !hasEncryptedHeader(target)) {
            throw new AuditException("workbench.error.notWorkbench", target.getFileName());
        }
        String key = PassphraseKey.derive(passphrase);
        claim(target);
        try {
            boolean current = inspectReadOnly(target, key);
            JdbcConnectionPool pool = pool(target, key, false);
            try {
                try (Connection probe = pool.getConnection()) {
                    log().debug("Opened {} for writing ({})", target, probe.getMetaData().getURL());
                }
                if (!current) {
                    migrate(pool);
                }
            } catch (SQLException e) {
                pool.dispose();
                throw translate(e, target);
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
            log().info("Opened workbench {}", target);
            return new Workbench(target, pool, () -> OPEN_IN_THIS_PROCESS.remove(target));
        } catch (RuntimeException e) {
            OPEN_IN_THIS_PROCESS.remove(target);
            throw e;
        }
    }

    private static void claim(Path target) {
        if (!OPEN_IN_THIS_PROCESS.add(target)) {
            throw new AuditException("workbench.error.alreadyOpen", target.getFileName());
        }
    }

    /**
     * Checks passphrase, kind and version with the file opened read-only, so a refusal writes nothing. True when the
     * schema is current and Flyway has nothing to do; whatever the plain reading cannot decide, Flyway decides.
     */
    private boolean inspectReadOnly(Path target, String key) {
        try (Connection connection = DriverManager.getConnection(url(target, true), USER, key + " " + key)) {
            switch (SchemaCheck.of(connection)) {
                case NOT_A_WORKBENCH -> throw new AuditException("workbench.error.notWorkbench", target.getFileName());
                case NEWER -> throw new AuditException("workbench.error.newerVersion", target.getFileName());
                case CURRENT -> {
                    return true;
                }
                case BEHIND, UNDECIDED -> log().info("Schema of {} is checked and brought up to date by Flyway", target);
                default -> throw new IllegalStateException();
            }
            MigrationInfo[] applied = flyway(new SingleConnectionDataSource(connection)).info().applied();
            boolean newer = Arrays.stream(applied).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED);
            if (newer) {
                throw new AuditException("workbench.error.newerVersion", target.getFileName());
            }
            return false;
        } catch (SQLException e) {
            throw translate(e, target);
        } catch (FlywayException e) {
            log().warn("Schema history of {} could not be read", target, e);
            throw new AuditException(e, "workbench.error.notWorkbench", target.getFileName());
        }
    }

    private static AuditException translate(SQLException e, Path target) {
        switch (e.getErrorCode()) {
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                return new AuditException(e, "workbench.error.wrongPassphrase", target.getFileName());
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new AuditException(e, "workbench.error.alreadyOpen", target.getFileName());
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
                return new AuditException(e, "workbench.error.notWorkbench", target.getFileName());
            default:
                log().error("Workbench {} could not be opened", target, e);
                return new AuditException(e, "workbench.error.cannotOpen", target.getFileName());
        }
    }

    private static boolean hasEncryptedHeader(Path target) {
        try (InputStream in = Files.newInputStream(target)) {
            byte[] head = in.readNBytes(ENCRYPTED_H2_HEADER.length);
            return Arrays.equals(head, ENCRYPTED_H2_HEADER);
        } catch (IOException e) {
            throw new AuditException(e, "workbench.error.unreadable", target.getFileName());
        }
    }

    private static JdbcConnectionPool pool(Path target, String key, boolean readOnly) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(target, readOnly), USER, key + " " + key);
        pool.setMaxConnections(4);
        return pool;
    }

    /**
     * The page cache in KB. H2's default (16 MB) is smaller than a large plan's results, and every page read again
     * is decrypted again; 32 MB holds most of a city-wide plan (120,000 rows) while leaving the heap to the screens
     * and the export (which must stay under 300 MB).
     */
    private static final int CACHE_KB = 32 * 1024;

    static String url(Path target, boolean readOnly) {
        return "jdbc:h2:" + AwbFilePath.databaseName(target)
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + CACHE_KB
                + (readOnly ? ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE" : "");
    }

    private static Flyway flyway(javax.sql.DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + SchemaCheck.LOCATION)
                .ignoreMigrationPatterns("*:future")
                .validateOnMigrate(true)
                .load();
    }

    private static void migrate(JdbcConnectionPool pool) {
        flyway(pool).migrate();
    }

    private static void deleteQuietly(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            log().warn("Could not remove the half-created workbench {}", target, e);
        }
    }
}
