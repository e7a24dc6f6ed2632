package com.auditworkbench.domain;

import java.time.Instant;

/** One entry of the activity log (Art. 13): who did what, when, with the values before and after. */
public record ActivityEvent(
        long sequence,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityKey,
        Long planId,
        String summary,
        String before,
        String after,
        String previousHash,
        String hash) {
}
