package com.auditworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.AnsweringDepartment;
import com.auditworkbench.support.SelfInspectionFixture;
import com.auditworkbench.support.TestWorkbenches;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-questionnaires and import-responses: the same checks as the window, exit codes, one sentence and a list. */
class SelfInspectionCommandsTest {

    @TempDir
    Path folder;

    private final Map<String, String> environment = new HashMap<>();
    private Path workbench;
    private List<ChecklistItem> items;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void createWorkbenchWithCampaign() {
        try (WorkbenchSession session = SelfInspectionFixture.workbench(folder)) {
            workbench = session.file();
            var campaign = SelfInspectionFixture.campaign(session);
            items = session.selfInspection().items(campaign.id());
        }
        environment.put("AWB_PASSPHRASE", TestWorkbenches.PASSPHRASE);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLineApp(new AppDirs(folder.resolve("data")), environment, new PrintWriter(out, true),
                new PrintWriter(err, true)).run(args);
    }

    private List<Path> exportAndAnswerAll() throws Exception {
        Path questionnaires = folder.resolve("調査票");
        Files.createDirectories(questionnaires);
        assertThat(run("export-questionnaires", "--workbench", workbench.toString(), "--campaign", "2026", "--out",
                questionnaires.toString())).isEqualTo(0);
        List<Path> files;
        try (Stream<Path> listed = Files.list(questionnaires)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            Map<String, String> answers = new HashMap<>();
            items.forEach(i -> answers.put(i.code(), SelfInspectionAnswer.PARTLY.label()));
            AnsweringDepartment.answer(file, "記入者", answers, Map.of());
        }
        return files;
    }

    private int responses() {
        try (WorkbenchSession session = TestWorkbenches.service().open(workbench,
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            return session.selfInspection().responses(session.selfInspection().resolve("2026").id()).size();
        }
    }

    @Test
    void helpListsBothCommands() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("export-questionnaires", "import-responses");
    }

    @Test
    void exportsOneQuestionnairePerDepartmentAndImportsTheAnsweredFolder() throws Exception {
        List<Path> files = exportAndAnswerAll();
        assertThat(out.toString()).contains("調査票 3 件を");
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "総務部_総務課_SI2026-01.xlsx", "市民部_市民課_SI2026-01.xlsx", "健康福祉部_福祉総務課_SI2026-01.xlsx");

        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "SI2026-01",
                folder.resolve("調査票").toString())).isEqualTo(0);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("総務部 総務課：回答 " + items.size() + " / " + items.size() + " 問")
                .contains("3 件のファイルを自己点検 SI2026-01 に取り込みました。");
        assertThat(responses()).isEqualTo(3);
    }

    @Test
    void aRefusedFileExitsOneWithOneSentenceAndTheListAndImportsNothing() throws Exception {
        List<Path> files = exportAndAnswerAll();
        Path bad = Files.writeString(folder.resolve("調査票").resolve("メモ.xlsx"), "not a workbook");
        AnsweringDepartment.answer(files.get(0), "記入者", Map.of(items.get(0).code(), "はい"), Map.of());

        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "2026",
                folder.resolve("調査票").toString())).isEqualTo(1);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("4 件のうち 2 件のファイルを取り込めないため、何も取り込みませんでした：");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1) + lines.get(2)).contains(bad.getFileName().toString() + ": Excel ブック（.xlsx）ではありません。")
                .contains(files.get(0).getFileName() + ": 13 行目：質問 " + items.get(0).code() + " の回答「はい」は選択肢");
        assertThat(err.toString()).doesNotContain("Exception");
        assertThat(responses()).isZero();
    }

    @Test
    void aCommentTooLongToStoreIsRefusedByTheDryRunAndTheGoodFilesBesideItAreNotImported() throws Exception {
        List<Path> files = exportAndAnswerAll();
        String crafted = "長いコメント" + "。".repeat(40_000);
        AnsweringDepartment.answer(files.get(1), "記入者", Map.of(), Map.of(items.get(0).code(), "長いコメント"));
        AnsweringDepartment.craft(files.get(1), "長いコメント", crafted);
        String folderArgument = folder.resolve("調査票").toString();

        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "2026", "--dry-run",
                folderArgument)).isEqualTo(1);
        assertThat(err.toString()).contains("のコメントが長すぎます（40,006 文字、上限 32,767 文字）。")
                .doesNotContain("。。。").doesNotContain("予期しない");
        assertThat(err.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line).hasSizeLessThan(300));

        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "2026",
                folderArgument)).isEqualTo(1);
        assertThat(responses()).isZero();
    }

    @Test
    void aQuestionnairePassedOffAsAnotherDepartmentsIsRefusedAndNothingIsImported() throws Exception {
        List<Path> files = exportAndAnswerAll();
        Path soumu = files.stream().filter(f -> f.getFileName().toString().startsWith("総務部")).findFirst()
                .orElseThrow();
        Path fukushi = files.stream().filter(f -> f.getFileName().toString().startsWith("健康福祉部")).findFirst()
                .orElseThrow();
        try (WorkbenchSession session = TestWorkbenches.service().open(workbench,
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            var shimin = session.selfInspection().resolve("2026").departments().get(1);
            AnsweringDepartment.editIdentity(soumu, "departmentId", Long.toString(shimin.id()), true, true);
            AnsweringDepartment.editIdentity(soumu, "departmentCode", shimin.code(), true, true);
            AnsweringDepartment.editIdentity(soumu, "departmentName", shimin.name(), true, true);
        }

        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "2026",
                soumu.toString(), fukushi.toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).hasSize(2);
        assertThat(err.toString()).contains(soumu + ": 「" + soumu.getFileName()
                + "」の識別情報は、このワークベンチが書き出したものから書き換えられているため、取り込みませんでした。");
        assertThat(out.toString()).doesNotContain("市民部 市民課：回答");
        assertThat(responses()).isZero();
    }

    @Test
    void aReimportAndMissingAnswersAreRefusedUnlessTheOptionsAcceptThem() throws Exception {
        List<Path> files = exportAndAnswerAll();
        String file = files.get(0).toString();
        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "2026", file))
                .isEqualTo(0);
        AnsweringDepartment.answer(files.get(0), "記入者", Map.of(items.get(0).code(), ""), Map.of());

        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "2026", file))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--replace");
        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "2026", "--replace",
                file)).isEqualTo(1);
        assertThat(err.toString()).contains("未回答の質問が 1 問あります").contains("--accept-missing");
        assertThat(responses()).isEqualTo(1);

        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "2026", "--replace",
                "--accept-missing", "--dry-run", file)).isEqualTo(0);
        assertThat(responses()).isEqualTo(1);
        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "2026", "--replace",
                "--accept-missing", file)).isEqualTo(0);
        assertThat(out.toString()).contains("前回との差分 1 件");
        assertThat(responses()).isEqualTo(2);
    }

    @Test
    void exportIntoAFolderHoldingAQuestionnaireExitsOneAndOverwritesNothing() throws Exception {
        Path target = Files.createDirectories(folder.resolve("out"));
        Path existing = Files.writeString(target.resolve("市民部_市民課_SI2026-01.xlsx"), "answered");
        assertThat(run("export-questionnaires", "--workbench", workbench.toString(), "--campaign", "2026", "--out",
                target.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("市民部_市民課_SI2026-01.xlsx");
        assertThat(Files.readString(existing)).isEqualTo("answered");
        try (Stream<Path> listed = Files.list(target)) {
            assertThat(listed).hasSize(1);
        }
    }

    @Test
    void anUnknownCampaignExitsOneAndAMissingOptionTwo() {
        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "SI2031-01",
                folder.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("番号 SI2031-01 の自己点検はありません。");
        assertThat(run("import-responses", "--workbench", workbench.toString(), folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--campaign");
        assertThat(run("export-questionnaires", "--workbench", workbench.toString(), "--campaign", "2026"))
                .isEqualTo(2);
    }

    @Test
    void exportingQuestionnairesOverFilesAlreadyThereNeedsForce() throws Exception {
        List<Path> files = exportAndAnswerAll();
        String answered = com.auditworkbench.service.FileFingerprint.sha256(files.get(0));
        String[] again = {"export-questionnaires", "--workbench", workbench.toString(), "--campaign", "2026", "--out",
            folder.resolve("調査票").toString()};
        assertThat(run(again)).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--force");
        assertThat(com.auditworkbench.service.FileFingerprint.sha256(files.get(0))).isEqualTo(answered);

        String[] forced = Stream.concat(Stream.of(again), Stream.of("--force")).toArray(String[]::new);
        assertThat(run(forced)).isEqualTo(0);
        assertThat(com.auditworkbench.service.FileFingerprint.sha256(files.get(0))).isNotEqualTo(answered);
    }

    @Test
    void questionnairesAreNeverWrittenIntoAnEvidenceFolder() throws Exception {
        Path evidence = Files.createDirectories(com.auditworkbench.store.EvidenceVault.folderFor(workbench));
        assertThat(run("export-questionnaires", "--workbench", workbench.toString(), "--campaign", "2026", "--out",
                evidence.toString(), "--force")).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("証跡");
        assertThat(evidence).isEmptyDirectory();
    }

    @Test
    void exportAndDryRunLeaveTheWorkbenchByteForByte() throws Exception {
        Map<String, String> before = OutputTargetCommandTest.fingerprints(workbench);
        exportAndAnswerAll();
        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "2026", "--dry-run",
                folder.resolve("調査票").toString())).isEqualTo(0);
        assertThat(run("import-responses", "--workbench", workbench.toString(), "--campaign", "2031", "--dry-run",
                folder.resolve("調査票").toString())).isEqualTo(1);
        assertThat(OutputTargetCommandTest.fingerprints(workbench)).isEqualTo(before);
    }
}
