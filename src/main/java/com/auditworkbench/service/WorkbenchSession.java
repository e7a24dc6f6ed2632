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
    private final PeopleService people;
    private final ReviewService reviews;
    private final ActivityService activity;
    private final EditHistory history = new EditHistory();
    private final SelfInspectionService selfInspection;
    private final TemplateLibraryService templateLibrary;

    WorkbenchSession(Workbench workbench, Clock clock, String applicationVersion) {
        AuditTrail trail = new AuditTrail(clock);
        this.workbench = workbench;
        this.plans = new PlanService(workbench, trail);
        this.fieldwork = new FieldworkService(workbench, trail, history);
        this.findings = new FindingService(workbench, trail, history);

        this.people = new PeopleService(workbench, trail);
        this.reviews = new ReviewService(workbench, trail);
        this.activity = new ActivityService(workbench);
        this.selfInspection = new SelfInspectionService(workbench, trail);
        this.reports = new ReportService(workbench, trail, applicationVersion, selfInspection);
        this.templateLibrary = new TemplateLibraryService(workbench, trail);
    }

    public PeopleService people() {
        return people;
    }

    public ReviewService reviews() {
        return reviews;
    }

    public ActivityService activity() {
        return activity;
    }

    /** Undo and redo of this session's edits. */
    public EditHistory history() {
        return history;
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

    public SelfInspectionService selfInspection() {
        return selfInspection;
    }

    public TemplateLibraryService templateLibrary() {
        return templateLibrary;
    }

    @Override
    public void close() {
        workbench.close();
    }
}
