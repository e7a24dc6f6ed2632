package com.auditworkbench.workbook;

import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.ScopeDecision;
import com.auditworkbench.domain.ScopeRule;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The plan sheet's account of the risk-based scope of the fiscal year (ADR 0010): what the scores proposed, what
 * the lead decided, and the reason for every override, so the committee sees both.
 */
final class ScopeSection {

    static final int COLUMNS = 6;

    private ScopeSection() {
    }

    static void write(SheetWriter w, WorkbookStyles styles, Messages m, ScopeDecision decision, String fiscalYear,
            ZoneId zone) {
        w.section(m.get("workbook.scope.heading", fiscalYear));
        if (decision == null) {
            w.note(m.get("workbook.scope.none"), COLUMNS);
            return;
        }
        String rule = decision.rule().kind() == ScopeRule.Kind.TOP
                ? m.get("workbook.scope.ruleTop", (int) decision.rule().value())
                : m.get("workbook.scope.ruleThreshold",
                        String.format(Locale.ROOT, "%.1f", decision.rule().value()));
        long proposed = decision.entries().stream().filter(ScopeDecision.Entry::proposed).count();
        w.note(m.get("workbook.scope.summary", rule, proposed, decision.included().size(),
                decision.overrides().size(), decision.decidedBy(), Dates.dateTime(decision.decidedAt(), zone, m)),
                COLUMNS);
        w.header(m.get("workbook.scope.department"), m.get("workbook.scope.score"), m.get("workbook.scope.proposed"),
                m.get("workbook.scope.decided"), m.get("workbook.scope.reasons"), m.get("workbook.scope.override"));
        for (ScopeDecision.Entry e : decision.entries()) {
            String[] values = {e.department().name(), String.format(Locale.ROOT, "%.1f", e.score()),
                m.get(e.proposed() ? "workbook.scope.yes" : "workbook.scope.no"),
                m.get(e.included() ? "workbook.scope.yes" : "workbook.scope.no"),
                e.reasons().in(m.locale()), e.overrideReason()};
            var cellStyles = new org.apache.poi.ss.usermodel.CellStyle[] {styles.wrapped(), styles.wrapped(),
                styles.wrapped(), e.overridden() ? styles.flagged() : styles.wrapped(), styles.wrapped(),
                e.overridden() ? styles.flagged() : styles.wrapped()};
            w.row(values, cellStyles);
        }
    }
}
