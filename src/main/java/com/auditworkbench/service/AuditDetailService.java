package com.auditworkbench.service;

import com.auditworkbench.domain.AuditDetail;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The execution plan (実施計画) of an audit: objective, systems and segments in scope, on-site days, report date. */
public final class AuditDetailService {

    static final String ENTITY = "audit-detail";

    private final Workbench workbench;
    private final AuditTrail trail;

    AuditDetailService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    public AuditDetail detail(long planId) {
        return workbench.transaction(r -> r.auditDetails().find(planId));
    }

    /** Saves the objective, systems, segments and report date at once; logs only when something changed. */
    public AuditDetail saveScope(long planId, String objective, List<String> systems, Set<Segment> segments,
            LocalDate reportDate) {
        if (objective == null || objective.isBlank()) {
            throw new AuditException("auditPlan.error.objectiveRequired");
        }
        List<String> cleanSystems = systems.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        return workbench.transaction(r -> {
            Plan plan = plan(r, planId);
            if (reportDate != null && plan.periodStart() != null && reportDate.isBefore(plan.periodStart())) {
                throw new AuditException("auditPlan.error.reportBeforeStart");
            }
            AuditDetail before = r.auditDetails().find(planId);
            Map<String, Object> was = state(plan.objective(), before.systems(), before.segments(), before.reportDate());
            Map<String, Object> now = state(objective.strip(), cleanSystems, segments, reportDate);
            if (was.equals(now)) {
                return before;
            }
            r.auditDetails().saveObjective(planId, objective.strip());
            r.auditDetails().saveScope(planId, cleanSystems, segments, reportDate, trail.now());
            trail.record(r, "edit", ENTITY, Long.toString(planId), planId, plan.title(), was, now);
            return r.auditDetails().find(planId);
        });
    }

    public AuditDetail addOnSiteDay(long planId, long departmentId, LocalDate date, String note) {
        if (date == null) {
            throw new AuditException("auditPlan.error.dateRequired");
        }
        return workbench.transaction(r -> {
            Department department = department(r, planId, departmentId);
            if (!r.auditDetails().addOnSiteDay(planId, departmentId, date, note == null ? "" : note.strip())) {
                throw new AuditException("auditPlan.error.dayExists", department.name(), date);
            }
            trail.record(r, "add-on-site-day", ENTITY, Long.toString(planId), planId,
                    department.name() + " " + date, null, Map.of("department", department.name(), "date",
                            date.toString()));
            return r.auditDetails().find(planId);
        });
    }

    public AuditDetail removeOnSiteDay(long planId, long departmentId, LocalDate date) {
        return workbench.transaction(r -> {
            Department department = department(r, planId, departmentId);
            if (r.auditDetails().removeOnSiteDay(planId, departmentId, date)) {
                trail.record(r, "remove-on-site-day", ENTITY, Long.toString(planId), planId,
                        department.name() + " " + date, Map.of("department", department.name(), "date",
                                date.toString()), null);
            }
            return r.auditDetails().find(planId);
        });
    }

    private static Plan plan(Repositories r, long planId) {
        return r.plans().find(planId).orElseThrow(() -> new AuditException("plan.error.notFound", planId));
    }

    private static Department department(Repositories r, long planId, long departmentId) {
        return plan(r, planId).departments().stream().filter(d -> d.id() == departmentId).findFirst()
                .orElseThrow(() -> new AuditException("auditPlan.error.departmentNotInPlan"));
    }

    private static Map<String, Object> state(String objective, List<String> systems, Set<Segment> segments,
            LocalDate reportDate) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("objective", objective);
        state.put("systems", String.join("\n", systems));
        state.put("segments", Arrays.stream(Segment.values()).filter(segments::contains).map(Segment::code)
                .collect(Collectors.joining(",")));
        state.put("reportDate", reportDate == null ? "" : reportDate.toString());
        return state;
    }
}
