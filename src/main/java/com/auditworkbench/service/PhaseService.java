package com.auditworkbench.service;

import com.auditworkbench.domain.AuditException;
import com.auditworkbench.domain.AuditPhase;
import com.auditworkbench.domain.Auditor;
import com.auditworkbench.domain.OpenItem;
import com.auditworkbench.domain.OpenItemKind;
import com.auditworkbench.domain.PhaseChange;
import com.auditworkbench.domain.PhaseGateException;
import com.auditworkbench.domain.Plan;
import com.auditworkbench.domain.Role;
import com.auditworkbench.store.Repositories;
import com.auditworkbench.store.Workbench;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The phase of each audit, what is left in it, and the gate before 報告: the move is refused while essential work
 * is open, unless the audit lead (内部監査責任者) overrides it with a recorded reason (ADR 0011).
 */
public final class PhaseService {

    static final String ENTITY = "phase";

    /** How many evidence files of an audit are not yet verified; the evidence service answers it. */
    @FunctionalInterface
    public interface EvidenceCheck {
        int unverifiedCount(long planId);
    }

    /** Until the evidence service is wired in, no evidence is reported as unverified. */
    public static final EvidenceCheck NO_EVIDENCE_CHECK = planId -> 0;

    private final Workbench workbench;
    private final AuditTrail trail;
    private final EvidenceCheck evidence;

    PhaseService(Workbench workbench, AuditTrail trail, EvidenceCheck evidence) {
        this.workbench = workbench;
        this.trail = trail;
        this.evidence = evidence;
    }

    public AuditPhase phase(long planId) {
        return workbench.transaction(r -> r.auditDetails().find(planId).phase());
    }

    /** The audit's moves between phases, oldest first. */
    public List<PhaseChange> changes(long planId) {
        return workbench.transaction(r -> r.phaseChanges().byPlan(planId));
    }

    /** The latest override of the report gate, if the audit passed it that way. */
    public Optional<PhaseChange> reportGateOverride(long planId) {
        List<PhaseChange> overrides = changes(planId).stream().filter(PhaseChange::isOverride).toList();
        return overrides.isEmpty() ? Optional.empty() : Optional.of(overrides.get(overrides.size() - 1));
    }

    /** What is left in the audit's current phase. */
    public List<OpenItem> whatIsLeft(long planId) {
        return workbench.transaction(r -> {
            AuditPhase phase = r.auditDetails().find(planId).phase();
            return left(r, planId, kind -> kind.shownIn(phase));
        });
    }

    /** What would be left if the audit were in the given phase. */
    public List<OpenItem> whatIsLeft(long planId, AuditPhase phase) {
        return workbench.transaction(r -> left(r, planId, kind -> kind.shownIn(phase)));
    }

    /** The essential open work that blocks the move to 報告; empty when the gate is passed without override. */
    public List<OpenItem> blockingReport(long planId) {
        return workbench.transaction(r -> left(r, planId, OpenItemKind::essential));
    }

    /** How much is left in the given phase and how much of all is essential: one read, no list built. */
    WhatIsLeft.Counts counts(long planId, AuditPhase phase) {
        return workbench.transaction(r -> WhatIsLeft.count(state(r, planId, kind -> kind.shownIn(phase)
                || kind.essential()), LocalDate.now(trail.clock()), phase));
    }

    /**
     * Moves the audit to the next phase or back to an earlier one. A move into 報告 is refused with the list of
     * essential work still open.
     */
    public AuditPhase advance(long planId, AuditPhase to) {
        return workbench.transaction(r -> {
            AuditPhase from = checkMove(r, planId, to);
            if (to.passesReportGate(from)) {
                List<OpenItem> blocking = left(r, planId, OpenItemKind::essential);
                if (!blocking.isEmpty()) {
                    throw new PhaseGateException(blocking);
                }
            }
            move(r, planId, from, to, "", List.of());
            return to;
        });
    }

    /**
     * Moves the audit into 報告 although essential work is open: only the audit lead may, and only with a reason.
     * The reason and what was open are kept with the change, in the activity log and on the committee workbook.
     */
    public AuditPhase override(long planId, AuditPhase to, String reason) {
        Auditor user = trail.requireUser();
        if (user.role() != Role.LEAD) {
            throw new AuditException("phase.error.leadOnly");
        }
        if (reason == null || reason.isBlank()) {
            throw new AuditException("phase.error.reasonRequired");
        }
        return workbench.transaction(r -> {
            AuditPhase from = checkMove(r, planId, to);
            List<OpenItem> blocking = to.passesReportGate(from) ? left(r, planId, OpenItemKind::essential)
                    : List.of();
            List<String> open = blocking.stream().map(i -> i.kind().code() + "|" + i.subject()).toList();
            move(r, planId, from, to, blocking.isEmpty() ? "" : reason.strip(), open);
            return to;
        });
    }

    private static AuditPhase checkMove(Repositories r, long planId, AuditPhase to) {
        Plan plan = r.plans().find(planId).orElseThrow(() -> new AuditException("plan.error.notFound", planId));
        AuditPhase from = r.auditDetails().find(plan.id()).phase();
        if (to == from) {
            throw new AuditException("phase.error.already", to.code());
        }
        if (to.ordinal() > from.ordinal() + 1) {
            throw new AuditException("phase.error.skip", from.code(), to.code());
        }
        return from;
    }

    private void move(Repositories r, long planId, AuditPhase from, AuditPhase to, String reason, List<String> open) {
        Auditor user = trail.currentUser();
        String actor = user == null ? AuditTrail.SYSTEM : user.name();
        r.auditDetails().savePhase(planId, to, trail.now());
        r.phaseChanges().insert(planId, from, to, actor, trail.now(), reason, open);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("phase", to.code());
        if (!reason.isEmpty()) {
            after.put("reason", reason);
            after.put("open", String.join("\n", open));
        }
        trail.record(r, reason.isEmpty() ? "phase" : "phase-override", ENTITY, Long.toString(planId), planId,
                from.code() + " → " + to.code() + (reason.isEmpty() ? "" : ": " + reason),
                Map.of("phase", from.code()), after);
    }

    private List<OpenItem> left(Repositories r, long planId, Predicate<OpenItemKind> wanted) {
        return WhatIsLeft.all(state(r, planId, wanted), LocalDate.now(trail.clock()), wanted);
    }

    /**
     * The audit as the wanted kinds need it. The checklist rows and the evidence check are read only when a wanted
     * kind needs them: on a city-wide plan (120,000 rows) the rows are most of the cost.
     */
    private WhatIsLeft.AuditState state(Repositories r, long planId, Predicate<OpenItemKind> wanted) {
        Plan plan = r.plans().find(planId).orElseThrow(() -> new AuditException("plan.error.notFound", planId));
        var auditors = r.auditors().byId();
        boolean rows = Arrays.stream(OpenItemKind.values()).filter(wanted).anyMatch(WhatIsLeft::needsRows);
        boolean unverified = wanted.test(OpenItemKind.EVIDENCE_NOT_VERIFIED);
        return new WhatIsLeft.AuditState(plan, r.auditDetails().find(planId),
                rows ? r.checklist().rows(planId, auditors) : List.of(), r.findings().byPlan(planId, auditors),
                r.policyReview().entries(planId), r.requests().byPlan(planId),
                unverified ? evidence.unverifiedCount(planId) : 0);
    }
}
