package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.DocumentRequest;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.RequestEdit;
import com.auditworkbench.domain.RequestList;
import com.auditworkbench.domain.RequestStatus;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The 予備調査 request list: documents asked of each department before fieldwork, and whether they came. */
public final class RequestService {

    static final String ENTITY = "request";

    private final Workbench workbench;
    private final AuditTrail trail;

    RequestService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    public List<DocumentRequest> byPlan(long planId) {
        return workbench.transaction(r -> r.requests().byPlan(planId));
    }

    public DocumentRequest add(long planId, RequestEdit edit) {
        return workbench.transaction(r -> {
            validate(r, planId, edit);
            long id = r.requests().insert(planId, edit, trail.now());
            DocumentRequest created = get(r, id);
            trail.record(r, "create", ENTITY, Long.toString(id), planId, created.reference() + " " + created.title(),
                    null, state(created));
            return created;
        });
    }

    /** Saves an edit of the request, its status included; logs what changed. */
    public DocumentRequest update(long requestId, RequestEdit edit) {
        return workbench.transaction(r -> {
            DocumentRequest before = get(r, requestId);
            validate(r, before.planId(), edit);
            r.requests().update(requestId, edit, trail.now());
            DocumentRequest after = get(r, requestId);
            Map<String, Object> was = state(before);
            Map<String, Object> now = state(after);
            if (!was.equals(now)) {
                trail.record(r, "edit", ENTITY, Long.toString(requestId), before.planId(),
                        after.reference() + " " + after.title(), was, now);
            }
            return after;
        });
    }

    /** Marks the request received on the given day, not available, or back to requested. */
    public DocumentRequest setStatus(long requestId, RequestStatus status, LocalDate on) {
        DocumentRequest current = workbench.transaction(r -> get(r, requestId));
        return update(requestId, new RequestEdit(current.department().id(), current.title(), current.itemCode(),
                current.requestedOn(), current.dueOn(), status, status == RequestStatus.RECEIVED ? on : null,
                current.note()));
    }

    /** Removes a request written by mistake; the activity log keeps what it said. */
    public void delete(long requestId) {
        workbench.run(r -> {
            DocumentRequest before = get(r, requestId);
            r.requests().delete(requestId);
            trail.record(r, "delete", ENTITY, Long.toString(requestId), before.planId(),
                    before.reference() + " " + before.title(), state(before), null);
        });
    }

    /** As {@link #seedFromEvidence(long, long, LocalDate, LocalDate, boolean)}, from every item. */
    public List<DocumentRequest> seedFromEvidence(long planId, long departmentId, LocalDate requestedOn,
            LocalDate dueOn) {
        return seedFromEvidence(planId, departmentId, requestedOn, dueOn, false);
    }

    /**
     * Writes one request for each document the department's checklist items ask for as evidence
     * (plan_item.evidence), only from the priority items (重点項目) when asked, skipping documents already requested
     * of the department; returns the new requests.
     */
    public List<DocumentRequest> seedFromEvidence(long planId, long departmentId, LocalDate requestedOn,
            LocalDate dueOn, boolean priorityOnly) {
        return workbench.transaction(r -> {
            Department department = department(r, planId, departmentId);
            Set<String> already = new HashSet<>();
            r.requests().byPlan(planId).stream().filter(q -> q.department().id() == departmentId)
                    .forEach(q -> already.add(q.title()));
            Map<String, String> wanted = new LinkedHashMap<>();
            for (ChecklistRow row : r.checklist().rows(planId, Map.of())) {
                if (row.department().id() != departmentId || priorityOnly && !row.item().priority()) {
                    continue;
                }
                ChecklistItem item = row.item();
                for (String document : item.evidenceExamples()) {
                    String title = document.strip();
                    if (!title.isEmpty() && !already.contains(title)) {
                        wanted.putIfAbsent(title, item.code());
                    }
                }
            }
            List<DocumentRequest> created = new ArrayList<>();
            for (Map.Entry<String, String> w : wanted.entrySet()) {
                RequestEdit edit = new RequestEdit(department.id(), w.getKey(), w.getValue(), requestedOn, dueOn,
                        RequestStatus.REQUESTED, null, "");
                validate(r, planId, edit);
                long id = r.requests().insert(planId, edit, trail.now());
                DocumentRequest request = get(r, id);
                trail.record(r, "create", ENTITY, Long.toString(id), planId,
                        request.reference() + " " + request.title(), null, state(request));
                created.add(request);
            }
            return created;
        });
    }

    /** The list to send: one department's requests, or every department's when {@code departmentId} is null. */
    public RequestList requestList(long planId, Long departmentId) {
        return workbench.transaction(r -> {
            Plan plan = r.plans().find(planId).orElseThrow(() -> new AuditException("plan.error.notFound", planId));
            Department department = departmentId == null ? null : department(r, planId, departmentId);
            List<DocumentRequest> requests = r.requests().byPlan(planId).stream()
                    .filter(q -> departmentId == null || q.department().id() == departmentId).toList();
            return new RequestList(plan, department, requests, trail.clock().instant());
        });
    }

    /** Logs that a request list was written, with its SHA-256. */
    public void recordExport(long planId, String fileName, String sha256) {
        workbench.run(r -> trail.record(r, "export-requests", PlanService.ENTITY, Long.toString(planId), planId,
                fileName, null, Map.of("file", fileName, "sha256", sha256)));
    }

    private static void validate(Repositories r, long planId, RequestEdit edit) {
        department(r, planId, edit.departmentId());
        if (edit.title().isBlank()) {
            throw new AuditException("request.error.titleRequired");
        }
        if (edit.requestedOn() == null) {
            throw new AuditException("request.error.requestedOnRequired");
        }
        if (edit.dueOn() != null && edit.dueOn().isBefore(edit.requestedOn())) {
            throw new AuditException("request.error.dueBeforeRequested");
        }
        if (edit.status() == RequestStatus.RECEIVED && edit.receivedOn() == null) {
            throw new AuditException("request.error.receivedOnRequired");
        }
        if (edit.status() != RequestStatus.RECEIVED && edit.receivedOn() != null) {
            throw new AuditException("request.error.receivedOnWithoutReceipt");
        }
    }

    private static Department department(Repositories r, long planId, long departmentId) {
        Plan plan = r.plans().find(planId).orElseThrow(() -> new AuditException("plan.error.notFound", planId));
        return plan.departments().stream().filter(d -> d.id() == departmentId).findFirst()
                .orElseThrow(() -> new AuditException("auditPlan.error.departmentNotInPlan"));
    }

    private static DocumentRequest get(Repositories r, long requestId) {
        return r.requests().find(requestId)
                .orElseThrow(() -> new AuditException("request.error.notFound", requestId));
    }

    private static Map<String, Object> state(DocumentRequest q) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("department", q.department().name());
        state.put("title", q.title());
        state.put("item", q.itemCode());
        state.put("requestedOn", String.valueOf(q.requestedOn()));
        state.put("dueOn", q.dueOn() == null ? "" : q.dueOn().toString());
        state.put("status", q.status().code());
        state.put("receivedOn", q.receivedOn() == null ? "" : q.receivedOn().toString());
        state.put("note", q.note());
        return state;
    }
}
