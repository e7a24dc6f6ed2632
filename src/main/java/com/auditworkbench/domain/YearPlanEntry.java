package com.auditworkbench.domain;

/** An audit of a fiscal year's plan (年度計画) and its kind: from the rotation, or a 特命監査. */
public record YearPlanEntry(Plan plan, PlanKind kind) {
}
