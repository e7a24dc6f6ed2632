package com.auditworkbench.store;

import com.auditworkbench.domain.AuditException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
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
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and opens workbench files: H2 databases encrypted with AES under a key stretched from the user's
 * passphrase with the file's own salt (decision 0013), whose schema Flyway keeps current. Every refusal (wrong
 * passphrase, not a workbench, newer version, already open) is decided before anything is written, so a refused
 * file stays byte-for-byte as it was. A file is opened read-only when it is only read, and is then never written.
 * The path reaches H2 only through {@link AwbFilePath}, never inside a connection URL.
 */
public final class WorkbenchFiles {

    private static final String USER = "AUDITOR";
    private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();
    private static final String UPGRADE_SUFFIX = ".format-upgrade.awb";

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
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new AuditException("workbench.error.exists", target.getFileName());
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new AuditException("workbench.error.folderMissing", target.getParent());
        }
        WorkbenchHeader.KeyParameters parameters = WorkbenchHeader.fresh();
        char[] key = PassphraseKey.derive(passphrase, parameters);
        claim(target);
        try {
            try {
                Files.write(target, WorkbenchHeader.encode(parameters), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            } catch (FileAlreadyExistsException e) {
                throw new AuditException(e, "workbench.error.exists", target.getFileName());
            } catch (IOException e) {
                throw new AuditException(e, "workbench.error.cannotCreate", target.getFileName());
            }
            Connected connected = connect(target, WorkbenchHeader.LENGTH, key, false);
            try {
                migrate(connected.pool());
                Workbench workbench = newWorkbench(target, connected, false, false);
                workbench.header(WorkbenchHeader.encode(parameters));
                workbench.initialise(UUID.randomUUID(), OffsetDateTime.now(), applicationVersion);
                log().info("Created workbench {}", target);
                return workbench;
            } catch (RuntimeException e) {
                connected.close();
                throw e;
            }
        } catch (RuntimeException e) {
            OPEN_IN_THIS_PROCESS.remove(target);
            deleteQuietly(target);
            throw e;
        } finally {
            Arrays.fill(key, '\0');
        }
    }

    /**
     * Opens a workbench to read and write it. A file of format 1 is rewritten in the current format first (its
     * key derivation had one salt for every file), atomically: a crash leaves either the old file or the new one.
     * A change that a crash interrupted is rolled back, and the workbench says so ({@link Workbench#recovered}).
     */
    public Workbench open(Path file, char[] passphrase) {
        return open(file, passphrase, false);
    }

    /**
     * Opens a workbench only to read it: nothing is migrated, upgraded, swept or written, and the file keeps its
     * bytes and its SHA-256. A file whose schema is older, or that holds a change a crash interrupted, is refused
     * with a sentence that says to open it in the window first.
     */
    public Workbench openReadOnly(Path file, char[] passphrase) {
        return open(file, passphrase, true);
    }

    private Workbench open(Path file, char[] passphrase, boolean readOnly) {
        Path target = file.toAbsolutePath().normalize();
        WorkbenchHeader.Reading reading = readHeader(target);
        WorkbenchHeader.KeyParameters parameters = reading.parameters().orElseThrow();
        char[] key = PassphraseKey.derive(passphrase, parameters);
        claim(target);
        try {
            Inspection inspection = inspectReadOnly(target, reading.headerLength(), key);
            if (inspection != Inspection.INTERRUPTED_CHANGE
                    && holdsInterruptedChange(target, reading.headerLength(), key)) {
                inspection = Inspection.INTERRUPTED_CHANGE;
            }
            if (readOnly) {
                if (inspection == Inspection.BEHIND) {
                    throw new AuditException("workbench.error.readOnlyNeedsUpgrade", target.getFileName());
                }
                if (inspection == Inspection.INTERRUPTED_CHANGE) {
                    throw new AuditException("workbench.error.readOnlyNeedsRecovery", target.getFileName());
                }
                byte[] header = headerBytes(target, reading.headerLength());
                Connected connected = connect(target, reading.headerLength(), key, true);
                log().info("Opened workbench {} read-only", target);
                Workbench workbench = newWorkbench(target, connected, true, false);
                workbench.header(header);
                return workbench;
            }
            removeUpgradeLeftovers(target);
            int headerLength = reading.headerLength();
            if (!parameters.isCurrent()) {
                char[] upgraded = upgradeFormat(target, headerLength, key, passphrase);
                Arrays.fill(key, '\0');
                key = upgraded;
                headerLength = WorkbenchHeader.LENGTH;
            }
            byte[] header = headerBytes(target, headerLength);
            Connected connected = connect(target, headerLength, key, false);
            try {
                try (Connection probe = connected.pool().getConnection()) {
                    log().debug("Opened {} for writing ({} transaction isolation)", target,
                            probe.getTransactionIsolation());
                }
                if (inspection != Inspection.CURRENT) {
                    migrate(connected.pool());
                }
            } catch (SQLException e) {
                connected.close();
                throw translate(e, target);
            } catch (FlywayException e) {
                connected.close();
                log().error("The schema of {} could not be brought up to date", target, e);
                throw new AuditException(e, "workbench.error.notWorkbench", target.getFileName());
            } catch (RuntimeException e) {
                connected.close();
                throw e;
            }
            boolean recovered = inspection == Inspection.INTERRUPTED_CHANGE;
            log().info(recovered ? "Opened workbench {}; an interrupted change was rolled back" : "Opened workbench {}",
                    target);
            Workbench workbench = newWorkbench(target, connected, false, recovered);
            workbench.header(header);
            return workbench;
        } catch (RuntimeException e) {
            OPEN_IN_THIS_PROCESS.remove(target);
            throw e;
        } finally {
            Arrays.fill(key, '\0');
        }
    }

    private static WorkbenchHeader.Reading readHeader(Path target) {
        if (!Files.isRegularFile(target)) {
            throw new AuditException("workbench.error.missing", target);
        }
        if (!target.getFileName().toString().endsWith(AwbFilePath.EXTENSION)) {
            throw new AuditException("workbench.error.notWorkbench", target.getFileName());
        }
        WorkbenchHeader.Reading reading;
        try {
            reading = WorkbenchHeader.read(target);
        } catch (IOException e) {
            throw new AuditException(e, "workbench.error.unreadable", target.getFileName());
        }
        return switch (reading.kind()) {
            case FORMAT_1, FORMAT_2 -> reading;
            case NEWER_FORMAT -> throw new AuditException("workbench.error.newerVersion", target.getFileName());
            case DAMAGED_HEADER -> throw new AuditException("workbench.error.damagedHeader", target.getFileName());
            case NOT_A_WORKBENCH -> throw new AuditException("workbench.error.notWorkbench", target.getFileName());
        };
    }

    /** The cleartext header, read before H2 locks the file: a backup copies it with the store. */
    private static byte[] headerBytes(Path target, int headerLength) {
        try (java.io.InputStream in = Files.newInputStream(target)) {
            return in.readNBytes(headerLength);
        } catch (IOException e) {
            throw new AuditException(e, "workbench.error.unreadable", target.getFileName());
        }
    }

    private Workbench newWorkbench(Path target, Connected connected, boolean readOnly, boolean recovered) {
        return new Workbench(target, connected.pool(), readOnly, recovered, () -> {
            connected.close();
            OPEN_IN_THIS_PROCESS.remove(target);
        });
    }

    private static void claim(Path target) {
        if (!OPEN_IN_THIS_PROCESS.add(target)) {
            throw new AuditException("workbench.error.alreadyOpen", target.getFileName());
        }
    }

    /** What the read-only look at a file found. */
    private enum Inspection { CURRENT, BEHIND, INTERRUPTED_CHANGE }

    /**
     * Checks passphrase, kind and version with the file opened read-only, so a refusal writes nothing. Whatever the
     * plain reading cannot decide, Flyway decides. A store that cannot open read-only because a crash left a change
     * to roll back was decrypted all the same: the passphrase is right, and opening for writing recovers it.
     */
    private Inspection inspectReadOnly(Path target, int headerLength, char[] key) {
        try (Connected connected = connect(target, headerLength, key, true);
                Connection connection = connected.pool().getConnection()) {
            switch (SchemaCheck.of(connection)) {
                case NOT_A_WORKBENCH -> throw new AuditException("workbench.error.notWorkbench", target.getFileName());
                case NEWER -> throw new AuditException("workbench.error.newerVersion", target.getFileName());
                case CURRENT -> {
                    return Inspection.CURRENT;
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
            return Inspection.BEHIND;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                log().warn("{} holds a change a crash interrupted; it is rolled back when opened for writing", target);
                return Inspection.INTERRUPTED_CHANGE;
            }
            throw translate(e, target);
        } catch (FlywayException e) {
            log().warn("Schema history of {} could not be read", target, e);
            throw new AuditException(e, "workbench.error.notWorkbench", target.getFileName());
        }
    }

    /**
     * Whether a crash left a change half-written: H2 keeps each open transaction's undo log in a map named
     * {@code undoLog.N} and rolls it back when the file is next opened for writing, without a word; H2 2.3 opens such
     * a file read-only without complaint too. The store is looked at read-only, map by map, as H2's own transaction
     * store does at start ({@code MVStore#hasData}: a map with a stored root). A look that fails says nothing.
     */
    private static boolean holdsInterruptedChange(Path target, int headerLength, char[] key) {
        try (AwbFilePath.Registration registration = AwbFilePath.register(target, headerLength)) {
            MVStore store = new MVStore.Builder().fileName(registration.databaseName() + ".mv.db").readOnly()
                    .encryptionKey(key.clone()).open();
            try {
                return store.getMapNames().stream()
                        .anyMatch(name -> name.startsWith(UNDO_LOG_OPEN) && store.hasData(name));
            } finally {
                store.close();
            }
        } catch (RuntimeException e) {
            log().warn("Could not look for an interrupted change in {}", target, e);
            return false;
        }
    }

    /** The name H2's transaction store gives the undo log of a transaction that has not committed. */
    private static final String UNDO_LOG_OPEN = "undoLog.";

    /**
     * Rewrites a file of an older key format in the current one: a fresh salt and the current cost, the database's
     * pages decrypted under the old key and encrypted under the new one into a hidden file beside it, forced to
     * disk, then renamed over the old file in one step. Until the rename the old file is untouched; a crash leaves
     * the hidden file, which the next opening removes. Returns the new key; the old one is the caller's to wipe.
     */
    private static char[] upgradeFormat(Path target, int oldHeaderLength, char[] oldKey, char[] passphrase) {
        WorkbenchHeader.KeyParameters parameters = WorkbenchHeader.fresh();
        char[] newKey = PassphraseKey.derive(passphrase, parameters);
        Path temporary = target.resolveSibling("." + target.getFileName() + UPGRADE_SUFFIX);
        try {
            Files.deleteIfExists(temporary);
            try (FileChannel source = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = source.tryLock();
                if (lock == null) {
                    throw new AuditException("workbench.error.alreadyOpen", target.getFileName());
                }
                try (FileChannel output = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    output.write(ByteBuffer.wrap(WorkbenchHeader.encode(parameters)), 0);
                    FileChannel in = new FileEncrypt(target.toString(), FilePathEncrypt.getPasswordBytes(oldKey),
                            new OffsetFileChannel(source, oldHeaderLength, false));
                    FileChannel out = new FileEncrypt(temporary.toString(), FilePathEncrypt.getPasswordBytes(newKey),
                            new OffsetFileChannel(output, WorkbenchHeader.LENGTH, false));
                    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
                    long size = in.size();
                    for (long position = 0; position < size; position += buffer.capacity()) {
                        buffer.clear().limit((int) Math.min(buffer.capacity(), size - position));
                        while (buffer.hasRemaining() && in.read(buffer, position + buffer.position()) > 0) {
                            // read the whole block
                        }
                        buffer.flip();
                        while (buffer.hasRemaining()) {
                            out.write(buffer, position + buffer.position());
                        }
                    }
                    output.force(true);
                }
                lock.release();
            }
            changeUserPassword(temporary, oldKey, newKey);
            try (FileChannel written = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            upgradeHook.run();
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(target.getParent());
            log().info("Rewrote {} in key format {}", target, parameters.format());
            return newKey;
        } catch (IOException e) {
            Arrays.fill(newKey, '\0');
            deleteQuietly(temporary);
            throw new AuditException(e, "workbench.error.cannotOpen", target.getFileName());
        } catch (RuntimeException e) {
            Arrays.fill(newKey, '\0');
            deleteQuietly(temporary);
            throw e;
        }
    }

    /**
     * H2 keeps a hash of its user's password (the key, too) inside the database: the re-encrypted copy is opened with
     * the new file key and the old user password once, to set the new one, before it replaces anything. The
     * statement is the one place the key is a {@code String}: H2 takes no other form for it.
     */
    private static void changeUserPassword(Path copy, char[] oldKey, char[] newKey) {
        AwbFilePath.Registration registration = AwbFilePath.register(copy, WorkbenchHeader.LENGTH);
        char[] password = new char[newKey.length + 1 + oldKey.length];
        System.arraycopy(newKey, 0, password, 0, newKey.length);
        password[newKey.length] = ' ';
        System.arraycopy(oldKey, 0, password, newKey.length + 1, oldKey.length);
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(registration, false));
        source.setUser(USER);
        source.setPasswordChars(password);
        try (Connection connection = source.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + new String(newKey) + "'");
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("The upgraded copy could not take its new key", e);
        } finally {
            registration.close();
            Arrays.fill(password, '\0');
        }
    }

    /** For tests: runs after the upgraded copy is complete and before it replaces the file. */
    static Runnable upgradeHook = () -> { };

    private static void removeUpgradeLeftovers(Path target) {
        deleteQuietly(target.resolveSibling("." + target.getFileName() + UPGRADE_SUFFIX));
    }

    /** Makes a rename durable on systems where the folder itself can be forced (not on Windows, which needs none). */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log().debug("The folder {} could not be forced to disk", folder);
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

    /** A pool on one registered file; closing it disposes the pool, forgets the name and wipes the password. */
    record Connected(JdbcConnectionPool pool, AwbFilePath.Registration registration, char[] password)
            implements AutoCloseable {
        @Override
        public void close() {
            try {
                pool.dispose();
            } finally {
                registration.close();
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * The page cache in KB. H2's default (16 MB) is smaller than a large plan's results, and every page read again
     * is decrypted again; 32 MB holds most of a city-wide plan (120,000 rows) while leaving the heap to the screens
     * and the export (which must stay under 300 MB).
     */
    private static final int CACHE_KB = 32 * 1024;

    /**
     * The connection settings. Only constants: the file is named by its registration's opaque token.
     * {@code WRITE_DELAY=0} writes every commit to the file before the commit returns (decision 0014); only a
     * measurement of its cost leaves it out ({@link Workbench#RELAXED_DURABILITY}).
     */
    static String url(AwbFilePath.Registration registration, boolean readOnly) {
        return "jdbc:h2:" + registration.databaseName()
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + CACHE_KB
                + (readOnly ? ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE" : Workbench.RELAXED_DURABILITY ? "" : ";WRITE_DELAY=0");
    }

    private static Connected connect(Path target, int headerLength, char[] key, boolean readOnly) {
        AwbFilePath.Registration registration = AwbFilePath.register(target, headerLength);
        char[] password = PassphraseKey.h2Password(key);
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(registration, readOnly));
        source.setUser(USER);
        source.setPasswordChars(password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(4);
        return new Connected(pool, registration, password);
    }

    /** For tests of this package: a plain connection with the workbench's own key, as an attacker with it has. */
    static Connected connectForTest(Path file, char[] passphrase) {
        Path target = file.toAbsolutePath().normalize();
        WorkbenchHeader.Reading reading = readHeader(target);
        char[] key = PassphraseKey.derive(passphrase, reading.parameters().orElseThrow());
        try {
            return connect(target, reading.headerLength(), key, false);
        } finally {
            Arrays.fill(key, '\0');
        }
    }

    private static Flyway flyway(javax.sql.DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + SchemaCheck.LOCATION)
                .ignoreMigrationPatterns("*:future")
                .validateOnMigrate(true)
                .load();
    }

    static void migrate(JdbcConnectionPool pool) {
        flyway(pool).migrate();
    }

    private static void deleteQuietly(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            log().warn("Could not remove {}", target, e);
        }
    }
}
