package com.auditworkbench.service;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.Json;
import com.auditworkbench.store.Repositories;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Who is working in this session, and the one place every change is written to the activity log. Services call
 * {@link #record} inside the transaction of the change itself, so a change and its log entry land together.
 */
public final class AuditTrail {

    /** Shown as the actor of changes made before anyone is chosen (the sample, the command line). */
    public static final String SYSTEM = "system";

    private final Clock clock;
    private volatile Auditor currentUser;
    private final java.util.List<java.util.function.BiConsumer<String, String>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    AuditTrail(Clock clock) {
        this.clock = clock;
    }

    public Auditor currentUser() {
        return currentUser;
    }

    /** Told the entity type and key of every change as it is logged (before its transaction commits). */
    void onRecorded(java.util.function.BiConsumer<String, String> listener) {
        listeners.add(listener);
    }

    void actAs(Auditor auditor) {
        this.currentUser = auditor;
    }

    /** The person signing or reviewing: there must be one. */
    Auditor requireUser() {
        Auditor user = currentUser;
        if (user == null) {
            throw new AuditException("people.error.noUser");
        }
        return user;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    Clock clock() {
        return clock;
    }

    /** One change of a batch for {@link #recordAll}. */
    record Change(String action, String entityType, String entityKey, Long planId, String summary,
            Map<String, ?> before, Map<String, ?> after) {
    }

    /** Logs the changes of one batch (an intake of many files) in order, in the caller's transaction. */
    java.util.List<ActivityEvent> recordAll(Repositories r, java.util.List<Change> changes) {
        Auditor user = currentUser;
        String actor = user == null ? SYSTEM : user.name();
        java.util.List<com.auditworkbench.store.ActivityLogRepository.NewEvent> events =
                new java.util.ArrayList<>(changes.size());
        for (Change c : changes) {
            listeners.forEach(l -> l.accept(c.entityType(), c.entityKey()));
            events.add(new com.auditworkbench.store.ActivityLogRepository.NewEvent(actor, c.action(), c.entityType(),
                    c.entityKey(), c.planId(), c.summary(), c.before() == null ? "{}" : Json.object(c.before()),
                    c.after() == null ? "{}" : Json.object(c.after())));
        }
        return r.activityLog().appendAll(clock.instant(), events);
    }

    ActivityEvent record(Repositories r, String action, String entityType, String entityKey, Long planId,
            String summary, Map<String, ?> before, Map<String, ?> after) {
        return recordAll(r, java.util.List.of(new Change(action, entityType, entityKey, planId, summary, before,
                after))).get(0);
    }
}
