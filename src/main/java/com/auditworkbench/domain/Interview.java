package com.auditworkbench.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** An interview (ヒアリング) held during fieldwork: who said what, when, to whom, about which items. */
public record Interview(
        long id,
        long planId,
        Department department,
        String interviewee,
        String intervieweeRole,
        LocalDateTime heldAt,
        Optional<Auditor> interviewer,
        String summary,
        List<String> itemCodes,
        Instant updatedAt) {

    public Interview {
        itemCodes = List.copyOf(itemCodes);
    }

    /** The key the activity log, evidence links and search use. */
    public String key() {
        return Long.toString(id);
    }
}
