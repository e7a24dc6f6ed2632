package com.auditworkbench.service;

import com.auditworkbench.domain.AssetEntry;
import com.auditworkbench.domain.AssetKind;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Classification;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.IncidentSeverity;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.NewPlan;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Role;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.support.TestTemplates;
import java.time.LocalDate;
import java.util.List;

/**
 * A workbench for risk scoring: 総務課 audited in FY2024 with a 2/2/1 LGWAN system; 市民課 audited in FY2026 with three
 * open findings (one major), a 3A My Number system and a serious incident; 課税課 never audited with a 3A system.
 */
public final class RiskServiceFixture {

    public static final String GENERAL = "総務部 総務課";
    public static final String CITIZENS = "市民部 市民課";
    public static final String TAX = "市民部 課税課";

    private RiskServiceFixture() {
    }

    public static void populate(WorkbenchSession session) {
        session.people().actAs(session.people().add("監査 太郎", Role.LEAD, null));
        session.plans().create(new NewPlan(new FiscalYear(2024), "令和6年度 監査", "目的", List.of(GENERAL),
                null, null, "取扱注意", "監査 太郎"), TestTemplates.audit(6));
        Plan fy2026 = session.plans().create(new NewPlan(new FiscalYear(2026), "令和8年度 監査", "目的",
                List.of(CITIZENS), null, null, "取扱注意", "監査 太郎"), TestTemplates.audit(6));
        List<ChecklistRow> rows = session.fieldwork().rows(fy2026.id());
        for (int i = 0; i < 3; i++) {
            ChecklistRow row = session.fieldwork().record(rows.get(i), Result.NONCONFORMING, "不備");
            NewFinding draft = session.findings().draftFrom(row);
            session.findings().raise(new NewFinding(draft.planId(), draft.departmentId(), draft.itemCode(),
                    draft.title(), draft.condition(), draft.criteria(), "改善する",
                    i == 0 ? Severity.MAJOR : Severity.MINOR));
        }
        session.assets().add(new AssetEntry("住民基本台帳システム", AssetKind.SYSTEM, CITIZENS, Segment.MYNUMBER,
                new Classification("3A", "2", "2"), ""));
        session.assets().add(new AssetEntry("文書管理システム", AssetKind.SYSTEM, GENERAL, Segment.LGWAN,
                new Classification("2", "2", "1"), ""));
        session.assets().add(new AssetEntry("税務システム", AssetKind.SYSTEM, TAX, Segment.MYNUMBER,
                new Classification("3A", "2", "2"), ""));
        session.assets().recordIncident(CITIZENS, LocalDate.of(2026, 5, 14), "誤交付", IncidentSeverity.SERIOUS);
        session.assets().recordIncident(GENERAL, LocalDate.of(2020, 5, 14), "古い事案", IncidentSeverity.SERIOUS);
    }
}
