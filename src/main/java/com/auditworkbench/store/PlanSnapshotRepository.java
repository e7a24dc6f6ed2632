package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.AUDIT_PLAN;
import static com.auditworkbench.store.schema.Tables.CHECKLIST_RESULT;
import static com.auditworkbench.store.schema.Tables.FINDING;
import static com.auditworkbench.store.schema.Tables.PLAN_ITEM;

import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.LocalizedText;
import com.auditworkbench.store.schema.tables.records.PlanItemRecord;
import org.jooq.DSLContext;

/**
 * Changes to a plan's frozen template snapshot, made only when the user applies a newer template version.
 * Rows are written in the same form as {@link PlanRepository} writes them at plan creation.
 */
public final class PlanSnapshotRepository {


    private final DSLContext dsl;

    PlanSnapshotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** True when a result or a finding of the plan refers to the item. */
    public boolean isReferenced(long planId, String itemCode) {
        return dsl.fetchExists(CHECKLIST_RESULT, CHECKLIST_RESULT.PLAN_ID.eq(planId)
                        .and(CHECKLIST_RESULT.ITEM_CODE.eq(itemCode)))
                || dsl.fetchExists(FINDING, FINDING.PLAN_ID.eq(planId).and(FINDING.ITEM_CODE.eq(itemCode)));
    }

    public void insertItem(long planId, int position, ChecklistItem item) {
        PlanItemRecord r = dsl.newRecord(PLAN_ITEM);
        r.setPlanId(planId);
        r.setItemCode(item.code());
        r.setPosition(position);
        PlanRepository.fill(r, item);
        r.store();
    }

    public void updateItem(long planId, ChecklistItem item) {
        PlanItemRecord r = dsl.selectFrom(PLAN_ITEM)
                .where(PLAN_ITEM.PLAN_ID.eq(planId).and(PLAN_ITEM.ITEM_CODE.eq(item.code())))
                .fetchSingle();
        PlanRepository.fill(r, item);
        r.store();
    }

    public void moveItem(long planId, String itemCode, int position) {
        dsl.update(PLAN_ITEM).set(PLAN_ITEM.POSITION, position)
                .where(PLAN_ITEM.PLAN_ID.eq(planId).and(PLAN_ITEM.ITEM_CODE.eq(itemCode)))
                .execute();
    }

    public void deleteItem(long planId, String itemCode) {
        dsl.deleteFrom(PLAN_ITEM).where(PLAN_ITEM.PLAN_ID.eq(planId).and(PLAN_ITEM.ITEM_CODE.eq(itemCode))).execute();
    }

    public void setTemplate(long planId, String version, LocalizedText title) {
        dsl.update(AUDIT_PLAN)
                .set(AUDIT_PLAN.TEMPLATE_VERSION, version)
                .set(AUDIT_PLAN.TEMPLATE_TITLE_JA, title.ja())
                .set(AUDIT_PLAN.TEMPLATE_TITLE_EN, title.en())
                .where(AUDIT_PLAN.ID.eq(planId))
                .execute();
    }
}
