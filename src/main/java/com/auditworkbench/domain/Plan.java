package com.auditworkbench.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A fiscal-year audit plan and the template snapshot it runs on. */
public record Plan(
        long id,
        String code,
        FiscalYear fiscalYear,
        String title,
        String objective,
        List<Department> departments,
        LocalDate periodStart,
        LocalDate periodEnd,
        String marking,
        String leadAuditor,
        String templateId,
        String templateVersion,
        LocalizedText templateTitle,
        Instant createdAt) {

    public Plan {
        departments = List.copyOf(departments);
    }
}
