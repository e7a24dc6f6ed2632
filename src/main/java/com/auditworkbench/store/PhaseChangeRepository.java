package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.PHASE_CHANGE;

import com.auditworkbench.domain.AuditPhase;
import com.auditworkbench.domain.PhaseChange;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;

/** Every move of an audit between phases, overrides of the report gate with their reasons. */
public final class PhaseChangeRepository {

    private static final String LINE = "\n";

    private final DSLContext dsl;

    PhaseChangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(long planId, AuditPhase from, AuditPhase to, String actor, OffsetDateTime at,
            String overrideReason, List<String> openAtChange) {
        dsl.insertInto(PHASE_CHANGE)
                .set(PHASE_CHANGE.PLAN_ID, planId)
                .set(PHASE_CHANGE.FROM_PHASE, from.code())
                .set(PHASE_CHANGE.TO_PHASE, to.code())
                .set(PHASE_CHANGE.CHANGED_BY, actor)
                .set(PHASE_CHANGE.CHANGED_AT, at)
                .set(PHASE_CHANGE.OVERRIDE_REASON, overrideReason)
                .set(PHASE_CHANGE.OPEN_AT_CHANGE, String.join(LINE, openAtChange))
                .execute();
    }

    /** The audit's phase changes, oldest first. */
    public List<PhaseChange> byPlan(long planId) {
        return dsl.selectFrom(PHASE_CHANGE)
                .where(PHASE_CHANGE.PLAN_ID.eq(planId))
                .orderBy(PHASE_CHANGE.ID)
                .fetch(r -> new PhaseChange(planId,
                        AuditPhase.fromCode(r.getFromPhase()).orElseThrow(),
                        AuditPhase.fromCode(r.getToPhase()).orElseThrow(),
                        r.getChangedBy(), r.getChangedAt().toInstant(), r.getOverrideReason(),
                        r.getOpenAtChange().isEmpty() ? List.of()
                                : Arrays.asList(r.getOpenAtChange().split(LINE))));
    }
}
