package com.auditworkbench.service;

import com.auditworkbench.domain.Campaign;
import com.auditworkbench.domain.CampaignDashboard;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.HomeOverview;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.store.Workbench;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The home screen: where this fiscal year's audits stand, overdue actions, self-inspection returns. */
public final class HomeService {

    private final Workbench workbench;
    private final AuditTrail trail;
    private final PhaseService phases;
    private final SelfInspectionService selfInspection;

    HomeService(Workbench workbench, AuditTrail trail, PhaseService phases, SelfInspectionService selfInspection) {
        this.workbench = workbench;
        this.trail = trail;
        this.phases = phases;
        this.selfInspection = selfInspection;
    }

    /** The overview for today's fiscal year. */
    public HomeOverview overview() {
        LocalDate today = LocalDate.now(trail.clock());
        FiscalYear year = FiscalYear.containing(today);
        List<Plan> plans = workbench.transaction(r -> r.plans().all());
        List<HomeOverview.AuditStatus> audits = new ArrayList<>();
        for (Plan plan : plans) {
            if (plan.fiscalYear().equals(year)) {
                var detail = workbench.transaction(r -> r.auditDetails().find(plan.id()));
                WhatIsLeft.Counts left = phases.counts(plan.id(), detail.phase());
                audits.add(new HomeOverview.AuditStatus(plan, detail.phase(), left.left(), left.essential(),
                        detail.reportDate()));
            }
        }
        audits.sort(Comparator.comparing((HomeOverview.AuditStatus a) -> a.plan().code()));
        List<HomeOverview.CampaignReturns> campaigns = new ArrayList<>();
        for (Campaign c : selfInspection.all()) {
            if (c.fiscalYear().equals(year)) {
                CampaignDashboard dashboard = selfInspection.dashboard(c.id());
                campaigns.add(new HomeOverview.CampaignReturns(c, (int) dashboard.returned(),
                        dashboard.departments().size()));
            }
        }
        return new HomeOverview(year, today, audits, overdue(plans, today), campaigns);
    }

    /** Overdue actions of every audit, a finding carried into a later audit counted once, where it now lives. */
    private List<HomeOverview.OverdueAction> overdue(List<Plan> plans, LocalDate today) {
        return workbench.transaction(r -> {
            var auditors = r.auditors().byId();
            List<HomeOverview.OverdueAction> all = new ArrayList<>();
            Set<Long> carriedOn = new HashSet<>();
            for (Plan plan : plans) {
                for (Finding f : r.findings().byPlan(plan.id(), auditors)) {
                    if (f.carriedFromId() != null) {
                        carriedOn.add(f.carriedFromId());
                    }
                    if (f.content().response().isOverdue(today)) {
                        all.add(new HomeOverview.OverdueAction(plan, f));
                    }
                }
            }
            all.removeIf(a -> carriedOn.contains(a.finding().id()));
            all.sort(Comparator.comparing((HomeOverview.OverdueAction a) -> a.finding().content().response().dueDate())
                    .thenComparing(a -> a.plan().code()).thenComparing(a -> a.finding().number()));
            return all;
        });
    }
}
