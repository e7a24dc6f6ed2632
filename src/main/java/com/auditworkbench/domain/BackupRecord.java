package com.auditworkbench.domain;

import java.time.OffsetDateTime;

/** One backup made of a workbench: when, by whom, into which file, its size and its SHA-256. */
public record BackupRecord(OffsetDateTime madeAt, String madeBy, String fileName, long sizeBytes, String sha256) {
}
