package com.auditworkbench.service;

import com.auditworkbench.domain.ActivityEvent;
import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Finding;
import com.auditworkbench.domain.FindingContent;
import com.auditworkbench.domain.FollowUpNote;
import com.auditworkbench.domain.NewFinding;
import com.auditworkbench.domain.Regulation;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.Severity;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings: raised from deviations, written up with the five Cs, answered by management, signed off, followed up. */
public final class FindingService {

    static final String ENTITY = "finding";

    private final Workbench workbench;
    private final AuditTrail trail;
    private final EditHistory history;

    FindingService(Workbench workbench, AuditTrail trail, EditHistory history) {
        this.workbench = workbench;
        this.trail = trail;
        this.history = history;
    }

    /** A new finding for a deviating row, its criteria filled in from the item and its articles. */
    public NewFinding draftFrom(ChecklistRow row) {
        String criteria = Regulation.NAME_JA + " " + row.item().articlesInJapanese()
                + "／チェック項目 " + row.item().code() + "「" + row.item().title().ja() + "」";
        Severity severity = row.result() == Result.NONCONFORMING ? Severity.MINOR : Severity.OBSERVATION;
        return new NewFinding(row.planId(), row.department().id(), row.item().code(), row.item().title().ja(),
                row.notes(), criteria, "", severity);
    }

    public Finding raise(NewFinding finding) {
        FindingContent content = new FindingContent(finding.title(), finding.condition(), finding.criteria(), "", "",
                finding.recommendation(), finding.severity(), null, null);
        validate(content);
        Finding raised = workbench.transaction(r -> {
            if (!r.checklist().isInPlan(finding.planId(), finding.departmentId(), finding.itemCode())) {
                throw new AuditException("checklist.error.notInPlan", finding.itemCode());
            }
            long id = r.findings().insert(finding.planId(), finding.departmentId(), finding.itemCode(), content, null,
                    trail.now());
            Finding created = get(r, id);
            trail.record(r, "create", ENTITY, Long.toString(id), finding.planId(),
                    created.reference() + " " + created.title(), null, state(created.content()));
            return created;
        });
        history.push(new EditHistory.Edit() {
            @Override
            public String description() {
                return raised.reference() + " " + raised.title();
            }

            @Override
            public void undo() {
                workbench.run(r -> {
                    Finding current = get(r, raised.id());
                    if (current.signOff().isLocked()) {
                        throw new AuditException("review.error.locked", current.reference());
                    }
                    r.findings().deleteUnreviewed(raised.id());
                    trail.record(r, "undo", ENTITY, Long.toString(raised.id()), raised.planId(),
                            raised.reference() + " " + raised.title(), state(current.content()), null);
                });
            }

            @Override
            public void redo() {
                throw new AuditException("history.error.cannotRedoRaise");
            }
        });
        return raised;
    }

    /** Saves an edit of the finding's content; refused while the finding is signed off. */
    public Finding update(long findingId, FindingContent content) {
        validate(content);
        FindingContent before = workbench.transaction(r -> write(r, findingId, content, "edit"));
        history.push(new EditHistory.Edit() {
            @Override
            public String description() {
                return content.title();
            }

            @Override
            public void undo() {
                workbench.run(r -> write(r, findingId, before, "undo"));
            }

            @Override
            public void redo() {
                workbench.run(r -> write(r, findingId, content, "redo"));
            }
        });
        return get(findingId);
    }

    private FindingContent write(Repositories r, long findingId, FindingContent content, String action) {
        Finding current = get(r, findingId);
        if (current.signOff().isLocked()) {
            throw new AuditException("review.error.locked", current.reference());
        }
        r.findings().updateContent(findingId, content, trail.now());
        Map<String, Object> before = state(current.content());
        Map<String, Object> after = state(content);
        before.keySet().removeIf(k -> java.util.Objects.equals(before.get(k), after.get(k)) && !"title".equals(k));
        after.keySet().retainAll(before.keySet());
        trail.record(r, action, ENTITY, Long.toString(findingId), current.planId(),
                current.reference() + " " + content.title(), before, after);
        return current.content();
    }

    private static void validate(FindingContent content) {
        if (content.title().isBlank()) {
            throw new AuditException("finding.error.titleRequired");
        }
        if (content.condition().isBlank()) {
            throw new AuditException("finding.error.conditionRequired");
        }
        if (content.severity() == null) {
            throw new AuditException("finding.error.severityRequired");
        }
        if (content.violation().flagged() && content.violation().notifiedOn() != null
                && content.violation().notifiedTo().isBlank()) {
            throw new AuditException("finding.error.violationRecipient");
        }
    }

    static Map<String, Object> state(FindingContent c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", c.title());
        state.put("condition", c.condition());
        state.put("criteria", c.criteria());
        state.put("cause", c.cause());
        state.put("effect", c.effect());
        state.put("recommendation", c.recommendation());
        state.put("severity", c.severity().code());
        state.put("violation", c.violation().flagged());
        state.put("violationNotifiedTo", c.violation().notifiedTo());
        state.put("violationNotifiedOn", c.violation().notifiedOn());
        state.put("response", c.response().text());
        state.put("actionOwner", c.response().actionOwner());
        state.put("dueDate", c.response().dueDate());
        state.put("actionStatus", c.response().status().code());
        return state;
    }

    public Finding signAsPreparer(long findingId) {
        Auditor user = trail.requireUser();
        return workbench.transaction(r -> {
            Finding current = get(r, findingId);
            if (current.signOff().isPrepared()) {
                throw new AuditException("review.error.alreadyPrepared", current.reference());
            }
            r.findings().signAsPreparer(findingId, user.id(), trail.now());
            trail.record(r, "sign-preparer", ENTITY, Long.toString(findingId), current.planId(),
                    current.reference() + " " + current.title(), null, Map.of("preparer", user.name()));
            return get(r, findingId);
        });
    }

    public Finding signAsReviewer(long findingId) {
        Auditor user = trail.requireUser();
        return workbench.transaction(r -> {
            Finding current = get(r, findingId);
            SignOffRules.checkReviewer(current.signOff(), user, current.reference());
            r.findings().signAsReviewer(findingId, user.id(), trail.now());
            trail.record(r, "sign-reviewer", ENTITY, Long.toString(findingId), current.planId(),
                    current.reference() + " " + current.title(), null, Map.of("reviewer", user.name()));
            return get(r, findingId);
        });
    }

    /** Unlocks a signed-off finding for editing; it stays marked as edited after review, and the reason is logged. */
    public Finding reopen(long findingId, String reason) {
        SignOffRules.checkReason(reason);
        return workbench.transaction(r -> {
            Finding current = get(r, findingId);
            if (!current.signOff().isPrepared()) {
                throw new AuditException("review.error.notSigned", current.reference());
            }
            r.findings().reopen(findingId);
            trail.record(r, "reopen", ENTITY, Long.toString(findingId), current.planId(), reason.strip(),
                    SignOffRules.state(current.signOff()), Map.of("reason", reason.strip()));
            return get(r, findingId);
        });
    }

    /** A dated follow-up note; allowed on signed-off findings, since follow-up happens after the report. */
    public FollowUpNote addFollowUp(long findingId, LocalDate notedOn, String note) {
        if (note == null || note.isBlank()) {
            throw new AuditException("finding.error.followUpEmpty");
        }
        LocalDate date = notedOn == null ? LocalDate.now(trail.clock()) : notedOn;
        return workbench.transaction(r -> {
            Finding current = get(r, findingId);
            Auditor user = trail.currentUser();
            r.findings().addFollowUp(findingId, date, note.strip(), user == null ? null : user.id(), trail.now());
            trail.record(r, "follow-up", ENTITY, Long.toString(findingId), current.planId(),
                    current.reference() + " " + note.strip(), null,
                    Map.of("notedOn", date.toString(), "note", note.strip()));
            List<FollowUpNote> notes = r.findings().followUps(findingId, r.auditors().byId());
            return notes.get(notes.size() - 1);
        });
    }

    public List<FollowUpNote> followUps(long findingId) {
        return workbench.transaction(r -> r.findings().followUps(findingId, r.auditors().byId()));
    }

    public List<ActivityEvent> history(long findingId) {
        return workbench.transaction(r -> r.activityLog().forEntity(ENTITY, Long.toString(findingId)));
    }

    public Finding get(long findingId) {
        return workbench.transaction(r -> get(r, findingId));
    }

    private static Finding get(Repositories r, long findingId) {
        return r.findings().find(findingId, r.auditors().byId())
                .orElseThrow(() -> new AuditException("finding.error.notFound", findingId));
    }

    public List<Finding> byPlan(long planId) {
        return workbench.transaction(r -> r.findings().byPlan(planId, r.auditors().byId()));
    }

    /** Open findings of earlier fiscal years not yet carried forward: what next year's plan is offered. */
    public List<Finding> openBefore(int fiscalYear) {
        return workbench.transaction(r -> r.findings().openBefore(fiscalYear, r.auditors().byId()));
    }
}
