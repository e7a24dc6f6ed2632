package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.ImportPreview;
import com.auditworkbench.domain.ImportProblem;
import com.auditworkbench.domain.ImportProblem.Kind;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewCampaign;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.AnsweringDepartment;
import com.auditworkbench.support.SelfInspectionFixture;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem a returned questionnaire can have is reported in a sentence, and the file is not saved: importing
 * it is refused, and the workbench holds no response afterwards.
 */
class ResponseProblemsTest {

    private static final Messages JA = new Messages(Language.JAPANESE);

    @TempDir
    Path folder;

    private WorkbenchSession session;
    private Campaign campaign;
    private List<ChecklistItem> items;
    private Path file;

    @BeforeEach
    void exportAndAnswer() throws Exception {
        session = SelfInspectionFixture.workbench(folder);
        campaign = SelfInspectionFixture.campaign(session);
        items = session.selfInspection().items(campaign.id());
        file = SelfInspectionFixture.export(session, campaign, folder.resolve("out")).get(0);
        answerAll(file, SelfInspectionAnswer.DONE);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void answerAll(Path questionnaire, SelfInspectionAnswer answer) throws Exception {
        Map<String, String> answers = new HashMap<>();
        items.forEach(i -> answers.put(i.code(), answer.label()));
        AnsweringDepartment.answer(questionnaire, "記入 花子", answers, Map.of());
    }

    /** Previews the file, checks the one sentence reported, and that importing is refused and saves nothing. */
    private ImportPreview refused(Path returned, Kind kind, String sentence) {
        ImportPreview preview = preview(returned).get(0);
        assertThat(preview.problems()).extracting(ImportProblem::kind).contains(kind);
        assertThat(preview.problems()).filteredOn(p -> p.kind() == kind).first()
                .satisfies(p -> assertThat(p.describe(JA)).isEqualTo(sentence));
        assertThat(preview.importable()).isFalse();
        assertThatThrownBy(() -> session.selfInspection().importResponse(preview))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("response.error.refused"));
        assertThat(session.selfInspection().responses(campaign.id())).isEmpty();
        return preview;
    }

    private List<ImportPreview> preview(Path... returned) {
        return session.selfInspection().preview(campaign.id(),
                new QuestionnaireReader().readAll(List.of(returned), Progress.NONE));
    }

    @Test
    void aQuestionnaireOfAnotherCampaignOfThisWorkbenchIsRefusedByName() throws Exception {
        Campaign other = session.selfInspection().create(new NewCampaign(new FiscalYear(2026), "臨時の自己点検",
                List.of("総務部 総務課"), SelfInspectionFixture.DEADLINE, "情報政策課", "取扱注意"),
                SelfInspectionFixture.template());
        Path otherFile = SelfInspectionFixture.export(session, other, folder.resolve("other")).get(0);
        answerAll(otherFile, SelfInspectionAnswer.DONE);
        refused(otherFile, Kind.OTHER_CAMPAIGN, "別の自己点検（SI2026-02）の調査票です。この自己点検（SI2026-01）には取り込めません。");
    }

    @Test
    void aQuestionnaireFromAnotherWorkbenchIsRefused() throws Exception {
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Path foreign;
        try (WorkbenchSession otherBench = SelfInspectionFixture.workbench(elsewhere)) {
            Campaign foreignCampaign = SelfInspectionFixture.campaign(otherBench);
            foreign = SelfInspectionFixture.export(otherBench, foreignCampaign, elsewhere.resolve("out")).get(0);
        }
        answerAll(foreign, SelfInspectionAnswer.DONE);
        refused(foreign, Kind.FOREIGN_CAMPAIGN,
                "このワークベンチにない自己点検（SI2026-01）の調査票です。この自己点検（SI2026-01）には取り込めません。");
    }

    @Test
    void aQuestionnaireWhoseIdentityWasChangedToAnotherDepartmentIsRefusedAsForged() throws Exception {
        var shimin = campaign.departments().get(1);
        AnsweringDepartment.editIdentity(file, "departmentId", Long.toString(shimin.id()), true, true);
        AnsweringDepartment.editIdentity(file, "departmentCode", shimin.code(), true, true);
        AnsweringDepartment.editIdentity(file, "departmentName", shimin.name(), true, true);
        ImportPreview preview = refused(file, Kind.IDENTITY_FORGED, "「総務部_総務課_SI2026-01.xlsx」の識別情報は、"
                + "このワークベンチが書き出したものから書き換えられているため、取り込みませんでした。");
        assertThat(preview.department()).isNull();
        assertThat(preview.problems()).hasSize(1);
    }

    @Test
    void anyOtherEditedIdentificationValueIsRefusedAsForged() throws Exception {
        Path original = Files.copy(file, folder.resolve("original.xlsx"));
        for (String[] edit : new String[][] {{"templateVersion", "0.9.0"}, {"questionChecksum", "0".repeat(64)},
                {"questionCount", "200"}, {"departmentId", "999"}, {"campaignCode", "SI2026-09"},
                {"identitySeal", "0".repeat(64)}}) {
            Files.copy(original, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            AnsweringDepartment.editIdentity(file, edit[0], edit[1], true, true);
            assertThat(preview(file).get(0).problems()).as(edit[0]).extracting(ImportProblem::kind)
                    .containsExactly(Kind.IDENTITY_FORGED);
        }
        assertThat(session.selfInspection().responses(campaign.id())).isEmpty();
    }

    @Test
    void aQuestionnaireWithoutASealIsRefusedAskingForAFreshExport() throws Exception {
        AnsweringDepartment.removeIdentity(file, "identitySeal");
        refused(file, Kind.UNSEALED, "「総務部_総務課_SI2026-01.xlsx」は識別情報の署名がない旧版の調査票のため取り込めないので、"
                + "調査票を書き出し直して回答してもらってください。");
    }

    @Test
    void theSealIsMadeWithTheCampaignsOwnKey() throws Exception {
        Campaign other = session.selfInspection().create(new NewCampaign(new FiscalYear(2026), "臨時の自己点検",
                List.of("総務部 総務課"), SelfInspectionFixture.DEADLINE, "情報政策課", "取扱注意"),
                SelfInspectionFixture.template());
        var mine = session.selfInspection().questionnaires(campaign.id(), List.of("総務部 総務課")).get(0).identity();
        var theirs = session.selfInspection().questionnaires(other.id(), List.of("総務部 総務課")).get(0).identity();
        assertThat(mine.seal()).matches("[0-9a-f]{64}").isNotEqualTo(theirs.seal());
        assertThat(session.selfInspection().questionnaires(campaign.id(), List.of("総務部 総務課")).get(0).identity())
                .as("the key is kept, not made anew").isEqualTo(mine);
    }

    @Test
    void identificationThatContradictsItselfIsRefused() throws Exception {
        AnsweringDepartment.editIdentity(file, "departmentId", "2", true, false);
        refused(file, Kind.IDENTITY_INCONSISTENT,
                "調査票を識別する情報が食い違っています。ファイルが別の調査票から作り直された可能性があります。");
    }

    @Test
    void aWorkbookThatIsNoQuestionnaireIsRefused() throws Exception {
        Path plain = folder.resolve("集計表.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("実施している");
            book.write(out);
        }
        refused(plain, Kind.NOT_QUESTIONNAIRE, "この自己点検の調査票ではありません（調査票を識別する情報がありません）。");
    }

    @Test
    void anAnswerTypedOverTheDropDownIsRefusedWithItsRowAndText() throws Exception {
        int row = AnsweringDepartment.rows(file).get(items.get(4).code());
        AnsweringDepartment.answer(file, "記入 花子", Map.of(items.get(4).code(), "はい"), Map.of());
        ImportPreview preview = refused(file, Kind.ANSWER_OUTSIDE_SCALE, (row + 1) + " 行目：質問 " + items.get(4).code()
                + " の回答「はい」は選択肢（実施している／一部実施している／実施していない／該当しない）にありません。");
        assertThat(preview.problems()).hasSize(1);
    }

    @Test
    void aCommentLongerThanTheStoreKeepsIsRefusedInThePreview() throws Exception {
        int row = AnsweringDepartment.rows(file).get(items.get(3).code());
        AnsweringDepartment.answer(file, "記入 花子", Map.of(), Map.of(items.get(3).code(), "長いコメント"));
        AnsweringDepartment.craft(file, "長いコメント", "長".repeat(32_768));
        ImportPreview preview = refused(file, Kind.COMMENT_TOO_LONG, (row + 1) + " 行目：質問 " + items.get(3).code()
                + " のコメントが長すぎます（32,768 文字、上限 32,767 文字）。");
        assertThat(preview.problems()).hasSize(1);
    }

    @Test
    void aRespondentLongerThanTheStoreKeepsIsRefusedInThePreview() throws Exception {
        AnsweringDepartment.answer(file, "記".repeat(401), Map.of(), Map.of());
        refused(file, Kind.RESPONDENT_TOO_LONG, "記入者の欄が長すぎます（401 文字、上限 400 文字）。");
    }

    @Test
    void aLongAnswerTypedOverTheDropDownIsShownCutInItsSentence() throws Exception {
        AnsweringDepartment.answer(file, "記入 花子", Map.of(items.get(4).code(), "はい\n" + "あ".repeat(20_000)),
                Map.of());
        ImportPreview preview = preview(file).get(0);
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.ANSWER_OUTSIDE_SCALE);
            assertThat(p.describe(JA)).contains("「はい " + "あ".repeat(37) + "…」").hasSizeLessThan(200);
        });
    }

    @Test
    void anAddedRowIsRefused() throws Exception {
        int last = 12 + items.size() - 1;
        AnsweringDepartment.edit(file, sheet -> {
            sheet.protectSheet(null);
            Row added = sheet.createRow(last + 1);
            added.createCell(0).setCellValue("SI-HUM-099");
            added.createCell(2).setCellValue("部署で独自に追加した質問");
            added.createCell(4).setCellValue("実施している");
        });
        refused(file, Kind.ROW_ADDED, (last + 2) + " 行目：送付した調査票にない行です（番号「SI-HUM-099」）。");
    }

    @Test
    void aDeletedRowIsRefused() throws Exception {
        int row = AnsweringDepartment.rows(file).get(items.get(2).code());
        AnsweringDepartment.edit(file, sheet -> {
            sheet.protectSheet(null);
            sheet.removeRow(sheet.getRow(row));
            sheet.shiftRows(row + 1, sheet.getLastRowNum(), -1);
        });
        refused(file, Kind.ROW_DELETED, "質問 " + items.get(2).code() + " の行がありません（削除されています）。");
    }

    @Test
    void reorderedRowsAreRefused() throws Exception {
        int first = AnsweringDepartment.rows(file).get(items.get(0).code());
        AnsweringDepartment.edit(file, sheet -> {
            Row a = sheet.getRow(first);
            Row b = sheet.getRow(first + 1);
            for (int c = 0; c <= 5; c++) {
                String swap = AnsweringDepartment.cell(a, c);
                a.getCell(c).setCellValue(AnsweringDepartment.cell(b, c));
                b.getCell(c).setCellValue(swap);
            }
        });
        refused(file, Kind.ROWS_REORDERED, (first + 1) + " 行目：行の順序が送付時と異なります（" + items.get(0).code()
                + " の位置に " + items.get(1).code() + " があります）。");
    }

    @Test
    void aRewordedQuestionIsRefused() throws Exception {
        int row = AnsweringDepartment.rows(file).get(items.get(1).code());
        AnsweringDepartment.edit(file, sheet -> sheet.getRow(row).getCell(2).setCellValue("書き換えた質問"));
        refused(file, Kind.ROW_ALTERED, (row + 1) + " 行目：質問 " + items.get(1).code() + " の文言が送付時と異なります。");
    }

    @Test
    void missingAnswersNeedConfirmationAndNothingIsSavedBeforeIt() throws Exception {
        Map<String, String> blanks = new HashMap<>();
        items.subList(0, 3).forEach(i -> blanks.put(i.code(), ""));
        AnsweringDepartment.answer(file, "記入 花子", blanks, Map.of());
        ImportPreview preview = preview(file).get(0);
        assertThat(preview.importable()).isTrue();
        assertThat(preview.needsConfirmation()).isTrue();
        assertThat(preview.problems()).singleElement().satisfies(p -> assertThat(p.describe(JA)).isEqualTo(
                "未回答の質問が 3 問あります（" + items.get(0).code() + "、" + items.get(1).code() + "、"
                        + items.get(2).code() + "）。"));
        assertThat(preview.answered()).isEqualTo(items.size() - 3);
        assertThat(session.selfInspection().responses(campaign.id())).isEmpty();
    }

    @Test
    void anAlreadyImportedDepartmentIsOnlyReplacedAfterConfirmation() throws Exception {
        session.selfInspection().importResponse(preview(file).get(0));
        ImportPreview again = preview(file).get(0);
        assertThat(again.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.SAME_FILE_AGAIN);
            assertThat(p.describe(JA)).endsWith("に同じ内容のファイル（総務部_総務課_SI2026-01.xlsx）を取り込み済みです。");
        });
        assertThat(again.changes()).isEmpty();
        assertThat(session.selfInspection().responses(campaign.id())).hasSize(1);
    }

    @Test
    void aPreviewOvertakenByAnotherImportIsRefused() throws Exception {
        ImportPreview stale = preview(file).get(0);
        session.selfInspection().importResponse(preview(file).get(0));
        assertThatThrownBy(() -> session.selfInspection().importResponse(stale))
                .isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.localizedMessage(JA)).isEqualTo(
                        "総務部 総務課 の回答は、確認の後に別のファイルで更新されています。総務部_総務課_SI2026-01.xlsx をもう一度確認してから取り込んでください。"));
        assertThat(session.selfInspection().responses(campaign.id())).hasSize(1);
    }

    @Test
    void twoFilesOfOneDepartmentInOneSelectionAreBothRefused() throws Exception {
        Path copy = Files.copy(file, folder.resolve("総務課（修正版）.xlsx"));
        List<ImportPreview> previews = preview(file, copy);
        assertThat(previews).allSatisfy(p -> {
            assertThat(p.importable()).isFalse();
            assertThat(p.problems().get(0).kind()).isEqualTo(Kind.DUPLICATE_IN_SELECTION);
        });
        assertThat(previews.get(0).problems().get(0).describe(JA)).isEqualTo(
                "選んだファイルの中に、総務部 総務課 の調査票がほかにもあります（総務課（修正版）.xlsx）。取り込むファイルを 1 つにしてください。");
        assertThat(session.selfInspection().responses(campaign.id())).isEmpty();
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws Exception {
        Path text = folder.resolve("回答.xlsx");
        Files.writeString(text, "実施している,実施している\n");
        refused(text, Kind.NOT_WORKBOOK, "Excel ブック（.xlsx）ではありません。");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        refused(Files.createFile(folder.resolve("空.xlsx")), Kind.NOT_WORKBOOK, "Excel ブック（.xlsx）ではありません。");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws Exception {
        Path zip = folder.resolve("回答.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        refused(zip, Kind.NOT_WORKBOOK, "Excel ブック（.xlsx）ではありません。");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        Path encrypted = folder.resolve("パスワード付き.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("soumu-2026");
            Path plain = Files.copy(file, folder.resolve("plain-copy.xlsx"));
            OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            } finally {
                opc.revert();
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        refused(encrypted, Kind.ENCRYPTED,
                "ファイルにパスワードが設定されているため読み取れません。パスワードを解除して保存し直してもらってください。");
    }

    @Test
    void anOldExcelFormatWorkbookIsRefused() throws Exception {
        Path xls = folder.resolve("回答.xls");
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            book.createSheet("自己点検票");
            book.write(out);
        }
        refused(xls, Kind.LEGACY_FORMAT,
                "古い Excel 形式（.xls）のため読み取れません。Excel ブック（.xlsx）で保存し直してもらってください。");
    }

    @Test
    void aDamagedWorkbookIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        Path damaged = folder.resolve("途中で切れた.xlsx");
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length / 2));
        refused(damaged, Kind.DAMAGED, "ファイルが壊れているため読み取れません。");
    }

    @Test
    void anEnormousFileIsRefusedBeforeItIsOpened() throws Exception {
        Path enormous = folder.resolve("巨大.xlsx");
        byte[] block = new byte[1024 * 1024];
        new Random(1).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(enormous)) {
            out.write(new byte[] {'P', 'K', 3, 4});
            for (int i = 0; i < 11; i++) {
                out.write(block);
            }
        }
        refused(enormous, Kind.TOO_LARGE, "ファイルが大きすぎます（11.0 MB、上限 10.0 MB）。自己点検票ではないため開きませんでした。");
    }

    @Test
    void aZipBombIsStoppedByTheInflateLimits() throws Exception {
        Path bomb = folder.resolve("圧縮爆弾.xlsx");
        try (ZipFile source = new ZipFile(file.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int afterDeclaration = xml.indexOf("?>") + 2;
                    out.write(xml.substring(0, afterDeclaration).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.write("<!--".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    byte[] padding = new byte[1024 * 1024];
                    Arrays.fill(padding, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        out.write(padding);
                    }
                    out.write("-->".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.write(xml.substring(afterDeclaration).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).as("small on disk").isLessThan(QuestionnaireReader.MAX_FILE_BYTES);
        refused(bomb, Kind.ZIP_BOMB, "ファイルを展開すると異常に大きくなるため、開かずに取込みを中止しました（圧縮爆弾の疑い）。");
    }

    @Test
    void aMissingFileIsReportedAsUnreadable() {
        refused(folder.resolve("ない.xlsx"), Kind.UNREADABLE, "ファイルを読み取れませんでした。");
    }

    @Test
    void oneBadFileDoesNotStopTheOthersFromBeingChecked() throws Exception {
        Path text = Files.writeString(folder.resolve("メモ.xlsx"), "memo");
        List<ImportPreview> previews = preview(text, file);
        assertThat(previews.get(0).importable()).isFalse();
        assertThat(previews.get(1).importable()).isTrue();
        assertThat(previews.get(1).problems()).isEmpty();
    }
}
