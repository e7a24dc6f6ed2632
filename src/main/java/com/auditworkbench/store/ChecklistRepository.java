package com.auditworkbench.store;

import static com.auditworkbench.store.schema.Tables.CHECKLIST_RESULT;
import static com.auditworkbench.store.schema.Tables.DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.PLAN_DEPARTMENT;
import static com.auditworkbench.store.schema.Tables.PLAN_ITEM;

import com.auditworkbench.domain.ChecklistItem;
import com.auditworkbench.domain.ChecklistRow;
import com.auditworkbench.domain.Department;
import com.auditworkbench.domain.Result;
import com.auditworkbench.domain.SignOff;
import com.auditworkbench.domain.Auditor;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Results recorded per plan, department and item. */
public final class ChecklistRepository {

    private final DSLContext dsl;

    ChecklistRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every item at every department of the plan, department by department, in template order. */
    public List<ChecklistRow> rows(long planId, Map<Long, Auditor> auditors) {
        List<ChecklistItem> items = dsl.selectFrom(PLAN_ITEM)
                .where(PLAN_ITEM.PLAN_ID.eq(planId))
                .orderBy(PLAN_ITEM.POSITION)
                .fetch(PlanRepository::toItem);
        List<Department> departments = dsl.select(DEPARTMENT.fields())
                .from(PLAN_DEPARTMENT)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(PLAN_DEPARTMENT.DEPARTMENT_ID))
                .where(PLAN_DEPARTMENT.PLAN_ID.eq(planId))
                .orderBy(PLAN_DEPARTMENT.POSITION)
                .fetch(DepartmentRepository::map);
        Map<String, Record> recorded = new HashMap<>();
        for (Record r : dsl.selectFrom(CHECKLIST_RESULT).where(CHECKLIST_RESULT.PLAN_ID.eq(planId)).fetch()) {
            recorded.put(key(r.get(CHECKLIST_RESULT.DEPARTMENT_ID), r.get(CHECKLIST_RESULT.ITEM_CODE)), r);
        }
        List<ChecklistRow> rows = new ArrayList<>(items.size() * departments.size());
        for (Department department : departments) {
            for (ChecklistItem item : items) {
                rows.add(toRow(planId, department, item, recorded.get(key(department.id(), item.code())), auditors));
            }
        }
        return rows;
    }

    /** One row, read on its own: for checks before a change, without reading the whole plan. */
    public java.util.Optional<ChecklistRow> row(long planId, long departmentId, String itemCode,
            Map<Long, Auditor> auditors) {
        var item = dsl.selectFrom(PLAN_ITEM)
                .where(PLAN_ITEM.PLAN_ID.eq(planId).and(PLAN_ITEM.ITEM_CODE.eq(itemCode)))
                .fetchOptional(PlanRepository::toItem);
        var department = dsl.select(DEPARTMENT.fields())
                .from(PLAN_DEPARTMENT)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(PLAN_DEPARTMENT.DEPARTMENT_ID))
                .where(PLAN_DEPARTMENT.PLAN_ID.eq(planId).and(PLAN_DEPARTMENT.DEPARTMENT_ID.eq(departmentId)))
                .fetchOptional(DepartmentRepository::map);
        if (item.isEmpty() || department.isEmpty()) {
            return java.util.Optional.empty();
        }
        Record recorded = dsl.selectFrom(CHECKLIST_RESULT).where(cell(planId, departmentId, itemCode)).fetchOne();
        return java.util.Optional.of(toRow(planId, department.get(), item.get(), recorded, auditors));
    }

    private static ChecklistRow toRow(long planId, Department department, ChecklistItem item, Record r,
            Map<Long, Auditor> auditors) {
        if (r == null) {
            return new ChecklistRow(planId, department, item, Result.NOT_PERFORMED, "", null, SignOff.NONE);
        }
        return new ChecklistRow(planId, department, item,
                Result.fromCode(r.get(CHECKLIST_RESULT.RESULT)).orElse(Result.NOT_PERFORMED),
                r.get(CHECKLIST_RESULT.NOTES),
                r.get(CHECKLIST_RESULT.UPDATED_AT).toInstant(),
                new SignOff(FindingRepository.auditor(r.get(CHECKLIST_RESULT.PREPARER_ID), auditors),
                        FindingRepository.instant(r.get(CHECKLIST_RESULT.PREPARED_AT)),
                        FindingRepository.auditor(r.get(CHECKLIST_RESULT.REVIEWER_ID), auditors),
                        FindingRepository.instant(r.get(CHECKLIST_RESULT.REVIEWED_AT)),
                        r.get(CHECKLIST_RESULT.REOPENED)));
    }

    private static String key(long departmentId, String itemCode) {
        return departmentId + "/" + itemCode;
    }

    public void record(long planId, long departmentId, String itemCode, Result result, String notes,
            OffsetDateTime at) {
        dsl.mergeInto(CHECKLIST_RESULT)
                .using(dsl.selectOne())
                .on(CHECKLIST_RESULT.PLAN_ID.eq(planId)
                        .and(CHECKLIST_RESULT.DEPARTMENT_ID.eq(departmentId))
                        .and(CHECKLIST_RESULT.ITEM_CODE.eq(itemCode)))
                .whenMatchedThenUpdate()
                .set(CHECKLIST_RESULT.RESULT, result.code())
                .set(CHECKLIST_RESULT.NOTES, notes)
                .set(CHECKLIST_RESULT.UPDATED_AT, at)
                .whenNotMatchedThenInsert(CHECKLIST_RESULT.PLAN_ID, CHECKLIST_RESULT.DEPARTMENT_ID,
                        CHECKLIST_RESULT.ITEM_CODE, CHECKLIST_RESULT.RESULT, CHECKLIST_RESULT.NOTES,
                        CHECKLIST_RESULT.UPDATED_AT)
                .values(planId, departmentId, itemCode, result.code(), notes, at)
                .execute();
    }

    private org.jooq.Condition cell(long planId, long departmentId, String itemCode) {
        return CHECKLIST_RESULT.PLAN_ID.eq(planId).and(CHECKLIST_RESULT.DEPARTMENT_ID.eq(departmentId))
                .and(CHECKLIST_RESULT.ITEM_CODE.eq(itemCode));
    }

    public void signAsPreparer(long planId, long departmentId, String itemCode, long auditorId, OffsetDateTime at) {
        dsl.update(CHECKLIST_RESULT).set(CHECKLIST_RESULT.PREPARER_ID, auditorId).set(CHECKLIST_RESULT.PREPARED_AT, at)
                .where(cell(planId, departmentId, itemCode)).execute();
    }

    public void signAsReviewer(long planId, long departmentId, String itemCode, long auditorId, OffsetDateTime at) {
        dsl.update(CHECKLIST_RESULT).set(CHECKLIST_RESULT.REVIEWER_ID, auditorId).set(CHECKLIST_RESULT.REVIEWED_AT, at)
                .where(cell(planId, departmentId, itemCode)).execute();
    }

    public void reopen(long planId, long departmentId, String itemCode) {
        dsl.update(CHECKLIST_RESULT)
                .setNull(CHECKLIST_RESULT.PREPARER_ID).setNull(CHECKLIST_RESULT.PREPARED_AT)
                .setNull(CHECKLIST_RESULT.REVIEWER_ID).setNull(CHECKLIST_RESULT.REVIEWED_AT)
                .set(CHECKLIST_RESULT.REOPENED, true)
                .where(cell(planId, departmentId, itemCode)).execute();
    }

    public boolean isInPlan(long planId, long departmentId, String itemCode) {
        return dsl.fetchExists(PLAN_ITEM, PLAN_ITEM.PLAN_ID.eq(planId).and(PLAN_ITEM.ITEM_CODE.eq(itemCode)))
                && dsl.fetchExists(PLAN_DEPARTMENT,
                        PLAN_DEPARTMENT.PLAN_ID.eq(planId).and(PLAN_DEPARTMENT.DEPARTMENT_ID.eq(departmentId)));
    }
}
