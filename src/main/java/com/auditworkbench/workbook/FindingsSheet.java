package com.auditworkbench.workbook;

import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Severity;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * 指摘事項: the findings register with the five Cs, severity and the Art. 14 flag, the management response and the
 * review state. Related fields share a column so that the register stays readable when printed on one A4 width.
 */
final class FindingsSheet {

    static final int[] WIDTHS = {7, 16, 22, 28, 18, 18, 18, 24, 26, 11};

    private FindingsSheet() {
    }

    static void write(SXSSFSheet sheet, WorkbookStyles styles, Messages m, CommitteeReport report, Progress progress,
            long[] done, long total) {
        SheetWriter w = new SheetWriter(sheet, styles, WIDTHS);
        w.header(m.get("workbook.findings.number"), m.get("workbook.findings.departmentItem"),
                m.get("workbook.findings.titleSeverity"), m.get("workbook.findings.condition"),
                m.get("workbook.findings.criteria"), m.get("finding.cause"), m.get("finding.effect"),
                m.get("workbook.findings.recommendation"), m.get("workbook.findings.responseStatus"),
                m.get("finding.signOff"));
        for (Finding f : report.findings()) {
            FindingContent c = f.content();
            String title = c.title() + "\n【" + m.get(c.severity().messageKey()) + "】"
                    + (c.violation().flagged() ? "\n" + m.get("workbook.findings.violation", c.violation().notifiedTo(),
                            Dates.date(c.violation().notifiedOn(), m)) : "");
            String response = c.response().text()
                    + (c.response().text().isBlank() ? "" : "\n")
                    + m.get("workbook.findings.responseLine", c.response().actionOwner(),
                            c.response().dueDate() == null ? "—" : Dates.date(c.response().dueDate(), m),
                            m.get(c.response().status().messageKey()));
            String signOff = m.get(f.signOff().stateKey())
                    + (f.signOff().reopened() ? "\n" + m.get("finding.editedAfterReview") : "");
            String[] values = {f.reference(), f.department().name() + "\n" + f.itemCode(), title, c.condition(),
                c.criteria(), c.cause(), c.effect(), c.recommendation(), response, signOff};
            CellStyle[] cellStyles = new CellStyle[values.length];
            java.util.Arrays.fill(cellStyles, styles.wrapped());
            cellStyles[0] = styles.centered();
            if (c.severity() == Severity.MAJOR || c.violation().flagged()) {
                cellStyles[2] = styles.flagged();
            }
            w.row(values, cellStyles);
            progress.checkCancelled();
            progress.update(++done[0], total);
        }
        if (report.findings().isEmpty()) {
            w.note(m.get("workbook.findings.none"), WIDTHS.length);
        }
        w.finish(m, report.plan().marking(), report.plan().title(), true);
    }
}
