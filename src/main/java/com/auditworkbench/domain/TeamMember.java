package com.auditworkbench.domain;

import java.time.Instant;
import java.util.List;

/** A member of a plan's audit team, their independence declaration and the departments they audit. */
public record TeamMember(Auditor auditor, boolean independenceDeclared, Instant declaredAt, String declaration,
        List<Assignment> assignments) {

    public TeamMember {
        assignments = List.copyOf(assignments);
    }

    /** A department this member audits; auditing one's own department carries its justification. */
    public record Assignment(Department department, String justification) {
    }

    /** Assignments to the member's own department: flagged, and refused without a justification. */
    public List<Assignment> ownDepartmentAssignments() {
        return assignments.stream().filter(a -> auditor.belongsTo(a.department())).toList();
    }
}
