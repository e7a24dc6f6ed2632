package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.ExternalTools;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitteeWorkbookTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path folder;

    private CommitteeReport report;

    @BeforeEach
    void buildReport() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("w.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画",
                    "規則の遵守状況を検証する。", List.of("総務部 総務課", "市民部 市民課"), LocalDate.of(2026, 6, 1),
                    LocalDate.of(2026, 9, 30), "取扱注意", "監査 太郎"), TestTemplates.audit(6));
            List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
            ChecklistRow deviating = session.fieldwork().record(rows.get(2), Result.NONCONFORMING, "記録がない。");
            session.findings().raise(session.findings().draftFrom(deviating));
            session.findings().raise(new NewFinding(plan.id(), deviating.department().id(), deviating.item().code(),
                    "=HYPERLINK(\"http://example.invalid\")", "+1 件の不備", "@根拠", "-改善する", Severity.MAJOR));
            report = session.reports().committeeReport(plan.id());
        }
    }

    private Path export(Messages messages) {
        Path out = folder.resolve("committee.xlsx");
        new CommitteeWorkbook(messages, TOKYO).write(report, out, Progress.NONE);
        return out;
    }

    @Test
    void coverSheetCarriesThePlanTheMarkingAndTheFingerprint() throws Exception {
        Path out = export(new Messages(Language.JAPANESE));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(8);
            assertThat(java.util.stream.IntStream.range(0, 8).mapToObj(workbook::getSheetName))
                    .containsExactly("表紙", "概要", "監査計画", "チェックリスト結果", "指摘事項", "フォローアップ", "証跡一覧",
                            "見直し検討");
            XSSFSheet cover = workbook.getSheetAt(0);
            assertThat(cover.getSheetName()).isEqualTo("表紙");
            assertThat(cover.getRow(0).getCell(1).getStringCellValue()).isEqualTo("【取扱注意】");
            assertThat(cover.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("令和8年度 情報セキュリティ監査 報告書（委員会用）");
            assertThat(pair(cover, 3)).containsExactly("監査計画", "令和8年度 情報セキュリティ監査計画");
            assertThat(pair(cover, 4)).containsExactly("年度", "令和8年度（FY2026）");
            assertThat(pair(cover, 5)).containsExactly("監査期間", "2026年6月1日 ～ 2026年9月30日");
            assertThat(pair(cover, 6)).containsExactly("監査責任者", "監査 太郎");
            assertThat(pair(cover, 7)).containsExactly("対象部署", "総務部 総務課、市民部 市民課");
            assertThat(pair(cover, 8)).containsExactly("監査の目的", "規則の遵守状況を検証する。");
            assertThat(pair(cover, 9)).containsExactly("取扱区分", "取扱注意");
            assertThat(pair(cover, 10)).containsExactly("使用したチェックリスト", "テスト監査 1.0.0");
            assertThat(pair(cover, 11)).containsExactly("指摘事項", "2 件");
            assertThat(pair(cover, 12)).containsExactly("出力日時", "2026年7月1日 10:00");
            assertThat(pair(cover, 13)).containsExactly("出力したアプリケーション", "監査ワークベンチ test");
            assertThat(pair(cover, 14)).containsExactly("ワークベンチの状態（SHA-256）", report.workbenchFingerprint());
            assertThat(pair(cover, 15)).containsExactly("操作記録の最新ハッシュ（SHA-256）", report.activityHeadHash());
            assertThat(report.activityHeadHash()).hasSize(64).isNotEqualTo("0".repeat(64));
        }
    }

    @Test
    void findingsSheetHasEveryFindingCellByCellAndFormulaLikeTextStaysText() throws Exception {
        Path out = export(new Messages(Language.JAPANESE));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("指摘事項");
            assertThat(row(sheet, 0)).containsExactly("番号", "部署・項目", "件名・重大度", "事実（状況）", "根拠", "原因",
                    "影響・リスク", "改善提案", "措置計画・状況", "承認");
            List<Finding> findings = report.findings();
            assertThat(sheet.getLastRowNum()).isEqualTo(findings.size());
            Messages ja = new Messages(Language.JAPANESE);
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                assertThat(row(sheet, i + 1)).containsExactly(f.reference(), f.department().name() + "\n" + f.itemCode(),
                        f.title() + "\n【" + ja.get(f.severity().messageKey()) + "】", f.condition(), f.criteria(),
                        f.content().cause(), f.content().effect(), f.recommendation(),
                        "担当：　期限：—　状況：未着手", "作成中");
            }
            for (int c = 0; c < 10; c++) {
                assertThat(sheet.getRow(2).getCell(c).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("+1 件の不備");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("@根拠");
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("-改善する");
            assertThat(row(sheet, 2).get(2)).endsWith("【重大な不適合】");
        }
    }

    @Test
    void everySheetPrintsOnA4LandscapeFittedToWidthWithMarkingAndPageNumbers() throws Exception {
        Path out = export(new Messages(Language.JAPANESE));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(print.getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getHeader().getRight()).contains("【取扱注意】");
                assertThat(sheet.getHeader().getLeft()).isEqualTo("令和8年度 情報セキュリティ監査計画");
                assertThat(sheet.getFooter().getLeft()).isEqualTo("取扱注意");
                assertThat(sheet.getFooter().getCenter()).isEqualTo("&P / &N ページ");
            }
            XSSFSheet findings = workbook.getSheet("指摘事項");
            assertThat(findings.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(findings.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(workbook.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("令和8年度 情報セキュリティ監査計画");
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("監査 太郎");
            assertThat(workbook.getNumCellStyles()).isLessThan(20);
        }
    }

    @Test
    void englishWorkbookUsesEnglishSheetNamesAndLabels() throws Exception {
        Path out = export(new Messages(Language.ENGLISH));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Cover");
            assertThat(workbook.getSheetAt(4).getSheetName()).isEqualTo("Findings");
            assertThat(pair(workbook.getSheetAt(0), 4)).containsExactly("Fiscal year", "令和8年度（FY2026）");
            assertThat(pair(workbook.getSheetAt(0), 5)).containsExactly("Audit period", "2026-06-01 to 2026-09-30");
            assertThat(workbook.getSheetAt(4).getFooter().getCenter()).isEqualTo("Page &P of &N");
        }
    }

    @Test
    void cancelledExportLeavesNoFileBehind() throws Exception {
        Path out = folder.resolve("cancelled.xlsx");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
                // not watched
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new CommitteeWorkbook(new Messages(Language.JAPANESE), TOKYO)
                .write(report, out, cancelled)).isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("task.cancelled"));
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("xlsx"));
        }
    }

    @Test
    void exportIntoAMissingFolderSaysSoAndWritesNothing() {
        Path out = folder.resolve("no-such-folder").resolve("c.xlsx");
        assertThatThrownBy(() -> new CommitteeWorkbook(new Messages(Language.JAPANESE), TOKYO)
                .write(report, out, Progress.NONE)).isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.error.folderMissing"));
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void libreOfficeConvertsTheWorkbookToPdfWithTheJapaneseCover() throws Exception {
        Path out = export(new Messages(Language.JAPANESE));
        Path pdf = ExternalTools.convertWithLibreOffice(out, "pdf", folder);
        assertThat(Files.size(pdf)).isGreaterThan(1000);
        ExternalTools.require("pdftotext");
        String text = ExternalTools.run(folder, 60, "/usr/bin/pdftotext", "-layout", pdf.toString(), "-");
        assertThat(text).contains("情報セキュリティ監査").contains("取扱注意").contains("監査 太郎");
        String pages = ExternalTools.run(folder, 60, "/usr/bin/pdfinfo", pdf.toString());
        assertThat(pages).containsPattern("Pages:\\s+[5-9]");
        assertThat(pages).containsPattern("Page size:\\s+841\\.\\d+ x 595\\.\\d+");
    }

    private static List<String> pair(XSSFSheet sheet, int rowIndex) {
        return row(sheet, rowIndex).subList(0, 2);
    }

    private static List<String> row(XSSFSheet sheet, int rowIndex) {
        var row = sheet.getRow(rowIndex);
        List<String> values = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            values.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return values;
    }
}
