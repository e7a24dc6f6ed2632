package com.auditworkbench.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one set of styles of a questionnaire workbook, created once and looked up by role. Every style is locked
 * except the input styles: under sheet protection only the answer, comment and respondent cells take typing.
 */
final class QuestionnaireStyles {

    private final CellStyle title;
    private final CellStyle marking;
    private final CellStyle label;
    private final CellStyle value;
    private final CellStyle heading;
    private final CellStyle instructions;
    private final CellStyle header;
    private final CellStyle code;
    private final CellStyle text;
    private final CellStyle explanation;
    private final CellStyle answer;
    private final CellStyle comment;
    private final CellStyle respondent;

    QuestionnaireStyles(Workbook workbook) {
        Font base = WorkbookStyles.font(workbook, 10, false);
        Font bold = WorkbookStyles.font(workbook, 10, true);
        Font large = WorkbookStyles.font(workbook, 16, true);
        Font small = WorkbookStyles.font(workbook, 9, false);
        small.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
        Font red = WorkbookStyles.font(workbook, 11, true);
        red.setColor(IndexedColors.DARK_RED.getIndex());

        title = workbook.createCellStyle();
        title.setFont(large);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        marking = workbook.createCellStyle();
        marking.setFont(red);
        marking.setAlignment(HorizontalAlignment.RIGHT);
        marking.setVerticalAlignment(VerticalAlignment.CENTER);

        label = WorkbookStyles.bordered(workbook, bold);
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label.setVerticalAlignment(VerticalAlignment.CENTER);

        value = WorkbookStyles.bordered(workbook, base);
        value.setVerticalAlignment(VerticalAlignment.CENTER);
        value.setWrapText(true);

        heading = workbook.createCellStyle();
        heading.setFont(bold);

        instructions = workbook.createCellStyle();
        instructions.setFont(base);
        instructions.setWrapText(true);
        instructions.setVerticalAlignment(VerticalAlignment.TOP);

        header = WorkbookStyles.bordered(workbook, bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);

        code = WorkbookStyles.bordered(workbook, base);
        code.setAlignment(HorizontalAlignment.CENTER);
        code.setVerticalAlignment(VerticalAlignment.TOP);
        code.setWrapText(true);

        text = WorkbookStyles.bordered(workbook, base);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        explanation = WorkbookStyles.bordered(workbook, small);
        explanation.setWrapText(true);
        explanation.setVerticalAlignment(VerticalAlignment.TOP);

        answer = input(workbook, base);
        answer.setAlignment(HorizontalAlignment.CENTER);
        answer.setVerticalAlignment(VerticalAlignment.CENTER);

        comment = input(workbook, base);
        comment.setVerticalAlignment(VerticalAlignment.TOP);

        respondent = input(workbook, base);
        respondent.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    /** A cell the department types into: unlocked, and tinted so it is found at a glance. */
    private static CellStyle input(Workbook workbook, Font font) {
        CellStyle style = WorkbookStyles.bordered(workbook, font);
        style.setLocked(false);
        style.setWrapText(true);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    CellStyle title() {
        return title;
    }

    CellStyle marking() {
        return marking;
    }

    CellStyle label() {
        return label;
    }

    CellStyle value() {
        return value;
    }

    CellStyle heading() {
        return heading;
    }

    CellStyle instructions() {
        return instructions;
    }

    CellStyle header() {
        return header;
    }

    CellStyle code() {
        return code;
    }

    CellStyle text() {
        return text;
    }

    CellStyle explanation() {
        return explanation;
    }

    CellStyle answer() {
        return answer;
    }

    CellStyle comment() {
        return comment;
    }

    CellStyle respondent() {
        return respondent;
    }
}
