package com.auditworkbench.domain;

/** The lead's choice for one department: in the year's scope or not, and why when it differs from the proposal. */
public record ScopeChoice(long departmentId, boolean included, String overrideReason) {

    public ScopeChoice {
        overrideReason = overrideReason == null ? "" : overrideReason.strip();
    }
}
