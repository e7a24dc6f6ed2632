package com.auditworkbench.ui.phase;

/**
 * Selects a checklist row (department and item) in the checklist view and scrolls it into sight. The workbench
 * window supplies it, so the phase screens do not depend on how the checklist view is built.
 */
@FunctionalInterface
public interface ChecklistSelector {

    void select(long departmentId, String itemCode);
}
