package com.auditworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.service.SampleWorkbench;
import com.auditworkbench.service.WorkbenchService;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.store.EvidenceVault;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.workbook.CommitteeWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore}: one checked file in, the same workbench out, nothing ever overwritten. */
class BackupCommandTest {

    @TempDir
    Path folder;

    private final Map<String, String> environment = new HashMap<>(Map.of("LANG", "ja_JP.UTF-8",
            "AWB_PASSPHRASE", SampleWorkbench.PASSPHRASE));
    private StringWriter out;
    private StringWriter err;
    private Path workbench;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLineApp(new AppDirs(folder.resolve("data")), environment, new PrintWriter(out, true),
                new PrintWriter(err, true)).run(args);
    }

    @TempDir
    static Path shared;
    private static Path sample;

    @BeforeAll
    static void writeSampleOnce() {
        sample = shared.resolve("sample.awb");
        int exit = new CommandLineApp(new AppDirs(shared.resolve("data")), Map.of("AWB_PASSPHRASE",
                SampleWorkbench.PASSPHRASE), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .run(new String[] {"sample", "--out", sample.toString()});
        assertThat(exit).isEqualTo(0);
    }

    @BeforeEach
    void copySample() throws IOException {
        workbench = folder.resolve("sample.awb");
        Files.copy(sample, workbench);
        Path vault = EvidenceVault.folderFor(sample);
        try (Stream<Path> files = Files.walk(vault)) {
            for (Path p : files.toList()) {
                Files.copy(p, EvidenceVault.folderFor(workbench).resolve(vault.relativize(p).toString()));
            }
        }
    }

    @Test
    void restoredBackupHasTheSameCommitteeWorkbookCellByCellAndVerifies() throws Exception {
        Path backup = folder.resolve("sample.awbbackup");
        Path restored = folder.resolve("restored.awb");
        // The original as it is backed up: afterwards it also records the backup, which its cover sheet's hashes show.
        List<String> original = cells(export(workbench, "original.xlsx"));

        long started = System.nanoTime();
        assertThat(run("backup", "--workbench", workbench.toString(), "--out", backup.toString())).isEqualTo(0);
        long backedUp = System.nanoTime();
        assertThat(out.toString()).contains("バックアップ").contains(backup.getFileName().toString());
        assertThat(run("restore", "--in", backup.toString(), "--out", restored.toString())).as(err.toString())
                .isEqualTo(0);
        long restoredAt = System.nanoTime();
        System.out.printf("backup %d ms, restore %d ms, backup %,d bytes, workbench %,d bytes%n",
                (backedUp - started) / 1_000_000, (restoredAt - backedUp) / 1_000_000, Files.size(backup),
                Files.size(workbench));

        assertThat(Files.isDirectory(EvidenceVault.folderFor(restored))).isTrue();
        assertThat(run("verify", "--workbench", restored.toString())).isEqualTo(0);
        assertThat(cells(export(restored, "restored.xlsx"))).isEqualTo(original);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void theOriginalRecordsWhenItWasBackedUp() {
        WorkbenchService service = TestWorkbenches.service();
        try (WorkbenchSession session = service.openReadOnly(workbench, SampleWorkbench.PASSPHRASE.toCharArray())) {
            assertThat(session.backups().lastBackup()).isEmpty();
        }
        Path backup = folder.resolve("b.awbbackup");
        assertThat(run("backup", "--workbench", workbench.toString(), "--out", backup.toString())).isEqualTo(0);
        try (WorkbenchSession session = service.openReadOnly(workbench, SampleWorkbench.PASSPHRASE.toCharArray())) {
            assertThat(session.backups().lastBackup()).hasValueSatisfying(b -> {
                assertThat(b.fileName()).isEqualTo(backup.toString());
                assertThat(b.sizeBytes()).isGreaterThan(0);
            });
            assertThat(session.activity().verifyChain().intact()).isTrue();
        }
    }

    @Test
    void backupNeverOverwritesAFile() throws IOException {
        Path existing = Files.writeString(folder.resolve("existing.awbbackup"), "keep me");
        assertThat(run("backup", "--workbench", workbench.toString(), "--out", existing.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).contains("既に存在").doesNotContain("\n");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void restoreNeverOverwritesAWorkbenchOrItsEvidenceFolder() throws IOException {
        Path backup = folder.resolve("b.awbbackup");
        assertThat(run("backup", "--workbench", workbench.toString(), "--out", backup.toString())).isEqualTo(0);
        byte[] before = Files.readAllBytes(workbench);
        assertThat(run("restore", "--in", backup.toString(), "--out", workbench.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("既に存在");
        assertThat(Files.readAllBytes(workbench)).isEqualTo(before);

        Path target = folder.resolve("new.awb");
        Files.createDirectory(EvidenceVault.folderFor(target));
        assertThat(run("restore", "--in", backup.toString(), "--out", target.toString())).isEqualTo(1);
        assertThat(target).doesNotExist();
    }

    @Test
    void aDamagedBackupIsRefusedAndWritesNothing() throws IOException {
        Path backup = folder.resolve("b.awbbackup");
        assertThat(run("backup", "--workbench", workbench.toString(), "--out", backup.toString())).isEqualTo(0);
        byte[] good = Files.readAllBytes(backup);
        List<byte[]> damaged = new ArrayList<>();
        for (int at : new int[] {3, 20, 5000, good.length / 2, good.length - 40, good.length - 1}) {
            byte[] flipped = good.clone();
            flipped[at] ^= 0x01;
            damaged.add(flipped);
        }
        damaged.add(java.util.Arrays.copyOf(good, good.length - 1));
        damaged.add(java.util.Arrays.copyOf(good, good.length / 3));
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
        damaged.add(longer);
        Path target = folder.resolve("restored.awb");
        for (byte[] bytes : damaged) {
            Path bad = Files.write(folder.resolve("bad.awbbackup"), bytes);
            assertThat(run("restore", "--in", bad.toString(), "--out", target.toString())).isEqualTo(1);
            assertThat(err.toString().strip()).contains("壊れている").doesNotContain("\n");
            assertNothingRestored(target);
        }
    }

    @Test
    void aWrongPassphraseIsRefusedAndWritesNothing() {
        Path backup = folder.resolve("b.awbbackup");
        assertThat(run("backup", "--workbench", workbench.toString(), "--out", backup.toString())).isEqualTo(0);
        environment.put("AWB_PASSPHRASE", "not the passphrase at all");
        Path target = folder.resolve("restored.awb");
        assertThat(run("restore", "--in", backup.toString(), "--out", target.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("パスフレーズ");
        assertNothingRestored(target);
    }

    @Test
    void missingOptionsAreAUsageError() {
        assertThat(run("backup", "--workbench", workbench.toString())).isEqualTo(2);
        assertThat(run("restore", "--out", folder.resolve("x.awb").toString())).isEqualTo(2);
    }

    private void assertNothingRestored(Path target) {
        assertThat(target).doesNotExist();
        assertThat(EvidenceVault.folderFor(target)).doesNotExist();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path export(Path file, String name) {
        Path xlsx = folder.resolve(name);
        try (WorkbenchSession session = TestWorkbenches.service().openReadOnly(file,
                SampleWorkbench.PASSPHRASE.toCharArray())) {
            long plan = session.plans().resolve("2026").id();
            new CommitteeWorkbook(new Messages(Language.JAPANESE), ZoneId.of("Asia/Tokyo"))
                    .write(session.reports().committeeReport(plan), xlsx, Progress.NONE);
        }
        return xlsx;
    }

    /** Every cell of every sheet as "sheet!row,column type value". */
    private static List<String> cells(Path xlsx) throws IOException {
        List<String> all = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        all.add(sheet.getSheetName() + "!" + row.getRowNum() + "," + cell.getColumnIndex() + " "
                                + cell.getCellType() + " " + cell);
                    }
                }
            }
        }
        assertThat(all).hasSizeGreaterThan(100);
        return all;
    }
}
