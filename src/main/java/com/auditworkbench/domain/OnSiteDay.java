package com.auditworkbench.domain;

import java.time.LocalDate;

/** A day the audit team spends at a department. */
public record OnSiteDay(Department department, LocalDate date, String note) {

    public OnSiteDay {
        note = note == null ? "" : note;
    }
}
