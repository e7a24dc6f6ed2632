package com.auditworkbench.workbook;

import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.FollowUpItem;
import com.auditworkbench.domain.Messages;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** フォローアップ: the findings carried forward from earlier plans, and where each stands now. */
final class FollowUpSheet {

    private FollowUpSheet() {
    }

    static void write(SXSSFSheet sheet, WorkbookStyles styles, Messages m, CommitteeReport report) {
        SheetWriter w = new SheetWriter(sheet, styles, 9, 13, 10, 16, 30, 14, 12, 11, 50);
        w.header(m.get("workbook.findings.number"), m.get("workbook.followUp.originalPlan"),
                m.get("workbook.followUp.originalNumber"), m.get("workbook.findings.department"),
                m.get("workbook.findings.title"), m.get("workbook.findings.severity"), m.get("finding.actionStatus"),
                m.get("finding.dueDate"), m.get("finding.followUps"));
        for (FollowUpItem item : report.followUps()) {
            var f = item.finding();
            String notes = item.notes().stream().map(n -> Dates.date(n.notedOn(), m) + "　" + n.note())
                    .collect(Collectors.joining("\n"));
            w.row(f.reference(), item.originalPlanCode(), item.originalReference(), f.department().name(), f.title(),
                    m.get(f.severity().messageKey()), m.get(f.content().response().status().messageKey()),
                    f.content().response().dueDate() == null ? "" : Dates.date(f.content().response().dueDate(), m),
                    notes);
        }
        if (report.followUps().isEmpty()) {
            w.note(m.get("workbook.followUp.none"), 9);
        }
        w.finish(m, report.plan().marking(), report.plan().title(), true);
    }
}
