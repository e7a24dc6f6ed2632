package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Result;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fieldwork: recording results and notes per item and auditee, and their sign-off. */
public final class FieldworkService {

    static final String ENTITY = "result";

    private final Workbench workbench;
    private final AuditTrail trail;
    private final EditHistory history;

    FieldworkService(Workbench workbench, AuditTrail trail, EditHistory history) {
        this.workbench = workbench;
        this.trail = trail;
        this.history = history;
    }

    public List<ChecklistRow> rows(long planId) {
        return workbench.transaction(r -> r.checklist().rows(planId, r.auditors().byId()));
    }

    /** The rows of one auditee of the plan: what a large plan's checklist shows first, while the rest is read. */
    public List<ChecklistRow> rows(long planId, long departmentId) {
        return workbench.transaction(r -> r.checklist().rows(planId, r.auditors().byId(), departmentId));
    }

    /** A result to record on a row, for recording many at once. */
    public record Entry(ChecklistRow row, Result result, String notes) {
    }

    /** Records many results in one transaction: all of them are saved and logged, or none. */
    public void recordAll(List<Entry> entries) {
        OffsetDateTime now = trail.now();
        workbench.run(r -> {
            for (Entry e : entries) {
                write(r, e.row(), e.result(), e.notes() == null ? "" : e.notes(), now, "record");
            }
        });
    }

    /** Saves the result and notes at once; the returned row is what is now stored. The edit can be undone. */
    public ChecklistRow record(ChecklistRow row, Result result, String notes) {
        String cleanNotes = notes == null ? "" : notes;
        OffsetDateTime now = trail.now();
        ChecklistRow before = workbench.transaction(r -> write(r, row, result, cleanNotes, now, "record"));
        history.push(new EditHistory.Edit() {
            @Override
            public String description() {
                return row.item().code() + " " + row.department().name();
            }

            @Override
            public void undo() {
                workbench.run(r -> write(r, row, before.result(), before.notes(), trail.now(), "undo"));
            }

            @Override
            public void redo() {
                workbench.run(r -> write(r, row, result, cleanNotes, trail.now(), "redo"));
            }
        });
        return new ChecklistRow(row.planId(), row.department(), row.item(), result, cleanNotes, now.toInstant(),
                before.signOff());
    }

    /** Writes one row and logs it; returns the row as it was before. */
    private ChecklistRow write(Repositories r, ChecklistRow row, Result result, String notes, OffsetDateTime at,
            String action) {
        ChecklistRow before = current(r, row);
        if (before.signOff().isLocked()) {
            throw new AuditException("review.error.locked", row.item().code());
        }
        r.checklist().record(row.planId(), row.department().id(), row.item().code(), result, notes, at);
        trail.record(r, action, ENTITY, row.key(), row.planId(),
                row.item().code() + " " + row.department().name() + ": " + result.code(),
                state(before.result(), before.notes()), state(result, notes));
        return before;
    }

    private static Map<String, Object> state(Result result, String notes) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("result", result.code());
        state.put("notes", notes);
        return state;
    }

    private static ChecklistRow current(Repositories r, ChecklistRow row) {
        return r.checklist().row(row.planId(), row.department().id(), row.item().code(), r.auditors().byId())
                .orElseThrow(() -> new AuditException("checklist.error.notInPlan", row.item().code()));
    }

    public ChecklistRow signAsPreparer(ChecklistRow row) {
        Auditor user = trail.requireUser();
        return workbench.transaction(r -> {
            ChecklistRow current = current(r, row);
            if (current.updatedAt() == null) {
                throw new AuditException("review.error.nothingToSign", row.item().code());
            }
            if (current.signOff().isPrepared()) {
                throw new AuditException("review.error.alreadyPrepared", row.item().code());
            }
            OffsetDateTime now = trail.now();
            r.checklist().signAsPreparer(row.planId(), row.department().id(), row.item().code(), user.id(), now);
            trail.record(r, "sign-preparer", ENTITY, row.key(), row.planId(), row.item().code() + " "
                    + row.department().name(), null, Map.of("preparer", user.name()));
            return current(r, row);
        });
    }

    public ChecklistRow signAsReviewer(ChecklistRow row) {
        Auditor user = trail.requireUser();
        return workbench.transaction(r -> {
            ChecklistRow current = current(r, row);
            SignOffRules.checkReviewer(current.signOff(), user, row.item().code());
            r.checklist().signAsReviewer(row.planId(), row.department().id(), row.item().code(), user.id(),
                    trail.now());
            trail.record(r, "sign-reviewer", ENTITY, row.key(), row.planId(), row.item().code() + " "
                    + row.department().name(), null, Map.of("reviewer", user.name()));
            return current(r, row);
        });
    }

    public ChecklistRow reopen(ChecklistRow row, String reason) {
        SignOffRules.checkReason(reason);
        return workbench.transaction(r -> {
            ChecklistRow current = current(r, row);
            if (!current.signOff().isPrepared()) {
                throw new AuditException("review.error.notSigned", row.item().code());
            }
            r.checklist().reopen(row.planId(), row.department().id(), row.item().code());
            trail.record(r, "reopen", ENTITY, row.key(), row.planId(), reason.strip(),
                    SignOffRules.state(current.signOff()), Map.of("reason", reason.strip()));
            return current(r, row);
        });
    }
}
