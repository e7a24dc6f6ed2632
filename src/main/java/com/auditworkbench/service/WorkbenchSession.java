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
    private final AuditTrail trail;
    private final AuditeeService auditees;
    private final InterviewService interviews;
    private final SearchService search;
    private final PhaseService phases;
    private final AuditDetailService auditDetails;
    private final RequestService requests;
    private final HomeService home;
    private final TimelineService timeline;
    private final EvidenceService evidence;
    private final AssetService assets;
    private final RegisterImportService registerImport;
    private final RiskService risk;
    private final MidTermService midTerm;
    private final BackupService backups;

    WorkbenchSession(Workbench workbench, Clock clock, String applicationVersion) {
        this(workbench, clock, applicationVersion, null);
    }

    WorkbenchSession(Workbench workbench, Clock clock, String applicationVersion, LogAnchors anchors) {
        AuditTrail trail = new AuditTrail(clock);
        this.trail = trail;
        this.workbench = workbench;
        this.plans = new PlanService(workbench, trail);
        this.fieldwork = new FieldworkService(workbench, trail, history);
        this.findings = new FindingService(workbench, trail, history);

        this.people = new PeopleService(workbench, trail);
        this.reviews = new ReviewService(workbench, trail);
        this.activity = new ActivityService(workbench, anchors, clock);
        this.selfInspection = new SelfInspectionService(workbench, trail);
        this.reports = new ReportService(workbench, trail, applicationVersion, selfInspection);
        this.templateLibrary = new TemplateLibraryService(workbench, trail);
        this.auditees = new AuditeeService(workbench, trail);
        this.interviews = new InterviewService(workbench, trail);
        this.search = new SearchService(workbench, trail);
        this.evidence = new EvidenceService(workbench, trail);
        this.phases = new PhaseService(workbench, trail, evidence::unverifiedCount);
        this.auditDetails = new AuditDetailService(workbench, trail);
        this.requests = new RequestService(workbench, trail);
        this.home = new HomeService(workbench, trail, phases, selfInspection);
        this.timeline = new TimelineService(workbench, trail);
        this.assets = new AssetService(workbench, trail);
        this.registerImport = new RegisterImportService(workbench, trail);
        this.risk = new RiskService(workbench, trail, selfInspection);
        this.midTerm = new MidTermService(workbench, trail);
        this.backups = new BackupService(workbench, trail, evidence, activity);
        if (!workbench.readOnly()) {
            evidence.sweepOnOpen();
        }
    }

    /** True when the workbench was opened only to read it. */
    public boolean readOnly() {
        return workbench.readOnly();
    }

    /** True when opening rolled back a change that a crash had interrupted: the user is to be told. */
    public boolean recoveredInterruptedChange() {
        return workbench.recovered();
    }

    /** The asset and system register (Art. 9) and the incidents recorded against departments. */
    public AssetService assets() {
        return assets;
    }

    /** Importing the city's existing register from Excel or CSV. */
    public RegisterImportService registerImport() {
        return registerImport;
    }

    /** Risk-based scoping of the year's audits. */
    public RiskService risk() {
        return risk;
    }

    /** The medium-term plan (中期計画) and the year plans drawn from it. */
    public MidTermService midTerm() {
        return midTerm;
    }

    /** Backups of this workbench and its evidence, consistent while it is being edited. */
    public BackupService backups() {
        return backups;
    }

    /** Evidence (証跡): intake into the encrypted vault, links, preview, copies and verification. */
    public EvidenceService evidence() {
        return evidence;
    }

    /**
     * Runs the listener for every change logged in this session, on the thread that made the change and before its
     * transaction commits; screens use it to read what they show again once the work queue has moved on.
     */
    public void onChangeLogged(Runnable listener) {
        trail.onRecorded((entityType, entityKey) -> listener.run());
    }

    /** The phase of each audit, what is left in it, and the gate before 報告. */
    public PhaseService phases() {
        return phases;
    }

    /** The execution plan (実施計画) of each audit. */
    public AuditDetailService auditDetails() {
        return auditDetails;
    }

    /** The 予備調査 request lists. */
    public RequestService requests() {
        return requests;
    }

    public HomeService home() {
        return home;
    }

    public TimelineService timeline() {
        return timeline;
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

    /** The store and the trail, for generators in this package that write in bulk. */
    Workbench store() {
        return workbench;
    }

    AuditTrail trail() {
        return trail;
    }

    public AuditeeService auditees() {
        return auditees;
    }

    public InterviewService interviews() {
        return interviews;
    }

    public SearchService search() {
        return search;
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
        evidence.awaitSweep();
        workbench.close();
    }
}
