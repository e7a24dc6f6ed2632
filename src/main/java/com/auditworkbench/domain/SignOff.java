package com.auditworkbench.domain;

import java.time.Instant;

/**
 * Preparer and reviewer sign-off of a finding or a checklist result. Signed-off work is locked; a reopen
 * clears the sign-offs and stays visible as "edited after review".
 */
public record SignOff(Auditor preparer, Instant preparedAt, Auditor reviewer, Instant reviewedAt, boolean reopened) {

    public static final SignOff NONE = new SignOff(null, null, null, null, false);

    public boolean isPrepared() {
        return preparer != null;
    }

    public boolean isReviewed() {
        return reviewer != null;
    }

    /** Locked from the preparer's sign-off on: the reviewer reviews what was signed, not a moving target. */
    public boolean isLocked() {
        return isPrepared();
    }

    /** The state as one word for lists: draft, prepared, reviewed. */
    public String stateKey() {
        return isReviewed() ? "signOff.reviewed" : isPrepared() ? "signOff.prepared" : "signOff.draft";
    }
}
