package com.auditworkbench.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A dated note on how a finding's corrective action is progressing. */
public record FollowUpNote(long id, long findingId, LocalDate notedOn, String note, String author, Instant createdAt) {
}
