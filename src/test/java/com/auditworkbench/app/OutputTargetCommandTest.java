package com.auditworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.service.FileFingerprint;
import com.auditworkbench.store.EvidenceVault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing saved is ever lost: no command writes over a workbench (by any name or link), into its evidence folder,
 * or over its own input, and read-only commands leave the workbench and every evidence pack byte for byte.
 */
class OutputTargetCommandTest {

    private static final String PASSPHRASE = "cli-test-passphrase-2026";

    @TempDir
    static Path folder;

    private static Path workbench;

    private final Map<String, String> environment = new HashMap<>(Map.of("LANG", "ja_JP.UTF-8",
            "AWB_PASSPHRASE", PASSPHRASE));
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void writeTheSample() {
        workbench = folder.resolve("sample.awb");
        var test = new OutputTargetCommandTest();
        assertThat(test.run("sample", "--out", workbench.toString())).isEqualTo(0);
        assertThat(EvidenceVault.folderFor(workbench)).isDirectory();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLineApp(new AppDirs(folder.resolve("data")), environment, new PrintWriter(out, true),
                new PrintWriter(err, true)).run(args);
    }

    /** SHA-256 of the workbench file and of every file in its evidence folder. */
    static Map<String, String> fingerprints(Path workbenchFile) throws Exception {
        Map<String, String> all = new TreeMap<>();
        all.put(workbenchFile.getFileName().toString(), FileFingerprint.sha256(workbenchFile));
        Path evidence = EvidenceVault.folderFor(workbenchFile);
        if (!Files.isDirectory(evidence)) {
            return all;
        }
        try (Stream<Path> files = Files.walk(evidence)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.put(evidence.relativize(file).toString(), FileFingerprint.sha256(file));
            }
        }
        return all;
    }

    private static Path anEvidencePack() throws Exception {
        try (Stream<Path> files = Files.walk(EvidenceVault.folderFor(workbench))) {
            return files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
    }

    private void assertRefusedWithOneSentence(String... args) {
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").doesNotContain("Exception").isNotEmpty();
    }

    private String[] export(Path target, String... more) {
        String[] base = {"export", "--workbench", workbench.toString(), "--plan", "2026", "--out", target.toString()};
        return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void exportOverTheWorkbenchIsRefusedByEveryNameAndLinkEvenWithForce() throws Exception {
        Map<String, String> before = fingerprints(workbench);
        Files.createDirectories(folder.resolve("x"));
        Path symbolic = Files.createSymbolicLink(folder.resolve("symbolic.xlsx"), workbench);
        Path hard = Files.createLink(folder.resolve("hard.xlsx"), workbench);
        for (Path name : new Path[] {workbench, Path.of(folder + "/x/../sample.awb"), symbolic, hard}) {
            assertRefusedWithOneSentence(export(name));
            assertRefusedWithOneSentence(export(name, "--force"));
        }
        assertThat(err.toString()).contains("ワークベンチ");
        assertThat(fingerprints(workbench)).isEqualTo(before);
        Files.delete(symbolic);
        Files.delete(hard);
    }

    @Test
    void exportIntoTheEvidenceFolderOrOverAPackIsRefused() throws Exception {
        Map<String, String> before = fingerprints(workbench);
        Path pack = anEvidencePack();
        Path linkedPack = Files.createLink(folder.resolve("pack.xlsx"), pack);
        assertRefusedWithOneSentence(export(pack, "--force"));
        assertRefusedWithOneSentence(export(EvidenceVault.folderFor(workbench).resolve("new.xlsx")));
        assertRefusedWithOneSentence(export(linkedPack, "--force"));
        assertThat(err.toString()).contains("pack.xlsx");
        assertThat(fingerprints(workbench)).isEqualTo(before);
        Files.delete(linkedPack);
    }

    @Test
    void exportOverAnOrdinaryFileNeedsForce() throws Exception {
        Path existing = Files.writeString(folder.resolve("last-year.xlsx"), "keep");
        String hash = FileFingerprint.sha256(existing);
        assertRefusedWithOneSentence(export(existing));
        assertThat(err.toString()).contains("--force");
        assertThat(FileFingerprint.sha256(existing)).isEqualTo(hash);

        assertThat(run(export(existing, "--force"))).isEqualTo(0);
        try (XSSFWorkbook written = new XSSFWorkbook(Files.newInputStream(existing))) {
            assertThat(written.getSheetAt(0).getSheetName()).isEqualTo("表紙");
        }
    }

    @Test
    void exportInPlaceOfAFolderOrAnotherWorkbenchIsRefused() throws Exception {
        Path aFolder = Files.createDirectories(folder.resolve("reports.xlsx"));
        assertRefusedWithOneSentence(export(aFolder, "--force"));
        assertThat(aFolder).isEmptyDirectory();

        Path renamed = Files.copy(workbench, folder.resolve("renamed-workbench.xlsx"));
        String hash = FileFingerprint.sha256(renamed);
        assertRefusedWithOneSentence(export(renamed, "--force"));
        assertThat(FileFingerprint.sha256(renamed)).isEqualTo(hash);
        Files.delete(renamed);
    }

    @Test
    void readOnlyAndRefusedCommandsLeaveTheWorkbenchAndEveryEvidencePackUnchanged() throws Exception {
        Map<String, String> before = fingerprints(workbench);
        assertThat(run("verify", "--workbench", workbench.toString())).isEqualTo(0);
        assertThat(run(export(folder.resolve("read-only.xlsx")))).isEqualTo(0);
        assertThat(run("export", "--workbench", workbench.toString(), "--plan", "2031", "--out",
                folder.resolve("never.xlsx").toString())).isEqualTo(1);
        assertThat(run(export(folder.resolve("never.xlsx"), "--lang", "xx"))).isEqualTo(2);
        assertThat(run("export", "--workbench", workbench.toString())).isEqualTo(2);
        environment.put("AWB_PASSPHRASE", "a wrong passphrase");
        assertThat(run("verify", "--workbench", workbench.toString())).isEqualTo(1);
        assertThat(run(export(folder.resolve("never.xlsx")))).isEqualTo(1);
        assertThat(folder.resolve("never.xlsx")).doesNotExist();
        assertThat(fingerprints(workbench)).isEqualTo(before);
    }
}
