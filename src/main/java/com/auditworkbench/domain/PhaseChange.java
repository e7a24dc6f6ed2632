package com.auditworkbench.domain;

import java.time.Instant;
import java.util.List;

/**
 * A move of an audit from one phase to another. An override past the report gate carries the audit lead's reason
 * and the open entries at that moment; an ordinary move has an empty reason and list.
 */
public record PhaseChange(
        long planId,
        AuditPhase from,
        AuditPhase to,
        String changedBy,
        Instant changedAt,
        String overrideReason,
        List<String> openAtChange) {

    public PhaseChange {
        overrideReason = overrideReason == null ? "" : overrideReason;
        openAtChange = List.copyOf(openAtChange);
    }

    public boolean isOverride() {
        return !overrideReason.isBlank();
    }
}
