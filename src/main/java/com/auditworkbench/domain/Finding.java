package com.auditworkbench.domain;

import java.time.Instant;

/** A finding (指摘事項) raised on a checklist item at a department. */
public record Finding(
        long id,
        long planId,
        int number,
        Department department,
        String itemCode,
        FindingContent content,
        Long carriedFromId,
        SignOff signOff,
        Instant createdAt,
        Instant updatedAt) {

    /** The reference the committee reads, such as F-003. */
    public String reference() {
        return String.format("F-%03d", number);
    }

    public String title() {
        return content.title();
    }

    public String condition() {
        return content.condition();
    }

    public String criteria() {
        return content.criteria();
    }

    public String recommendation() {
        return content.recommendation();
    }

    public Severity severity() {
        return content.severity();
    }

    public boolean isCarriedForward() {
        return carriedFromId != null;
    }
}
