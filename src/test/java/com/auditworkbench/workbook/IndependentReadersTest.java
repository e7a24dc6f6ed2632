package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.ActionStatus;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.ManagementResponse;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.PolicyReviewEntry;
import com.auditworkbench.domain.PolicyReviewInput;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full committee workbook of a plan with a carried-forward finding, a team and the Art. 12 review, read back by
 * POI sheet by sheet, and opened by openpyxl and LibreOffice, which share no code with the writer.
 */
class IndependentReadersTest {

    @TempDir
    static Path folder;

    private static CommitteeReport report;
    private static Path xlsx;

    @BeforeAll
    static void export() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("full.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            var lead = session.people().add("監査 太郎", Role.LEAD, null);
            session.people().actAs(lead);
            Plan last = session.plans().create(plan(2025), TestTemplates.audit(8));
            ChecklistRow row = session.fieldwork().record(session.fieldwork().rows(last.id()).get(0),
                    Result.NONCONFORMING, "前年度の不備");
            Finding earlier = session.findings().raise(session.findings().draftFrom(row));
            session.findings().update(earlier.id(), new FindingContent(earlier.title(), earlier.condition(),
                    earlier.criteria(), "原因", "影響", "改善", earlier.severity(), null,
                    new ManagementResponse("手順を改める", "総務課長", LocalDate.of(2026, 6, 30), ActionStatus.IN_PROGRESS)));
            Plan plan = session.plans().create(plan(2026), TestTemplates.audit(8), session.findings().openBefore(2026));
            session.people().joinTeam(plan.id(), lead, "監査対象部署の業務に従事していない。");
            Finding carried = session.findings().byPlan(plan.id()).get(0);
            session.findings().addFollowUp(carried.id(), LocalDate.of(2026, 7, 15), "手順書の改訂案を確認した。");
            List<ChecklistRow> rows = session.fieldwork().rows(plan.id());
            for (int i = 0; i < rows.size(); i++) {
                session.fieldwork().record(rows.get(i), Result.values()[i % Result.values().length], "");
            }
            session.plans().savePolicyReview(plan.id(), new PolicyReviewEntry(PolicyReviewInput.INCIDENTS,
                    "他自治体で委託先からの漏えいが続いた。", "委託先の監査条項を必須とする。"));
            session.selfInspection().create(new com.auditworkbench.domain.NewCampaign(new FiscalYear(2026),
                    "令和8年度 自己点検", List.of("総務部 総務課", "市民部 市民課"), LocalDate.of(2026, 9, 30), "情報政策課",
                    "取扱注意"), new com.auditworkbench.template.ShippedTemplates().get(
                            com.auditworkbench.template.ShippedTemplates.SELF_INSPECTION));
            report = session.reports().committeeReport(plan.id());
        }
        xlsx = folder.resolve("委員会報告.xlsx");
        new CommitteeWorkbook(new Messages(Language.JAPANESE), ZoneId.of("Asia/Tokyo")).write(report, xlsx,
                Progress.NONE);
    }

    private static NewPlan plan(int year) {
        return new NewPlan(new FiscalYear(year), new FiscalYear(year).japaneseName() + " 情報セキュリティ監査計画", "目的",
                List.of("総務部 総務課", "市民部 市民課"), null, null, "取扱注意", "監査 太郎");
    }

    @Test
    void everySheetHoldsTheWorkbenchData() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet summary = book.getSheet("概要");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("対策区分");
            int total = 0;
            for (int r = 2; r <= 9; r++) {
                total += (int) summary.getRow(r).getCell(6).getNumericCellValue();
            }
            assertThat(total).isEqualTo(report.rows().size());
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(2);

            XSSFSheet checklist = book.getSheet("チェックリスト結果");
            assertThat(checklist.getLastRowNum()).isEqualTo(report.rows().size());
            for (int r = 1; r <= checklist.getLastRowNum(); r++) {
                String code = checklist.getRow(r).getCell(2).getStringCellValue();
                String department = checklist.getRow(r).getCell(1).getStringCellValue();
                ChecklistRow expected = report.rows().stream().filter(x -> x.item().code().equals(code)
                        && x.department().name().equals(department)).findFirst().orElseThrow();
                assertThat(checklist.getRow(r).getCell(5).getStringCellValue())
                        .isEqualTo(new Messages(Language.JAPANESE).get(expected.result().messageKey()));
            }

            XSSFSheet followUp = book.getSheet("フォローアップ");
            assertThat(followUp.getRow(1).getCell(1).getStringCellValue()).isEqualTo("FY2025-01");
            assertThat(followUp.getRow(1).getCell(2).getStringCellValue()).isEqualTo("F-001");
            assertThat(followUp.getRow(1).getCell(6).getStringCellValue()).isEqualTo("対応中");
            assertThat(followUp.getRow(1).getCell(8).getStringCellValue()).isEqualTo("2026年7月15日　手順書の改訂案を確認した。");

            XSSFSheet plan = book.getSheet("監査計画");
            boolean teamListed = false;
            for (int r = 0; r <= plan.getLastRowNum(); r++) {
                var row = plan.getRow(r);
                if (row != null && row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("監査 太郎")) {
                    teamListed = row.getCell(3).getStringCellValue().contains("監査対象部署の業務に従事していない。");
                }
            }
            assertThat(teamListed).isTrue();

            assertThat(book.getNumberOfSheets()).isEqualTo(9);
            assertThat(book.getSheetName(8)).isEqualTo("自己点検結果");
            assertThat(report.selfInspection().campaign().title()).isEqualTo("令和8年度 自己点検");

            XSSFSheet review = book.getSheet("見直し検討");
            assertThat(review.getLastRowNum()).isEqualTo(5);
            assertThat(review.getRow(3).getCell(0).getStringCellValue()).startsWith("(3) ");
            assertThat(review.getRow(3).getCell(1).getStringCellValue()).isEqualTo("他自治体で委託先からの漏えいが続いた。");
            assertThat(review.getRow(3).getCell(2).getStringCellValue()).isEqualTo("委託先の監査条項を必須とする。");
            assertThat(review.getRow(1).getCell(1).getStringCellValue()).isEqualTo("（記載なし）");
        }
    }

    @Test
    void openpyxlFindsEverySheetTheChartsAndThePrintSettings() throws Exception {
        ExternalTools.require("python3");
        Path script = folder.resolve("read.py");
        Files.writeString(script, String.join("\n",
                "import sys, openpyxl",
                "wb = openpyxl.load_workbook(sys.argv[1])",
                "for ws in wb.worksheets:",
                "    print('SHEET', ws.title, ws.page_setup.orientation, ws.page_setup.paperSize,",
                "          ws.sheet_properties.pageSetUpPr.fitToPage, ws.page_setup.fitToWidth, len(ws._charts))",
                "print('TITLE', wb.properties.title)",
                "print('MACROS', wb.vba_archive is not None)"));
        String out = ExternalTools.run(folder, 120, "/usr/bin/python3", script.toString(), xlsx.toString());
        assertThat(out.lines().filter(l -> l.startsWith("SHEET")).toList()).hasSize(9)
                .allSatisfy(l -> assertThat(l).contains(" landscape 9 True 1 "));
        assertThat(out).contains("SHEET 概要 landscape 9 True 1 2");
        assertThat(out).contains("TITLE 令和8年度 情報セキュリティ監査計画");
        assertThat(out).contains("MACROS False");
    }

    @Test
    void libreOfficePrintsItOnA4LandscapeWithTheJapaneseCover() throws Exception {
        Path pdf = ExternalTools.convertWithLibreOffice(xlsx, "pdf", folder);
        String info = ExternalTools.run(folder, 60, "/usr/bin/pdfinfo", pdf.toString());
        assertThat(info).containsPattern("Pages:\\s+1[0-1]\\b");
        assertThat(info).containsPattern("Page size:\\s+841\\.\\d+ x 595\\.\\d+");
        String text = ExternalTools.run(folder, 60, "/usr/bin/pdftotext", "-layout", pdf.toString(), "-");
        assertThat(text).contains("令和8年度 情報セキュリティ監査 報告書（委員会用）").contains("【取扱注意】")
                .containsPattern("1[0-1] / 1[0-1] ページ").contains("他自治体で委託先からの漏えいが続いた。");
    }
}
