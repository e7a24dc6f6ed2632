package com.auditworkbench.domain;

import java.time.LocalDate;
import java.util.List;

/** What the lead enters to create a plan. */
public record NewPlan(
        FiscalYear fiscalYear,
        String title,
        String objective,
        List<String> departmentNames,
        LocalDate periodStart,
        LocalDate periodEnd,
        String marking,
        String leadAuditor) {

    public static final String DEFAULT_MARKING = "取扱注意";

    public NewPlan {
        departmentNames = departmentNames.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
