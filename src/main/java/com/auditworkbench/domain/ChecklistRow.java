package com.auditworkbench.domain;

import java.time.Instant;

/** One item at one auditee, with what has been recorded for it. */
public record ChecklistRow(
        long planId,
        Department department,
        ChecklistItem item,
        Result result,
        String notes,
        Instant updatedAt,
        SignOff signOff) {

    public ChecklistRow {
        signOff = signOff == null ? SignOff.NONE : signOff;
    }

    /** The same row with another result and notes, as shown before the save comes back. */
    public ChecklistRow with(Result newResult, String newNotes) {
        return new ChecklistRow(planId, department, item, newResult, newNotes, updatedAt, signOff);
    }

    /** The key the activity log and review notes use for this row. */
    public String key() {
        return planId + "/" + department.id() + "/" + item.code();
    }
}
