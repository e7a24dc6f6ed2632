package com.auditworkbench.service;

import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.CommitteeReport;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FollowUpItem;
import com.auditworkbench.domain.PolicyReviewEntry;
import com.auditworkbench.domain.SelfInspectionSummary;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.store.Workbench;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Gathers what the committee workbook shows, in one consistent read. */
public final class ReportService {

    private final Workbench workbench;
    private final AuditTrail trail;
    private final String applicationVersion;

    private final SelfInspectionService selfInspection;

    ReportService(Workbench workbench, AuditTrail trail, String applicationVersion,
            SelfInspectionService selfInspection) {
        this.workbench = workbench;
        this.selfInspection = selfInspection;
        this.trail = trail;
        this.applicationVersion = applicationVersion;
    }

    /** Logs that a workbook was written, with its SHA-256, so the copy the committee received can be traced. */
    public void recordExport(long planId, String fileName, String sha256) {
        workbench.run(r -> trail.record(r, "export", PlanService.ENTITY, Long.toString(planId), planId, fileName,
                null, java.util.Map.of("file", fileName, "sha256", sha256)));
    }

    public CommitteeReport committeeReport(long planId) {
        int year = workbench.transaction(r -> r.plans().find(planId).orElseThrow().fiscalYear().year());
        SelfInspectionSummary campaign = selfInspection.all().stream()
                .filter(c -> c.fiscalYear().year() == year)
                .max(java.util.Comparator.comparingLong(com.auditworkbench.domain.Campaign::id))
                .map(c -> selfInspection.summary(c.id()))
                .orElse(null);
        return workbench.transaction(r -> {
            Plan plan = r.plans().find(planId).orElseThrow();
            var auditors = r.auditors().byId();
            List<ChecklistRow> rows = r.checklist().rows(planId, auditors);
            List<Finding> findings = r.findings().byPlan(planId, auditors);
            List<FollowUpItem> followUps = new ArrayList<>();
            for (Finding f : findings) {
                if (f.isCarriedForward()) {
                    Finding original = r.findings().find(f.carriedFromId(), auditors).orElseThrow();
                    String planCode = r.plans().find(original.planId()).map(Plan::code).orElse("");
                    followUps.add(new FollowUpItem(f, planCode, original.reference(),
                            r.findings().followUps(f.id(), auditors)));
                }
            }
            var team = r.auditors().team(planId);
            var review = r.policyReview().entries(planId);
            return new CommitteeReport(plan, rows, findings, team, followUps, review, campaign, trail.clock().instant(),
                    applicationVersion, fingerprint(plan, rows, findings, review), r.activityLog().headHash())
                    .withGateOverride(r.phaseChanges().byPlan(planId).stream()
                            .filter(com.auditworkbench.domain.PhaseChange::isOverride)
                            .reduce((first, last) -> last).orElse(null))
                    .withScopeDecision(r.risk().latestDecision(plan.fiscalYear().year()).orElse(null))
                    .withEvidence(EvidenceService.index(r, planId));
        });
    }

    /**
     * SHA-256 over a canonical rendering of everything the workbook reports, so the same workbench state always
     * gives the same fingerprint and any changed result, note or finding gives another.
     */
    static String fingerprint(Plan plan, List<ChecklistRow> rows, List<Finding> findings,
            List<PolicyReviewEntry> review) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        update(digest, "plan", plan.code(), plan.fiscalYear(), plan.title(), plan.objective(), plan.periodStart(),
                plan.periodEnd(), plan.marking(), plan.leadAuditor(), plan.templateId(), plan.templateVersion());
        plan.departments().forEach(d -> update(digest, "department", d.code(), d.name()));
        for (ChecklistRow row : rows) {
            update(digest, "row", row.department().code(), row.item().code(), row.result().code(), row.notes());
        }
        for (Finding f : findings) {
            update(digest, "finding", f.number(), f.department().code(), f.itemCode(),
                    com.auditworkbench.domain.Json.object(FindingService.state(f.content())),
                    f.signOff().stateKey());
        }
        for (PolicyReviewEntry entry : review) {
            update(digest, "review", entry.input().articleItem(), entry.observation(), entry.proposal());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Object... values) {
        for (Object value : values) {
            byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        digest.update((byte) '\n');
    }
}
