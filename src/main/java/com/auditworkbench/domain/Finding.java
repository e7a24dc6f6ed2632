package com.auditworkbench.domain;

import java.time.Instant;

/** A finding (指摘事項) raised on a checklist item at a department. */
public record Finding(
        long id,
        long planId,
        int number,
        Department department,
        String itemCode,
        String title,
        String condition,
        String criteria,
        String recommendation,
        Severity severity,
        Instant createdAt) {

    /** The reference the committee reads, such as F-003. */
    public String reference() {
        return String.format("F-%03d", number);
    }
}
