package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.TeamMember;
import com.auditworkbench.store.Workbench;
import java.util.List;
import java.util.Map;

/** The people of a workbench, who is working now, and each plan's team with its independence declarations. */
public final class PeopleService {

    static final String ENTITY = "auditor";

    private final Workbench workbench;
    private final AuditTrail trail;

    PeopleService(Workbench workbench, AuditTrail trail) {
        this.workbench = workbench;
        this.trail = trail;
    }

    public Auditor add(String name, Role role, String homeDepartmentName) {
        if (name == null || name.isBlank()) {
            throw new AuditException("people.error.nameRequired");
        }
        return workbench.transaction(r -> {
            if (r.auditors().nameExists(name.strip())) {
                throw new AuditException("people.error.nameTaken", name.strip());
            }
            Long home = homeDepartmentName == null || homeDepartmentName.isBlank() ? null
                    : r.departments().findOrCreate(homeDepartmentName.strip()).id();
            Auditor auditor = r.auditors().create(name.strip(), role, home, trail.now());
            trail.record(r, "create", ENTITY, Long.toString(auditor.id()), null, auditor.name(), null,
                    Map.of("name", auditor.name(), "role", role.code(),
                            "department", homeDepartmentName == null ? "" : homeDepartmentName.strip()));
            return auditor;
        });
    }

    public List<Auditor> all() {
        return workbench.transaction(r -> r.auditors().all());
    }

    /** From now on this session's changes are made, signed and logged as this person. */
    public void actAs(Auditor auditor) {
        trail.actAs(auditor);
        workbench.run(r -> trail.record(r, "sign-in", ENTITY, Long.toString(auditor.id()), null, auditor.name(), null,
                null));
    }

    public Auditor currentUser() {
        return trail.currentUser();
    }

    public void joinTeam(long planId, Auditor auditor, String declaration) {
        workbench.run(r -> {
            r.auditors().joinTeam(planId, auditor.id());
            if (declaration != null && !declaration.isBlank()) {
                r.auditors().declareIndependence(planId, auditor.id(), declaration.strip(), trail.now());
            }
            trail.record(r, "team", ENTITY, Long.toString(auditor.id()), planId, auditor.name(), null,
                    Map.of("independence", declaration == null ? "" : declaration.strip()));
        });
    }

    /**
     * Assigns the auditor to audit a department of the plan. Auditing one's own department is refused unless a
     * justification is recorded; the assignment then stays flagged.
     */
    public void assign(long planId, Auditor auditor, Department department, String justification) {
        String reason = justification == null ? "" : justification.strip();
        if (auditor.belongsTo(department) && reason.isEmpty()) {
            throw new AuditException("team.error.ownDepartment", auditor.name(), department.name());
        }
        workbench.run(r -> {
            r.auditors().joinTeam(planId, auditor.id());
            r.auditors().assign(planId, auditor.id(), department.id(), reason);
            trail.record(r, "assign", ENTITY, Long.toString(auditor.id()), planId,
                    auditor.name() + " → " + department.name(), null,
                    Map.of("department", department.name(), "justification", reason));
        });
    }

    public List<TeamMember> team(long planId) {
        return workbench.transaction(r -> r.auditors().team(planId));
    }
}
