package com.auditworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key format 2: a salt and cost of each file's own, read before the key is derived; format 1 read and upgraded. */
class KeyFormatTest {

    private static final char[] PASSPHRASE = "correct horse battery staple 42".toCharArray();
    private static final Messages JA = new Messages(Language.JAPANESE);

    @TempDir
    Path folder;

    private final WorkbenchFiles files = new WorkbenchFiles("test");

    @AfterEach
    void noHook() {
        WorkbenchFiles.upgradeHook = () -> { };
    }

    @Test
    void eachNewFileHasItsOwnSaltAndTheRecommendedCostInACleartextHeader() throws Exception {
        Path first = created("first.awb");
        Path second = created("second.awb");
        WorkbenchHeader.KeyParameters a = WorkbenchHeader.read(first).parameters().orElseThrow();
        WorkbenchHeader.KeyParameters b = WorkbenchHeader.read(second).parameters().orElseThrow();

        assertThat(a.format()).isEqualTo(2);
        assertThat(a.iterations()).isGreaterThanOrEqualTo(600_000);
        assertThat(a.salt()).hasSize(16);
        assertThat(a.salt()).isNotEqualTo(b.salt());
        byte[] head = Arrays.copyOf(Files.readAllBytes(first), 4096 + 10);
        assertThat(new String(head, 0, 15, StandardCharsets.US_ASCII)).isEqualTo("AuditWorkbench\n");
        assertThat(new String(head, 4096, 10, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt\n");
    }

    @Test
    void theSamePassphraseGivesDifferentKeysForDifferentFiles() {
        char[] one = PassphraseKey.derive(PASSPHRASE, WorkbenchHeader.fresh());
        char[] two = PassphraseKey.derive(PASSPHRASE, WorkbenchHeader.fresh());
        assertThat(one).hasSize(64).isNotEqualTo(two);
    }

    @Test
    void aFormat1FileOpensReadOnlyWithoutAnyChange() throws Exception {
        Path file = folder.resolve("old.awb");
        UUID id = Format1Files.createWorkbench(file, PASSPHRASE);
        byte[] before = sha256(file);

        try (Workbench read = files.openReadOnly(file, PASSPHRASE)) {
            assertThat(read.id()).isEqualTo(id);
            assertThat(read.readOnly()).isTrue();
        }
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(WorkbenchHeader.read(file).kind()).isEqualTo(WorkbenchHeader.Kind.FORMAT_1);
    }

    @Test
    void aFormat1FileIsUpgradedWhenOpenedForWritingAndKeepsEverything() throws Exception {
        Path file = folder.resolve("old.awb");
        UUID id = Format1Files.createWorkbench(file, PASSPHRASE);
        try (Connection c = Format1Files.connect(file, PASSPHRASE)) {
            c.createStatement().execute("CREATE TABLE kept (note VARCHAR(100))");
            c.createStatement().execute("INSERT INTO kept VALUES ('記録した所見')");
        }

        try (Workbench upgraded = files.open(file, PASSPHRASE)) {
            assertThat(upgraded.id()).isEqualTo(id);
        }
        assertThat(WorkbenchHeader.read(file).kind()).isEqualTo(WorkbenchHeader.Kind.FORMAT_2);
        assertThat(WorkbenchHeader.read(file).parameters().orElseThrow().isCurrent()).isTrue();
        try (WorkbenchFiles.Connected store = WorkbenchFiles.connectForTest(file, PASSPHRASE);
                Connection c = store.pool().getConnection();
                ResultSet r = c.createStatement().executeQuery("SELECT note FROM kept")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("記録した所見");
        }
        assertThatThrownBy(() -> Format1Files.connect(file, PASSPHRASE).close()).isNotNull();
        assertThat(siblings()).containsExactly("old.awb");
        try (Workbench again = files.open(file, PASSPHRASE)) {
            assertThat(again.id()).isEqualTo(id);
        }
    }

    @Test
    void aCrashDuringTheUpgradeLeavesTheFormat1FileWhole() throws Exception {
        Path file = folder.resolve("old.awb");
        UUID id = Format1Files.createWorkbench(file, PASSPHRASE);
        byte[] before = sha256(file);
        WorkbenchFiles.upgradeHook = () -> {
            throw new IllegalStateException("power cut");
        };

        assertThatThrownBy(() -> files.open(file, PASSPHRASE)).hasMessage("power cut");
        assertThat(sha256(file)).isEqualTo(before);

        // What a killed process leaves: the half-written copy beside it, which the next opening removes.
        Files.write(folder.resolve(".old.awb.format-upgrade.awb"), new byte[] {1, 2, 3});
        WorkbenchFiles.upgradeHook = () -> { };
        try (Workbench reopened = files.open(file, PASSPHRASE)) {
            assertThat(reopened.id()).isEqualTo(id);
        }
        assertThat(WorkbenchHeader.read(file).kind()).isEqualTo(WorkbenchHeader.Kind.FORMAT_2);
        assertThat(siblings()).containsExactly("old.awb");
    }

    @Test
    void aWrongPassphraseOnAFormat1FileChangesNothing() throws Exception {
        Path file = folder.resolve("old.awb");
        Format1Files.createWorkbench(file, PASSPHRASE);
        byte[] before = sha256(file);

        assertThatThrownBy(() -> files.open(file, "not it at all".toCharArray()))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workbench.error.wrongPassphrase"));
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(siblings()).containsExactly("old.awb");
    }

    @Test
    void aHeaderAskingForAHugeCostIsRefusedAtOnceAsDamaged() throws Exception {
        Path file = created("costly.awb");
        rewriteHeader(file, buffer -> buffer.putInt(20, Integer.MAX_VALUE));
        byte[] before = sha256(file);

        long begin = System.nanoTime();
        assertThatThrownBy(() -> files.open(file, PASSPHRASE))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("workbench.error.damagedHeader");
                    assertThat(e.localizedMessage(JA)).contains("costly.awb").doesNotContain("\n");
                });
        assertThat((System.nanoTime() - begin) / 1_000_000).isLessThan(2_000);
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aChangedSaltIsCaughtByTheHeaderChecksum() throws Exception {
        Path file = created("salted.awb");
        rewriteHeader(file, buffer -> buffer.put(30, (byte) (buffer.get(30) ^ 1)));

        assertThatThrownBy(() -> files.open(file, PASSPHRASE))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workbench.error.damagedHeader"));
    }

    @Test
    void aLaterFormatIsRefusedAsNewer() throws Exception {
        Path file = created("later.awb");
        rewriteHeader(file, buffer -> buffer.putShort(16, (short) 3));

        assertThatThrownBy(() -> files.open(file, PASSPHRASE))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workbench.error.newerVersion"));
    }

    @Test
    void aFileCutInsideItsHeaderIsDamaged() throws Exception {
        Path file = created("cut.awb");
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 2000));

        assertThatThrownBy(() -> files.open(file, PASSPHRASE))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workbench.error.damagedHeader"));
    }

    private Path created(String name) {
        Path file = folder.resolve(name);
        files.create(file, PASSPHRASE).close();
        return file;
    }

    private static void rewriteHeader(Path file, java.util.function.Consumer<ByteBuffer> edit) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        edit.accept(ByteBuffer.wrap(bytes));
        Files.write(file, bytes);
    }

    private java.util.List<String> siblings() throws Exception {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
