package com.auditworkbench.service;

import com.auditworkbench.store.Workbench;
import java.nio.file.Path;
import java.time.Clock;

/** One open workbench and the use cases that work on it. */
public final class WorkbenchSession implements AutoCloseable {

    private final Workbench workbench;
    private final PlanService plans;
    private final FieldworkService fieldwork;
    private final FindingService findings;
    private final ReportService reports;

    WorkbenchSession(Workbench workbench, Clock clock, String applicationVersion) {
        this.workbench = workbench;
        this.plans = new PlanService(workbench, clock);
        this.fieldwork = new FieldworkService(workbench, clock);
        this.findings = new FindingService(workbench, clock);
        this.reports = new ReportService(workbench, clock, applicationVersion);
    }

    public Path file() {
        return workbench.file();
    }

    public PlanService plans() {
        return plans;
    }

    public FieldworkService fieldwork() {
        return fieldwork;
    }

    public FindingService findings() {
        return findings;
    }

    public ReportService reports() {
        return reports;
    }

    @Override
    public void close() {
        workbench.close();
    }
}
