package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.store.Workbench;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Findings raised from deviations in the checklist. */
public final class FindingService {

    private final Workbench workbench;
    private final Clock clock;

    FindingService(Workbench workbench, Clock clock) {
        this.workbench = workbench;
        this.clock = clock;
    }

    /** A new finding for a deviating row, its criteria filled in from the item and its articles. */
    public NewFinding draftFrom(ChecklistRow row) {
        String criteria = "国立市情報セキュリティに関する規則 " + row.item().articlesInJapanese()
                + "／チェック項目 " + row.item().code() + "「" + row.item().title().ja() + "」";
        Severity severity = row.result() == com.auditworkbench.domain.Result.NONCONFORMING
                ? Severity.MINOR : Severity.OBSERVATION;
        return new NewFinding(row.planId(), row.department().id(), row.item().code(), row.item().title().ja(),
                row.notes(), criteria, "", severity);
    }

    public Finding raise(NewFinding finding) {
        if (finding.title() == null || finding.title().isBlank()) {
            throw new AuditException("finding.error.titleRequired");
        }
        if (finding.condition() == null || finding.condition().isBlank()) {
            throw new AuditException("finding.error.conditionRequired");
        }
        if (finding.severity() == null) {
            throw new AuditException("finding.error.severityRequired");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return workbench.transaction(r -> {
            if (!r.checklist().isInPlan(finding.planId(), finding.departmentId(), finding.itemCode())) {
                throw new AuditException("checklist.error.notInPlan", finding.itemCode());
            }
            long id = r.findings().insert(finding, now);
            return r.findings().byPlan(finding.planId()).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        });
    }

    public List<Finding> byPlan(long planId) {
        return workbench.transaction(r -> r.findings().byPlan(planId));
    }
}
