package com.auditworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AuditException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An encrypted database under the right key that was not made by this application is refused, unchanged. */
class NotAWorkbenchTest {

    private static final char[] PASSPHRASE = "correct horse battery staple 42".toCharArray();

    @TempDir
    Path folder;

    @Test
    void aFakeInformationTableWithoutSchemaHistoryIsNotAWorkbench() throws Exception {
        Path file = folder.resolve("fake.awb");
        try (Connection c = Format1Files.connect(file, PASSPHRASE)) {
            c.createStatement().execute("CREATE TABLE workbench_info (id INT, workbench_uuid VARCHAR(36))");
            c.createStatement().execute("INSERT INTO workbench_info VALUES (1, 'not-a-uuid')");
        }
        assertRefusedUnchanged(file);
    }

    @Test
    void aHistoryTableOfAnotherProjectIsNotAWorkbench() throws Exception {
        Path file = folder.resolve("other.awb");
        try (Connection c = Format1Files.connect(file, PASSPHRASE)) {
            c.createStatement().execute("CREATE TABLE workbench_info (id INT)");
            c.createStatement().execute("CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT, "
                    + "\"version\" VARCHAR(50), \"success\" BOOLEAN)");
            c.createStatement().execute("INSERT INTO \"flyway_schema_history\" VALUES (1, 'x.y', TRUE)");
        }
        assertRefusedUnchanged(file);
    }

    private static void assertRefusedUnchanged(Path file) throws Exception {
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        for (boolean readOnly : new boolean[] {true, false}) {
            WorkbenchFiles files = new WorkbenchFiles("test");
            assertThatThrownBy(() -> (readOnly ? files.openReadOnly(file, PASSPHRASE) : files.open(file, PASSPHRASE))
                    .close())
                    .isInstanceOfSatisfying(AuditException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("workbench.error.notWorkbench"));
        }
        assertThat(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))).isEqualTo(before);
    }
}
