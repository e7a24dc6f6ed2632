package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Result;
import com.auditworkbench.store.Workbench;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Fieldwork: recording results and notes per item and auditee. */
public final class FieldworkService {

    private final Workbench workbench;
    private final Clock clock;

    FieldworkService(Workbench workbench, Clock clock) {
        this.workbench = workbench;
        this.clock = clock;
    }

    public List<ChecklistRow> rows(long planId) {
        return workbench.transaction(r -> r.checklist().rows(planId));
    }

    /** A result to record on a row, for recording many at once. */
    public record Entry(ChecklistRow row, Result result, String notes) {
    }

    /** Records many results in one transaction: all of them are saved, or none. */
    public void recordAll(List<Entry> entries) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        workbench.run(r -> {
            for (Entry e : entries) {
                ChecklistRow row = e.row();
                r.checklist().record(row.planId(), row.department().id(), row.item().code(), e.result(),
                        e.notes() == null ? "" : e.notes(), now);
            }
        });
    }

    /** Saves the result and notes at once; the returned row is what is now stored. */
    public ChecklistRow record(ChecklistRow row, Result result, String notes) {
        String cleanNotes = notes == null ? "" : notes;
        OffsetDateTime now = OffsetDateTime.now(clock);
        workbench.run(r -> {
            if (!r.checklist().isInPlan(row.planId(), row.department().id(), row.item().code())) {
                throw new AuditException("checklist.error.notInPlan", row.item().code());
            }
            r.checklist().record(row.planId(), row.department().id(), row.item().code(), result, cleanNotes, now);
        });
        return new ChecklistRow(row.planId(), row.department(), row.item(), result, cleanNotes, now.toInstant());
    }
}
