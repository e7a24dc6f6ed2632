package com.auditworkbench.domain;

import java.time.Instant;
import java.util.List;

/**
 * The scope of a fiscal year as the lead decided it: every scored department with the score and reasons it had
 * then, whether the rule proposed it, whether the lead included it, and the reason for any override.
 */
public record ScopeDecision(long id, FiscalYear fiscalYear, ScopeRule rule, String decidedBy, Instant decidedAt,
        List<Entry> entries) {

    public ScopeDecision {
        entries = List.copyOf(entries);
    }

    /** One department of the decision. */
    public record Entry(Department department, double score, LocalizedText reasons, boolean proposed,
            boolean included, String overrideReason) {

        public boolean overridden() {
            return proposed != included;
        }
    }

    public List<Entry> included() {
        return entries.stream().filter(Entry::included).toList();
    }

    public List<Entry> overrides() {
        return entries.stream().filter(Entry::overridden).toList();
    }
}
