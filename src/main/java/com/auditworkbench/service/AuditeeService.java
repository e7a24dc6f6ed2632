package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Auditee;
import com.auditworkbench.domain.AuditeeScope;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.store.Workbench;
import java.util.List;
import java.util.Map;

/**
 * The auditees: departments (部署) and contractors (受託者, Art. 4), and the items each plan assigns to each of
 * them (every item, or some categories or segments).
 */
public final class AuditeeService {

    static final String ENTITY = "auditee";

    private final Workbench workbench;
    private final AuditTrail trail;

    AuditeeService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    public List<Auditee> all() {
        return workbench.transaction(r -> r.departments().auditees());
    }

    /** Registers a contractor supervised by a department; the name must be new among all auditees. */
    public Department addContractor(String name, long supervisingDepartmentId, String contractSubject) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new AuditException("auditee.error.nameRequired");
        }
        return workbench.transaction(r -> {
            if (r.departments().findByName(clean).isPresent()) {
                throw new AuditException("auditee.error.nameExists", clean);
            }
            Department supervisor = r.departments().find(supervisingDepartmentId)
                    .filter(d -> !d.isContractor())
                    .orElseThrow(() -> new AuditException("auditee.error.supervisorRequired"));
            Department contractor = r.departments().createContractor(clean, supervisor.id(),
                    contractSubject == null ? "" : contractSubject.strip());
            trail.record(r, "create", ENTITY, Long.toString(contractor.id()), null,
                    contractor.code() + " " + clean, null,
                    Map.of("kind", contractor.kind().name(), "name", clean, "supervisor", supervisor.name(),
                            "contract", contractSubject == null ? "" : contractSubject.strip()));
            return contractor;
        });
    }

    /** Adds an auditee to a plan; it is assigned every item until its scope is narrowed. */
    public Plan addToPlan(long planId, long departmentId) {
        return workbench.transaction(r -> {
            Plan plan = r.plans().find(planId).orElseThrow(() -> new AuditException("plan.error.notFound", planId));
            Department department = r.departments().find(departmentId)
                    .orElseThrow(() -> new AuditException("auditee.error.notFound"));
            if (plan.departments().stream().anyMatch(d -> d.id() == departmentId)) {
                return plan;
            }
            r.plans().addDepartment(planId, departmentId);
            trail.record(r, "add-auditee", PlanService.ENTITY, Long.toString(planId), planId,
                    plan.code() + " " + department.name(), null, Map.of("auditee", department.name()));
            return r.plans().find(planId).orElseThrow();
        });
    }

    public Map<Long, AuditeeScope> scopes(long planId) {
        return workbench.transaction(r -> r.plans().scopes(planId));
    }

    /**
     * Assigns the auditee the items of the scope. A scope that would hide results already recorded at the auditee
     * is refused, naming them: nothing recorded disappears from view.
     */
    public void setScope(long planId, long departmentId, AuditeeScope scope) {
        workbench.run(r -> {
            Map<Long, AuditeeScope> scopes = r.plans().scopes(planId);
            AuditeeScope before = scopes.get(departmentId);
            if (before == null) {
                throw new AuditException("auditee.error.notInPlan");
            }
            if (before.equals(scope)) {
                return;
            }
            List<String> hidden = r.checklist().recordedOutside(planId, departmentId, scope);
            if (!hidden.isEmpty()) {
                throw new AuditException("auditee.error.scopeHidesResults", hidden.size(),
                        String.join(", ", hidden.subList(0, Math.min(5, hidden.size())))
                                + (hidden.size() > 5 ? " …" : ""));
            }
            r.plans().setScope(planId, departmentId, scope);
            String name = r.departments().find(departmentId).map(Department::name).orElse("");
            trail.record(r, "scope", PlanService.ENTITY, Long.toString(planId), planId, name,
                    Map.of("categories", before.categoryCodes(), "segments", before.segmentCodes()),
                    Map.of("categories", scope.categoryCodes(), "segments", scope.segmentCodes()));
        });
    }
}
