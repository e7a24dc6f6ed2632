package com.auditworkbench.workbook;

import com.auditworkbench.domain.AnswerCounts;
import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.SelfInspectionAnswer;
import com.auditworkbench.domain.SelfInspectionSummary;
import com.auditworkbench.domain.SelfInspectionSummary.DepartmentResult;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The committee workbook's self-inspection sheet (Art. 11 and 12): per department and countermeasure category,
 * how many questions were answered 実施している / 一部実施している / 実施していない / 該当しない, and how many not at all.
 * Departments that sent nothing back are listed too, so the committee sees who is missing.
 */
final class SelfInspectionSheet {

    static final int[] COLUMN_WIDTHS = {26, 28, 12, 14, 12, 10, 9, 8};
    static final int HEADER_ROW = 5;
    private static final int LAST_COLUMN = COLUMN_WIDTHS.length - 1;

    private SelfInspectionSheet() {
    }

    static SXSSFSheet write(SXSSFWorkbook workbook, WorkbookStyles styles, Messages messages,
            SelfInspectionSummary summary, String marking) {
        Campaign campaign = summary.campaign();
        SXSSFSheet sheet = workbook.createSheet(messages.get("workbook.sheet.selfInspection"));
        for (int c = 0; c < COLUMN_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 256);
        }
        Row title = sheet.createRow(0);
        title.setHeightInPoints(30);
        text(title, 0, messages.get("workbook.selfInspection.heading", campaign.fiscalYear().japaneseName()),
                styles.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, LAST_COLUMN));
        long returned = summary.departments().stream().filter(DepartmentResult::returned).count();
        pair(sheet, styles, 2, messages.get("workbook.selfInspection.campaign"), messages.get(
                "workbook.selfInspection.campaignValue", campaign.title(), campaign.code(),
                Dates.date(campaign.deadline(), messages), campaign.templateTitle().in(messages.locale()),
                campaign.templateVersion()));
        pair(sheet, styles, 3, messages.get("workbook.selfInspection.returned"), messages.get(
                "workbook.selfInspection.returnedValue", returned, summary.departments().size(), summary.questions()));

        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(30);
        text(header, 0, messages.get("workbook.selfInspection.department"), styles.header());
        text(header, 1, messages.get("workbook.selfInspection.category"), styles.header());
        int c = 2;
        for (SelfInspectionAnswer answer : SelfInspectionAnswer.values()) {
            text(header, c++, messages.get(answer.messageKey()), styles.header());
        }
        text(header, c++, messages.get("campaign.column.unanswered"), styles.header());
        text(header, c, messages.get("workbook.selfInspection.total"), styles.header());

        int r = HEADER_ROW + 1;
        for (DepartmentResult department : summary.departments()) {
            r = department.returned() ? writeReturned(sheet, styles, messages, department, r)
                    : writeMissing(sheet, styles, messages, department, r);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        PageSetup.apply(sheet, marking, campaign.title(), messages.get("workbook.pageOf"), HEADER_ROW);
        return sheet;
    }

    private static int writeReturned(SXSSFSheet sheet, WorkbookStyles styles, Messages messages,
            DepartmentResult department, int firstRow) {
        int r = firstRow;
        for (Map.Entry<Category, AnswerCounts> entry : department.perCategory().entrySet()) {
            Row row = sheet.createRow(r++);
            text(row, 0, department.department().name(), styles.wrapped());
            text(row, 1, "(" + entry.getKey().articleItem() + ") " + messages.get(entry.getKey().messageKey()),
                    styles.wrapped());
            counts(row, entry.getValue(), styles.centered());
        }
        Row total = sheet.createRow(r++);
        text(total, 0, department.department().name(), styles.label());
        text(total, 1, messages.get("workbook.selfInspection.departmentTotal"), styles.label());
        counts(total, department.total(), styles.centered());
        return r;
    }

    private static int writeMissing(SXSSFSheet sheet, WorkbookStyles styles, Messages messages,
            DepartmentResult department, int rowIndex) {
        Row row = sheet.createRow(rowIndex);
        text(row, 0, department.department().name(), styles.wrapped());
        text(row, 1, messages.get("workbook.selfInspection.notReturned"), styles.wrapped());
        for (int c = 2; c <= LAST_COLUMN; c++) {
            text(row, c, "—", styles.centered());
        }
        return rowIndex + 1;
    }

    private static void counts(Row row, AnswerCounts counts, CellStyle style) {
        int c = 2;
        for (SelfInspectionAnswer answer : SelfInspectionAnswer.values()) {
            number(row, c++, counts.get(answer), style);
        }
        number(row, c++, counts.unanswered(), style);
        number(row, c, counts.total(), style);
    }

    private static void pair(SXSSFSheet sheet, WorkbookStyles styles, int rowIndex, String label, String value) {
        Row row = sheet.createRow(rowIndex);
        text(row, 0, label, styles.label());
        text(row, 1, value, styles.wrapped());
        for (int c = 2; c <= LAST_COLUMN; c++) {
            text(row, c, "", styles.wrapped());
        }
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 1, LAST_COLUMN));
    }

    /** Always a string cell: a department name beginning with = stays text. */
    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
