package com.auditworkbench.workbook;

import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights for wrapped text. A streamed sheet cannot measure text, and neither Excel nor LibreOffice grows a
 * row on opening, so the height is estimated from the text: a full-width (Japanese) character takes two
 * width units, as Excel's column width counts them.
 */
final class RowHeights {

    private static final float POINTS_PER_LINE = 13.5f;
    private static final float PADDING = 4f;
    private static final int MAX_LINES = 30;

    private RowHeights() {
    }

    /** Lines the text needs in a column of the given width (in Excel's character units). */
    static int lines(String text, int columnWidthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int usable = Math.max(1, columnWidthChars - 1);
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            int units = paragraph.codePoints().map(RowHeights::width).sum();
            lines += Math.max(1, (units + usable - 1) / usable);
        }
        return lines;
    }

    private static int width(int codePoint) {
        return codePoint >= 0x1100 && (codePoint <= 0x115F || codePoint >= 0x2E80) ? 2 : 1;
    }

    /** Sets the row tall enough for the tallest of its wrapped cells. */
    static void fit(Row row, int[] columnWidthChars, String... texts) {
        int lines = 1;
        for (int c = 0; c < texts.length && c < columnWidthChars.length; c++) {
            lines = Math.max(lines, lines(texts[c], columnWidthChars[c]));
        }
        row.setHeightInPoints(Math.min(lines, MAX_LINES) * POINTS_PER_LINE + PADDING);
    }
}
