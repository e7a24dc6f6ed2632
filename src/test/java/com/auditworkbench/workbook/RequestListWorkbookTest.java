package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.DocumentRequest;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.RequestEdit;
import com.auditworkbench.domain.RequestStatus;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.ExternalTools;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request list sent to a department: seeded from the checklist's evidence, tracked, and exported. */
class RequestListWorkbookTest {

    @TempDir
    Path folder;

    private WorkbenchSession session;
    private Plan plan;
    private long soumu;

    @BeforeEach
    void seed() {
        session = TestWorkbenches.service().create(folder.resolve("requests.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray());
        plan = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 情報セキュリティ監査計画", "目的",
                List.of("総務部 総務課", "市民部 市民課"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30), "取扱注意",
                "監査 太郎"), TestTemplates.audit(3));
        soumu = plan.departments().get(0).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void seedingAsksForEachDocumentTheItemsNameOnceAndAgainNothingNew() {
        List<DocumentRequest> seeded = session.requests().seedFromEvidence(plan.id(), soumu, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 19));
        assertThat(seeded).extracting(DocumentRequest::reference, DocumentRequest::title, DocumentRequest::itemCode,
                DocumentRequest::status).containsExactly(
                        org.assertj.core.api.Assertions.tuple("R-001", "記録1", "TST-HUM-001", RequestStatus.REQUESTED),
                        org.assertj.core.api.Assertions.tuple("R-002", "記録2", "TST-PHY-002", RequestStatus.REQUESTED),
                        org.assertj.core.api.Assertions.tuple("R-003", "記録3", "TST-TEC-003", RequestStatus.REQUESTED));
        assertThat(session.requests().seedFromEvidence(plan.id(), soumu, LocalDate.of(2026, 6, 1), null)).isEmpty();
        assertThat(session.activity().latest(plan.id(), "", 10)).filteredOn(e -> e.entityType().equals("request"))
                .hasSize(3);
    }

    @Test
    void seedingFromPriorityItemsOnlyAsksForTheirDocumentsAlone() {
        assertThat(session.requests().seedFromEvidence(plan.id(), soumu, LocalDate.of(2026, 6, 1), null, true))
                .extracting(DocumentRequest::title, DocumentRequest::itemCode)
                .containsExactly(org.assertj.core.api.Assertions.tuple("記録3", "TST-TEC-003"));
    }

    @Test
    void aHalfFilledRequestIsRefusedAndChangesNothing() {
        DocumentRequest first = session.requests().add(plan.id(), new RequestEdit(soumu, "規程集", "",
                LocalDate.of(2026, 6, 1), null, RequestStatus.REQUESTED, null, ""));
        assertThatThrownBy(() -> session.requests().update(first.id(), new RequestEdit(soumu, "規程集", "",
                LocalDate.of(2026, 6, 1), null, RequestStatus.RECEIVED, null, "")))
                .isInstanceOf(AuditException.class).hasMessage("request.error.receivedOnRequired");
        assertThatThrownBy(() -> session.requests().add(plan.id(), new RequestEdit(soumu, "台帳", "",
                LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 1), RequestStatus.REQUESTED, null, "")))
                .hasMessage("request.error.dueBeforeRequested");
        assertThat(session.requests().byPlan(plan.id())).singleElement()
                .satisfies(q -> assertThat(q.status()).isEqualTo(RequestStatus.REQUESTED));
    }

    @Test
    void theExportedListReadsBackCellByCellWithTheDepartmentsColumnAndPrintsOnA4() throws Exception {
        List<DocumentRequest> seeded = session.requests().seedFromEvidence(plan.id(), soumu, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 19));
        session.requests().setStatus(seeded.get(0).id(), RequestStatus.RECEIVED, LocalDate.of(2026, 6, 12));
        DocumentRequest none = seeded.get(1);
        session.requests().update(none.id(), new RequestEdit(soumu, none.title(), none.itemCode(), none.requestedOn(),
                none.dueOn(), RequestStatus.NOT_AVAILABLE, null, "=今年度は作成していない"));
        session.requests().add(plan.id(), new RequestEdit(plan.departments().get(1).id(), "市民課の台帳", "",
                LocalDate.of(2026, 6, 1), null, RequestStatus.REQUESTED, null, ""));

        Path out = folder.resolve("requests.xlsx");
        new RequestListWorkbook(new Messages(Language.JAPANESE)).write(session.requests().requestList(plan.id(), soumu),
                out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet("資料依頼一覧");
            assertThat(text(sheet, 0, 9)).isEqualTo("【取扱注意】");
            assertThat(text(sheet, 1, 0)).isEqualTo("予備調査 資料提出依頼一覧");
            assertThat(text(sheet, 2, 0)).isEqualTo("監査名");
            assertThat(text(sheet, 2, 2)).isEqualTo("令和8年度 情報セキュリティ監査計画");
            assertThat(text(sheet, 3, 0)).isEqualTo("依頼先");
            assertThat(text(sheet, 3, 2)).isEqualTo("総務部 総務課");
            assertThat(text(sheet, 4, 2)).isEqualTo("監査 太郎");
            assertThat(rowText(sheet.getRow(RequestListWorkbook.HEADER_ROW))).containsExactly("依頼番号", "部署", "資料名",
                    "関連項目", "依頼日", "提出期限", "状況", "受領日", "監査担当メモ", "部署記入欄（提出方法・提出予定日・資料がない場合の理由）");
            assertThat(rowText(sheet.getRow(8))).containsExactly("R-001", "総務部 総務課", "記録1", "TST-HUM-001",
                    "2026年6月1日", "2026年6月19日", "受領済", "2026年6月12日", "", "");
            assertThat(rowText(sheet.getRow(9))).containsExactly("R-002", "総務部 総務課", "記録2", "TST-PHY-002",
                    "2026年6月1日", "2026年6月19日", "該当資料なし", "—", "=今年度は作成していない", "");
            assertThat(rowText(sheet.getRow(10))).containsExactly("R-003", "総務部 総務課", "記録3", "TST-TEC-003",
                    "2026年6月1日", "2026年6月19日", "依頼中", "—", "", "");
            assertThat(sheet.getLastRowNum()).as("only this department's requests").isEqualTo(10);
            var answer = sheet.getRow(9).getCell(RequestListWorkbook.ANSWER_COLUMN).getCellStyle();
            assertThat(answer.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(answer.getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(answer.getLocked()).isFalse();
            assertThat(sheet.getRow(9).getCell(8).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getHeader().getRight()).contains("【取扱注意】");
            assertThat(sheet.getFooter().getLeft()).isEqualTo("取扱注意");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("8:8");
            assertThat(workbook.getNumCellStyles()).isLessThan(25);
        }

        Path pdf = ExternalTools.convertWithLibreOffice(out, "pdf", folder);
        ExternalTools.require("pdftotext");
        String text = ExternalTools.run(folder, 60, "/usr/bin/pdftotext", pdf.toString(), "-").replaceAll("\\s+", "");
        assertThat(text).contains("予備調査資料提出依頼一覧").contains("総務部総務課").contains("記録3").contains("部署記入欄")
                .contains("取扱注意").doesNotContain("市民課の台帳");
        String info = ExternalTools.run(folder, 60, "/usr/bin/pdfinfo", pdf.toString());
        assertThat(info).containsPattern("Page size:\\s+841\\.\\d+ x 595\\.\\d+").containsPattern("Pages:\\s+1\\b");
        Files.copy(pdf, Path.of(System.getProperty("java.io.tmpdir"), "awb-request-list.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> rowText(Row row) {
        List<String> values = new java.util.ArrayList<>();
        for (int c = 0; c < 10; c++) {
            values.add(row.getCell(c).getStringCellValue());
        }
        return values;
    }
}
