package com.auditworkbench.domain;

/** What the lead enters to raise a finding. */
public record NewFinding(
        long planId,
        long departmentId,
        String itemCode,
        String title,
        String condition,
        String criteria,
        String recommendation,
        Severity severity) {
}
