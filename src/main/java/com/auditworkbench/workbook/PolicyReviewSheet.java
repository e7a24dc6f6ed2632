package com.auditworkbench.workbook;

import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.PolicyReviewEntry;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** 見直し検討: the Art. 12 review, input by input, with what the audit team observed and the revision it proposes. */
final class PolicyReviewSheet {

    private PolicyReviewSheet() {
    }

    static void write(SXSSFSheet sheet, WorkbookStyles styles, Messages m, CommitteeReport report) {
        SheetWriter w = new SheetWriter(sheet, styles, 30, 60, 60);
        w.header(m.get("workbook.review.input"), m.get("workbook.review.observation"),
                m.get("workbook.review.proposal"));
        for (PolicyReviewEntry entry : report.policyReview()) {
            String label = "(" + entry.input().articleItem() + ") " + m.get(entry.input().messageKey());
            var cellStyles = new org.apache.poi.ss.usermodel.CellStyle[] {styles.label(), styles.wrapped(),
                styles.wrapped()};
            w.row(new String[] {label, entry.isEmpty() ? m.get("workbook.review.empty") : entry.observation(),
                entry.proposal()}, cellStyles);
        }
        w.finish(m, report.plan().marking(), report.plan().title(), false);
    }
}
