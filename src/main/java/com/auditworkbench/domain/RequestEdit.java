package com.auditworkbench.domain;

import java.time.LocalDate;

/** What the lead writes for a request, new or edited. */
public record RequestEdit(
        long departmentId,
        String title,
        String itemCode,
        LocalDate requestedOn,
        LocalDate dueOn,
        RequestStatus status,
        LocalDate receivedOn,
        String note) {

    public RequestEdit {
        title = title == null ? "" : title.strip();
        itemCode = itemCode == null ? "" : itemCode.strip();
        note = note == null ? "" : note;
        status = status == null ? RequestStatus.REQUESTED : status;
    }
}
