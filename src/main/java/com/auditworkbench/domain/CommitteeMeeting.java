package com.auditworkbench.domain;

import java.time.LocalDate;

/** A meeting of the information-security committee. */
public record CommitteeMeeting(long id, LocalDate date, String title) {
}
