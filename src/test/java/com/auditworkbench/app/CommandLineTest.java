package com.auditworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: commands, options, exit codes, and one sentence on failure. */
class CommandLineTest {

    @TempDir
    Path folder;

    private final Map<String, String> environment = new HashMap<>();
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        environment.putIfAbsent("LANG", "ja_JP.UTF-8");
        return new CommandLineApp(new AppDirs(folder.resolve("data")), environment, new PrintWriter(out, true),
                new PrintWriter(err, true)).run(args);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("sample", "export", "validate-template", "coverage", "gui");
    }

    @Test
    void sampleThenExportWritesTheCommitteeWorkbook() throws Exception {
        Path workbench = folder.resolve("sample.awb");
        environment.put("AWB_PASSPHRASE", "cli-test-passphrase-2026");
        assertThat(run("sample", "--out", workbench.toString())).isEqualTo(0);
        assertThat(workbench).isRegularFile();
        assertThat(err.toString()).isEmpty();

        Path xlsx = folder.resolve("committee.xlsx");
        assertThat(run("export", "--workbench", workbench.toString(), "--plan", "2026", "--out", xlsx.toString()))
                .isEqualTo(0);
        assertThat(out.toString()).contains("SHA-256");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("表紙");
            assertThat(workbook.getSheet("指摘事項").getLastRowNum()).isGreaterThan(0);
        }

        Path english = folder.resolve("committee-en.xlsx");
        assertThat(run("export", "--workbench", workbench.toString(), "--plan", "FY2026-01", "--out",
                english.toString(), "--lang", "en")).isEqualTo(0);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(english))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Cover");
        }
    }

    @Test
    void samplePrintsThePublishedPassphraseWhenNoneIsGiven() {
        Path workbench = folder.resolve("first-look.awb");
        assertThat(run("sample", "--out", workbench.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("kunitachi-sample-2026");
    }

    @Test
    void wrongPassphraseExitsOneWithOneSentenceAndWritesNothing() throws Exception {
        Path workbench = folder.resolve("s.awb");
        environment.put("AWB_PASSPHRASE", "cli-test-passphrase-2026");
        assertThat(run("sample", "--out", workbench.toString())).isEqualTo(0);
        byte[] before = Files.readAllBytes(workbench);

        environment.put("AWB_PASSPHRASE", "a wrong passphrase");
        Path xlsx = folder.resolve("never.xlsx");
        assertThat(run("export", "--workbench", workbench.toString(), "--plan", "2026", "--out", xlsx.toString()))
                .isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").doesNotContain("Exception").contains("s.awb");
        assertThat(xlsx).doesNotExist();
        assertThat(Files.readAllBytes(workbench)).isEqualTo(before);
    }

    @Test
    void unknownPlanExitsOneAndWritesNothing() {
        Path workbench = folder.resolve("s.awb");
        environment.put("AWB_PASSPHRASE", "cli-test-passphrase-2026");
        run("sample", "--out", workbench.toString());
        Path xlsx = folder.resolve("never.xlsx");
        assertThat(run("export", "--workbench", workbench.toString(), "--plan", "2031", "--out", xlsx.toString()))
                .isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("2031");
        assertThat(xlsx).doesNotExist();
    }

    @Test
    void missingOptionIsAUsageErrorWithExitTwo() {
        assertThat(run("export", "--workbench", "x.awb")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
        assertThat(run("no-such-command")).isEqualTo(2);
    }

    @Test
    void sampleRefusesToOverwriteAnExistingFile() throws Exception {
        Path existing = folder.resolve("keep.awb");
        Files.writeString(existing, "keep");
        assertThat(run("sample", "--out", existing.toString())).isEqualTo(1);
        assertThat(Files.readString(existing)).isEqualTo("keep");
    }

    @Test
    void validateTemplateExitsZeroForShippedTemplatesAndOneWithLocatedDefects() throws Exception {
        assertThat(run("validate-template", "audit-templates/kunitachi-security-audit.yaml",
                "audit-templates/kunitachi-self-inspection.yaml")).isEqualTo(0);
        Path broken = folder.resolve("broken.yaml");
        Files.writeString(broken, "id: broken\nversion: \"1.0.0\"\nkind: audit\ncolour: red\n");
        assertThat(run("validate-template", broken.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(broken + ":4:1:");
    }

    @Test
    void anArgumentStartingWithAnAtIsNotReadAsAFileOfArguments() throws Exception {
        Path arguments = Files.writeString(folder.resolve("arguments.txt"), "--version\n");

        assertThat(run("@" + arguments)).as("an unknown command, not --version read from the file").isEqualTo(2);
        assertThat(out.toString()).doesNotContain("Audit Workbench");
    }

    @Test
    void coveragePrintsCountsAndIsoControls() {
        assertThat(run("coverage", "audit-templates/kunitachi-security-audit.yaml")).isEqualTo(0);
        assertThat(out.toString()).contains("ISO/IEC 27002:2022").contains("(8)");
    }

    @Test
    void verifyPassesOnAnUntouchedWorkbenchAndNamesTheFirstTamperedEvent() throws Exception {
        Path workbench = folder.resolve("v.awb");
        environment.put("AWB_PASSPHRASE", "cli-test-passphrase-2026");
        assertThat(run("sample", "--out", workbench.toString())).isEqualTo(0);
        assertThat(run("verify", "--workbench", workbench.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("改ざんは見つかりませんでした");

        assertThat(com.auditworkbench.store.Tamper.execute(workbench, "cli-test-passphrase-2026".toCharArray(),
                "UPDATE activity_event SET summary = summary || '!' WHERE seq = 7")).isEqualTo(1);
        assertThat(run("verify", "--workbench", workbench.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("第 7 件目").contains("記録内容の改変");
    }

    @Test
    void guiTakesAWorkbenchFileButNeverItsPassphraseOutsideTheSmokeTest() {
        environment.put("AWB_PASSPHRASE", "from-the-environment-2026");
        GuiCommand gui = guiWith("data/令和8年度.awb");
        assertThat(gui.options().file()).isEqualTo(Path.of("data/令和8年度.awb").toAbsolutePath());
        assertThat(gui.options().openSample()).isFalse();
        assertThat(gui.options().smokePassphrase()).isNull();

        GuiCommand smoke = guiWith("--smoke-test", "large.awb");
        assertThat(smoke.options().smokePassphrase()).containsExactly("from-the-environment-2026".toCharArray());
        assertThat(guiWith("--smoke-test").options().smokePassphrase()).isNull();
        assertThat(smoke.options().smokeTypingMillis()).isZero();
        assertThat(guiWith("--smoke-test", "--smoke-typing-ms", "4000", "large.awb").options().smokeTypingMillis())
                .isEqualTo(4000);
        assertThat(guiWith("--smoke-typing-ms", "4000", "large.awb").options().smokeTypingMillis())
                .as("a pause means nothing outside the smoke test").isZero();
    }

    @Test
    void guiRefusesTheSampleAndAFileTogether() {
        assertThat(run("gui", "--sample", folder.resolve("a.awb").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--sample and FILE exclude each other");
        assertThat(run("gui", "a.awb", "b.awb")).isEqualTo(2);
    }

    @Test
    void onlyThePlainStartAndGuiStartTheWindowToolkitEarly() {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"gui", "a.awb"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"gui", "--help"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"sample", "--out", "gui"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--version"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"C:\\監査\\令和8年度.AWB"})).isTrue();
    }

    @Test
    void aWorkbenchFileAloneIsHandedToTheWindowAsADesktopDoes() {
        assertThat(Launcher.withCommand(new String[] {"/home/lead/令和8年度.awb"}))
                .containsExactly("gui", "/home/lead/令和8年度.awb");
        assertThat(Launcher.withCommand(new String[0])).containsExactly("gui");
        assertThat(Launcher.withCommand(new String[] {"notes.txt"})).containsExactly("notes.txt");
        assertThat(Launcher.withCommand(new String[] {"verify", "x.awb"})).containsExactly("verify", "x.awb");
        assertThat(run("notes.txt")).isEqualTo(2);
    }

    private GuiCommand guiWith(String... args) {
        var settings = new com.auditworkbench.service.UserSettings(folder.resolve("settings.properties"));
        GuiCommand gui = new GuiCommand(new AppContext(new AppDirs(folder.resolve("data")), settings,
                new com.auditworkbench.domain.Messages(settings.language()), java.time.Clock.systemDefaultZone(),
                environment));
        new picocli.CommandLine(gui).parseArgs(args);
        return gui;
    }
}
