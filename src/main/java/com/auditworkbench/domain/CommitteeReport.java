package com.auditworkbench.domain;

import java.time.Instant;
import java.util.List;

/** Everything the committee workbook shows, gathered from one workbench state. */
public record CommitteeReport(
        Plan plan,
        List<ChecklistRow> rows,
        List<Finding> findings,
        Instant exportedAt,
        String applicationVersion,
        String workbenchFingerprint) {

    public CommitteeReport {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }
}
