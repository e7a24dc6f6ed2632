package com.auditworkbench.store;

import org.jooq.DSLContext;

/** The repositories of one transaction. */
public final class Repositories {

    private final DSLContext dsl;

    Repositories(DSLContext dsl) {
        this.dsl = dsl;
    }

    public InterviewRepository interviews() {
        return new InterviewRepository(dsl);
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

    public AuditorRepository auditors() {
        return new AuditorRepository(dsl);
    }

    public ReviewRepository reviews() {
        return new ReviewRepository(dsl);
    }

    public PolicyReviewRepository policyReview() {
        return new PolicyReviewRepository(dsl);
    }

    public ActivityLogRepository activityLog() {
        return new ActivityLogRepository(dsl);
    }

    public CampaignRepository campaigns() {
        return new CampaignRepository(dsl);
    }

    public TemplateLibraryRepository templateLibrary() {
        return new TemplateLibraryRepository(dsl);
    }

    public PlanSnapshotRepository planSnapshots() {
        return new PlanSnapshotRepository(dsl);
    }

    public EvidenceRepository evidence() {
        return new EvidenceRepository(dsl);
    }

    public AuditDetailRepository auditDetails() {
        return new AuditDetailRepository(dsl);
    }

    public PhaseChangeRepository phaseChanges() {
        return new PhaseChangeRepository(dsl);
    }

    public RequestRepository requests() {
        return new RequestRepository(dsl);
    }

    public MeetingRepository meetings() {
        return new MeetingRepository(dsl);
    }

    public AssetRepository assets() {
        return new AssetRepository(dsl);
    }

    public IncidentRepository incidents() {
        return new IncidentRepository(dsl);
    }

    public RiskRepository risk() {
        return new RiskRepository(dsl);
    }

    public MidTermRepository midTerm() {
        return new MidTermRepository(dsl);
    }

    public BackupRepository backups() {
        return new BackupRepository(dsl);
    }
}
