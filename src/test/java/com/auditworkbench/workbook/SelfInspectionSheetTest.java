package com.auditworkbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.domain.SelfInspectionSummary;
import com.auditworkbench.service.WorkbenchSession;
import com.auditworkbench.support.AnsweringDepartment;
import com.auditworkbench.support.SelfInspectionFixture;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfInspectionSheetTest {

    @TempDir
    Path folder;

    @Test
    void showsEachReturnedDepartmentsAnswerCountsPerCategoryAndListsTheMissingOnes() throws Exception {
        SelfInspectionSummary summary;
        List<ChecklistItem> items;
        try (WorkbenchSession session = SelfInspectionFixture.workbench(folder)) {
            Campaign campaign = SelfInspectionFixture.campaign(session);
            items = session.selfInspection().items(campaign.id());
            List<Path> files = SelfInspectionFixture.export(session, campaign, folder.resolve("out"));
            Map<String, String> answers = new HashMap<>();
            for (ChecklistItem item : items) {
                answers.put(item.code(), (item.category() == Category.HUMAN ? SelfInspectionAnswer.NOT_DONE
                        : SelfInspectionAnswer.DONE).label());
            }
            answers.put(items.get(items.size() - 1).code(), "");
            AnsweringDepartment.answer(files.get(0), "総務 一郎", answers, Map.of());
            session.selfInspection().preview(campaign.id(), new QuestionnaireReader().readAll(List.of(files.get(0)),
                    Progress.NONE)).forEach(p -> session.selfInspection().importResponse(p));
            summary = session.selfInspection().summary(campaign.id());
        }

        Path out = folder.resolve("committee.xlsx");
        Messages ja = new Messages(Language.JAPANESE);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream stream = Files.newOutputStream(out)) {
            SelfInspectionSheet.write(workbook, new WorkbookStyles(workbook), ja, summary, "取扱注意");
            workbook.write(stream);
        }

        Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
        items.forEach(i -> perCategory.merge(i.category(), 1, Integer::sum));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("自己点検結果");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("令和8年度 情報セキュリティ自己点検の結果");
            assertThat(text(sheet.getRow(2), 1)).startsWith("令和8年度 情報セキュリティ自己点検（SI2026-01）　回答期限 2026年7月31日");
            assertThat(text(sheet.getRow(3), 1)).isEqualTo("3 部署のうち 1 部署が回答（1 部署 " + items.size() + " 問）");
            assertThat(values(sheet.getRow(5))).containsExactly("部署", "区分（第10条）", "実施している", "一部実施している",
                    "実施していない", "該当しない", "未回答", "計");
            int r = 6;
            for (Map.Entry<Category, Integer> category : perCategory.entrySet()) {
                List<String> row = values(sheet.getRow(r++));
                int count = category.getValue();
                boolean human = category.getKey() == Category.HUMAN;
                boolean last = category.getKey() == items.get(items.size() - 1).category();
                int done = human ? 0 : last ? count - 1 : count;
                assertThat(row).containsExactly("総務部 総務課", "(" + category.getKey().articleItem() + ") "
                        + ja.get(category.getKey().messageKey()), Integer.toString(done), "0",
                        Integer.toString(human ? count : 0), "0", last ? "1" : "0", Integer.toString(count));
            }
            int human = perCategory.get(Category.HUMAN);
            assertThat(values(sheet.getRow(r++))).containsExactly("総務部 総務課", "部署の計",
                    Integer.toString(items.size() - human - 1), "0", Integer.toString(human), "0", "1",
                    Integer.toString(items.size()));
            assertThat(sheet.getRow(6).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(values(sheet.getRow(r++)).subList(0, 3)).containsExactly("市民部 市民課", "調査票の返送がありません", "—");
            assertThat(values(sheet.getRow(r++)).subList(0, 2)).containsExactly("健康福祉部 福祉総務課", "調査票の返送がありません");
            assertThat(sheet.getLastRowNum()).isEqualTo(r - 1);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getHeader().getRight()).contains("取扱注意");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("6:6");
        }
    }

    private static String text(XSSFRow row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private static List<String> values(XSSFRow row) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell.getCellType() == CellType.NUMERIC ? Integer.toString((int) cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return values;
    }
}
