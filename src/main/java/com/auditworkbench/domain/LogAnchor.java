package com.auditworkbench.domain;

import java.time.Instant;

/**
 * The head of a workbench's activity log as it stood when something left the workbench (a committee workbook, a
 * backup), kept outside the workbench file. A later log must still hold this event with this hash: if it does not,
 * the history before that moment was rewritten or cut.
 */
public record LogAnchor(long sequence, String hash, Instant at, String what) {
}
