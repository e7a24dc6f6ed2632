package com.auditworkbench.domain;

import java.time.LocalDate;

/** The department's response to a finding (措置計画): what it will do, who, by when, and how far it has come. */
public record ManagementResponse(String text, String actionOwner, LocalDate dueDate, ActionStatus status) {

    public static final ManagementResponse NONE = new ManagementResponse("", "", null, ActionStatus.NOT_STARTED);

    public ManagementResponse {
        text = text == null ? "" : text;
        actionOwner = actionOwner == null ? "" : actionOwner;
        status = status == null ? ActionStatus.NOT_STARTED : status;
    }

    /** Past its due date and not yet done. */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today)
                && (status == ActionStatus.NOT_STARTED || status == ActionStatus.IN_PROGRESS);
    }
}
