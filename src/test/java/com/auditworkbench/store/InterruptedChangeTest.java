package com.auditworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AuditException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while its transaction had already written uncommitted pages to the file: a read-only opening
 * refuses the file (and leaves its bytes), a writing opening rolls the change back and says so, once.
 */
class InterruptedChangeTest {

    private static final String PASSPHRASE = "interrupted-change-passphrase";
    private static final int ROWS_BEFORE_KILL = 40_000;

    @TempDir
    Path folder;

    @Test
    void aChangeKilledAfterReachingTheFileIsRolledBackAndAnnounced() throws Exception {
        Path file = folder.resolve("interrupted.awb");
        WorkbenchFiles files = new WorkbenchFiles("test");
        UUID id;
        try (Workbench created = files.create(file, PASSPHRASE.toCharArray())) {
            id = created.id();
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UncommittedWriter.class.getName(), file.toString(),
                PASSPHRASE).redirectError(folder.resolve("writer.err").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            long written = 0;
            while (written < ROWS_BEFORE_KILL && (line = out.readLine()) != null) {
                written = Long.parseLong(line.substring("ROWS ".length()));
            }
            assertThat(written).as("rows written before the kill").isGreaterThanOrEqualTo(ROWS_BEFORE_KILL);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        byte[] before = sha256(file);

        assertThatThrownBy(() -> files.openReadOnly(file, PASSPHRASE.toCharArray()).close())
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workbench.error.readOnlyNeedsRecovery"));
        assertThat(sha256(file)).isEqualTo(before);

        try (Workbench recovered = files.open(file, PASSPHRASE.toCharArray())) {
            assertThat(recovered.recovered()).isTrue();
            assertThat(recovered.id()).isEqualTo(id);
        }
        try (Workbench again = files.open(file, PASSPHRASE.toCharArray())) {
            assertThat(again.recovered()).isFalse();
        }
        try (WorkbenchFiles.Connected store = WorkbenchFiles.connectForTest(file, PASSPHRASE.toCharArray());
                Connection c = store.pool().getConnection();
                ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM interrupted_filler")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(1)).as("rows of the interrupted change").isZero();
        }
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
