package com.auditworkbench.workbook;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The print setup every committee sheet shares: A4 landscape, fitted to the page width, marked on every page. */
final class PageSetup {

    private PageSetup() {
    }

    static void apply(Sheet sheet, String marking, String documentTitle, String pageOf, int repeatedHeaderRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.TOP, 0.7);
        sheet.setMargin(PageMargin.BOTTOM, 0.7);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);

        Header header = sheet.getHeader();
        header.setLeft(escape(documentTitle));
        header.setRight("&B" + escape("【" + marking + "】"));
        Footer footer = sheet.getFooter();
        footer.setLeft(escape(marking));
        footer.setCenter(pageOf);
        footer.setRight("&A");
        if (repeatedHeaderRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatedHeaderRow, repeatedHeaderRow, -1, -1));
        }
    }

    /** An ampersand in user text would otherwise be read as a header/footer code. */
    static String escape(String text) {
        return text.replace("&", "&&");
    }
}
