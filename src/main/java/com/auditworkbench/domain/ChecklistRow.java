package com.auditworkbench.domain;

import java.time.Instant;

/** One item at one auditee, with what has been recorded for it. */
public record ChecklistRow(
        long planId,
        Department department,
        ChecklistItem item,
        Result result,
        String notes,
        Instant updatedAt) {
}
