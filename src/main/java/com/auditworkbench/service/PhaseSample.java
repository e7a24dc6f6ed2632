package com.auditworkbench.service;

import com.auditworkbench.domain.AuditPhase;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.DocumentRequest;
import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.RequestEdit;
import com.auditworkbench.domain.RequestStatus;
import com.auditworkbench.domain.Segment;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The sample's phases and execution plans: this year's audit in 本調査 with on-site days, a report date and a
 * request list partly received; last year's audit in フォローアップ; the committee's two meetings of the year.
 */
final class PhaseSample {

    private static final LocalDate REQUESTED_ON = LocalDate.of(2026, 6, 1);
    private static final LocalDate DUE_ON = LocalDate.of(2026, 6, 19);
    private static final int STILL_OPEN_PER_DEPARTMENT = 5;

    private PhaseSample() {
    }

    static void populate(WorkbenchSession session, Plan plan) {
        currentYear(session, plan);
        lastYear(session, plan.fiscalYear());
        session.timeline().addMeeting(LocalDate.of(2026, 5, 20), "令和8年度 第1回情報セキュリティ委員会");
        session.timeline().addMeeting(LocalDate.of(2027, 1, 20), "令和8年度 第2回情報セキュリティ委員会（監査結果報告）");
    }

    private static void currentYear(WorkbenchSession session, Plan plan) {
        session.auditDetails().saveScope(plan.id(), plan.objective(), List.of("住民情報システム", "財務会計システム",
                "庁内LAN（LGWAN接続系）"), Set.of(Segment.MYNUMBER, Segment.LGWAN), LocalDate.of(2026, 12, 10));
        LocalDate[] visits = {LocalDate.of(2026, 7, 14), LocalDate.of(2026, 7, 22), LocalDate.of(2026, 9, 2),
            LocalDate.of(2026, 9, 16)};
        List<Department> departments = plan.departments();
        for (int i = 0; i < departments.size(); i++) {
            LocalDate day = visits[i % visits.length];
            session.auditDetails().addOnSiteDay(plan.id(), departments.get(i).id(), day, "");
            session.auditDetails().addOnSiteDay(plan.id(), departments.get(i).id(), day.plusDays(1), "");
        }
        for (int i = 0; i < Math.min(2, departments.size()); i++) {
            List<DocumentRequest> asked = session.requests().seedFromEvidence(plan.id(), departments.get(i).id(),
                    REQUESTED_ON, DUE_ON, true);
            int received = Math.max(0, asked.size() - STILL_OPEN_PER_DEPARTMENT - 1);
            for (int k = 0; k < received; k++) {
                session.requests().setStatus(asked.get(k).id(), RequestStatus.RECEIVED,
                        LocalDate.of(2026, 6, 10 + k % 10));
            }
            if (asked.size() > received) {
                DocumentRequest none = asked.get(received);
                session.requests().update(none.id(), new RequestEdit(none.department().id(), none.title(),
                        none.itemCode(), none.requestedOn(), none.dueOn(), RequestStatus.NOT_AVAILABLE, null,
                        "当該業務では作成していないとの回答。"));
            }
        }
        for (AuditPhase phase : List.of(AuditPhase.PRELIMINARY, AuditPhase.FIELDWORK)) {
            session.phases().advance(plan.id(), phase);
        }
    }

    /** Last year's audit was reported on paper before the workbench; its lead recorded that when moving it on. */
    private static void lastYear(WorkbenchSession session, FiscalYear thisYear) {
        Plan previous = session.plans().all().stream()
                .filter(p -> p.fiscalYear().year() == thisYear.year() - 1).findFirst().orElse(null);
        if (previous == null) {
            return;
        }
        session.auditDetails().saveScope(previous.id(), previous.objective(), List.of(), Set.of(),
                LocalDate.of(2026, 3, 10));
        for (AuditPhase phase : List.of(AuditPhase.PRELIMINARY, AuditPhase.FIELDWORK, AuditPhase.EVALUATION)) {
            session.phases().advance(previous.id(), phase);
        }
        session.phases().override(previous.id(), AuditPhase.REPORTING,
                "令和7年度の監査はワークベンチ導入前に紙で報告済み（令和8年3月の委員会）。指摘事項のみ移記したため。");
        session.phases().advance(previous.id(), AuditPhase.FOLLOW_UP);
    }
}
