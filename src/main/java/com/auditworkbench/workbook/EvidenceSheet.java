package com.auditworkbench.workbook;

import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Messages;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * 証跡一覧: every piece of evidence with its SHA-256. The workbench does not take in evidence files yet, so the sheet
 * says so rather than being left out: the committee sees the same workbook layout every year.
 */
final class EvidenceSheet {

    private EvidenceSheet() {
    }

    static void write(SXSSFSheet sheet, WorkbookStyles styles, Messages m, CommitteeReport report) {
        SheetWriter w = new SheetWriter(sheet, styles, 28, 66, 14, 18, 12, 30);
        w.header(m.get("workbook.evidence.file"), "SHA-256", m.get("workbook.evidence.collectedBy"),
                m.get("workbook.evidence.obtainedFrom"), m.get("workbook.evidence.effectiveDate"),
                m.get("workbook.evidence.supports"));
        w.note(m.get("workbook.evidence.none"), 6);
        w.finish(m, report.plan().marking(), report.plan().title(), false);
    }
}
