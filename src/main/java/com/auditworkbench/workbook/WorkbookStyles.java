package com.auditworkbench.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one set of cell styles of a workbook, created once and looked up by role. Creating a style per cell would
 * run into Excel's limit on distinct styles and bloat the file.
 */
final class WorkbookStyles {

    /** A font every Windows Excel since 2016 has; LibreOffice substitutes a Japanese Gothic font. */
    static final String FONT_NAME = "游ゴシック";

    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle header;
    private final CellStyle centered;
    private final CellStyle marking;
    private final CellStyle monospace;
    private final CellStyle number;
    private final CellStyle percent;
    private final CellStyle section;
    private final CellStyle flagged;

    WorkbookStyles(Workbook workbook) {
        Font base = font(workbook, 10, false);
        Font bold = font(workbook, 10, true);
        Font large = font(workbook, 18, true);
        Font red = font(workbook, 12, true);
        red.setColor(IndexedColors.DARK_RED.getIndex());
        Font mono = workbook.createFont();
        mono.setFontName("Consolas");
        mono.setFontHeightInPoints((short) 9);

        title = workbook.createCellStyle();
        title.setFont(large);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        label = bordered(workbook, bold);
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setWrapText(true);

        text = bordered(workbook, base);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        wrapped = bordered(workbook, base);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);

        header = bordered(workbook, bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);

        centered = bordered(workbook, base);
        centered.setAlignment(HorizontalAlignment.CENTER);
        centered.setVerticalAlignment(VerticalAlignment.TOP);

        marking = workbook.createCellStyle();
        marking.setFont(red);
        marking.setAlignment(HorizontalAlignment.RIGHT);

        monospace = bordered(workbook, mono);
        monospace.setVerticalAlignment(VerticalAlignment.TOP);
        monospace.setWrapText(true);

        number = bordered(workbook, base);
        number.setAlignment(HorizontalAlignment.RIGHT);
        number.setVerticalAlignment(VerticalAlignment.TOP);

        percent = bordered(workbook, base);
        percent.setAlignment(HorizontalAlignment.RIGHT);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));

        section = workbook.createCellStyle();
        section.setFont(font(workbook, 12, true));

        Font redBold = font(workbook, 10, true);
        redBold.setColor(IndexedColors.DARK_RED.getIndex());
        flagged = bordered(workbook, redBold);
        flagged.setWrapText(true);
        flagged.setVerticalAlignment(VerticalAlignment.TOP);
    }

    CellStyle number() {
        return number;
    }

    CellStyle percent() {
        return percent;
    }

    CellStyle section() {
        return section;
    }

    CellStyle flagged() {
        return flagged;
    }

    /** A font of the workbooks' family; shared with the questionnaire's styles. */
    static Font font(Workbook workbook, int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(FONT_NAME);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    /** A style with thin borders on all four sides. */
    static CellStyle bordered(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    CellStyle title() {
        return title;
    }

    CellStyle label() {
        return label;
    }

    CellStyle text() {
        return text;
    }

    CellStyle wrapped() {
        return wrapped;
    }

    CellStyle header() {
        return header;
    }

    CellStyle centered() {
        return centered;
    }

    CellStyle marking() {
        return marking;
    }

    CellStyle monospace() {
        return monospace;
    }
}
