package com.auditworkbench.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The execution plan (実施計画) of one audit beyond what the plan itself holds: its phase, the systems and network
 * segments in scope, the on-site days and the date of the report.
 */
public record AuditDetail(
        long planId,
        AuditPhase phase,
        List<String> systems,
        Set<Segment> segments,
        List<OnSiteDay> onSiteDays,
        LocalDate reportDate) {

    public AuditDetail {
        phase = phase == null ? AuditPhase.PREPARATION : phase;
        systems = List.copyOf(systems);
        segments = Set.copyOf(segments);
        onSiteDays = List.copyOf(onSiteDays);
    }
}
