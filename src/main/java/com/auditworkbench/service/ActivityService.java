package com.auditworkbench.service;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.ChainVerification;
import com.auditworkbench.domain.LogAnchor;
import com.auditworkbench.store.Workbench;
import java.util.List;

/** Reading and verifying the activity log. */
public final class ActivityService {

    private final Workbench workbench;
    private final LogAnchors anchors;
    private final java.time.Clock clock;

    ActivityService(Workbench workbench, LogAnchors anchors, java.time.Clock clock) {
        this.workbench = workbench;
        this.anchors = anchors;
        this.clock = clock;
    }

    /**
     * Keeps the log's head as it stands now outside the workbench (when a workbook or backup leaves it), so that a
     * later verify can tell whether the history up to here was rewritten. Does nothing without an anchors folder.
     */
    public LogAnchor anchorHead(String what) {
        LogAnchor head = workbench.transaction(r -> r.activityLog().head(clock.instant(), what));
        if (anchors != null) {
            anchors.record(workbench.id(), head);
        }
        return head;
    }

    /** Keeps a head read elsewhere (a backup's, read while its bytes were copied) outside the workbench. */
    public void keep(LogAnchor anchor) {
        if (anchors != null) {
            anchors.record(workbench.id(), anchor);
        }
    }

    /**
     * The anchors kept for this workbench, and the hashes given (a head printed on a committee workbook), that the
     * log no longer extends: no event with that hash at that place. Empty when the history holds them all.
     */
    public List<LogAnchor> anchorsNotExtended(List<String> printedHeads) {
        List<LogAnchor> all = new java.util.ArrayList<>(anchors == null ? List.of() : anchors.of(workbench.id()));
        printedHeads.forEach(hash -> all.add(new LogAnchor(-1, hash.strip().toLowerCase(java.util.Locale.ROOT),
                clock.instant(), "")));
        return workbench.transaction(r -> all.stream().filter(a -> {
            var at = r.activityLog().sequenceOf(a.hash());
            return at.isEmpty() || (a.sequence() >= 0 && at.get() != a.sequence());
        }).toList());
    }

    /** How many anchors are kept for this workbench outside it. */
    public int anchorCount() {
        return anchors == null ? 0 : anchors.of(workbench.id()).size();
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
