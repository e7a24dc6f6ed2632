package com.auditworkbench.domain;

import java.time.Instant;
import java.util.List;

/** A review note from reviewer to preparer on a finding or a checklist result, with every step kept. */
public record ReviewNote(long id, long planId, String targetType, String targetKey, Auditor author,
        ReviewNoteStatus status, Instant createdAt, List<Entry> entries) {

    public ReviewNote {
        entries = List.copyOf(entries);
    }

    /** One step of the note's history: the question, an answer, the clearing. */
    public record Entry(Auditor author, ReviewNoteStatus status, String text, Instant at) {
    }
}
