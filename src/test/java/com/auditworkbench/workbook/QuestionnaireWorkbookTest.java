package com.auditworkbench.workbook;

import static com.auditworkbench.support.AnsweringDepartment.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.QuestionnaireIdentity;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.SelfInspectionFixture;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireWorkbookTest {

    @TempDir
    Path folder;

    private WorkbenchSession session;
    private Campaign campaign;
    private List<ChecklistItem> items;

    @BeforeEach
    void createCampaign() {
        session = SelfInspectionFixture.workbench(folder);
        campaign = SelfInspectionFixture.campaign(session);
        items = session.selfInspection().items(campaign.id());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void writesOneWorkbookPerDepartmentNamedByTheDepartment() throws Exception {
        List<Path> files = SelfInspectionFixture.export(session, campaign, folder.resolve("out"));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "総務部_総務課_SI2026-01.xlsx", "市民部_市民課_SI2026-01.xlsx", "健康福祉部_福祉総務課_SI2026-01.xlsx");
        try (Stream<Path> written = Files.list(folder.resolve("out"))) {
            assertThat(written).hasSize(3);
        }
    }

    @Test
    void questionnaireShowsDepartmentDeadlineAndEveryQuestionWithItsExplanation() throws Exception {
        Path file = SelfInspectionFixture.export(session, campaign, folder.resolve("out")).get(1);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("自己点検票");
            assertThat(cell(sheet.getRow(0), 0)).isEqualTo("令和8年度 国立市 情報セキュリティ自己点検票");
            assertThat(cell(sheet.getRow(0), 5)).isEqualTo("【取扱注意】");
            assertThat(List.of(cell(sheet.getRow(2), 0), cell(sheet.getRow(2), 1))).containsExactly("部署名", "市民部 市民課");
            assertThat(List.of(cell(sheet.getRow(3), 0), cell(sheet.getRow(3), 1)))
                    .containsExactly("回答期限", "2026年7月31日（金）");
            assertThat(cell(sheet.getRow(4), 1)).isEqualTo(SelfInspectionFixture.CONTACT);
            assertThat(cell(sheet.getRow(5), 1)).isEqualTo("令和8年度 情報セキュリティ自己点検（SI2026-01、点検票 版 1.0.0）");
            assertThat(cell(sheet.getRow(6), 0)).isEqualTo("記入者");
            assertThat(cell(sheet.getRow(8), 0)).isEqualTo("記入方法");
            assertThat(cell(sheet.getRow(9), 0)).contains("▼").contains("2026年7月31日までに")
                    .contains(SelfInspectionFixture.CONTACT).contains("行の追加・削除・並べ替え");
            assertThat(row(sheet.getRow(11))).containsExactly("番号", "区分", "質問", "説明（なぜ大切か）", "回答（▼から選択）",
                    "コメント（状況・理由）");
            assertThat(sheet.getLastRowNum()).isEqualTo(11 + items.size());
            Messages ja = new Messages(Language.JAPANESE);
            for (int i = 0; i < items.size(); i++) {
                ChecklistItem item = items.get(i);
                assertThat(row(sheet.getRow(12 + i))).containsExactly(item.code(), ja.get(item.category().messageKey()),
                        item.question().ja(), item.explanation().ja(), "", "");
            }
        }
    }

    @Test
    void onlyAnswerCommentAndRespondentCellsAreUnlockedUnderSheetProtection() throws Exception {
        Path file = SelfInspectionFixture.export(session, campaign, folder.resolve("out")).get(0);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.validateSheetPassword("awb-self-inspection")).isTrue();
            assertThat(sheet.isDeleteRowsLocked()).isTrue();
            assertThat(sheet.isInsertRowsLocked()).isTrue();
            assertThat(sheet.isSortLocked()).isTrue();
            assertThat(book.isStructureLocked()).isTrue();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    if (row.getCell(c) == null) {
                        continue;
                    }
                    boolean input = r >= 12 && (c == 4 || c == 5) || r == 6 && c >= 1 && c <= 2;
                    assertThat(row.getCell(c).getCellStyle().getLocked()).as("row %d column %d", r + 1, c + 1)
                            .isEqualTo(!input);
                }
            }
            assertThat(book.getNumCellStyles()).isLessThan(20);
        }
    }

    @Test
    void answerCellsOfferTheSelfInspectionScaleAsADropDownThatRefusesOtherText() throws Exception {
        Path file = SelfInspectionFixture.export(session, campaign, folder.resolve("out")).get(0);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<XSSFDataValidation> validations = book.getSheetAt(0).getDataValidations();
            assertThat(validations).hasSize(1);
            XSSFDataValidation validation = validations.get(0);
            assertThat(validation.getValidationConstraint().getExplicitListValues())
                    .containsExactly("実施している", "一部実施している", "実施していない", "該当しない");
            assertThat(validation.getRegions().getCellRangeAddresses()[0].formatAsString())
                    .isEqualTo("E13:E" + (12 + items.size()));
            assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(validation.getShowErrorBox()).isTrue();
            assertThat(book.getSheetAt(0).getCTWorksheet().getDataValidations().getDataValidationArray(0)
                    .getShowDropDown()).as("true would hide the arrow").isFalse();
        }
    }

    @Test
    void aVeryHiddenSheetAndTheCustomPropertiesIdentifyCampaignDepartmentAndQuestions() throws Exception {
        Path file = SelfInspectionFixture.export(session, campaign, folder.resolve("out")).get(2);
        QuestionnaireIdentity expected = session.selfInspection().questionnaires(campaign.id(), List.of()).get(2)
                .identity();
        assertThat(expected.withSeal("")).isEqualTo(QuestionnaireIdentity.of(campaign, campaign.departments().get(2),
                items));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetVisibility(1)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            XSSFSheet identity = book.getSheet("awb-identity");
            assertThat(identity.getProtect()).isTrue();
            assertThat(book.getActiveSheetIndex()).isZero();
            var values = QuestionnaireWorkbook.identityValues(expected);
            int r = 0;
            for (var entry : values.entrySet()) {
                assertThat(row(identity.getRow(r++))).containsExactly(entry.getKey(), entry.getValue());
                assertThat(book.getProperties().getCustomProperties()
                        .getProperty("AuditWorkbench." + entry.getKey()).getLpwstr()).isEqualTo(entry.getValue());
            }
            assertThat(values.get("campaignUuid")).isEqualTo(campaign.uuid());
            assertThat(values.get("departmentName")).isEqualTo("健康福祉部 福祉総務課");
            assertThat(values.get("templateVersion")).isEqualTo("1.0.0");
            assertThat(values.get("identitySeal")).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void printsOnA4LandscapeFittedToWidthWithTheHeaderRowOnEveryPage() throws Exception {
        Path file = SelfInspectionFixture.export(session, campaign, folder.resolve("out")).get(0);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("12:12");
            assertThat(sheet.getHeader().getRight()).contains("取扱注意");
            assertThat(sheet.getFooter().getLeft()).isEqualTo("総務部 総務課");
            assertThat(sheet.getFooter().getCenter()).isEqualTo("&P / &N ページ");
            assertThat(book.getPrintArea(0)).endsWith("$A$1:$F$" + (12 + items.size()));
        }
    }

    @Test
    void neverOverwritesAFileInTheFolderAndWritesNothingThen() throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        Path answered = out.resolve("市民部_市民課_SI2026-01.xlsx");
        Files.writeString(answered, "an answered questionnaire");
        QuestionnaireWorkbook workbook = new QuestionnaireWorkbook(new Messages(Language.JAPANESE));
        var questionnaires = session.selfInspection().questionnaires(campaign.id(), List.of());
        assertThatThrownBy(() -> workbook.writeAll(questionnaires, out, Progress.NONE))
                .isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.localizedMessage(
                        new Messages(Language.JAPANESE))).isEqualTo("フォルダ " + out.toAbsolutePath()
                        + " には既に 市民部_市民課_SI2026-01.xlsx があります。回答済みのファイルを上書きしないよう、空のフォルダを選んでください。"));
        assertThat(Files.readString(answered)).isEqualTo("an answered questionnaire");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written).hasSize(1);
        }
    }

    @Test
    void reissuesOneDepartmentsQuestionnaireByNameOrCode() throws Exception {
        var only = session.selfInspection().questionnaires(campaign.id(),
                List.of(campaign.departments().get(1).code()));
        assertThat(only).singleElement().satisfies(q -> assertThat(q.department().name()).isEqualTo("市民部 市民課"));
        assertThatThrownBy(() -> session.selfInspection().questionnaires(campaign.id(), List.of("企画部 企画課")))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaign.error.departmentNotInCampaign"));
    }

    private static List<String> row(XSSFRow row) {
        List<String> values = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            values.add(cell(row, c));
        }
        return values;
    }
}
