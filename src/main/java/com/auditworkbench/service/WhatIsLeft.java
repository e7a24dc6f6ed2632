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
import java.util.function.Predicate;
import java.util.function.Supplier;

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

    /** Receives each open entry's kind, and the entry itself only if it asks for it (building one costs). */
    interface Sink {
        void add(OpenItemKind kind, Supplier<OpenItem> item);
    }

    /** The open entries of the kinds wanted, in the list's order. */
    static List<OpenItem> all(AuditState s, LocalDate today, Predicate<OpenItemKind> wanted) {
        List<OpenItem> left = new ArrayList<>();
        collect(s, today, (kind, item) -> {
            if (wanted.test(kind)) {
                left.add(item.get());
            }
        });
        return left;
    }

    /** How many entries the list shows in the phase, and how many are essential, without building them. */
    static Counts count(AuditState s, LocalDate today, AuditPhase phase) {
        int[] shown = new int[1];
        int[] essential = new int[1];
        collect(s, today, (kind, item) -> {
            if (kind.shownIn(phase)) {
                shown[0]++;
            }
            if (kind.essential()) {
                essential[0]++;
            }
        });
        return new Counts(shown[0], essential[0]);
    }

    /** What the home screen shows for an audit. */
    record Counts(int left, int essential) {
    }

    /**
     * Whether a kind needs the checklist rows to be found. On a city-wide plan (120,000 rows) reading them is most
     * of the cost, and the early phases show no row kinds.
     */
    static boolean needsRows(OpenItemKind kind) {
        return kind.place() == OpenItemKind.Place.CHECKLIST;
    }

    /** Every open entry of every kind, whatever the phase; rows not read give no entries. */
    private static void collect(AuditState s, LocalDate today, Sink sink) {
        Set<Long> withDays = new HashSet<>();
        s.detail().onSiteDays().stream().map(OnSiteDay::department).map(Department::id).forEach(withDays::add);
        for (Department d : s.plan().departments()) {
            if (!withDays.contains(d.id())) {
                sink.add(OpenItemKind.ON_SITE_DAYS_MISSING, () -> department(OpenItemKind.ON_SITE_DAYS_MISSING, d));
            }
        }
        if (s.detail().reportDate() == null) {
            sink.add(OpenItemKind.REPORT_DATE_MISSING,
                    () -> OpenItem.of(OpenItemKind.REPORT_DATE_MISSING, s.plan().title()));
        }
        Set<Long> asked = new HashSet<>();
        s.requests().forEach(r -> asked.add(r.department().id()));
        for (Department d : s.plan().departments()) {
            if (!asked.contains(d.id())) {
                sink.add(OpenItemKind.NO_REQUESTS, () -> department(OpenItemKind.NO_REQUESTS, d));
            }
        }
        for (DocumentRequest r : s.requests()) {
            if (r.status().isOpen()) {
                sink.add(OpenItemKind.REQUEST_NOT_RECEIVED, () -> new OpenItem(OpenItemKind.REQUEST_NOT_RECEIVED,
                        r.reference() + " " + r.title() + "（" + r.department().name() + "）", r.department().id(),
                        null, null, r.id(), null));
            }
        }
        for (ChecklistRow row : s.rows()) {
            if (row.result() == Result.NOT_PERFORMED) {
                sink.add(OpenItemKind.ITEM_WITHOUT_RESULT, () -> row(OpenItemKind.ITEM_WITHOUT_RESULT, row));
            }
        }
        Set<String> withFinding = new HashSet<>();
        s.findings().forEach(f -> withFinding.add(f.department().id() + "/" + f.itemCode()));
        for (ChecklistRow row : s.rows()) {
            if (row.result() == Result.NONCONFORMING
                    && !withFinding.contains(row.department().id() + "/" + row.item().code())) {
                sink.add(OpenItemKind.NONCONFORMITY_WITHOUT_FINDING,
                        () -> row(OpenItemKind.NONCONFORMITY_WITHOUT_FINDING, row));
            }
        }
        if (s.unverifiedEvidence() > 0) {
            sink.add(OpenItemKind.EVIDENCE_NOT_VERIFIED, () -> OpenItem.of(OpenItemKind.EVIDENCE_NOT_VERIFIED,
                    Integer.toString(s.unverifiedEvidence())));
        }
        for (Finding f : s.findings()) {
            if (!f.content().fiveCsComplete()) {
                sink.add(OpenItemKind.FINDING_INCOMPLETE, () -> finding(OpenItemKind.FINDING_INCOMPLETE, f));
            }
        }
        for (Finding f : s.findings()) {
            if (!f.signOff().isReviewed()) {
                sink.add(OpenItemKind.FINDING_NOT_REVIEWED, () -> finding(OpenItemKind.FINDING_NOT_REVIEWED, f));
            }
        }
        for (ChecklistRow row : s.rows()) {
            if (row.result() != Result.NOT_PERFORMED && !row.signOff().isReviewed()) {
                sink.add(OpenItemKind.ITEM_NOT_REVIEWED, () -> row(OpenItemKind.ITEM_NOT_REVIEWED, row));
            }
        }
        for (PolicyReviewEntry entry : s.review()) {
            if (entry.isEmpty()) {
                int n = entry.input().articleItem();
                sink.add(OpenItemKind.REVIEW_INPUT_EMPTY,
                        () -> new OpenItem(OpenItemKind.REVIEW_INPUT_EMPTY, "(" + n + ")", null, null, null, null, n));
            }
        }
        for (Finding f : s.findings()) {
            if (f.content().response().isOverdue(today)) {
                sink.add(OpenItemKind.ACTION_OVERDUE, () -> finding(OpenItemKind.ACTION_OVERDUE, f));
            }
        }
    }

    private static OpenItem department(OpenItemKind kind, Department d) {
        return new OpenItem(kind, d.name(), d.id(), null, null, null, null);
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
