package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Evidence;
import com.auditworkbench.domain.EvidenceDetails;
import com.auditworkbench.domain.EvidenceFilter;
import com.auditworkbench.domain.EvidenceTarget;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committee workbook's evidence index, re-opened and read cell by cell. */
class EvidenceSheetTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path folder;

    @Test
    void evidenceSheetListsEveryPieceWithItsHashSupportAndVerificationCellByCell() throws Exception {
        CommitteeReport report;
        List<Evidence> evidence;
        ChecklistRow row;
        Finding finding;
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("w.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            session.people().actAs(session.people().add("監査 太郎", Role.LEAD, null));
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画",
                    "目的", List.of("総務部 総務課"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30), "取扱注意",
                    "監査 太郎"), TestTemplates.audit(4));
            row = session.fieldwork().record(session.fieldwork().rows(plan.id()).get(1), Result.NONCONFORMING, "不備");
            finding = session.findings().raise(new NewFinding(plan.id(), row.department().id(), row.item().code(),
                    "アカウント管理の不備", "不備", "基準", "改善", Severity.MINOR));
            session.evidence().intakeBytes(plan.id(), "アカウント一覧.png", "png-bytes".getBytes(StandardCharsets.UTF_8),
                    new EvidenceDetails("総務課 係長", LocalDate.of(2026, 6, 10), "一覧画面", "機密性2"),
                    List.of(EvidenceTarget.result(row), EvidenceTarget.finding(finding.id())));
            session.evidence().intakeBytes(plan.id(), "=cmd|x.txt", "log".getBytes(StandardCharsets.UTF_8),
                    new EvidenceDetails("人事給与システム", LocalDate.of(2026, 6, 11), "", "取扱注意"), List.of());
            session.evidence().verify(plan.id(), Progress.NONE);
            evidence = session.evidence().index(EvidenceFilter.plan(plan.id()));
            report = session.reports().committeeReport(plan.id());
        }
        Path out = folder.resolve("committee.xlsx");
        new CommitteeWorkbook(new Messages(Language.JAPANESE), TOKYO).write(report, out, Progress.NONE);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("証跡一覧");
            assertThat(cells(sheet.getRow(0), 11)).containsExactly("番号", "ファイル名", "SHA-256", "サイズ（バイト）",
                    "収集者", "入手元", "基準日", "取込日時", "分類", "対象", "最終検証");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("アカウント一覧.png");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo(evidence.get(0).sha256()).hasSize(64);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(9);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("監査 太郎");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("総務課 係長");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo(Dates.date(LocalDate.of(2026, 6, 10),
                    new Messages(Language.JAPANESE)));
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo(Dates.dateTime(
                    TestWorkbenches.CLOCK.instant(), TOKYO, new Messages(Language.JAPANESE)));
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("機密性2");
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("チェック結果 " + row.item().code()
                    + " 総務部 総務課\n指摘事項 " + finding.reference() + " アカウント管理の不備");
            assertThat(first.getCell(10).getStringCellValue()).endsWith(" 一致").startsWith("2026");
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(second.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("=cmd_x.txt\n(=cmd|x.txt)");
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo("人事給与システム");
            assertThat(second.getCell(9).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(3) == null).isTrue();
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getHeader().getRight()).contains("【取扱注意】");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        }
    }

    @Test
    void aPlanWithoutEvidenceSaysSoOnTheSheet() throws Exception {
        CommitteeReport report;
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("e.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "計画", "目的", List.of("総務課"),
                    LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30), "取扱注意", "監査 太郎"), TestTemplates.audit(2));
            report = session.reports().committeeReport(plan.id());
        }
        Path out = folder.resolve("empty.xlsx");
        new CommitteeWorkbook(new Messages(Language.ENGLISH), TOKYO).write(report, out, Progress.NONE);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Evidence");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("No.");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("No evidence files are held in this workbench.");
        }
    }

    private static List<String> cells(Row row, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(c -> row.getCell(c).getStringCellValue()).toList();
    }
}
