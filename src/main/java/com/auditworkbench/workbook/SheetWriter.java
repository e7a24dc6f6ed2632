package com.auditworkbench.workbook;

import com.auditworkbench.domain.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one sheet of a committee workbook top to bottom: a header row, rows of cells whose height follows their
 * wrapped text, and the shared print setup. Every text is written as a string cell, so text beginning with
 * {@code = + - @} stays text and never becomes a formula.
 */
final class SheetWriter {

    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private final int[] widths;
    private int next;
    private int headerRow = -1;

    SheetWriter(SXSSFSheet sheet, WorkbookStyles styles, int... widths) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = widths.clone();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    int nextRow() {
        return next;
    }

    void skip(int rows) {
        next += rows;
    }

    /** A bold line above a table. */
    void section(String title) {
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(20);
        cell(row, 0, title, styles.section());
    }

    /** The header of the table that follows; it repeats on every printed page when it is the sheet's first. */
    void header(String... labels) {
        Row row = sheet.createRow(next);
        if (headerRow < 0) {
            headerRow = next;
        }
        next++;
        for (int c = 0; c < labels.length; c++) {
            cell(row, c, labels[c], styles.header());
        }
        RowHeights.fit(row, widths, labels);
    }

    /** A row of wrapped text cells. */
    Row row(String... values) {
        CellStyle[] all = new CellStyle[values.length];
        java.util.Arrays.fill(all, styles.wrapped());
        return row(values, all);
    }

    Row row(String[] values, CellStyle[] cellStyles) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.length; c++) {
            cell(row, c, values[c], cellStyles[c]);
        }
        RowHeights.fit(row, widths, values);
        return row;
    }

    /** A row of a label and whole numbers, with the total and a share at the end when asked. */
    Row counts(String label, int[] counts, boolean withTotal) {
        Row row = sheet.createRow(next++);
        cell(row, 0, label, styles.label());
        int total = 0;
        for (int c = 0; c < counts.length; c++) {
            Cell cell = row.createCell(c + 1);
            cell.setCellValue(counts[c]);
            cell.setCellStyle(styles.number());
            total += counts[c];
        }
        if (withTotal) {
            Cell cell = row.createCell(counts.length + 1);
            cell.setCellValue(total);
            cell.setCellStyle(styles.number());
        }
        return row;
    }

    static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    /** A message across the full width, for an empty table. */
    void note(String text, int columns) {
        Row row = sheet.createRow(next);
        cell(row, 0, text, styles.text());
        for (int c = 1; c < columns; c++) {
            cell(row, c, "", styles.text());
        }
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, columns - 1));
        }
        next++;
    }

    /** Freezes the header, filters it when asked, and applies the shared print setup. */
    void finish(Messages messages, String marking, String title, boolean filter) {
        finish(messages, marking, title, filter, true);
    }

    /** As {@link #finish(Messages, String, String, boolean)}; a sheet of several small tables repeats no header. */
    void finish(Messages messages, String marking, String title, boolean filter, boolean list) {
        if (!list) {
            PageSetup.apply(sheet, marking, title, messages.get("workbook.pageOf"), -1);
            return;
        }
        if (headerRow >= 0) {
            sheet.createFreezePane(0, headerRow + 1);
            if (filter && next > headerRow + 1) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, next - 1, 0, widths.length - 1));
            }
        }
        PageSetup.apply(sheet, marking, title, messages.get("workbook.pageOf"), headerRow);
    }
}
