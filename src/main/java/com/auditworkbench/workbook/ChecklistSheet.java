package com.auditworkbench.workbook;

import com.auditworkbench.domain.Category;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.Progress;
import com.auditworkbench.domain.Result;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * チェックリスト結果: every item at every auditee, in the order of the countermeasure categories (Art. 10), with a
 * filter on every column. Outline groups are left out: a streamed sheet cannot group rows already written.
 */
final class ChecklistSheet {

    private static final int PROGRESS_EVERY = 1_000;

    private ChecklistSheet() {
    }

    static void write(SXSSFSheet sheet, WorkbookStyles styles, Messages m, CommitteeReport report, Progress progress,
            long[] done, long total) {
        SheetWriter w = new SheetWriter(sheet, styles, 14, 18, 13, 6, 40, 10, 44, 14);
        w.header(m.get("checklist.column.category"), m.get("checklist.column.department"),
                m.get("checklist.column.code"), m.get("checklist.column.priority"), m.get("checklist.column.title"),
                m.get("checklist.column.result"), m.get("checklist.column.notes"), m.get("finding.signOff"));
        List<ChecklistRow> rows = report.rows().stream()
                .sorted(Comparator.comparing((ChecklistRow r) -> r.item().category()))
                .toList();
        String[] categoryNames = new String[Category.values().length];
        for (Category c : Category.values()) {
            categoryNames[c.ordinal()] = "(" + c.articleItem() + ") " + m.get(c.messageKey());
        }
        String[] resultNames = new String[Result.values().length];
        for (Result r : Result.values()) {
            resultNames[r.ordinal()] = m.get(r.messageKey());
        }
        CellStyle[] rowStyles = {styles.wrapped(), styles.wrapped(), styles.text(), styles.centered(),
            styles.wrapped(), styles.centered(), styles.wrapped(), styles.wrapped()};
        CellStyle[] deviationStyles = rowStyles.clone();
        deviationStyles[5] = styles.flagged();
        for (ChecklistRow r : rows) {
            String[] values = {categoryNames[r.item().category().ordinal()], r.department().name(), r.item().code(),
                r.item().priority() ? "★" : "", r.item().title().in(m.locale()), resultNames[r.result().ordinal()],
                r.notes(), m.get(r.signOff().stateKey())};
            w.row(values, r.result().isDeviation() ? deviationStyles : rowStyles);
            if (++done[0] % PROGRESS_EVERY == 0) {
                progress.checkCancelled();
                progress.update(done[0], total);
            }
        }
        if (rows.isEmpty()) {
            w.note(m.get("checklist.empty"), 8);
        }
        w.finish(m, report.plan().marking(), report.plan().title(), true);
    }
}
