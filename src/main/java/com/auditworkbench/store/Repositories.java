package com.auditworkbench.store;

import org.jooq.DSLContext;

/** The repositories of one transaction. */
public final class Repositories {

    private final DSLContext dsl;

    Repositories(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DepartmentRepository departments() {
        return new DepartmentRepository(dsl);
    }

    public PlanRepository plans() {
        return new PlanRepository(dsl);
    }

    public ChecklistRepository checklist() {
        return new ChecklistRepository(dsl);
    }

    public FindingRepository findings() {
        return new FindingRepository(dsl);
    }
}
