package com.auditworkbench.domain;

import java.time.Instant;
import java.util.List;

/**
 * Everything the committee workbook shows, gathered from one workbench state. {@code selfInspection} is the latest
 * self-inspection campaign of the plan's fiscal year, or null when there is none.
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
        String activityHeadHash) {

    public CommitteeReport {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
        team = List.copyOf(team);
        followUps = List.copyOf(followUps);
        policyReview = List.copyOf(policyReview);
    }
}
