package com.auditworkbench.domain;

import java.util.List;

/** What an intake took in: for each file, its record, whether it was already held, and whether it was renamed. */
public record EvidenceIntakeReport(List<Entry> entries) {

    public EvidenceIntakeReport {
        entries = List.copyOf(entries);
    }

    /**
     * One file of the batch. {@code alreadyHeld}: the plan held the same bytes already, so the existing record was
     * linked again and nothing new was stored.
     */
    public record Entry(Evidence evidence, String sourceName, boolean alreadyHeld) {

        public boolean renamed() {
            return !evidence.fileName().equals(sourceName) && !alreadyHeld;
        }
    }

    public long newlyStored() {
        return entries.stream().filter(e -> !e.alreadyHeld()).count();
    }

    public long bytesStored() {
        return entries.stream().filter(e -> !e.alreadyHeld()).mapToLong(e -> e.evidence().size()).sum();
    }
}
