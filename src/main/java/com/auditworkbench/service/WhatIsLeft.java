package com.auditworkbench.service;

import com.auditworkbench.domain.AuditDetail;
import com.auditworkbench.domain.AuditPhase;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.DocumentRequest;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.OnSiteDay;
import com.auditworkbench.domain.OpenItem;
import com.auditworkbench.domain.OpenItemKind;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.PolicyReviewEntry;
import com.auditworkbench.domain.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is still open in an audit, computed from one consistent read of it. Pure: the same state gives the same
 * list, in a fixed order (by kind, then as the audit lists its rows, findings and requests).
 */
final class WhatIsLeft {

    /** Everything the list is computed from. */
    record AuditState(
            Plan plan,
            AuditDetail detail,
            List<ChecklistRow> rows,
            List<Finding> findings,
            List<PolicyReviewEntry> review,
            List<DocumentRequest> requests,
            int unverifiedEvidence) {
    }

    private WhatIsLeft() {
    }

    /** Every open entry of every kind, whatever the phase. */
    static List<OpenItem> all(AuditState s, LocalDate today) {
        List<OpenItem> left = new ArrayList<>();
        Set<Long> withDays = new HashSet<>();
        s.detail().onSiteDays().stream().map(OnSiteDay::department).map(Department::id).forEach(withDays::add);
        for (Department d : s.plan().departments()) {
            if (!withDays.contains(d.id())) {
                left.add(new OpenItem(OpenItemKind.ON_SITE_DAYS_MISSING, d.name(), d.id(), null, null, null, null));
            }
        }
        if (s.detail().reportDate() == null) {
            left.add(OpenItem.of(OpenItemKind.REPORT_DATE_MISSING, s.plan().title()));
        }
        Set<Long> asked = new HashSet<>();
        s.requests().forEach(r -> asked.add(r.department().id()));
        for (Department d : s.plan().departments()) {
            if (!asked.contains(d.id())) {
                left.add(new OpenItem(OpenItemKind.NO_REQUESTS, d.name(), d.id(), null, null, null, null));
            }
        }
        for (DocumentRequest r : s.requests()) {
            if (r.status().isOpen()) {
                left.add(new OpenItem(OpenItemKind.REQUEST_NOT_RECEIVED, r.reference() + " " + r.title() + "（"
                        + r.department().name() + "）", r.department().id(), null, null, r.id(), null));
            }
        }
        for (ChecklistRow row : s.rows()) {
            if (row.result() == Result.NOT_PERFORMED) {
                left.add(row(OpenItemKind.ITEM_WITHOUT_RESULT, row));
            }
        }
        Set<String> withFinding = new HashSet<>();
        s.findings().forEach(f -> withFinding.add(f.department().id() + "/" + f.itemCode()));
        for (ChecklistRow row : s.rows()) {
            if (row.result() == Result.NONCONFORMING
                    && !withFinding.contains(row.department().id() + "/" + row.item().code())) {
                left.add(row(OpenItemKind.NONCONFORMITY_WITHOUT_FINDING, row));
            }
        }
        if (s.unverifiedEvidence() > 0) {
            left.add(OpenItem.of(OpenItemKind.EVIDENCE_NOT_VERIFIED, Integer.toString(s.unverifiedEvidence())));
        }
        for (Finding f : s.findings()) {
            if (!f.content().fiveCsComplete()) {
                left.add(finding(OpenItemKind.FINDING_INCOMPLETE, f));
            }
        }
        for (Finding f : s.findings()) {
            if (!f.signOff().isReviewed()) {
                left.add(finding(OpenItemKind.FINDING_NOT_REVIEWED, f));
            }
        }
        for (ChecklistRow row : s.rows()) {
            if (row.result() != Result.NOT_PERFORMED && !row.signOff().isReviewed()) {
                left.add(row(OpenItemKind.ITEM_NOT_REVIEWED, row));
            }
        }
        for (PolicyReviewEntry entry : s.review()) {
            if (entry.isEmpty()) {
                int n = entry.input().articleItem();
                left.add(new OpenItem(OpenItemKind.REVIEW_INPUT_EMPTY, "(" + n + ")", null, null, null, null, n));
            }
        }
        for (Finding f : s.findings()) {
            if (f.content().response().isOverdue(today)) {
                left.add(finding(OpenItemKind.ACTION_OVERDUE, f));
            }
        }
        return left;
    }

    /** The entries the list shows in the given phase. */
    static List<OpenItem> forPhase(List<OpenItem> all, AuditPhase phase) {
        return all.stream().filter(i -> i.kind().shownIn(phase)).toList();
    }

    /** The essential entries: what blocks the move to 報告. */
    static List<OpenItem> blockingReport(List<OpenItem> all) {
        return all.stream().filter(OpenItem::essential).toList();
    }

    private static OpenItem row(OpenItemKind kind, ChecklistRow row) {
        return new OpenItem(kind, row.item().code() + " " + row.department().name(), row.department().id(),
                row.item().code(), null, null, null);
    }

    private static OpenItem finding(OpenItemKind kind, Finding f) {
        return new OpenItem(kind, f.reference() + " " + f.title(), f.department().id(), f.itemCode(), f.id(), null,
                null);
    }
}
