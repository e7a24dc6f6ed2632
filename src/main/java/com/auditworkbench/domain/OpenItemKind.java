package com.auditworkbench.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A kind of work still open in an audit, the phases in which the "what is left" list shows it, where it is fixed,
 * and whether it blocks the move to 報告 (ADR 0011 gives the reasons).
 */
public enum OpenItemKind {
    ON_SITE_DAYS_MISSING("onSiteDaysMissing", Place.AUDIT_PLAN, false, AuditPhase.PREPARATION),
    REPORT_DATE_MISSING("reportDateMissing", Place.AUDIT_PLAN, false, AuditPhase.PREPARATION),
    NO_REQUESTS("noRequests", Place.REQUESTS, false, AuditPhase.PREPARATION),
    REQUEST_NOT_RECEIVED("requestNotReceived", Place.REQUESTS, true, AuditPhase.PRELIMINARY, AuditPhase.FIELDWORK,
            AuditPhase.EVALUATION, AuditPhase.REPORTING),
    ITEM_WITHOUT_RESULT("itemWithoutResult", Place.CHECKLIST, true, AuditPhase.FIELDWORK, AuditPhase.EVALUATION,
            AuditPhase.REPORTING),
    NONCONFORMITY_WITHOUT_FINDING("nonconformityWithoutFinding", Place.CHECKLIST, true, AuditPhase.FIELDWORK,
            AuditPhase.EVALUATION, AuditPhase.REPORTING),
    EVIDENCE_NOT_VERIFIED("evidenceNotVerified", Place.EVIDENCE, true, AuditPhase.FIELDWORK, AuditPhase.EVALUATION,
            AuditPhase.REPORTING),
    FINDING_INCOMPLETE("findingIncomplete", Place.FINDINGS, true, AuditPhase.EVALUATION, AuditPhase.REPORTING),
    FINDING_NOT_REVIEWED("findingNotReviewed", Place.FINDINGS, true, AuditPhase.EVALUATION, AuditPhase.REPORTING),
    ITEM_NOT_REVIEWED("itemNotReviewed", Place.CHECKLIST, false, AuditPhase.EVALUATION, AuditPhase.REPORTING),
    REVIEW_INPUT_EMPTY("reviewInputEmpty", Place.REVIEW_INPUTS, true, AuditPhase.EVALUATION, AuditPhase.REPORTING),
    ACTION_OVERDUE("actionOverdue", Place.FINDINGS, false, AuditPhase.FOLLOW_UP);

    /** The screen where an open entry is fixed. */
    public enum Place {
        AUDIT_PLAN, REQUESTS, CHECKLIST, EVIDENCE, FINDINGS, REVIEW_INPUTS
    }

    private final String code;
    private final Place place;
    private final boolean essential;
    private final Set<AuditPhase> shownIn;

    OpenItemKind(String code, Place place, boolean essential, AuditPhase first, AuditPhase... more) {
        this.code = code;
        this.place = place;
        this.essential = essential;
        this.shownIn = EnumSet.of(first, more);
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "whatIsLeft." + code;
    }

    public Place place() {
        return place;
    }

    /** Essential work blocks the move to 報告 unless the audit lead overrides with a recorded reason. */
    public boolean essential() {
        return essential;
    }

    public boolean shownIn(AuditPhase phase) {
        return shownIn.contains(phase);
    }
}
