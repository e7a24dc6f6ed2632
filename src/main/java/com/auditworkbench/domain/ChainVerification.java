package com.auditworkbench.domain;

/** The result of recomputing the activity log's hash chain. */
public record ChainVerification(long eventsChecked, Long firstBrokenSequence, String problemKey) {

    public boolean intact() {
        return firstBrokenSequence == null;
    }
}
