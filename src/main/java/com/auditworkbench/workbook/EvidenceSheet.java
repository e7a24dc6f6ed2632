package com.auditworkbench.workbook;

import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Evidence;
import com.auditworkbench.domain.EvidenceIndex;
import com.auditworkbench.domain.Messages;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * 証跡一覧: every piece of evidence of the plan with its SHA-256 at intake, who collected it from whom, the date it
 * speaks of, when it was taken in, its classification, what it supports and when its bytes were last verified. A
 * plan with no evidence still has the sheet, saying so: the committee sees the same layout every year.
 */
final class EvidenceSheet {

    private static final int COLUMNS = 11;

    private EvidenceSheet() {
    }

    static void write(SXSSFSheet sheet, WorkbookStyles styles, Messages m, CommitteeReport report, ZoneId zone) {
        SheetWriter w = new SheetWriter(sheet, styles, 6, 24, 36, 12, 12, 18, 12, 16, 10, 34, 16);
        w.header(m.get("workbook.evidence.number"), m.get("workbook.evidence.file"), "SHA-256",
                m.get("workbook.evidence.size"), m.get("workbook.evidence.collectedBy"),
                m.get("workbook.evidence.obtainedFrom"), m.get("workbook.evidence.effectiveDate"),
                m.get("workbook.evidence.intakeAt"), m.get("workbook.evidence.classification"),
                m.get("workbook.evidence.supports"), m.get("workbook.evidence.lastVerified"));
        EvidenceIndex index = report.evidence();
        if (index.entries().isEmpty()) {
            w.note(m.get("workbook.evidence.none"), COLUMNS);
        }
        CellStyle[] cellStyles = new CellStyle[COLUMNS];
        java.util.Arrays.fill(cellStyles, styles.wrapped());
        cellStyles[2] = styles.monospace();
        for (Evidence e : index.entries()) {
            String supports = e.links().stream()
                    .map(t -> m.get(t.kind().messageKey()) + " " + index.label(t))
                    .collect(Collectors.joining("\n"));
            String name = e.renamed() ? e.fileName() + "\n(" + e.originalName() + ")" : e.fileName();
            String verified = e.lastVerifiedAt() == null ? m.get("workbook.evidence.notVerified")
                    : m.get(e.verified() ? "workbook.evidence.verifiedOk" : "workbook.evidence.verifiedBad",
                            Dates.dateTime(e.lastVerifiedAt(), zone, m));
            String[] values = {"", name, e.sha256(), "", e.collectedBy(), e.obtainedFrom(),
                Dates.date(e.effectiveDate(), m), Dates.dateTime(e.intakeAt(), zone, m), e.classification(), supports,
                verified};
            Row row = w.row(values, cellStyles);
            number(row, 0, e.number(), styles);
            number(row, 3, e.size(), styles);
        }
        w.finish(m, report.plan().marking(), report.plan().title(), true);
    }

    private static void number(Row row, int column, long value, WorkbookStyles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number());
    }
}
