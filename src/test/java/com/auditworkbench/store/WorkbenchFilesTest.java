package com.auditworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchFilesTest {

    private static final char[] PASSPHRASE = "correct horse battery staple 42".toCharArray();
    private static final Messages JA = new Messages(Language.JAPANESE);

    @TempDir
    Path folder;

    private final WorkbenchFiles files = new WorkbenchFiles("test");

    @Test
    void createdWorkbenchReopensWithTheSamePassphraseAndIdentity() {
        Path file = folder.resolve("audit.awb");
        UUID id;
        try (Workbench created = files.create(file, PASSPHRASE)) {
            id = created.id();
        }
        assertThat(file).isRegularFile();
        assertThat(folder.resolve("audit.mv.db")).doesNotExist();
        try (Workbench reopened = files.open(file, PASSPHRASE)) {
            assertThat(reopened.id()).isEqualTo(id);
        }
    }

    @Test
    void wrongPassphraseIsRefusedWithOneSentenceAndLeavesTheFileUnchanged() throws Exception {
        Path file = createClosed("audit.awb");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> files.open(file, "not the passphrase".toCharArray()))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("workbench.error.wrongPassphrase");
                    assertThat(e.localizedMessage(JA)).isEqualTo("パスフレーズが違います。audit.awb は開かれていません。");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Workbench reopened = files.open(file, PASSPHRASE)) {
            assertThat(reopened.id()).isNotNull();
        }
    }

    @Test
    void fileThatIsNotAWorkbenchIsRefusedAndLeftUnchanged() throws Exception {
        Path file = folder.resolve("notes.awb");
        Files.writeString(file, "議事録メモ: this is a text file, not a workbench\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> files.open(file, PASSPHRASE))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workbench.error.notWorkbench"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void unencryptedH2DatabaseIsNotAWorkbench() throws Exception {
        Path plain = folder.resolve("plain");
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + plain, "sa", "")) {
            c.createStatement().execute("CREATE TABLE t (x INT)");
        }
        Path file = folder.resolve("plain.awb");
        Files.move(folder.resolve("plain.mv.db"), file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> files.open(file, PASSPHRASE))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workbench.error.notWorkbench"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void encryptedDatabaseWithoutTheWorkbenchSchemaIsNotAWorkbench() throws Exception {
        Path file = folder.resolve("other.awb");
        try (Connection c = Format1Files.connect(file, PASSPHRASE)) {
            c.createStatement().execute("CREATE TABLE unrelated (x INT)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> files.open(file, PASSPHRASE))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workbench.error.notWorkbench"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void workbenchWrittenByANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        Path file = createClosed("newer.awb");
        try (WorkbenchFiles.Connected store = WorkbenchFiles.connectForTest(file, PASSPHRASE);
                Connection c = store.pool().getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", "
                    + "\"success\") VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'AUDITOR', "
                    + "CURRENT_TIMESTAMP, 1, TRUE)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> files.open(file, PASSPHRASE))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workbench.error.newerVersion"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void workbenchOpenInThisProcessIsNotOpenedTwice() throws Exception {
        Path file = createClosed("twice.awb");
        try (Workbench first = files.open(file, PASSPHRASE)) {
            assertThatThrownBy(() -> files.open(file, PASSPHRASE))
                    .isInstanceOfSatisfying(AuditException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("workbench.error.alreadyOpen"));
            assertThat(first.id()).isNotNull();
        }
        try (Workbench again = files.open(file, PASSPHRASE)) {
            assertThat(again.id()).isNotNull();
        }
    }

    @Test
    void workbenchOpenInAnotherProcessIsRefusedAndLeftUnchanged() throws Exception {
        Path file = createClosed("shared.awb");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldWorkbenchOpen.class.getName(), file.toString(),
                new String(PASSPHRASE))
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            do {
                line = reader.readLine();
            } while (line != null && !line.startsWith("OPEN "));
            assertThat(line).as("the other process opened the workbench").startsWith("OPEN ");
            byte[] before = Files.readAllBytes(file);

            assertThatThrownBy(() -> files.open(file, PASSPHRASE))
                    .isInstanceOfSatisfying(AuditException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("workbench.error.alreadyOpen"));
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(20, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
        try (Workbench afterwards = files.open(file, PASSPHRASE)) {
            assertThat(afterwards.id()).isNotNull();
        }
    }

    @Test
    void missingFileGetsASentenceNamingIt() {
        Path file = folder.resolve("vanished.awb");
        assertThatThrownBy(() -> files.open(file, PASSPHRASE))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("workbench.error.missing");
                    assertThat(e.localizedMessage(JA)).contains("vanished.awb");
                });
        assertThat(file).doesNotExist();
    }

    @Test
    void creatingOverAnExistingFileIsRefusedAndTheFileKept() throws Exception {
        Path file = folder.resolve("existing.awb");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> files.create(file, PASSPHRASE))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workbench.error.exists"));
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void plantedMarkerNeverAppearsInTheFileBytes() throws Exception {
        Path file = folder.resolve("marker.awb");
        String marker = "MARKER-個人番号-0123456789-PLAINTEXT";
        try (Workbench workbench = files.create(file, PASSPHRASE)) {
            workbench.run(r -> r.departments().findOrCreate(marker));
        }
        byte[] bytes = Files.readAllBytes(file);
        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE, StandardCharsets.US_ASCII}) {
            assertThat(indexOf(bytes, "MARKER-".getBytes(charset))).as(charset.name()).isEqualTo(-1);
            assertThat(indexOf(bytes, "0123456789-PLAINTEXT".getBytes(charset))).as(charset.name()).isEqualTo(-1);
        }
        try (Workbench reopened = files.open(file, PASSPHRASE)) {
            java.util.List<com.auditworkbench.domain.Department> departments =
                    reopened.transaction(r -> r.departments().all());
            assertThat(departments).extracting(com.auditworkbench.domain.Department::name).containsExactly(marker);
        }
    }

    private Path createClosed(String name) {
        Path file = folder.resolve(name);
        files.create(file, PASSPHRASE).close();
        return file;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void passphraseWithSpacesAndJapaneseWorks() {
        char[] passphrase = "国立市 監査 2026 春".toCharArray();
        Path file = folder.resolve("spaces.awb");
        files.create(file, passphrase).close();
        try (Workbench reopened = files.open(file, Arrays.copyOf(passphrase, passphrase.length))) {
            assertThat(reopened.id()).isNotNull();
        }
        assertThatThrownBy(() -> files.open(file, "国立市".toCharArray())).isInstanceOf(AuditException.class);
    }
}
