package com.auditworkbench.service;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.ChainVerification;
import com.auditworkbench.store.Workbench;
import java.util.List;

/** Reading and verifying the activity log. */
public final class ActivityService {

    private final Workbench workbench;

    ActivityService(Workbench workbench) {
        this.workbench = workbench;
    }

    public List<ActivityEvent> latest(Long planId, String text, int limit) {
        return workbench.transaction(r -> r.activityLog().latest(planId, text, limit));
    }

    public List<ActivityEvent> forEntity(String entityType, String entityKey) {
        return workbench.transaction(r -> r.activityLog().forEntity(entityType, entityKey));
    }

    /** Recomputes the hash chain from the first event. */
    public ChainVerification verifyChain() {
        return workbench.transaction(r -> r.activityLog().verify());
    }

    /** The hash of the newest event: it stands for the whole history up to now. */
    public String headHash() {
        return workbench.transaction(r -> r.activityLog().headHash());
    }
}
