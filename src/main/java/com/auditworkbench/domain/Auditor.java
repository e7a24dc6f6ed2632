package com.auditworkbench.domain;

/** A person of the audit team, with their role and, where they belong to one, their own department. */
public record Auditor(long id, String name, Role role, Department homeDepartment) {

    public boolean belongsTo(Department department) {
        return homeDepartment != null && homeDepartment.id() == department.id();
    }
}
