package com.auditworkbench.domain;

/** For one Art. 12 input: what the audit team observed, and the policy revision it proposes. */
public record PolicyReviewEntry(PolicyReviewInput input, String observation, String proposal) {

    public PolicyReviewEntry {
        observation = observation == null ? "" : observation;
        proposal = proposal == null ? "" : proposal;
    }

    public boolean isEmpty() {
        return observation.isBlank() && proposal.isBlank();
    }
}
