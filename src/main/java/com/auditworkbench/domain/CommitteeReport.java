package com.auditworkbench.domain;

import java.time.Instant;
import java.util.List;

/**
 * Everything the committee workbook shows, gathered from one workbench state. {@code selfInspection} is the latest
 * self-inspection campaign of the plan's fiscal year, or null when there is none. {@code gateOverride} is the audit
 * lead's override of the gate before 報告 (ADR 0011), or null. {@code scopeDecision} is the risk-based scope decision
 * of the plan's fiscal year (ADR 0010), or null when the lead made none.
 */
public record CommitteeReport(
        Plan plan,
        List<ChecklistRow> rows,
        List<Finding> findings,
        List<TeamMember> team,
        List<FollowUpItem> followUps,
        List<PolicyReviewEntry> policyReview,
        SelfInspectionSummary selfInspection,
        Instant exportedAt,
        String applicationVersion,
        String workbenchFingerprint,
        String activityHeadHash,
        PhaseChange gateOverride,
        ScopeDecision scopeDecision,
        EvidenceIndex evidence) {

    /** A report of an audit that passed the report gate without an override (or has not reached it). */
    public CommitteeReport(Plan plan, List<ChecklistRow> rows, List<Finding> findings, List<TeamMember> team,
            List<FollowUpItem> followUps, List<PolicyReviewEntry> policyReview, SelfInspectionSummary selfInspection,
            Instant exportedAt, String applicationVersion, String workbenchFingerprint, String activityHeadHash) {
        this(plan, rows, findings, team, followUps, policyReview, selfInspection, exportedAt, applicationVersion,
                workbenchFingerprint, activityHeadHash, null, null, EvidenceIndex.EMPTY);
    }

    /** The same report, with the audit lead's override of the report gate (null for none) for the cover. */
    public CommitteeReport withGateOverride(PhaseChange override) {
        return new CommitteeReport(plan, rows, findings, team, followUps, policyReview, selfInspection, exportedAt,
                applicationVersion, workbenchFingerprint, activityHeadHash, override, scopeDecision, evidence);
    }

    /** The same report, with the scope decision of the plan's fiscal year (null for none) for the plan sheet. */
    public CommitteeReport withScopeDecision(ScopeDecision decision) {
        return new CommitteeReport(plan, rows, findings, team, followUps, policyReview, selfInspection, exportedAt,
                applicationVersion, workbenchFingerprint, activityHeadHash, gateOverride, decision, evidence);
    }

    /** The same report, with the plan's evidence index for the evidence sheet. */
    public CommitteeReport withEvidence(EvidenceIndex index) {
        return new CommitteeReport(plan, rows, findings, team, followUps, policyReview, selfInspection, exportedAt,
                applicationVersion, workbenchFingerprint, activityHeadHash, gateOverride, scopeDecision, index);
    }

    public CommitteeReport {
        rows = List.copyOf(rows);
        evidence = evidence == null ? EvidenceIndex.EMPTY : evidence;
        findings = List.copyOf(findings);
        team = List.copyOf(team);
        followUps = List.copyOf(followUps);
        policyReview = List.copyOf(policyReview);
    }
}
