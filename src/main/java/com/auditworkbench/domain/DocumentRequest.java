package com.auditworkbench.domain;

import java.time.LocalDate;

/**
 * A document asked of a department before fieldwork (予備調査), numbered within its audit. {@code itemCode}
 * is the checklist item whose evidence description it came from, or empty.
 */
public record DocumentRequest(
        long id,
        long planId,
        int number,
        Department department,
        String title,
        String itemCode,
        LocalDate requestedOn,
        LocalDate dueOn,
        RequestStatus status,
        LocalDate receivedOn,
        String note) {

    public DocumentRequest {
        itemCode = itemCode == null ? "" : itemCode;
        note = note == null ? "" : note;
    }

    public String reference() {
        return String.format("R-%03d", number);
    }

    /** Not yet in and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(today);
    }
}
