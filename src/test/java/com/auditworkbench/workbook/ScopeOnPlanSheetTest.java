package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.ScopeChoice;
import com.auditworkbench.domain.ScopeRule;
import com.auditworkbench.service.RiskServiceFixture;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.TestTemplates;
import com.auditworkbench.support.TestWorkbenches;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committee workbook's plan sheet shows the proposed scope with scores and reasons, and every override. */
class ScopeOnPlanSheetTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path folder;

    @Test
    void planSheetShowsTheProposalAndTheOverrideWithItsReason() throws Exception {
        Path out = folder.resolve("committee.xlsx");
        Path outEn = folder.resolve("committee-en.xlsx");
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("w.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            RiskServiceFixture.populate(session);
            Department general = department(session, RiskServiceFixture.GENERAL);
            Department tax = department(session, RiskServiceFixture.TAX);
            session.risk().decide(new FiscalYear(2027), new ScopeRule(ScopeRule.Kind.TOP, 2), List.of(
                    new ScopeChoice(general.id(), true, "組織改正で所管が変わったため"),
                    new ScopeChoice(tax.id(), false, "令和9年度は国の監査が入るため")));
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2027), "令和9年度 情報セキュリティ監査計画",
                    "目的", List.of(RiskServiceFixture.CITIZENS, RiskServiceFixture.GENERAL), null, null, "取扱注意",
                    "監査 太郎"), TestTemplates.audit(6));
            var report = session.reports().committeeReport(plan.id());
            new CommitteeWorkbook(new Messages(Language.JAPANESE), TOKYO).write(report, out, Progress.NONE);
            new CommitteeWorkbook(new Messages(Language.ENGLISH), TOKYO).write(report, outEn, Progress.NONE);
        }
        List<List<String>> rows = rowsAfter(out, "監査計画", "リスク評価に基づく監査対象の選定（令和9年度（FY2027））");
        assertThat(rows.get(0).get(0)).isEqualTo("提案の規則：スコアの上位2部署。提案2部署、決定2部署（うち提案からの変更2件）。"
                + "決定：監査 太郎（2026年7月1日 10:00）");
        assertThat(rows.get(1)).containsExactly("部署", "スコア", "提案", "決定", "スコアの理由", "提案を変えた理由");
        assertThat(rows.get(2)).containsExactly("市民部 市民課", "45.0", "対象", "対象",
                "未完了の指摘3件（うち重大1件）、機密性3Aの情報を扱う（住民基本台帳システム：完全性2・可用性2）、"
                        + "マイナンバー利用事務系の資産を扱う、前年度（令和8年度）に監査、インシデント1件（うち重大1件）", "");
        assertThat(rows.get(3)).containsExactly("市民部 課税課", "35.0", "対象", "対象外",
                "機密性3Aの情報を扱う（税務システム：完全性2・可用性2）、マイナンバー利用事務系の資産を扱う、監査の記録なし",
                "令和9年度は国の監査が入るため");
        assertThat(rows.get(4)).containsExactly("総務部 総務課", "16.3", "対象外", "対象",
                "機密性2の情報を扱う（文書管理システム：完全性2・可用性1）、LGWAN接続系の資産を扱う、3年間監査なし（前回令和6年度）",
                "組織改正で所管が変わったため");

        List<List<String>> en = rowsAfter(outEn, null, "Risk-based choice of the audited departments (令和9年度（FY2027）)");
        assertThat(en.get(1)).containsExactly("Department", "Score", "Proposed", "Decided", "Reasons for the score",
                "Reason for changing the proposal");
        assertThat(en.get(3)).containsExactly("市民部 課税課", "35.0", "In scope", "Out of scope",
                "handles confidentiality 3A information (税務システム: integrity 2, availability 2); "
                        + "handles assets in the My Number segment; no audit on record",
                "令和9年度は国の監査が入るため");
    }

    @Test
    void planSheetSaysSoWhenNoScopeWasDecided() throws Exception {
        Path out = folder.resolve("committee.xlsx");
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("w.awb"),
                TestWorkbenches.PASSPHRASE.toCharArray())) {
            Plan plan = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 監査", "目的",
                    List.of("総務部 総務課"), null, null, "取扱注意", "監査 太郎"), TestTemplates.audit(6));
            new CommitteeWorkbook(new Messages(Language.JAPANESE), TOKYO)
                    .write(session.reports().committeeReport(plan.id()), out, Progress.NONE);
        }
        List<List<String>> rows = rowsAfter(out, "監査計画", "リスク評価に基づく監査対象の選定（令和8年度（FY2026））");
        assertThat(rows.get(0).get(0)).isEqualTo("この年度のリスク評価による監査対象の選定は記録されていません。");
    }

    private static Department department(WorkbenchSession session, String name) {
        return session.assets().departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    /** The rows below the section heading on the plan sheet (the third sheet), as displayed text, first six cells. */
    private static List<List<String>> rowsAfter(Path file, String sheetName, String heading) throws Exception {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = sheetName == null ? workbook.getSheetAt(2) : workbook.getSheet(sheetName);
            List<List<String>> rows = new ArrayList<>();
            boolean found = false;
            for (Row row : sheet) {
                String first = row.getCell(0) == null ? "" : formatter.formatCellValue(row.getCell(0));
                if (found) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < 6; c++) {
                        cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                } else if (first.equals(heading)) {
                    found = true;
                }
            }
            assertThat(found).as("section " + heading).isTrue();
            return rows;
        }
    }
}
