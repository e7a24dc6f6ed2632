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

    AuditTrail(Clock clock) {
        this.clock = clock;
    }

    public Auditor currentUser() {
        return currentUser;
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

    ActivityEvent record(Repositories r, String action, String entityType, String entityKey, Long planId,
            String summary, Map<String, ?> before, Map<String, ?> after) {
        Auditor user = currentUser;
        return r.activityLog().append(clock.instant(), user == null ? SYSTEM : user.name(), action, entityType,
                entityKey, planId, summary, before == null ? "{}" : Json.object(before),
                after == null ? "{}" : Json.object(after));
    }
}
