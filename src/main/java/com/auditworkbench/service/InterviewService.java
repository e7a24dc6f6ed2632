package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.Interview;
import com.auditworkbench.domain.NewInterview;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Interview records (ヒアリング記録) of fieldwork: recorded, edited and linked to items, every change logged. */
public final class InterviewService {

    static final String ENTITY = "interview";

    private final Workbench workbench;
    private final AuditTrail trail;

    InterviewService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    public List<Interview> forPlan(long planId) {
        return workbench.transaction(r -> r.interviews().forPlan(planId, r.auditors().byId()));
    }

    public Interview get(long id) {
        return workbench.transaction(r -> r.interviews().find(id, r.auditors().byId()))
                .orElseThrow(() -> new AuditException("interview.error.notFound", id));
    }

    public Interview record(NewInterview interview) {
        return workbench.transaction(r -> {
            validate(r, interview);
            OffsetDateTime now = trail.now();
            long id = r.interviews().insert(interview, now);
            trail.record(r, "create", ENTITY, Long.toString(id), interview.planId(),
                    interview.interviewee() + " " + interview.heldAt(), null, fields(interview));
            return r.interviews().find(id, r.auditors().byId()).orElseThrow();
        });
    }

    public Interview update(long id, NewInterview interview) {
        return workbench.transaction(r -> {
            Interview before = r.interviews().find(id, r.auditors().byId())
                    .orElseThrow(() -> new AuditException("interview.error.notFound", id));
            if (before.planId() != interview.planId()) {
                throw new AuditException("interview.error.notFound", id);
            }
            validate(r, interview);
            r.interviews().update(id, interview, trail.now());
            trail.record(r, "edit", ENTITY, Long.toString(id), interview.planId(),
                    interview.interviewee() + " " + interview.heldAt(), fields(before), fields(interview));
            return r.interviews().find(id, r.auditors().byId()).orElseThrow();
        });
    }

    private static void validate(Repositories r, NewInterview interview) {
        if (interview.interviewee().isEmpty()) {
            throw new AuditException("interview.error.intervieweeRequired");
        }
        if (interview.heldAt() == null) {
            throw new AuditException("interview.error.heldAtRequired");
        }
        if (r.plans().find(interview.planId()).map(p -> p.departments().stream()
                .noneMatch(d -> d.id() == interview.departmentId())).orElse(true)) {
            throw new AuditException("interview.error.auditeeNotInPlan");
        }
        Set<String> codes = r.plans().items(interview.planId()).stream().map(ChecklistItem::code)
                .collect(Collectors.toSet());
        List<String> unknown = interview.itemCodes().stream().filter(c -> !codes.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new AuditException("interview.error.unknownItems", String.join(", ", unknown));
        }
        if (interview.interviewerId() != null && r.auditors().find(interview.interviewerId()).isEmpty()) {
            throw new AuditException("interview.error.unknownInterviewer");
        }
    }

    private static Map<String, Object> fields(NewInterview i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("department", i.departmentId());
        m.put("interviewee", i.interviewee());
        m.put("role", i.intervieweeRole());
        m.put("heldAt", i.heldAt().toString());
        m.put("interviewer", i.interviewerId() == null ? "" : i.interviewerId());
        m.put("summary", i.summary());
        m.put("items", String.join(",", i.itemCodes()));
        return m;
    }

    private static Map<String, Object> fields(Interview i) {
        return fields(new NewInterview(i.planId(), i.department().id(), i.interviewee(), i.intervieweeRole(),
                i.heldAt(), i.interviewer().map(a -> a.id()).orElse(null), i.summary(), i.itemCodes()));
    }
}
