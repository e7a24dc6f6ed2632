package com.auditworkbench.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The workbench's home screen: this fiscal year's audits with their phase and what is left, the management actions
 * past their due date, and the returns of the year's self-inspection campaigns.
 */
public record HomeOverview(
        FiscalYear fiscalYear,
        LocalDate today,
        List<AuditStatus> audits,
        List<OverdueAction> overdueActions,
        List<CampaignReturns> campaigns) {

    public HomeOverview {
        audits = List.copyOf(audits);
        overdueActions = List.copyOf(overdueActions);
        campaigns = List.copyOf(campaigns);
    }

    /** One audit: its phase, how much is left in that phase, and how much of it blocks the report. */
    public record AuditStatus(Plan plan, AuditPhase phase, int left, int essentialLeft, LocalDate reportDate) {
    }

    /** A finding whose corrective action is past its due date and not done. */
    public record OverdueAction(Plan plan, Finding finding) {
    }

    /** A self-inspection campaign and how many departments returned their questionnaire. */
    public record CampaignReturns(Campaign campaign, int returned, int departments) {
    }
}
